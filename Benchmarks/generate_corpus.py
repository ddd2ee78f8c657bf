#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus of N reviews for the benchmark.

Every review follows the authoring contract: YAML front matter, numbered sections and
paragraphs, tables, lists, GFM footnotes and 8-25 tagged passages over 16 themes (by slug or
alias). Names are fictional. Review i depends only on the seed and i, so the corpus of 100 is
the first 100 reviews of the corpus of 1,000.

Writes into OUT:
  content/    site.yml, themes.yml, glossary.yml, pages/, reviews/  (for reviewsite)
  hugo/       content/reviews/*.md (same bodies, Hugo front matter)   (for Hugo; not with --content-only)
  bodies/     the Markdown bodies alone                               (for cmark-gfm; not with --content-only)

The one generator of synthetic reviews: Benchmarks/bench.py, scripts/bench-serve and
scripts/search-bytes all use it. Without options its output is what the published benchmark
figures were measured on: a new option must leave that output byte for byte as it is.

--vocabulary V mixes V made-up words into the prose (about one word in seven, a few of them
common and most rare, Zipf-like), so that a search index sees a realistic number of distinct
words; the sentences otherwise come from a vocabulary of a few hundred words. The made-up
words are drawn from a random stream of their own, so review i is still the same whatever N
(though not the same as without the option: longer paragraphs mean fewer of them).

Usage: generate_corpus.py N OUT [--seed S] [--content-only] [--vocabulary V]
"""
import argparse
import os
import random

SEED = 20240601

THEMES = [
    ("neglect", "Neglect", ["failure to thrive", "neglectful care", "faltering growth"]),
    ("domestic-abuse", "Domestic abuse", ["domestic violence", "coercive control", "intimate partner violence"]),
    ("escalation", "Professional challenge and escalation", ["professional challenge", "escalating concerns", "resolving professional differences"]),
    ("invisible-men", "Invisible men: fathers and male carers", ["unseen men", "hidden men", "fathers and male carers"]),
    ("information-sharing", "Information sharing", ["sharing information", "communication between agencies"]),
    ("assessment", "Assessment", ["assessment of risk", "holistic assessment", "single assessment"]),
    ("supervision", "Supervision", ["reflective supervision", "management oversight"]),
    ("substance-misuse", "Substance misuse", ["drug misuse", "alcohol misuse", "parental substance misuse"]),
    ("parental-mental-health", "Parental mental health", ["maternal mental health", "perinatal mental health"]),
    ("safe-sleep", "Safe sleep", ["co-sleeping", "sudden infant death"]),
    ("bruising-non-mobile-babies", "Bruising in non-mobile babies", ["bruising in babies", "non-mobile infants"]),
    ("was-not-brought", "Was not brought", ["missed appointments", "did not attend"]),
    ("voice-of-the-child", "Voice of the child", ["lived experience", "child's voice"]),
    ("strategy-discussions", "Strategy discussions", ["strategy meetings", "section 47 enquiries"]),
    ("case-transfer", "Case transfer", ["transfer between areas", "case closure"]),
    ("professional-curiosity", "Professional curiosity", ["respectful uncertainty", "disguised compliance"]),
]

GLOSSARY = [
    ("A&E", "Accident and Emergency"), ("CAF", "Common Assessment Framework"), ("CIN", "Child in Need"),
    ("CMHT", "Community Mental Health Team"), ("CPC", "Child Protection Conference"), ("CSC", "Children's Social Care"),
    ("DASH", "Domestic Abuse, Stalking and Harassment (risk assessment)"), ("DSL", "Designated Safeguarding Lead"),
    ("EDT", "Emergency Duty Team"), ("GP", "General Practitioner"), ("HV", "Health Visitor"),
    ("ICPC", "Initial Child Protection Conference"), ("IMR", "Individual Management Report"),
    ("IRO", "Independent Reviewing Officer"), ("LAC", "Looked After Child"), ("LADO", "Local Authority Designated Officer"),
    ("LCSPR", "Local Child Safeguarding Practice Review"), ("LSCB", "Local Safeguarding Children Board"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"), ("MASH", "Multi-Agency Safeguarding Hub"),
    ("MDT", "Multi-Disciplinary Team (meeting)"), ("NHS", "National Health Service"), ("SCR", "Serious Case Review"),
    ("SUDI", "Sudden Unexpected Death of Infants"), ("TAC", "Team Around the Child"), ("TAF", "Team Around the Family"),
    ("S47", "Section 47 (of the Children Act 1989)"), ("SEND", "Special Educational Needs and Disabilities"),
    ("WTSC", "Working Together to Safeguard Children"), ("YOS", "Youth Offending Service"),
]

SUBJECTS = [
    "The health visitor", "The GP", "The social worker", "The MASH", "Agency X", "Agency Y", "The midwife",
    "The school nurse", "The police officer", "CSC", "The nursery manager", "The DSL", "The IRO", "The CMHT",
    "The family support worker", "The paediatrician", "Mother", "Father", "The maternal grandmother",
    "The practitioners", "The TAC", "The housing officer", "The probation officer", "The EDT",
]
VERBS = [
    "recorded", "noted", "did not share", "shared", "assessed", "reviewed", "discussed", "visited", "referred",
    "escalated", "was aware of", "did not follow up", "considered", "identified", "missed", "acknowledged",
    "explored", "challenged", "accepted", "documented",
]
OBJECTS = [
    "concerns about the child's weight", "the missed appointments", "the domestic abuse incident",
    "the father's history of offending", "the referral to the MASH", "information from the GP",
    "the outcome of the strategy discussion", "the bruise on the baby's ear", "the plan agreed at the ICPC",
    "the mother's low mood", "the condition of the home", "the child's presentation at nursery",
    "a report from A&E", "the CAF assessment", "the S47 enquiry", "the MARAC referral",
    "the school's attendance records", "advice about safe sleep", "the transfer of the case between areas",
    "the views of the child", "the DASH risk assessment", "the outcome of the CIN meeting",
]
TAILS = [
    "", "", "", " in the weeks that followed", " at the time", " but no action was taken", " on two occasions",
    " without seeing the child", " during a home visit", " in line with the procedure", " and informed the LSCB",
    " although the records were incomplete", " before the case was closed", " within the agreed timescale",
]
OPENERS = [
    "", "", "", "", "In hindsight, ", "At this point, ", "It is not clear why ", "This review found that ",
    "On the information available, ", "Records show that ", "The panel heard that ",
]
SECTIONS = [
    "Introduction", "Process of the review", "Family background", "Summary of agency involvement",
    "Health services", "Early years and education", "Police involvement", "Children's social care",
    "Analysis of practice", "The lived experience of the child", "Findings", "Learning", "Conclusions",
    "Recommendations", "Good practice identified", "Multi-agency working", "Response to domestic abuse",
]
AGES = ["5 months", "8 weeks", "11 months", "2 years", "3 years", "7 years", "14 years", "16 years", "6 weeks"]
OUTCOMES = ["died", "seriously harmed", "survived with serious injuries", "significant harm"]
KINDS = ["Serious Case Review", "Local Child Safeguarding Practice Review"]
PASSAGE_KINDS = ["LEARNING"] * 5 + ["RECOMMENDATION"] * 3 + ["GOOD-PRACTICE"] * 2
SYLLABLES = ["ka", "lo", "ren", "sti", "mar", "vel", "dor", "pha", "qui", "ton", "bre", "sal", "mun", "gri", "fe"]


def sentence_pool(rng):
    pool = []
    for _ in range(4000):
        opener, subject = rng.choice(OPENERS), rng.choice(SUBJECTS)
        if opener and subject.startswith("The "):
            subject = "the " + subject[4:]
        text = opener + subject + " " + rng.choice(VERBS) + " " + rng.choice(OBJECTS) + rng.choice(TAILS)
        style = rng.random()
        if style < 0.04:
            words = text.split(" ")
            at = rng.randrange(1, len(words))
            words[at] = "*" + words[at] + "*"
            text = " ".join(words)
        elif style < 0.06:
            words = text.split(" ")
            at = rng.randrange(1, len(words))
            words[at] = "**" + words[at] + "**"
            text = " ".join(words)
        elif style < 0.07:
            text += " (see [the local procedures](https://procedures.example.org/section-%d))" % rng.randrange(1, 40)
        elif style < 0.075:
            text += " (https://www.example.org/guidance, published online)"
        pool.append(text + ".")
    return pool


def made_up_words(count, rng):
    """`count` distinct made-up words in a shuffled order, so that how often a word is used
    (by its position) has nothing to do with where it sorts."""
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    words = sorted(words)
    rng.shuffle(words)
    return words


class Review:
    def __init__(self, index, seed, pool, theme_names, rare_words=()):
        self.rng = random.Random(seed * 1_000_003 + index)
        self.index = index
        self.pool = pool
        self.theme_names = theme_names
        self.rare_words = rare_words
        self.rare_rng = random.Random("rare-words-%d-%d" % (seed, index)) if rare_words else None
        self.footnote = 0
        self.pending_notes = []
        self.used_themes = set()

    def with_rare_words(self, text):
        """Inserts a made-up word after about one word in seven; whole words only, so links,
        emphasis and URLs stay intact. Draws only from its own random stream."""
        if not self.rare_words:
            return text
        rng, words = self.rare_rng, []
        for word in text.split(" "):
            words.append(word)
            if rng.random() < 0.15:
                words.append(self.rare_words[int(len(self.rare_words) * rng.random() ** 3)])
        return " ".join(words)

    def paragraph_text(self, low=3, high=7):
        rng = self.rng
        text = self.with_rare_words(" ".join(rng.choice(self.pool) for _ in range(rng.randint(low, high))))
        if rng.random() < 0.12:
            self.footnote += 1
            label = str(self.footnote) if rng.random() < 0.7 else "note-%d" % self.footnote
            text += "[^%s]" % label
            self.pending_notes.append("[^%s]: %s" % (label, rng.choice(self.pool)))
        return text

    def flush_notes(self, out):
        if self.pending_notes:
            out.append("\n".join(self.pending_notes))
            self.pending_notes = []

    def table(self, number):
        rng = self.rng
        rows = ["| Date | Agency | Contact | Outcome |", "| --- | :--- | :---: | ---: |"]
        for _ in range(rng.randint(5, 20)):
            rows.append("| %02d/%02d/20%02d | %s | %s | %d |" % (
                rng.randint(1, 28), rng.randint(1, 12), rng.randint(10, 23), rng.choice(SUBJECTS),
                rng.choice(["home visit", "telephone call", "clinic", "A&E attendance", "MASH enquiry", "strategy discussion"]),
                rng.randint(0, 9)))
        return "\n".join(rows)

    def passage(self, number):
        rng = self.rng
        kind = rng.choice(PASSAGE_KINDS)
        themes = rng.sample(self.theme_names, rng.choice([1, 1, 2, 2, 2, 3]))
        for slug, name in themes:
            self.used_themes.add(slug)
        marker = "> [!%s] %s" % (kind, ", ".join(name for _, name in themes))
        if rng.random() < 0.15:
            marker += " {#point-%s}" % number.replace(".", "-")
        lines = [marker]
        first = "%s. %s" % (number, self.paragraph_text(2, 5)) if rng.random() < 0.7 else self.paragraph_text(2, 5)
        lines.append("> " + first)
        if rng.random() < 0.35:
            lines.append(">")
            lines.append("> " + self.paragraph_text(1, 4))
        if rng.random() < 0.2:
            lines.append(">")
            for _ in range(rng.randint(2, 4)):
                lines.append("> - " + rng.choice(self.pool))
        return "\n".join(lines)

    def body(self, target_bytes, passages):
        rng = self.rng
        out = []
        size = 0
        section = 0
        passage_slots = set(rng.sample(range(8, 8 + passages * 3), passages))
        block = 0
        made_passages = 0
        while size < target_bytes or made_passages < passages:
            section += 1
            title = SECTIONS[(section - 1) % len(SECTIONS)]
            out.append("## %d. %s" % (section, title))
            subsections = rng.randint(2, 5)
            for sub in range(1, subsections + 1):
                if rng.random() < 0.6:
                    out.append("### %d.%d %s" % (section, sub, rng.choice(SECTIONS)))
                for para in range(1, rng.randint(4, 12)):
                    if size >= target_bytes and made_passages >= passages:
                        break
                    block += 1
                    number = "%d.%d.%d" % (section, sub, para)
                    if block in passage_slots and made_passages < passages:
                        out.append(self.passage(number))
                        made_passages += 1
                    elif rng.random() < 0.04:
                        out.append(self.table(number))
                    elif rng.random() < 0.06:
                        out.append("\n".join("- " + rng.choice(self.pool) for _ in range(rng.randint(3, 6))))
                    else:
                        out.append("%s. %s" % (number, self.paragraph_text()))
                    size += len(out[-1]) + 2
                self.flush_notes(out)
        return "\n\n".join(out) + "\n"

    def render(self):
        rng = self.rng
        letter = chr(ord("A") + self.index % 26)
        title = "Child %s%d" % (letter, self.index)
        target = rng.randint(62_000, 146_000)
        passages = rng.randint(8, 25)
        body = self.body(target - 600, passages)
        year = rng.randint(2012, 2024)
        published = "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
        review_themes = sorted(rng.sample([slug for slug, _, _ in THEMES], 2))
        meta = {
            "title": title,
            "kind": rng.choice(KINDS),
            "board": "Area %d Safeguarding Children Partnership" % rng.randint(1, 150),
            "published": published,
            "reviewer": "Reviewer %d" % rng.randint(1, 400),
            "summary": "A synthetic review about %s, a fictional child, written for the benchmark. %s" % (title, rng.choice(self.pool)),
            "age": rng.choice(AGES),
            "outcome": rng.choice(OUTCOMES),
            "themes": review_themes,
        }
        return meta, body, sorted(self.used_themes | set(review_themes))


def reviewsite_front_matter(meta):
    return "\n".join([
        "---",
        'title: "%s"' % meta["title"],
        "kind: %s" % meta["kind"],
        "board: %s" % meta["board"],
        "published: %s" % meta["published"],
        "reviewer: %s" % meta["reviewer"],
        "summary: %s" % meta["summary"],
        'child: { age: "%s", outcome: %s }' % (meta["age"], meta["outcome"]),
        "themes: [%s]" % ", ".join(meta["themes"]),
        "draft: false",
        "---",
        "",
    ])


def hugo_front_matter(meta, all_themes):
    return "\n".join([
        "---",
        'title: "%s"' % meta["title"],
        "date: %s" % meta["published"],
        "summary: %s" % meta["summary"],
        "params:",
        "  kind: %s" % meta["kind"],
        "  board: %s" % meta["board"],
        "  reviewer: %s" % meta["reviewer"],
        "themes: [%s]" % ", ".join(all_themes),
        "draft: false",
        "---",
        "",
    ])


def themes_yml():
    lines = ["# Synthetic theme registry for the benchmark: 16 themes with aliases."]
    slugs = [slug for slug, _, _ in THEMES]
    for position, (slug, title, aliases) in enumerate(THEMES):
        related = [slugs[(position + step) % len(slugs)] for step in (1, 3, 5)]
        lines += [
            "%s:" % slug,
            '  title: "%s"' % title,
            "  summary: >-",
            "    %s is one of the themes of this synthetic corpus. Practitioners in these fictional" % title,
            "    reviews saw some of the signs, but they were read one at a time. Good practice holds the",
            "    whole history in view and asks what life is like for the child.",
            "  aliases: [%s]" % ", ".join(aliases),
            "  related: [%s]" % ", ".join(related),
            "  questions:",
            '    - "What would the child say about a typical day?"',
            '    - "Who else knows something about this family that you do not?"',
            "",
        ]
    return "\n".join(lines)


def glossary_yml():
    return "# Synthetic glossary for the benchmark.\n" + "".join('"%s": %s\n' % (term, expansion) for term, expansion in GLOSSARY)


SITE_YML = """title: "Synthetic review library"
description: "A generated corpus of fictional reviews, used to measure build speed."
base_url: "https://reviews.example.org/"
language: en-GB
board: "Fixture Safeguarding Partnership"
contact: "benchmark@example.org"
licence: "Synthetic text for benchmarking only."
core_themes: [neglect, domestic-abuse, escalation, invisible-men]
"""

ABOUT_MD = """---
title: About this site
summary: What this synthetic site is for.
---

This site is generated from a synthetic corpus of fictional reviews. It exists to measure how
long a build takes; no review describes a real child, family, agency or place.
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--content-only", action="store_true", help="write content/ only, not hugo/ and bodies/")
    parser.add_argument("--vocabulary", type=int, default=0, metavar="V", help="mix V made-up words into the prose (default 0: none)")
    args = parser.parse_args()
    if not 0 <= args.vocabulary <= 50_000:
        parser.error("--vocabulary must be between 0 and 50000 (the syllables make about 54,000 words)")

    pool = sentence_pool(random.Random(args.seed))
    rare_words = made_up_words(args.vocabulary, random.Random(args.seed + 1)) if args.vocabulary else ()
    theme_names = []
    for slug, _, aliases in THEMES:
        theme_names.append((slug, slug))
        theme_names += [(slug, alias) for alias in aliases]
    content = os.path.join(args.out, "content")
    write(os.path.join(content, "site.yml"), SITE_YML)
    write(os.path.join(content, "themes.yml"), themes_yml())
    write(os.path.join(content, "glossary.yml"), glossary_yml())
    write(os.path.join(content, "pages", "about.md"), ABOUT_MD)
    for index in range(1, args.count + 1):
        slug = "review-%04d" % index
        meta, body, all_themes = Review(index, args.seed, pool, theme_names, rare_words).render()
        write(os.path.join(content, "reviews", slug + ".md"), reviewsite_front_matter(meta) + body)
        if args.content_only:
            continue
        write(os.path.join(args.out, "hugo", "content", "reviews", slug + ".md"), hugo_front_matter(meta, all_themes) + body)
        write(os.path.join(args.out, "bodies", slug + ".md"), body)


if __name__ == "__main__":
    main()
