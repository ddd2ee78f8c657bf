/* Words and stems for search, the same as the site's Swift build makes them
   (SearchTokenizer.swift, PorterStemmer.swift): Porter's algorithm as in his reference
   C implementation. Runs in the browser (window.ReviewSiteStem) and under node (tests). */
(function (root) {
  'use strict';

  function isConsonant(b, i) {
    switch (b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u': return false;
      case 'y': return i === 0 ? true : !isConsonant(b, i - 1);
      default: return true;
    }
  }

  function stem(word) {
    if (word.length <= 2) return word;
    var b = word.split('');
    var k = b.length - 1;
    var j = 0;

    function measure() {
      var n = 0, i = 0;
      for (;;) { if (i > j) return n; if (!isConsonant(b, i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (isConsonant(b, i)) break; i++; }
        i++; n++;
        for (;;) { if (i > j) return n; if (!isConsonant(b, i)) break; i++; }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) if (!isConsonant(b, i)) return true;
      return false;
    }
    function doubleConsonant(i) { return i >= 1 && b[i] === b[i - 1] && isConsonant(b, i); }
    function cvc(i) {
      if (i < 2 || !isConsonant(b, i) || isConsonant(b, i - 1) || !isConsonant(b, i - 2)) return false;
      return b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
    }
    function ends(suffix) {
      var length = suffix.length;
      if (length > k + 1) return false;
      if (b.slice(k - length + 1, k + 1).join('') !== suffix) return false;
      j = k - length;
      return true;
    }
    function setTo(replacement) {
      for (var index = 0; index < replacement.length; index++) b[j + 1 + index] = replacement[index];
      k = j + replacement.length;
    }
    function applyFirst(rules) {
      for (var index = 0; index < rules.length; index += 2) {
        if (ends(rules[index])) { if (measure() > 0) setTo(rules[index + 1]); return; }
      }
    }

    // Step 1ab: plurals and -ed, -ing.
    if (b[k] === 's') {
      if (ends('sses')) k -= 2; else if (ends('ies')) setTo('i'); else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) {
      if (measure() > 0) k--;
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) setTo('ate');
      else if (ends('bl')) setTo('ble');
      else if (ends('iz')) setTo('ize');
      else if (doubleConsonant(k)) { k--; if (b[k] === 'l' || b[k] === 's' || b[k] === 'z') k++; }
      else if (measure() === 1 && cvc(k)) setTo('e');
    }
    if (k > 0) {
      // Step 1c: y to i.
      if (ends('y') && vowelInStem()) b[k] = 'i';
      // Step 2: double suffixes to single ones.
      applyFirst({
        a: ['ational', 'ate', 'tional', 'tion'],
        c: ['enci', 'ence', 'anci', 'ance'],
        e: ['izer', 'ize'],
        l: ['bli', 'ble', 'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous'],
        o: ['ization', 'ize', 'ation', 'ate', 'ator', 'ate'],
        s: ['alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous'],
        t: ['aliti', 'al', 'iviti', 'ive', 'biliti', 'ble'],
        g: ['logi', 'log']
      }[b[k - 1]] || []);
      // Step 3: -ic-, -full, -ness.
      applyFirst({
        e: ['icate', 'ic', 'ative', '', 'alize', 'al'],
        i: ['iciti', 'ic'],
        l: ['ical', 'ic', 'ful', ''],
        s: ['ness', '']
      }[b[k]] || []);
      // Step 4: -ant, -ence and the like, when the measure is over 1.
      var suffixes = {
        a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'],
        n: ['ant', 'ement', 'ment', 'ent'], o: ['ion', 'ou'], s: ['ism'], t: ['ate', 'iti'],
        u: ['ous'], v: ['ive'], z: ['ize']
      }[b[k - 1]] || [];
      for (var index = 0; index < suffixes.length; index++) {
        if (!ends(suffixes[index])) continue;
        if (suffixes[index] === 'ion' && !(j >= 0 && (b[j] === 's' || b[j] === 't'))) continue;
        if (measure() > 1) k = j;
        break;
      }
      // Step 5: final -e and -ll.
      j = k;
      if (b[k] === 'e') {
        var m = measure();
        if (m > 1 || (m === 1 && !cvc(k - 1))) k--;
      }
      if (b[k] === 'l' && doubleConsonant(k) && measure() > 1) k--;
    }
    return b.slice(0, k + 1).join('');
  }

  /* The words of a text: accents dropped, ASCII letters lowercased, apostrophes removed,
     anything but a-z and 0-9 a separator, words under two characters dropped. */
  function words(text) {
    var result = [];
    var current = '';
    var decomposed = String(text).normalize('NFD');
    for (var index = 0; index < decomposed.length; index++) {
      var code = decomposed.charCodeAt(index);
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) current += decomposed[index];
      else if (code >= 0x41 && code <= 0x5a) current += String.fromCharCode(code + 0x20);
      else if (code === 0x27 || code === 0x2019 || (code >= 0x300 && code <= 0x36f)) continue;
      else { if (current.length >= 2) result.push(current); current = ''; }
    }
    if (current.length >= 2) result.push(current);
    return result;
  }

  /* The index term of a word: its stem when it is all letters, else the word itself. */
  function term(word) {
    return /^[a-z]+$/.test(word) ? stem(word) : word;
  }

  var api = { stem: stem, words: words, term: term };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.ReviewSiteStem = api;
})(this);
