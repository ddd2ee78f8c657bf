#!/usr/bin/env python3
"""Times reviewsite, Hugo and cmark-gfm on the same synthetic reviews; run through scripts/benchmark.

For each size N it generates (once, cached) a corpus of N reviews, runs every tool once to warm
up, then runs them alternately for several rounds, each into a freshly emptied output folder,
under /usr/bin/time -v. It prints the median wall time, the median CPU time (user + system),
the largest peak resident memory, MB/s of Markdown and the ratios against reviewsite.
"""
import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = ["reviewsite", "hugo", "cmark-gfm"]
OUTPUTS = {"reviewsite": ["reviewsite"], "hugo": ["hugo", "hugo-cache"], "cmark-gfm": ["cmark-gfm.html"]}
CMARK = ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "footnotes"]


def generator_stamp():
    with open(os.path.join(HERE, "generate_corpus.py"), "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def corpus(work, size):
    """The corpus folder for `size` reviews, generated when missing or made by another generator."""
    folder = os.path.join(work, "corpus-%d" % size)
    stamp_file = os.path.join(folder, ".stamp")
    stamp = generator_stamp()
    if not (os.path.exists(stamp_file) and open(stamp_file).read() == stamp):
        shutil.rmtree(folder, ignore_errors=True)
        print("Generating %d reviews into %s" % (size, folder), file=sys.stderr, flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), str(size), folder], check=True)
        with open(stamp_file, "w") as handle:
            handle.write(stamp)
    hugo = os.path.join(folder, "hugo")
    shutil.copy(os.path.join(HERE, "hugo", "config.toml"), hugo)
    shutil.rmtree(os.path.join(hugo, "layouts"), ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(hugo, "layouts"))
    return folder


def commands(folder, out, binary, templates):
    bodies = sorted(os.path.join(folder, "bodies", name) for name in os.listdir(os.path.join(folder, "bodies")))
    return {
        "reviewsite": ([binary, "build", "--content", os.path.join(folder, "content"), "--templates", templates,
                        "--output", os.path.join(out, "reviewsite"), "--quiet"], None),
        "hugo": (["hugo", "--source", os.path.join(folder, "hugo"), "--destination", os.path.join(out, "hugo"),
                  "--cacheDir", os.path.join(out, "hugo-cache"), "--quiet"], None),
        "cmark-gfm": (CMARK + bodies, os.path.join(out, "cmark-gfm.html")),
    }, bodies


def run(tool, command, stdout_path, out):
    """One clean run: empties the tool's output, then returns (wall s, cpu s, peak MB)."""
    for name in OUTPUTS[tool]:
        path = os.path.join(out, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)
    report = os.path.join(out, "time.txt")
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", "-o", report] + command, stdout=stdout, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if stdout_path:
        stdout.close()
    if result.returncode != 0:
        sys.exit("%s failed (exit %d):\n%s" % (tool, result.returncode, result.stderr.decode(errors="replace")[-4000:]))
    fields = {}
    for line in open(report):
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    peak = int(fields["Maximum resident set size (kbytes)"]) / 1024
    return wall, cpu, peak


def measure(size, args):
    folder = corpus(args.work, size)
    out = os.path.join(args.output or args.work, "out-%d" % size)
    os.makedirs(out, exist_ok=True)
    table, bodies = commands(folder, out, args.binary, args.templates)
    megabytes = sum(os.path.getsize(path) for path in bodies) / 1e6
    samples = {tool: [] for tool in TOOLS}
    for tool in TOOLS:
        run(tool, table[tool][0], table[tool][1], out)
    check_site(os.path.join(out, "reviewsite"), size)
    for round_number in range(args.rounds):
        order = TOOLS if round_number % 2 == 0 else list(reversed(TOOLS))
        for tool in order:
            samples[tool].append(run(tool, table[tool][0], table[tool][1], out))
        print("  N=%d round %d/%d: %s" % (size, round_number + 1, args.rounds,
              ", ".join("%s %.2f s" % (tool, samples[tool][-1][0]) for tool in TOOLS)), file=sys.stderr, flush=True)
    result = {}
    for tool in TOOLS:
        walls = [sample[0] for sample in samples[tool]]
        result[tool] = {
            "wall": statistics.median(walls),
            "spread": (min(walls), max(walls)),
            "cpu": statistics.median(sample[1] for sample in samples[tool]),
            "peak": max(sample[2] for sample in samples[tool]),
            "mbps": megabytes / statistics.median(walls),
        }
    return megabytes, result


def check_site(site, size):
    """A benchmark of a build that silently dropped reviews would be worthless."""
    pages = len([name for name in os.listdir(os.path.join(site, "reviews")) if os.path.isdir(os.path.join(site, "reviews", name))])
    if pages != size:
        sys.exit("reviewsite built %d review pages, expected %d" % (pages, size))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,3000", help="comma-separated review counts (default 100,1000,3000)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds after one warm-up run (default 5)")
    parser.add_argument("--work", default=".build/benchmark", help="where corpora, results and (without --output) outputs go")
    parser.add_argument("--output", help="where the tools write their sites instead, e.g. a tmpfs such as /dev/shm to leave the disk out")
    parser.add_argument("--binary", default=".build/release/reviewsite")
    parser.add_argument("--templates", default="Templates")
    args = parser.parse_args()
    args.work = os.path.abspath(args.work)
    args.output = os.path.abspath(args.output) if args.output else None
    args.binary = os.path.abspath(args.binary)
    args.templates = os.path.abspath(args.templates)
    sizes = [int(size) for size in args.sizes.split(",")]

    load = os.getloadavg()[0]
    results = {}
    for size in sizes:
        results[size] = measure(size, args)
    load_end = os.getloadavg()[0]

    lines = [
        "%d cores, load average %.2f before and %.2f after; median of %d rounds after a warm-up; peak = largest of the rounds; sites written under %s."
        % (os.cpu_count(), load, load_end, args.rounds, args.output or args.work),
        "",
        "| N | Markdown MB | tool | wall s (median) | wall min–max | CPU s (user+sys) | peak MB | MB/s |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, (megabytes, result) in results.items():
        for tool in TOOLS:
            row = result[tool]
            lines.append("| %d | %.1f | %s | %.2f | %.2f–%.2f | %.2f | %.0f | %.1f |" % (
                size, megabytes, tool, row["wall"], row["spread"][0], row["spread"][1], row["cpu"], row["peak"], row["mbps"]))
    lines += ["", "| N | reviewsite / Hugo (wall) | Hugo / reviewsite (speed-up) | reviewsite / cmark-gfm (wall) | reviewsite / cmark-gfm (CPU) |",
              "| ---: | ---: | ---: | ---: | ---: |"]
    for size, (_, result) in results.items():
        ours, hugo, cmark = result["reviewsite"], result["hugo"], result["cmark-gfm"]
        lines.append("| %d | %.3f | %.1fx | %.2f | %.2f |" % (
            size, ours["wall"] / hugo["wall"], hugo["wall"] / ours["wall"], ours["wall"] / cmark["wall"], ours["cpu"] / cmark["cpu"]))
    if 1000 in results and 3000 in results:
        lines.append("")
        for tool in TOOLS:
            lines.append("%s: time(3000) / time(1000) = %.2f (wall), %.2f (CPU)" % (
                tool, results[3000][1][tool]["wall"] / results[1000][1][tool]["wall"],
                results[3000][1][tool]["cpu"] / results[1000][1][tool]["cpu"]))
    text = "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(args.work, "results.md"), "w") as handle:
        handle.write(text)


if __name__ == "__main__":
    main()
