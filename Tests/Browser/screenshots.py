"""Writes the README's screenshots to docs/screenshots/: home, a review, a theme and search, at
1280 px and 390 px wide, light mode. Uses Content/ once it has reviews, else the fixture site.
Run through scripts/screenshots."""
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from conftest import REPO, Site, content_sources, free_port, new_driver, reviewsite_binary, set_colour_scheme, set_width

TARGET = REPO / "docs/screenshots"


def main():
    name, source = content_sources()[-1]
    with tempfile.TemporaryDirectory() as workspace:
        folder = Path(workspace) / "site"
        subprocess.run([reviewsite_binary(), "build", "--quiet", "--content", str(source), "--templates", str(REPO / "Templates"),
                        "--output", str(folder), "--base-url", ""], check=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        driver = new_driver()
        try:
            site = Site(name, folder, f"http://127.0.0.1:{port}/")
            for _ in range(100):
                try:
                    urllib.request.urlopen(site.url, timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.05)
            kinds = site.page_kinds()
            pages = {"home": kinds["home"], "review": kinds["review"], "theme": kinds["theme"], "search": "search/index.html?q=neglected"}
            TARGET.mkdir(parents=True, exist_ok=True)
            set_colour_scheme(driver, "light")
            for kind, path in pages.items():
                for width, height in [(1280, 900), (390, 844)]:
                    set_width(driver, width, height)
                    driver.get(site.url + path)
                    time.sleep(0.3)
                    target = TARGET / f"{kind}-{width}.png"
                    driver.save_screenshot(str(target))
                    print(target.relative_to(REPO))
        finally:
            driver.quit()
            server.terminate()


main()
