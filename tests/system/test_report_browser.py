"""`tfi report` in a real browser: headless Chromium renders the page, screenshots it at A4
width and prints it to PDF on A4 pages. Skipped where Chromium is not installed."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tfi_rules.i18n import speaking
from tfi_rules.report import build_page, render

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Without these Chromium reaches for the network (updates, sync, QUIC), which is closed here.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
A4_AT_96_DPI = (794, 1123)  # pixels
A4_POINTS = (595, 842)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium not installed (Debian: apt-get install chromium); the report's browser tests are skipped",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with speaking("da"):
        page, _ = build_page([REPO / "plans"], [REPO / "measurements"], date(2009, 6, 30))
        html = render(page)
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"  # a fresh profile each run: nothing remembered, nothing to sync
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=60, check=True
    )


class Elements(HTMLParser):
    """Counts the rendered DOM's elements by tag and class."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, set[str], dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.found.append((tag, set((attributes.get("class") or "").split()), attributes))

    def of(self, tag: str, css: str = "") -> list[dict[str, str | None]]:
        return [attributes for name, classes, attributes in self.found if name == tag and (not css or css in classes)]


def test_the_rendered_page_has_its_sections_charts_and_rows(report: Path, tmp_path: Path) -> None:
    dom = chromium(tmp_path, "--dump-dom", report.as_uri()).stdout
    elements = Elements()
    elements.feed(dom)
    assert [s["data-plan"] for s in elements.of("section", "plan")] == [
        "2007-h2",
        "2009",
        "2011",
        "integrationspolitik-2009",
    ]
    assert len(elements.of("tbody", "criterion")) == 72
    assert len(elements.of("figure", "capacity")) == 3  # the plan without a mandate has no bar
    assert elements.of("figure", "trend")[0]["data-indicator"] == "beskaeftigelse-indvandrere"
    charts = elements.of("svg", "chart")
    assert len(charts) > 10 and all(chart["role"] == "img" and chart["aria-label"] for chart in charts)
    assert not elements.of("script")


def test_a_screenshot_at_a4_width(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(
        tmp_path,
        "--hide-scrollbars",
        f"--window-size={A4_AT_96_DPI[0]},{A4_AT_96_DPI[1]}",
        f"--screenshot={shot}",
        report.as_uri(),
    )
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR"
    assert struct.unpack(">II", header[16:24]) == A4_AT_96_DPI


def test_printed_to_pdf_on_a4_pages(report: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert len(boxes) >= 5  # the overview, then every plan from a new page
    for width, height in boxes:
        assert abs(float(width) - A4_POINTS[0]) <= 1 and abs(float(height) - A4_POINTS[1]) <= 1
