"""Builds the example sites, serves each over HTTP on 127.0.0.1, and drives Debian's Chromium.

scripts/browser-tests sets REVIEWSITE_BIN to the built reviewsite binary; without it the
suite builds one with `swift build`."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "Tests/ReviewSiteBuildTests/Fixtures/valid-site"
CONTENT = REPO / "Content"
OUTPUT = Path(__file__).resolve().parent / "output"
# "axe fixture review light" -> violations, "nu fixture" -> errors: printed after the run.
COUNTS = {}


def content_sources():
    """The fixture site always; the real Content/ once it has reviews."""
    sources = [("fixture", FIXTURE)]
    if any((CONTENT / "reviews").glob("*.md")):
        sources.append(("content", CONTENT))
    return sources


def reviewsite_binary():
    binary = os.environ.get("REVIEWSITE_BIN")
    if binary:
        return binary
    subprocess.run(["swift", "build", "--product", "reviewsite"], cwd=REPO, check=True, stdout=sys.stderr)
    return str(REPO / ".build/debug/reviewsite")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Site:
    """A built site: its folder, the URL it is served at, and a few pages of each kind."""

    def __init__(self, name, folder, url):
        self.name = name
        self.folder = folder
        self.url = url

    def first(self, pattern):
        matches = sorted(self.folder.glob(pattern))
        assert matches, f"{self.name}: no page matches {pattern}"
        return matches[0].relative_to(self.folder).as_posix()

    def review_with_passages(self):
        for path in sorted(self.folder.glob("reviews/*/index.html")):
            if 'class="passage ' in path.read_text(encoding="utf-8"):
                return path.relative_to(self.folder).as_posix()
        raise AssertionError(f"{self.name}: no review has a tagged passage")

    def theme_with_passages(self):
        for path in sorted(self.folder.glob("themes/*/index.html")):
            if 'class="passage ' in path.read_text(encoding="utf-8"):
                return path.relative_to(self.folder).as_posix()
        raise AssertionError(f"{self.name}: no theme has a passage")

    def page_kinds(self):
        static = [p for p in sorted(self.folder.glob("*/index.html"))
                  if p.parent.name not in {"reviews", "themes", "learning", "recommendations", "good-practice", "glossary", "search"}]
        assert static, f"{self.name}: no static page"
        return {
            "home": "index.html",
            "review": self.review_with_passages(),
            "theme": self.theme_with_passages(),
            "reviews-index": "reviews/index.html",
            "themes-index": "themes/index.html",
            "learning-index": "learning/index.html",
            "recommendations-index": "recommendations/index.html",
            "good-practice-index": "good-practice/index.html",
            "glossary": "glossary/index.html",
            "search": "search/index.html?q=practitioners",
            "static-page": static[0].relative_to(self.folder).as_posix(),
            "not-found": "404.html",
        }


@pytest.fixture(scope="session")
def sites():
    binary = reviewsite_binary()
    workspace = Path(tempfile.mkdtemp(prefix="reviewsite-browser-"))
    servers = []
    built = []
    try:
        for name, source in content_sources():
            folder = workspace / name
            subprocess.run([binary, "build", "--quiet", "--content", str(source), "--templates", str(REPO / "Templates"),
                            "--output", str(folder), "--base-url", ""], check=True)
            port = free_port()
            server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            servers.append(server)
            url = f"http://127.0.0.1:{port}/"
            for _ in range(100):
                try:
                    urllib.request.urlopen(url, timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.05)
            built.append(Site(name, folder, url))
        yield built
    finally:
        for server in servers:
            server.terminate()
            server.wait()
        shutil.rmtree(workspace, ignore_errors=True)


def chrome_options(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--force-color-profile=srgb", "--hide-scrollbars", "--lang=en-GB"]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return options


def new_driver(javascript=True):
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=chrome_options(javascript))


@pytest.fixture(scope="session")
def driver():
    browser = new_driver()
    yield browser
    browser.quit()


def set_colour_scheme(browser, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def set_width(browser, width, height=900):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def pytest_generate_tests(metafunc):
    if "site_index" in metafunc.fixturenames:
        names = [name for name, _ in content_sources()]
        metafunc.parametrize("site_index", range(len(names)), ids=names)
    if "page_kind" in metafunc.fixturenames:
        kinds = ["home", "review", "theme", "reviews-index", "themes-index", "learning-index", "recommendations-index",
                 "good-practice-index", "glossary", "search", "static-page", "not-found"]
        metafunc.parametrize("page_kind", kinds)


@pytest.fixture
def site(sites, site_index):
    return sites[site_index]


def pytest_terminal_summary(terminalreporter):
    if COUNTS:
        terminalreporter.section("checker counts")
        for key in sorted(COUNTS):
            terminalreporter.write_line(f"{key}: {COUNTS[key]}")
