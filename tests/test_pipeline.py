"""End to end on the seed and real plans: items, scopes, figures, checks and span invariants."""

from __future__ import annotations

import unicodedata

import pytest

from extractor import extract, extract_text
from extractor.model import Document
from tests.shared_docs import CORPUS, SEED, SHARED, seed_text, shared_text

SHARED_PDF = SHARED / "corpus" / "pdf"


@pytest.fixture(scope="module")
def seed() -> Document:
    return extract(SEED)


def test_seed_document_level(seed: Document) -> None:
    assert seed.title == "石景山区2018年精准扶贫工作计划"
    assert seed.year == 2018
    assert seed.scopes == ["称多县", "顺平县", "宁城县", "莫旗"]
    assert seed.source.encoding == "utf-8"
    text = seed_text()
    assert text[seed.body.start : seed.body.end].endswith("与称多县两地商")


def test_seed_item_13(seed: Document) -> None:
    item = next(i for i in seed.items if i.id == "二.13")
    assert (item.number, item.title, item.section, item.scope) == (
        "13",
        "开展产业带动工程",
        "二/(三)",
        "称多县",
    )
    assert [(a.name, a.projects) for a in item.agencies] == [
        ("区发改委", 2),
        ("区集体经济办", 5),
        ("区商务委", 1),
        ("区旅游委", 1),
        ("区投促局", 2),
    ]
    assert item.project_count == 11
    money = [
        q
        for q in seed.quantities
        if q.kind == "money" and item.span.start <= q.span.start < item.span.end
    ]
    assert [(q.text, q.value) for q in money] == [("100万元", 1000000)]


def test_seed_items_and_scopes(seed: Document) -> None:
    assert len(seed.items) == 33
    assert sum(i.scope == "称多县" for i in seed.items) == 20
    assert sum(i.scope == "顺平县" for i in seed.items) == 10
    assert seed.items[-1].agencies == []
    assert seed.items[-1].project_count is None


def test_seed_figures(seed: Document) -> None:
    totals = [{v.unit: int(v.value) for v in f.total} for f in seed.figures]
    assert {"户": 17869, "人": 46818} in totals
    overview = next(
        f
        for f in seed.figures
        if {v.unit: int(v.value) for v in f.total} == {"户": 17869, "人": 46818}
    )
    assert [p.label for p in overview.parts] == ["称多县", "顺平县", "宁城县", "莫旗"]


def test_seed_findings_are_exactly_the_three_known_anomalies(seed: Document) -> None:
    flagged = sorted((c.rule, c.status) for c in seed.checks if c.status != "pass")
    assert flagged == [("foreign_scope", "warn"), ("scope_coverage", "warn"), ("truncated", "warn")]
    coverage = next(c for c in seed.checks if c.rule == "scope_coverage")
    assert "宁城县" in coverage.message
    assert "莫旗" in coverage.message
    passed = {c.rule for c in seed.checks if c.status == "pass"}
    assert {"parts_sum", "allocation_sum", "restated_figure", "percentage"} <= passed


def _check_invariants(doc: Document, text: str) -> None:
    body = doc.body
    for q in doc.quantities:
        assert text[q.span.start : q.span.end] == q.text
        assert body.start <= q.span.start <= q.span.end <= body.end
    for it in doc.items:
        assert text[it.span.start : it.span.end] == it.text
        for a in it.agencies:
            assert unicodedata.normalize(
                "NFKC", text[a.span.start : a.span.end]
            ) == unicodedata.normalize("NFKC", a.name)
            assert it.span.start <= a.span.start < it.span.end
    starts = [i.span.start for i in doc.items]
    assert starts == sorted(starts)
    assert len({i.id for i in doc.items}) == len(doc.items)
    for c in doc.checks:
        for s in c.spans:
            assert 0 <= s.start <= s.end <= len(text)


def test_invariants_on_the_committed_corpus() -> None:
    for path in sorted(CORPUS.rglob("*.txt")):
        doc = extract(path)
        raw = path.read_bytes()
        text = raw.decode(doc.source.encoding or "utf-8").replace("\r\n", "\n").lstrip("\ufeff")
        _check_invariants(doc, text)


@pytest.mark.parametrize(
    "name",
    [
        "guowuyuan-xiaofei-fupin-zhidao-yijian-2018.txt",
        "jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019.txt",
        "shandong-shuzi-shandong-xingdong-fangan-2019.txt",
        "national-zhengfu-gongzuo-baogao-2011-wikisource.txt",
    ],
)
def test_invariants_on_real_plans(name: str) -> None:
    text = shared_text(f"corpus/real/{name}")
    doc = extract_text(text, name)
    _check_invariants(doc, text)
    assert not [c for c in doc.checks if c.status == "fail"]


def test_fullwidth_seed_gives_the_same_facts() -> None:
    text = seed_text()
    wide = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789,():.%"})
    a, b = extract_text(text), extract_text(wide)

    def nfkc(s: str) -> str:
        return unicodedata.normalize("NFKC", s)

    assert [i.title for i in a.items] == [nfkc(i.title) for i in b.items]
    assert [(q.value, q.unit) for q in a.quantities] == [(q.value, q.unit) for q in b.quantities]
    assert sorted((c.rule, c.status) for c in a.checks) == sorted(
        (c.rule, c.status) for c in b.checks
    )
    _check_invariants(b, wide)


def test_joined_seed_keeps_items_agencies_and_findings() -> None:
    joined = seed_text().replace("\n", "")
    doc = extract_text(joined)
    assert len(doc.items) == 33
    item = next(i for i in doc.items if i.number == "13")
    assert [a.projects for a in item.agencies] == [2, 5, 1, 1, 2]
    flagged = {c.rule for c in doc.checks if c.status != "pass"}
    assert {"scope_coverage", "foreign_scope", "truncated"} <= flagged


def test_deterministic_output() -> None:
    from extractor.output import document_json

    assert document_json(extract(SEED)) == document_json(extract(SEED))


def test_noise_gives_no_items_or_findings() -> None:
    doc = extract_text("lorem ipsum dolor sit amet 12345 qwerty\nzxcv 9.8 asdf " * 50)
    assert doc.items == []
    assert [c for c in doc.checks if c.status != "pass"] == []


def test_declared_first_listed_lead() -> None:
    # 国发〔2018〕42号: "（工业和信息化部、发展改革委、科技部、农业农村部等负责。
    # 列第一位者为牵头单位，下同）"
    text = shared_text("corpus/real/guowuyuan-nongye-jixiehua-zhidao-yijian-2018.txt")
    doc = extract_text(text)
    tagged = [i for i in doc.items if i.agencies]
    assert len(tagged) >= 15
    assert all(i.agencies[0].role == "lead" for i in tagged)
    assert sum(a.role is None for i in tagged for a in i.agencies[1:]) > 40
    first = next(i for i in tagged)
    assert first.agencies[0].name == "工业和信息化部"


def _spans(obj: object) -> list[dict[str, int]]:
    if isinstance(obj, dict):
        found = [obj] if {"start", "end"} <= obj.keys() and len(obj) <= 3 else []
        return found + [s for v in obj.values() for s in _spans(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _spans(v)]
    return []


@pytest.mark.parametrize(
    "name",
    ["anhui-construction-land-standard-2020-p173.pdf", "ndrc-sat-pit-credit-notice-2019.pdf"],
)
def test_every_fact_from_a_pdf_has_its_page(name: str) -> None:
    from extractor.pipeline import extract

    path = SHARED_PDF / name
    if not path.is_file():
        pytest.skip(f"{path} not found: needs ../shared")
    doc = extract(path).model_dump(mode="python")
    spans = _spans(doc)
    assert spans
    assert all("page" in s and 1 <= s["page"] <= doc["source"]["pages"] for s in spans)
