"""Serves a built site on 127.0.0.1, runs typical queries on its search page in headless Chromium
and prints the bytes each query loads: the search scripts plus every index file it fetched."""
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

# Words of Benchmarks/generate_corpus.py's prose and theme titles. {year} and {board} are the
# year and board with the most documents in the site's own index, so every filter applies.
QUERIES = ["neglect", "missed appointments", "domestic abuse&theme=domestic-abuse", "escalat*",
           '"without seeing the child"', "father&year={year}", "supervision&board={board}"]


def largest_facets(site):
    """The key of the option with the most documents, per filter, from the index manifest."""
    text = (site / "search/index/manifest.js").read_text(encoding="utf-8")
    manifest = json.loads(text[text.index(",") + 1:text.rindex(");")])
    return {facet: max(options, key=lambda option: option[2])[0] for facet, options in manifest["facets"].items() if options}


def main():
    site = Path(sys.argv[1])
    facets = largest_facets(site)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    scripts = sum((site / "assets/search" / name).stat().st_size for name in ["search.js", "stem.js"])
    page = (site / "search/index.html").stat().st_size
    print(f"search page {page} B, scripts {scripts} B, index files {len(list((site / 'search/index').iterdir()))}")
    totals = []
    try:
        for query in (query.format(**facets) for query in QUERIES):
            words, _, filters = query.partition("&")
            driver.get(f"http://127.0.0.1:{port}/search/index.html?q={words}" + (f"&{filters}" if filters else ""))
            WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.getElementById('search-form').dataset.ready"))
            loaded = driver.execute_script("return ReviewSiteSearch.loaded")
            index_bytes = sum((site / "search/index" / name).stat().st_size for name in loaded)
            status = driver.find_element("id", "search-status").text
            total = scripts + index_bytes
            totals.append(total)
            print(f"{query!r:45} {len(loaded):3} files, index {index_bytes / 1024:7.1f} KB, with scripts {total / 1024:7.1f} KB  ({status})")
    finally:
        driver.quit()
        server.terminate()
    print(f"median per query, scripts included: {sorted(totals)[len(totals) // 2] / 1024:.1f} KB; largest {max(totals) / 1024:.1f} KB")


main()
