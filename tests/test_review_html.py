"""Review pages without a browser: what is marked, what is escaped, what is linked, same bytes."""

from __future__ import annotations

import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.pipeline import extract_raw, extract_text
from extractor.readers import read_bytes
from extractor.report import document_row, failed_row
from extractor.review.document import document_page
from extractor.review.index import index_page
from extractor.review.marks import Mark, render_marked
from tests.shared_docs import CORPUS, SEED, seed_text

# A plan whose title and text try to become markup.
HOSTILE = (
    '<script>window.pwned=1</script>某县2020年"><img src=x onerror="window.pwned=2">工作计划\n'
    "一、主要任务\n"
    '1.开展培训<b onmouseover="window.pwned=3">。安排资金100万元。完成2个项目。(县教委(2))\n'
    "2.推进</span></div><script>window.pwned=4</script>建设。完成1个项目。(县财政局)\n"
)


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text outside tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if not self._in_script:
            self.text.append(data)


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


def _seed_page() -> tuple[str, str]:
    raw = read_bytes(SEED.read_bytes(), SEED.name)
    doc = extract_raw(raw, SEED.name, "0" * 64)
    return document_page(doc, raw.text, index_href="index.html"), raw.text


def test_seed_page_marks_every_agency_and_quantity_with_its_value() -> None:
    page, _ = _seed_page()
    doc = extract_text(seed_text(), SEED.name)
    tags = _parse(page).tags
    # one tab stop per fact (a mark split around a crossing one repeats its class, not its stop)
    classes = Counter(a.get("class") for _, a in tags if "data-v" in a and "tabindex" in a)
    kinds = Counter(q.kind for q in doc.quantities)
    for kind in ("money", "count", "percent"):
        assert classes[f"q {kind}"] == kinds[kind] > 0
    assert classes["ag"] == sum(len(i.agencies) for i in doc.items)
    # 13.开展产业带动工程。…安排产业带动资金100万元 (the seed, item 二.13)
    titles = {a.get("title") for _, a in tags}
    assert "money: 1,000,000 元" in titles
    # 126个贫困村,占所有行政村的53%
    assert "percent: 53%" in titles
    # 区人保局(3)、区教委(1) in item 17
    assert "agency: 区人保局 · 3 projects" in titles
    # items are boxed, with the item id; 33 items
    assert sum(1 for _, a in tags if (a.get("class") or "").split()[:1] == ["item"]) == 33
    assert ("span", {"class": "item", "id": "i15", "data-id": "二.13"}) in tags


def test_seed_text_is_all_there_and_findings_link_their_spans() -> None:
    page, text = _seed_page()
    parsed = _parse(page)
    shown = "".join(parsed.text)
    assert "\n".join(line for line in text.split("\n") if line) in shown.replace("\n\n", "\n")
    findings = [a for t, a in parsed.tags if "finding" in (a.get("class") or "").split()]
    warned = [a for a in findings if a["data-status"] == "warn"]
    assert [a["data-rule"] for a in warned] == ["scope_coverage", "foreign_scope", "truncated"]
    targets = {a["id"] for _, a in parsed.tags if a.get("class") == "tgt" and "id" in a}
    for f in findings:
        for key in (f["data-spans"] or "").split():
            assert f"t{key}" in targets
    links = [a["href"] for t, a in parsed.tags if t == "a" and a.get("data-t")]
    assert links
    assert all(href[1:] in targets for href in links)


def test_document_text_never_becomes_markup() -> None:
    doc = extract_text(HOSTILE, "hostile.txt")
    assert doc.title is not None
    assert "<script>" in doc.title  # the title keeps what the text says
    page = document_page(doc, HOSTILE)
    parsed = _parse(page)
    assert [t for t, _ in parsed.tags if t == "script"] == ["script"]  # only the page's own
    assert not [t for t, _ in parsed.tags if t in ("img", "b")]
    assert not [a for _, a in parsed.tags if any(k.startswith("on") for k in a)]
    shown = "".join(parsed.text)
    assert '"><img src=x onerror="window.pwned=2">' in shown
    assert "</span></div><script>window.pwned=4</script>" in shown
    rows = [
        document_row('a"><img src=x>.txt', doc, HOSTILE),
        failed_row("<img src=y>.txt", "<img src=y>.txt: empty file (no text to extract)"),
    ]
    index = index_page(rows, ['a"><img src=x>.txt.html', None])
    assert not [t for t, _ in _parse(index).tags if t == "img"]
    assert "&lt;script&gt;window.pwned=1" in index
    assert "&lt;img src=y&gt;.txt: empty file" in index


def test_pages_load_nothing_and_allow_only_their_own_script() -> None:
    page, _ = _seed_page()
    tags = _parse(page).tags
    assert not [a for _, a in tags if "src" in a]
    assert [t for t, _ in tags if t == "link"] == []
    hrefs = [a["href"] or "" for t, a in tags if t == "a"]
    assert all(h.startswith("#") or h == "index.html" for h in hrefs)
    policy = next(a["content"] or "" for t, a in tags if a.get("http-equiv"))
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "unsafe-inline" not in policy
    assert "http" not in page.split("<body>")[0].replace("http-equiv", "")


def test_crossing_marks_nest_and_keep_their_id_on_the_first_piece() -> None:
    marks = [Mark(0, 4, 2, "tgt", (("data-t", "0-4"),), id="t0-4"), Mark(2, 6, 0, "item")]
    html = render_marked("甲乙丙丁戊己", marks)
    assert html == (
        '<span class="tgt" id="t0-4" data-t="0-4">甲乙</span><span class="item">'
        '<span class="tgt" data-t="0-4">丙丁</span>戊己</span>'
    )


def test_pdf_pages_are_marked_from_pages(tmp_path: Path) -> None:
    from tests.test_readers_pdf import _plan_pdf

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.pdf").write_bytes(_plan_pdf())
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "--html"]) == 0
    page = (tmp_path / "out" / "plan.pdf.html").read_text(encoding="utf-8")
    markers = [a["data-page"] for _, a in _parse(page).tags if a.get("class") == "page"]
    assert markers == ["1", "2", "3", "4"]
    assert "4 pages" in page


def test_cli_writes_pages_and_index_with_the_same_bytes_twice(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        assert main([str(corpus), "-o", str(out), "-q", "--html"]) == 1
    pages = sorted(p.relative_to(outs[0]).as_posix() for p in outs[0].rglob("*.html"))
    assert pages == [
        "index.html",
        "samples/figure-mismatch-plan-2021.txt.html",
        "samples/gbk-pingan-xiezuo-plan-2019.txt.html",
        "samples/lead-support-work-points-2020.txt.html",
        "shijingshan-fupin-plan-2018.txt.html",
    ]
    for rel in pages:
        assert (outs[0] / rel).read_bytes() == (outs[1] / rel).read_bytes(), rel
    sample = (outs[0] / "samples/figure-mismatch-plan-2021.txt.html").read_text(encoding="utf-8")
    assert 'href="../index.html"' in sample
    index = _parse((outs[0] / "index.html").read_text(encoding="utf-8"))
    rows = [a for t, a in index.tags if t == "tr" and "data-order" in a]
    assert len(rows) == 5
    assert ("tr", {"class": "failed", "data-order": "0"}) in index.tags  # empty.txt sorts first
    assert "empty.txt: empty file" in "".join(index.text)
    links = [a["href"] for t, a in index.tags if t == "a"]
    assert links == [p for p in pages if p != "index.html"]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        # 5.开展精准助学工程。安排100万资金重点解决… (the seed, 二.5)
        (
            "一、任务\n5.开展精准助学工程。安排100万资金重点解决学生生活费用短缺问题。\n",
            "1,000,000 元",
        ),
        # 安排市级财政资金2.5亿元 (corpus/samples/lead-support-work-points-2020)
        ("一、任务\n(三)建设政务云平台。安排市级财政资金2.5亿元。\n", "250,000,000 元"),
    ],
    ids=["100万", "2.5亿元"],
)
def test_money_shows_its_value_in_yuan(text: str, money: str) -> None:
    page = document_page(extract_text(text), text)
    assert f'title="money: {money}"' in page
