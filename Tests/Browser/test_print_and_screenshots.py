"""A theme page prints as a handout without navigation, keeping passages, paragraph numbers and
link addresses; screenshots of each kind of page at phone and desktop widths."""
import base64
import subprocess

from selenium.webdriver.common.by import By

from conftest import OUTPUT, set_colour_scheme, set_width


def test_theme_page_prints_without_navigation(driver, site):
    set_width(driver, 1280)
    path = site.theme_with_passages()
    driver.get(site.url + path)
    passage = driver.find_element(By.CSS_SELECTOR, ".passage .passage__body p").text
    number = driver.find_elements(By.CSS_SELECTOR, ".passage__number")
    print_url = driver.find_element(By.CSS_SELECTOR, ".excerpt__links a[data-print-url]").get_attribute("data-print-url")
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})
    OUTPUT.mkdir(exist_ok=True)
    target = OUTPUT / f"{site.name}-theme.pdf"
    target.write_bytes(base64.b64decode(pdf["data"]))
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for label in ["Skip to main content", "Glossary", "Search", "Atom feed", "On this page", "Link to this", "Download the"]:
        assert label not in flat, f"'{label}' printed"
    assert " ".join(passage.split()[:6]) in flat
    if number:
        assert number[0].text in flat
    assert print_url in "".join(text.split()), f"the passage's address {print_url} is not printed after its link"


def test_screenshots_at_phone_and_desktop_widths(driver, site):
    OUTPUT.mkdir(exist_ok=True)
    set_colour_scheme(driver, "light")
    for kind, path in site.page_kinds().items():
        for width in (390, 1280):
            set_width(driver, width, 844 if width == 390 else 900)
            driver.get(site.url + path)
            target = OUTPUT / f"{site.name}-{kind}-{width}.png"
            assert driver.save_screenshot(str(target))
            assert target.stat().st_size > 1000
    set_width(driver, 1280)
