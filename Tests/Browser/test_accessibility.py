"""axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules find nothing on any kind of page, light or dark,
and no page asks for anything from another host."""
from pathlib import Path

import axe_playwright_python
import pytest
from selenium.webdriver.support.ui import WebDriverWait

from conftest import COUNTS, set_colour_scheme, set_width

AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def load(driver, site, path):
    driver.get(site.url + path)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    if path.startswith("search/"):
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.getElementById('search-form').dataset.ready"))


def run_axe(driver):
    driver.execute_script(AXE_SOURCE)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))));",
        TAGS,
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(driver, site, page_kind, scheme):
    set_width(driver, 1280)
    set_colour_scheme(driver, scheme)
    path = site.page_kinds()[page_kind]
    load(driver, site, path)
    violations = run_axe(driver)
    set_colour_scheme(driver, "light")
    COUNTS[f"axe violations, {site.name} {page_kind} ({scheme})"] = len(violations)
    assert violations == [], f"{path}: {violations}"


def test_axe_finds_no_violations_at_320_px(driver, site):
    set_width(driver, 320, 640)
    try:
        for kind in ["home", "review", "theme", "search"]:
            load(driver, site, site.page_kinds()[kind])
            assert run_axe(driver) == [], kind
            overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{kind} scrolls sideways by {overflow}px at 320px"
    finally:
        set_width(driver, 1280)


def test_no_page_requests_another_host(driver, site, page_kind):
    load(driver, site, site.page_kinds()[page_kind])
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    foreign = [url for url in resources if not url.startswith(site.url)]
    assert foreign == []
