"""The first Tab reaches the skip link, and following it moves focus to the main content."""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import set_width


def test_skip_link_comes_first_and_moves_focus_to_main(driver, site, page_kind):
    set_width(driver, 1280)
    driver.get(site.url + site.page_kinds()[page_kind])
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.focus();")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    focused = driver.switch_to.active_element
    assert focused.get_attribute("class") == "skip-link"
    assert focused.text == "Skip to main content"
    assert focused.is_displayed()
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    assert driver.switch_to.active_element.get_attribute("id") == "main-content"
    assert driver.execute_script("return document.activeElement.tagName") == "MAIN"
