"""The report as a Danish reader sees it: a number keeps its unit on its line, tfi's own `code` is code,
and a waiver's reason written in another language says so."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from helpers import MANDATE, PLAN, run_cli, write_repo

from tfi_rules.report.html import e, with_code

UNMEASURED = PLAN.replace("        measured_by: survey\n", "", 1)  # tilfredshed: "add `measured_by:` ..."


def page(tmp_path: Path, plan: str = UNMEASURED) -> str:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    code, _, err = run_cli(["report", "-o", "page.html", "--lang", "da"], tmp_path)
    assert code == 0, err
    return (tmp_path / "page.html").read_text(encoding="utf-8")


def test_a_number_and_its_unit_do_not_wrap_apart(tmp_path: Path) -> None:
    html = page(tmp_path)
    assert "75\u00a0%" in html
    text = PageText(html)
    prose = " ".join(text.unmarked + [marked for _, marked in text.marked])
    assert "75\u00a0%" in prose and not re.search(r"\d (%|pct\.|kr\.|mio\.|årsværk)", prose)
    assert e("97,22 % og 1,5 mio. kr. og 2 årsværk") == "97,22\u00a0% og 1,5\u00a0mio.\u00a0kr. og 2\u00a0årsværk"


def test_code_in_a_hint_is_code_not_backticks(tmp_path: Path) -> None:
    html = page(tmp_path)
    text = PageText(html)
    assert "measured_by:" in text.code and not any("`" in piece for piece in text.unmarked)
    assert "<code>measured_by:</code>" in html and "`" not in html
    assert with_code("write `<b>` here") == "write <code>&lt;b&gt;</code> here"  # still escaped


UNBALANCED = (
    PLAN.replace("årsværk: 1.5\n", "årsværk: 2.5\n", 1)
    + """\
waivers:
  - rule: capacity-balance
    language: en
    reason: The committee paper allocates 5 årsværk.
    approved_by: tfi maintainers
"""
)


class PageText(HTMLParser):
    """A page as a reader meets it: text marked with another language (`lang`), the rest, and <code>."""

    VOID = frozenset({"br", "meta", "link", "img", "hr", "input", "col", "area", "base", "wbr"})

    def __init__(self, html: str) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.marked: list[tuple[str, str]] = []  # (lang, text) of each element whose lang differs from the page's
        self.unmarked: list[str] = []
        self.code: list[str] = []
        self._texts: list[list[str]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        lang = dict(attrs).get("lang") if tag != "html" else None
        self.stack.append((tag, lang))
        self._texts.append([])

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, lang = self.stack.pop()
            text = "".join(self._texts.pop())
            if lang:
                self.marked.append((lang, text))
            elif self._texts:
                self._texts[-1].append(text)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        tags = [tag for tag, _ in self.stack]
        if "style" in tags or "svg" in tags:
            return  # a style sheet, or a chart's own text (one line anyway)
        if tags and tags[-1] == "code":
            self.code.append(data)
        if any(lang for _, lang in self.stack):
            self._texts[-1].append(data)
        else:
            self.unmarked.append(data)


def test_a_reason_in_english_is_marked_on_a_danish_page(tmp_path: Path) -> None:
    text = PageText(page(tmp_path, UNBALANCED))
    # The capacity bar, the standing waived error at the plan's top, and the finding: the reason marked as
    # English, tfi's own words on its approval outside the mark, in Danish.
    assert text.marked == [("en", "The committee paper allocates 5\u00a0årsværk.")] * 3
    assert sum("(godkendt af tfi maintainers)" in piece for piece in text.unmarked) == 3
    assert sum("(på engelsk)" in piece for piece in text.unmarked) == 3


def test_the_plans_waived_errors_stand_at_its_top_unapproved_said_in_danish(tmp_path: Path) -> None:
    unapproved = UNBALANCED.replace("    approved_by: tfi maintainers\n", "    approved_by: null\n")
    html = page(tmp_path, unapproved)
    top = html[
        html.index('class="alert waived-errors"') : html.index("</div>", html.index('class="alert waived-errors"'))
    ]
    assert html.index('class="alert waived-errors"') < html.index('class="capacity keep"')
    assert 'data-waived-errors="1" data-unapproved="1"' in top and 'data-approved="false"' in top
    assert "Fejl med dispensation, som stadig står: 1" in top
    assert "(ikke godkendt: ingen har godkendt denne undtagelse)" in top


def test_a_reason_in_the_pages_language_is_not_marked(tmp_path: Path) -> None:
    danish = UNBALANCED.replace("    language: en\n", "").replace("The committee paper allocates", "Udvalget giver")
    html = page(tmp_path, danish)
    assert "Udvalget giver 5\u00a0årsværk" in html and "på engelsk" not in html and 'lang="en"' not in html


def test_the_repositorys_danish_report_has_no_unmarked_english(tmp_path: Path) -> None:
    """The plans' data is Danish, or marked as English (waivers' `language: en`); the page's own words are Danish."""
    root = Path(__file__).resolve().parents[2]
    code, _, err = run_cli(["report", "-o", str(tmp_path / "page.html"), "--lang", "da"], root)
    assert code == 0, err
    html = (tmp_path / "page.html").read_text(encoding="utf-8")
    page_text = PageText(html)
    # Periods are named the Danish way ("forår 2007", not "2007-spring") in the page's own words.
    assert any("forår 2007" in piece for piece in page_text.unmarked)
    assert not any(re.search(r"\b[0-9]{4}-(spring|summer|autumn|H[12])\b", piece) for piece in page_text.unmarked)
    # The plans with standing waived errors say so at their top: 2009's 5 of 4, seed 004's nine waivers.
    assert re.findall(r'data-waived-errors="([0-9]+)" data-unapproved="([0-9]+)"', html) == [("1", "1"), ("12", "12")]
    text = " ".join(page_text.unmarked).replace("Taste the World", "")  # an event's name in the committee's wording
    english = [found.group(0) for found in re.finditer(r".{0,40}\b(the|and|is|not|by|of)\b .{0,40}", text)]
    assert english == []


def test_the_last_status_of_an_interim_figure_is_named_the_danish_way(tmp_path: Path) -> None:
    """ "seneste status er fra 1. kvartal 2009", not "2009-Q1": the verdict's reason names its period as the page's
    language does."""
    root = Path(__file__).resolve().parents[2]
    code, _, err = run_cli(["report", "-o", str(tmp_path / "page.html"), "--lang", "da"], root)
    assert code == 0, err
    text = " ".join(PageText((tmp_path / "page.html").read_text(encoding="utf-8")).unmarked)
    assert "seneste status er fra" in text
    assert not re.search(r"seneste status er fra [0-9]{4}-", text)


def test_the_check_tally_says_how_many_waived_findings_are_errors(tmp_path: Path) -> None:
    text = " ".join(PageText(page(tmp_path, UNBALANCED)).unmarked)
    assert "Dispenseret: 1 (fejl: 1)" in text
