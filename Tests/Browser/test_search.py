"""Search finds passages by their words' stems, filters them, highlights what matched and
leads to the passage's exact place; it also works from a folder, and says what to do without JavaScript."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import new_driver, set_width


def wait_ready(driver):
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.getElementById('search-form').dataset.ready"))


def search(driver, start_url, words, **filters):
    driver.get(start_url)
    box = driver.find_element(By.ID, "search-q")
    box.clear()
    for name, value in filters.items():
        driver.execute_script("document.getElementById(arguments[0]).value = arguments[1]", "search-" + name, value)
    box.send_keys(words, Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: "q=" in d.current_url)
    wait_ready(driver)
    return driver.find_element(By.ID, "search-status").text, driver.find_elements(By.CSS_SELECTOR, "#search-list > li")


def test_search_finds_stemmed_word_and_leads_to_the_passage(driver, site):
    set_width(driver, 1280)
    status, results = search(driver, site.url + "search/index.html", "neglected")
    assert re.match(r"\d+ results? for “neglected”", status), status
    passages = [r for r in results if " in " in r.find_element(By.CSS_SELECTOR, "h3 a").text]
    assert passages, status
    marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "#search-list mark")]
    assert marks and all(m.startswith("neglect") for m in marks), marks
    link = passages[0].find_element(By.CSS_SELECTOR, "h3 a")
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    WebDriverWait(driver, 10).until(lambda d: "/reviews/" in d.current_url)
    assert driver.current_url.endswith("#" + anchor)
    target = driver.execute_script("return document.querySelector(':target')")
    assert target is not None and target.get_attribute("id") == anchor
    assert "neglect" in target.text.lower() or "Neglect" in target.text


def test_search_filters_by_theme_and_matches_phrases_and_prefixes(driver, site):
    if site.name != "fixture":
        return
    _, results = search(driver, site.url + "search/index.html", "practitioners", theme="domestic-abuse")
    titles = [r.find_element(By.CSS_SELECTOR, "h3 a").text for r in results]
    assert titles == ["Learning point in Child B", "Child B"], titles
    _, results = search(driver, site.url + "search/index.html", '"escalation policy"')
    assert [r.find_element(By.CSS_SELECTOR, "h3 a").text for r in results] == ["Recommendation in Child A"]
    status, results = search(driver, site.url + "search/index.html", '"policy escalation"')
    assert results == [] and status.startswith("0 results")
    _, results = search(driver, site.url + "search/index.html", "househ*")
    assert [r.find_element(By.CSS_SELECTOR, "h3 a").text for r in results] == ["Child B", "Learning point 2.1 in Child A", "Child A"]
    _, results = search(driver, site.url + "search/index.html", "practitioners", year="2019")
    assert all("2019" in r.text for r in results) and results


def test_search_works_from_a_folder(driver, site):
    _, results = search(driver, site.folder.joinpath("search/index.html").as_uri(), "practitioners")
    assert results, "no results when opened from a folder"
    assert driver.find_elements(By.CSS_SELECTOR, "#search-list mark")


def test_without_javascript_search_explains_and_links_to_indexes(site):
    browser = new_driver(javascript=False)
    try:
        browser.get(site.url + "search/index.html")
        message = browser.find_element(By.CLASS_NAME, "search-nojs")
        assert message.is_displayed()
        assert "Search needs JavaScript" in message.text
        links = [a.get_attribute("href") for a in message.find_elements(By.TAG_NAME, "a")]
        assert any(link.endswith("reviews/index.html") for link in links)
        assert not browser.find_element(By.ID, "search-form").is_displayed()
    finally:
        browser.quit()
