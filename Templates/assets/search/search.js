/* Search over the index the site's build writes to search/index/. Loads the manifest, then
   only the term shards, filter lists and result metadata a query needs, as script files
   (which also work when the site is opened from a folder). Without this script the page
   says that search needs JavaScript and links to the indexes. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var words = window.ReviewSiteStem;
  if (!form || !words) return;
  document.documentElement.classList.add('js');

  var indexFolder = form.getAttribute('data-index');
  var siteRoot = form.getAttribute('data-root');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var more = document.getElementById('search-more');
  var pageSize = 10;
  /* Candidates checked for a quoted phrase before the page shows what it found so far. */
  var phraseBudget = 120;

  var promises = {};
  var waiting = {};
  window.ReviewSiteSearch = {
    loaded: [],
    receive: function (name, data) {
      if (waiting[name]) { waiting[name](data); delete waiting[name]; }
    }
  };

  function load(name) {
    if (!promises[name]) {
      promises[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var script = document.createElement('script');
        script.src = indexFolder + name + '.js';
        script.onerror = function () { reject(new Error('The search index file ' + name + ' did not load.')); };
        document.head.appendChild(script);
        window.ReviewSiteSearch.loaded.push(name + '.js');
      });
    }
    return promises[name];
  }

  /* Splits a query into clauses: "quoted phrases", prefix* words, plain words. */
  function parseQuery(text, stopWords) {
    var clauses = [];
    var pattern = /["“”]([^"“”]*)["“”]?|(\S+)/g;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[1] !== undefined) {
        var phraseWords = words.words(match[1]);
        if (phraseWords.length === 0) continue;
        var terms = phraseWords.filter(function (w) { return !stopWords[w]; }).map(words.term);
        if (phraseWords.length === 1) {
          if (terms.length) clauses.push({ kind: 'word', terms: terms, label: match[1] });
        } else {
          clauses.push({ kind: 'phrase', terms: terms, sequence: phraseWords.map(words.term), label: match[1] });
        }
        continue;
      }
      var token = match[2];
      var isPrefix = /\*$/.test(token);
      var tokenWords = words.words(token);
      tokenWords.forEach(function (word, position) {
        if (isPrefix && position === tokenWords.length - 1) {
          if (word.length >= 2) clauses.push({ kind: 'prefix', prefix: word, label: word + '*' });
        } else if (!stopWords[word]) {
          clauses.push({ kind: 'word', terms: [words.term(word)], label: word });
        }
      });
    }
    return clauses;
  }

  function shardFor(term, manifest) {
    for (var length = Math.min(term.length, manifest.maximumPrefix); length > 0; length--) {
      var key = term.slice(0, length);
      if (manifest.shardSet[key]) return key;
    }
    return null;
  }

  function shardsForPrefix(prefix, manifest) {
    var keys = manifest.shards.filter(function (key) { return key.indexOf(prefix) === 0; });
    var parent = shardFor(prefix, manifest);
    if (parent && keys.indexOf(parent) < 0) keys.push(parent);
    return keys.slice(0, 12);
  }

  /* A term begins with the prefix, or is the stem of a word that does: "escalat*" finds
     "escal", the stem of "escalation". */
  function startsClause(term, clause) {
    var prefix = clause.prefix;
    return term.indexOf(prefix) === 0 || (prefix.indexOf(term) === 0 && term.length >= Math.max(3, prefix.length - 3));
  }

  /* Postings as a map from document id to weight. */
  function decode(postings) {
    var result = {};
    var id = 0;
    for (var index = 0; index < postings.length; index += 2) {
      id += postings[index];
      result[id] = postings[index + 1];
    }
    return result;
  }

  function decodeIds(gaps) {
    var result = {};
    var id = 0;
    for (var index = 0; index < gaps.length; index++) { id += gaps[index]; result[id] = true; }
    return result;
  }

  /* A clause's matching documents with their score. */
  function clauseScores(clause, manifest) {
    var terms = clause.terms || [];
    var shardNames = clause.kind === 'prefix'
      ? shardsForPrefix(clause.prefix, manifest).concat([1, 2, 3].map(function (cut) {
        return shardFor(clause.prefix.slice(0, Math.max(3, clause.prefix.length - cut)), manifest);
      }).filter(Boolean))
      : terms.map(function (term) { return shardFor(term, manifest); }).filter(Boolean);
    return Promise.all(shardNames.map(function (key) { return load('t-' + key); })).then(function (shards) {
      var merged = {};
      shards.forEach(function (shard) { Object.keys(shard).forEach(function (term) { merged[term] = shard[term]; }); });
      var lists = [];
      if (clause.kind === 'prefix') {
        var any = {};
        Object.keys(merged).filter(function (term) { return startsClause(term, clause); }).forEach(function (term) {
          var weights = decode(merged[term]);
          var idf = Math.log(1 + manifest.documents / (merged[term].length / 2));
          Object.keys(weights).forEach(function (id) {
            any[id] = Math.max(any[id] || 0, idf * saturate(weights[id]));
          });
        });
        lists.push(any);
      } else {
        terms.forEach(function (term) {
          var postings = merged[term] || [];
          var weights = decode(postings);
          var idf = Math.log(1 + manifest.documents / Math.max(1, postings.length / 2));
          var scores = {};
          Object.keys(weights).forEach(function (id) { scores[id] = idf * saturate(weights[id]); });
          lists.push(scores);
        });
      }
      return intersect(lists);
    });
  }

  function saturate(weight) { return (weight * 2.2) / (weight + 1.2); }

  function intersect(lists) {
    if (lists.length === 0) return null;
    var result = lists[0];
    for (var index = 1; index < lists.length; index++) {
      var next = {};
      Object.keys(result).forEach(function (id) {
        if (lists[index][id] !== undefined) next[id] = result[id] + lists[index][id];
      });
      result = next;
    }
    return result;
  }

  function documentShard(id, manifest) { return 'd-' + Math.floor(id / manifest.documentsPerShard); }

  function loadDocument(id, manifest) {
    return load(documentShard(id, manifest)).then(function (shard) { return shard[id % manifest.documentsPerShard]; });
  }

  function containsSequence(text, sequence) {
    var terms = words.words(text).map(words.term);
    outer: for (var start = 0; start + sequence.length <= terms.length; start++) {
      for (var offset = 0; offset < sequence.length; offset++) {
        if (terms[start + offset] !== sequence[offset]) continue outer;
      }
      return true;
    }
    return false;
  }

  function run(params, manifest) {
    var stopWords = {};
    manifest.stopWords.forEach(function (word) { stopWords[word] = true; });
    var clauses = parseQuery(params.q, stopWords);
    var filters = ['kind', 'theme', 'board', 'year'].map(function (facet) {
      var position = manifest.facets[facet].map(function (option) { return option[0]; }).indexOf(params[facet]);
      return params[facet] && position >= 0 ? load('f-' + facet + '-' + position) : null;
    }).filter(Boolean);
    if (clauses.length === 0 && filters.length === 0) return Promise.resolve(null);
    return Promise.all([Promise.all(clauses.map(function (clause) { return clauseScores(clause, manifest); })), Promise.all(filters)])
      .then(function (loaded) {
        var lists = loaded[0].filter(Boolean);
        loaded[1].forEach(function (gaps) {
          var ids = decodeIds(gaps);
          var scores = {};
          Object.keys(ids).forEach(function (id) { scores[id] = 0; });
          lists.push(scores);
        });
        var matches = intersect(lists) || {};
        var ids = Object.keys(matches).map(Number).sort(function (a, b) { return (matches[b] - matches[a]) || (a - b); });
        var phrases = clauses.filter(function (clause) { return clause.kind === 'phrase'; });
        return { ids: ids, clauses: clauses, phrases: phrases };
      });
  }

  /* Text with query words wrapped in <mark>, shortened around the first match. */
  function highlighted(text, clauses) {
    var wanted = {};
    var prefixes = [];
    clauses.forEach(function (clause) {
      (clause.sequence || clause.terms || []).forEach(function (term) { wanted[term] = true; });
      if (clause.prefix) prefixes.push(clause.prefix);
    });
    function matches(word) {
      return words.words(word).some(function (w) {
        var term = words.term(w);
        return wanted[term] || prefixes.some(function (prefix) { return w.indexOf(prefix) === 0 || term.indexOf(prefix) === 0; });
      });
    }
    var pieces = [];
    var pattern = /[^\s.,;:!?()"“”]+/g;
    var last = 0;
    var first = -1;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (!matches(match[0])) continue;
      if (first < 0) first = match.index;
      pieces.push({ text: text.slice(last, match.index) }, { text: match[0], mark: true });
      last = match.index + match[0].length;
    }
    pieces.push({ text: text.slice(last) });
    var limit = 320;
    var start = text.length > limit && first > 120 ? text.lastIndexOf(' ', first - 100) + 1 : 0;
    var end = Math.min(text.length, start + limit);
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), start + 1);
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.appendChild(document.createTextNode('… '));
    var position = 0;
    pieces.forEach(function (piece) {
      var from = Math.max(position, start);
      var to = Math.min(position + piece.text.length, end);
      if (to > from) {
        var node = document.createTextNode(text.slice(from, to));
        if (piece.mark) { var mark = document.createElement('mark'); mark.appendChild(node); node = mark; }
        fragment.appendChild(node);
      }
      position += piece.text.length;
    });
    if (end < text.length) fragment.appendChild(document.createTextNode(' …'));
    return fragment;
  }

  function resultItem(document_, clauses) {
    var item = document.createElement('li');
    item.className = 'search-result search-result--' + document_.k;
    var heading = document.createElement('h3');
    var link = document.createElement('a');
    link.href = siteRoot + document_.u;
    link.textContent = document_.r ? document_.t + ' in ' + document_.r : document_.t;
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = document_.m + (document_.h.length ? '. Themes: ' + document_.h.join(', ') : '');
    item.appendChild(meta);
    var snippet = document.createElement('p');
    snippet.appendChild(highlighted(document_.x, clauses));
    item.appendChild(snippet);
    return item;
  }

  function describe(params, manifest, count) {
    var parts = [];
    ['kind', 'theme', 'board', 'year'].forEach(function (facet) {
      manifest.facets[facet].forEach(function (option) {
        if (option[0] === params[facet]) parts.push(option[1]);
      });
    });
    var text = count === 1 ? '1 result' : count + ' results';
    if (params.q) text += /["“”]/.test(params.q) ? ' for ' + params.q : ' for “' + params.q + '”';
    if (parts.length) text += ' (' + parts.join(', ') + ')';
    return text + '.';
  }

  /* Walks the candidates in score order, keeping those that hold every phrase word for word,
     until `wanted` results are found or `budget` candidates were checked. */
  function Verifier(result, manifest) {
    var next = 0;
    return {
      done: function () { return next >= result.ids.length; },
      take: function (wanted, budget) {
        var found = [];
        function step() {
          if (found.length >= wanted || next >= result.ids.length || budget <= 0) return Promise.resolve(found);
          var batch = result.ids.slice(next, next + Math.min(wanted - found.length, budget));
          next += batch.length;
          budget -= batch.length;
          return Promise.all(batch.map(function (id) { return loadDocument(id, manifest); })).then(function (documents) {
            documents.forEach(function (document_) {
              var text = document_.t + ' ' + document_.x;
              if (result.phrases.every(function (phrase) { return containsSequence(text, phrase.sequence); })) found.push(document_);
            });
            return step();
          });
        }
        return step();
      }
    };
  }

  function show(result, params, manifest) {
    list.textContent = '';
    if (!result) { status.textContent = 'Type the words you are looking for, or choose a filter.'; return; }
    var verifier = Verifier(result, manifest);
    var exact = result.phrases.length === 0;
    var shown = 0;
    function showMore() {
      more.hidden = true;
      return verifier.take(pageSize, exact ? pageSize : phraseBudget).then(function (documents) {
        documents.forEach(function (document_) { list.appendChild(resultItem(document_, result.clauses)); });
        shown += documents.length;
        more.hidden = verifier.done();
        if (exact) {
          status.textContent = describe(params, manifest, result.ids.length) +
            (result.ids.length === 0 ? ' Check the spelling, use fewer words, or remove a filter.' : '');
        } else if (verifier.done()) {
          status.textContent = describe(params, manifest, shown) + (shown === 0 ? ' Check the spelling, or search for the words without quotes.' : '');
        } else {
          status.textContent = 'The first ' + describe(params, manifest, shown).replace(/^1 result/, 'result') + ' More may follow.';
        }
        return documents.length;
      });
    }
    more.onclick = function () {
      var before = list.children.length;
      showMore().then(function () {
        var link = list.children[before] && list.children[before].querySelector('a');
        if (link) link.focus();
      });
    };
    return showMore();
  }

  function readParams() {
    var query = new URLSearchParams(window.location.search);
    var params = { q: (query.get('q') || '').trim() };
    ['kind', 'theme', 'board', 'year'].forEach(function (facet) { params[facet] = query.get(facet) || ''; });
    form.elements.q.value = params.q;
    ['kind', 'theme', 'board', 'year'].forEach(function (facet) { if (form.elements[facet]) form.elements[facet].value = params[facet]; });
    return params;
  }

  var params = readParams();
  if (!params.q && !params.kind && !params.theme && !params.board && !params.year) return;
  status.textContent = 'Searching…';
  load('manifest').then(function (manifest) {
    manifest.shardSet = {};
    manifest.shards.forEach(function (key) { manifest.shardSet[key] = true; });
    return run(params, manifest).then(function (result) { return show(result, params, manifest); });
  }).catch(function (error) {
    status.textContent = 'Search could not run: ' + error.message + ' Try again, or browse the indexes below.';
  }).then(function () { form.setAttribute('data-ready', 'true'); });
})();
