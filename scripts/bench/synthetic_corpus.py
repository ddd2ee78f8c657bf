"""Writes a fictional corpus of N reviews (default 1000) for measuring search: Content/'s themes
and glossary, reviews of about 40 numbered paragraphs with tagged passages, from a vocabulary
of safeguarding words and made-up words in a Zipf-like mix. Deterministic for a given N."""
import random
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COMMON = ("child practitioners family mother father partner health visitor school nursery social worker assessment "
          "referral concern concerns meeting plan agency agencies information sharing domestic abuse neglect escalation "
          "supervision appointment appointments missed attended visit visits home police hospital emergency department "
          "bruising injury weight growth feeding sleep safe risk professional curiosity challenge decision threshold "
          "strategy discussion conference review learning recommendation evidence history pattern cumulative harm voice "
          "was not brought mental substance misuse alcohol drugs housing poverty disability language interpreter record").split()
FILLER = "the a of and to in was were that it this with for on by as at from had have".split()


def made_up_words(count, rng):
    syllables = ["ka", "lo", "ren", "sti", "mar", "vel", "dor", "pha", "qui", "ton", "bre", "sal", "mun", "gri", "fe"]
    return sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)})


def sentence(rng, rare):
    words = []
    for _ in range(rng.randint(10, 24)):
        roll = rng.random()
        words.append(rng.choice(FILLER) if roll < 0.4 else rng.choice(COMMON) if roll < 0.85 else rare[int(len(rare) * rng.random() ** 3)])
    return " ".join(words).capitalize() + "."


def main():
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(20261121)
    rare = made_up_words(40000, rng)
    if target.exists():
        shutil.rmtree(target)
    (target / "reviews").mkdir(parents=True)
    for name in ["themes.yml", "glossary.yml"]:
        shutil.copy(REPO / "Content" / name, target / name)
    themes = [line.split(":")[0] for line in (REPO / "Content/themes.yml").read_text().splitlines()
              if line and not line.startswith((" ", "#")) and line.endswith(":")]
    (target / "site.yml").write_text('title: "Synthetic reviews"\nboard: "Fixture Safeguarding Partnership"\nlanguage: en-GB\n'
                                     "core_themes: [neglect, domestic-abuse, escalation, invisible-men]\n")
    for number in range(1, count + 1):
        year = 2012 + number % 13
        lines = ["---", f'title: "Child {number:04d}"', "kind: Local Child Safeguarding Practice Review",
                 f"board: Fixture Board {number % 40 + 1}", f"published: {year}-{number % 12 + 1:02d}-{number % 27 + 1:02d}",
                 f"summary: {sentence(rng, rare)}", "---", ""]
        for section in range(1, 6):
            lines += [f"## {section}. {sentence(rng, rare)[:40].rstrip('.')}", ""]
            for paragraph in range(1, 9):
                text = " ".join(sentence(rng, rare) for _ in range(rng.randint(2, 5)))
                if rng.random() < 0.2:
                    kind = rng.choice(["LEARNING", "LEARNING", "RECOMMENDATION", "GOOD-PRACTICE"])
                    tags = ", ".join(rng.sample(themes, rng.randint(1, 3)))
                    lines += [f"> [!{kind}] {tags}", f"> {section}.{paragraph}. {text}", ""]
                else:
                    lines += [f"{section}.{paragraph}. {text}", ""]
        (target / "reviews" / f"child-{number:04d}.md").write_text("\n".join(lines))


main()
