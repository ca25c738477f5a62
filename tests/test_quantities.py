"""find_quantities: the case tables of tests/quantity_cases.py, gold mentions, properties."""

from __future__ import annotations

import itertools
import json
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import quantities, quantity_qualifiers, quantity_rules, quantity_scanner
from extractor.facts import QuantityMatch
from extractor.quantities import find_quantities
from extractor.quantity_scanner import unit_kind
from extractor.tables import numerals, units
from extractor.textmap import TextMap
from tests import gold_floors
from tests.quantity_cases import (
    BUGS_CAUGHT,
    FROM_CORPUS,
    KNOWN_FAILURES,
    NEGATIVE,
    SHARED,
    SYNTHETIC,
    Case,
    corpus_file,
    render,
)
from tests.shared_docs import gold_files


def check(case: Case) -> None:
    if case.source is not None:
        path = corpus_file(case.source)
        if path is None:
            pytest.skip(f"../shared/corpus is absent: cannot check the quote from {case.source}")
        assert case.text in path.read_text(encoding="utf-8-sig"), "the quote is not in the file"
    got = tuple(render(case.text, q) for q in find_quantities(case.text))
    assert got == case.expected


def ids(cases: list[Case]) -> list[str]:
    return [c.id for c in cases]


@pytest.mark.parametrize("case", FROM_CORPUS, ids=ids(FROM_CORPUS))
def test_from_corpus(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", SYNTHETIC, ids=ids(SYNTHETIC))
def test_synthetic(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", NEGATIVE, ids=ids(NEGATIVE))
def test_negative(case: Case) -> None:
    assert case.expected == ()
    check(case)


@pytest.mark.parametrize("case", BUGS_CAUGHT, ids=ids(BUGS_CAUGHT))
def test_bugs_caught(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", KNOWN_FAILURES, ids=ids(KNOWN_FAILURES))
@pytest.mark.xfail(strict=True, reason="known limitation, see the comment on the case")
def test_known_failures(case: Case) -> None:
    check(case)


def test_negatives_as_many_as_positives() -> None:
    assert len(NEGATIVE) >= len(FROM_CORPUS) + len(SYNTHETIC) - 40
    assert len(FROM_CORPUS) + len(SYNTHETIC) + len(NEGATIVE) + len(BUGS_CAUGHT) >= 300


ALL_CASES = FROM_CORPUS + SYNTHETIC + NEGATIVE + BUGS_CAUGHT


@pytest.mark.parametrize("case", ALL_CASES, ids=ids(ALL_CASES))
def test_full_width_and_nfkc_agree(case: Case) -> None:
    """The engine reads raw full-width text as it reads the NFKC view, spans mapped back."""
    tm = TextMap.build(case.text)
    raw = [
        (q.value, q.low, q.high, q.unit, q.kind, q.start, q.end) for q in find_quantities(case.text)
    ]
    norm = []
    for q in find_quantities(tm.text):
        span = tm.span(q.start, q.end)
        norm.append((q.value, q.low, q.high, q.unit, q.kind, span.start, span.end))
    assert raw == norm


# --- precision: the step the number was written to ----------------------------------
PRECISION = [
    ("2.5亿元", Decimal("10000000")),
    ("53%", Decimal("1")),
    ("8.99%", Decimal("0.01")),
    ("100万元", Decimal("10000")),
    ("17869户", Decimal("1")),
    ("1.53万平方公里", Decimal("100")),
    ("五十万元", Decimal("100000")),
    ("一百二十万元", Decimal("100000")),
    ("10—15万元", Decimal("10000")),
    ("约1,200万元", Decimal("10000")),
]


@pytest.mark.parametrize(("text", "precision"), PRECISION, ids=[p[0] for p in PRECISION])
def test_precision(text: str, precision: Decimal) -> None:
    (q,) = find_quantities(text)
    assert q.precision == precision


def test_offsets_index_the_given_text_and_window() -> None:
    text = "前言。安排资金100万元,培训30人。"
    qs = find_quantities(text, 3)
    assert [text[q.start : q.end] for q in qs] == ["100万元", "30人"]
    assert find_quantities(text, 3, 10) == []  # the window cuts 100万元 before its unit
    assert [text[q.start : q.end] for q in find_quantities(text, 0, 13)] == ["100万元"]


def test_results_in_order_and_disjoint() -> None:
    text = "分别奖励10万、20万元,约30%以上,50家左右,3—5年"
    qs = find_quantities(text)
    assert len(qs) == 5
    assert all(a.end <= b.start for a, b in itertools.pairwise(qs))


def test_unit_kind() -> None:
    assert unit_kind("元") == ("元", "money")
    assert unit_kind("平方公里") == ("平方公里", "measure")
    assert unit_kind("个") == ("个", "count")
    assert unit_kind("万元") is None  # 万 belongs to the number


# --- gold mentions: what the scorer checks, on the whole document --------------------
GOLD_FILES = gold_files()


def _nth(text: str, anchor: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(anchor, pos + 1)
        if pos < 0:
            break
    return pos


def _mention_misses(gold_path: Path) -> list[str]:
    """Every gold mention ``find_quantities`` misses on the whole document, one key each."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    original = (SHARED / gold["document"]).read_text(encoding=gold.get("encoding", "utf-8-sig"))
    original = original.replace("\r\n", "\n")
    tm = TextMap.build(original)
    found = []
    for q in find_quantities(tm.text):
        span = tm.span(q.start, q.end)
        found.append((span.start, span.end, q))

    def hits(anchor: str, occurrence: int, ok: Callable[[QuantityMatch], bool]) -> bool:
        pos = _nth(original, anchor, occurrence)
        assert pos >= 0, anchor
        return any(s <= pos + len(anchor) and pos <= e and ok(q) for s, e, q in found)

    def has(q: QuantityMatch, v: float) -> bool:
        return any(x is not None and float(x) == v for x in (q.value, q.low, q.high))

    misses = []
    m = gold["mentions"]
    for g in m["money"]:
        want = g["value_yuan"]
        if not hits(
            g["anchor"], g["occurrence"], lambda q, v=want: q.kind == "money" and has(q, v)
        ):
            misses.append(f"money {g['anchor']}#{g['occurrence']}")
    for g in m["percent"]:
        want = g["value"]
        if not hits(
            g["anchor"], g["occurrence"], lambda q, v=want: q.kind == "percent" and has(q, v)
        ):
            misses.append(f"percent {g['anchor']}#{g['occurrence']}")
    for g in m["measures"]:
        want, unit = g["value"], g["unit"]
        if not hits(
            g["anchor"],
            g["occurrence"],
            lambda q, v=want, u=unit: q.kind != "money" and q.unit == u and has(q, v),
        ):
            misses.append(f"measure {g['anchor']}#{g['occurrence']}")
    for bad in m["not_quantities"]:
        pos = original.find(bad)
        assert pos >= 0, bad
        if [q for s, e, q in found if s < pos + len(bad) and pos < e]:
            misses.append(f"not a quantity {bad}")
    # money precision: every money amount found is one the gold lists
    # (an anchor may start before the amount: 实施亿元以上, as the scorer reads it)
    gold_at = [(_nth(original, g["anchor"], g["occurrence"]), len(g["anchor"])) for g in m["money"]]
    for s, e, q in found:
        if q.kind == "money" and not any(s <= p + n and p <= e for p, n in gold_at):
            misses.append(f"extra money {original[s:e]}@{s}")
    return misses


@pytest.mark.skipif(not GOLD_FILES, reason="no gold files with documents under ../shared")
@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_mentions(gold_path: Path) -> None:
    """No miss beyond those pinned in tests/gold_floors.json, and none of those fixed unnoticed."""
    doc = gold_path.name.removesuffix(".gold.json")
    pinned = gold_floors.load()["mention_misses"].get(doc, [])
    misses = _mention_misses(gold_path)
    assert [m for m in misses if m not in pinned] == [], "new misses"
    assert [m for m in pinned if m not in misses] == [], "fixed: take them off the pinned list"


# --- properties --------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_no_text_makes_it_raise(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.kind in ("money", "percent", "count", "measure")


_ALPHABET = (
    "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇"
    "元万亿%％个年人户-—至约余多以上第.,， 、"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_number_soup_never_raises_and_agrees_with_nfkc(text: str) -> None:
    raw = [(q.value, q.low, q.high, q.unit, q.kind) for q in find_quantities(text)]
    norm = [
        (q.value, q.low, q.high, q.unit, q.kind)
        for q in find_quantities(unicodedata.normalize("NFKC", text))
    ]
    assert raw == norm


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**8))
def test_n_wan_yuan_is_n_times_10_000(n: int) -> None:
    (q,) = find_quantities(f"资金{n}万元")
    assert (q.value, q.unit, q.kind) == (Decimal(n) * 10**4, "元", "money")


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**6), st.sampled_from(["户", "人", "个", "家", "项", "亩"])
)
def test_full_width_digits_read_like_ascii(n: int, unit: str) -> None:
    wide = str(n).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    a = find_quantities(f"共{n}{unit}")
    b = find_quantities(f"共{wide}{unit}")
    assert [(q.value, q.unit, q.kind) for q in a] == [(q.value, q.unit, q.kind) for q in b]
    assert a[0].value == n


# --- the tables are well formed ------------------------------------------------------
def _entries() -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    for mod in (units, numerals):
        for name in dir(mod):
            value = getattr(mod, name)
            if name.isupper() and isinstance(value, (dict, tuple, frozenset, str)):
                tables[f"{mod.__name__}.{name}"] = list(value)
    return tables


@pytest.mark.parametrize(("name", "entries"), list(_entries().items()), ids=list(_entries()))
def test_table_is_well_formed(name: str, entries: list[str]) -> None:
    assert entries, f"{name} is empty"
    assert all(isinstance(e, str) and e for e in entries), name
    if not name.endswith("GROUP_SEPARATORS"):  # a space is a digit-group separator (2 000)
        assert all(e.strip() == e for e in entries), name
    if not name.endswith(("CN_START", "CN_ALL")):
        assert len(entries) == len(set(entries)), f"{name} has duplicates"


def test_units_belong_to_one_kind_each() -> None:
    groups = [
        set(units.MONEY_UNITS),
        set(units.PERCENT_UNITS),
        set(units.COUNT_UNITS),
        set(units.MEASURE_UNITS),
        set(units.DURATION_UNITS),
    ]
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            assert not a & b
    for w in set().union(*groups):
        assert unit_kind(w) is not None


def test_implied_units_are_known_units() -> None:
    known = {u for u, _ in map(unit_kind, units.MONEY_UNITS)} | set(units.COUNT_UNITS)
    assert set(units.IMPLIED_BEFORE.values()) <= known
    assert set(units.IMPLIED_AFTER.values()) <= known


def test_every_regex_compiles() -> None:
    modules = (quantities, quantity_scanner, quantity_qualifiers)
    compiled = [v for m in modules for v in vars(m).values() if isinstance(v, regex.Pattern)]
    assert len(compiled) >= 6
    for phrase in units.NOT_QUANTITY_PHRASES:
        assert regex.search(r"[一二三四五六七八九十两]", phrase), phrase


_RANGE_CASES = (
    "给予50 -200万元",
    "1万元\u3000至5万元",
    "5\t~10个",
    "3%-5%",
    "1万(含)-5万元",
    "30到50人",
)


def _corpus_views(cases: tuple[str, ...] | list[str]) -> list[str]:
    """``cases``, then every text of ../shared/corpus raw and in NFKC (skips where absent)."""
    paths = sorted((SHARED / "corpus").glob("*/*.txt"))
    if not paths:
        pytest.skip(f"{SHARED / 'corpus'} not found: this test reads ../shared")
    raw = [p.read_text(encoding="utf-8") for p in paths]
    return [*cases, *raw, *(unicodedata.normalize("NFKC", t) for t in raw)]


def test_the_range_lookahead_keeps_every_candidate() -> None:
    """The scanner's lookahead on a range's first characters (a copy by hand of the range
    group's openings) finds what the scanner without it finds, over ../shared/corpus."""
    plain = regex.compile(
        quantity_scanner.CANDIDATE.pattern.replace(quantity_scanner._RANGE_FIRST, "", 1),
        quantity_scanner.CANDIDATE.flags,
    )
    assert plain.pattern != quantity_scanner.CANDIDATE.pattern
    ranges = 0
    for text in _corpus_views(_RANGE_CASES):
        want = [m.groups() + m.span() for m in plain.finditer(text)]
        assert [m.groups() + m.span() for m in quantity_scanner.CANDIDATE.finditer(text)] == want
        ranges += sum(1 for m in plain.finditer(text) if m.group("num2"))
    assert ranges > 100


def test_the_start_scan_finds_every_candidate() -> None:
    """Trying CANDIDATE only where quantity_scanner._START says a candidate can start (its
    first characters and lookbehind, copied by hand) finds what CANDIDATE.finditer finds,
    over ../shared/corpus, whole and from a third to two thirds of each text."""
    found = 0
    for text in _corpus_views(_RANGE_CASES):
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            want = [
                m.groups() + m.span() for m in quantity_scanner.CANDIDATE.finditer(text, start, end)
            ]
            got = [m.groups() + m.span() for m in quantity_scanner._at_starts(text, start, end)]
            assert got == want, text[:40]
            assert [m.span() for m in quantity_scanner.candidates(text, start, end)] == [
                w[-2:] for w in want
            ]
            found += len(want)
    assert found > 50_000


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet="0１9.二十百万亿半百分之约共计第号年元亩个项%-、 \n:/wA",
        max_size=40,
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_start_scan_on_any_slice(text: str, a: int, b: int) -> None:
    """The same without ../shared: the start scan finds CANDIDATE.finditer's matches on any
    slice of number, unit and marker characters (a 第, a ：, a digit before a start)."""
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    want = [m.groups() + m.span() for m in quantity_scanner.CANDIDATE.finditer(text, start, end)]
    assert [m.groups() + m.span() for m in quantity_scanner._at_starts(text, start, end)] == want


def test_a_negative_start_is_refused() -> None:
    """The two scanners read a negative position differently (stdlib re from 0, regex from the
    end), so find_quantities takes none."""
    found = find_quantities("七８亩个百分点", 0, 3)
    assert [(q.start, q.end, q.unit) for q in found] == [(1, 3, "亩")]
    with pytest.raises(ValueError, match="start must be 0 or more"):
        find_quantities("七８亩个百分点", -1, 3)


def test_the_code_gate_keeps_every_code() -> None:
    """_classify calls looks_like_code only where quantity_rules.may_be_code says it can say
    yes: over ../shared/corpus and these cases, every candidate it calls a code passes that
    gate."""
    cases = [
        "代码002100元",
        "陆家嘴",
        "(204类)",
        "603886 元祖股份",
        "4.2026年",
        "二期工程",
        "五台山",
    ]
    codes = 0
    for text in _corpus_views(cases):
        for m in quantity_scanner.CANDIDATE.finditer(text):
            unit_w = m.group("unit")
            num = m.group("num") or m.group("pnum")
            if unit_w is None or num[0] in quantity_scanner.BARE_START:
                continue
            cn = num[0] in quantity_rules.CN_CHARS
            u1 = m.start("unit") + len(unit_w)
            if quantity_rules.looks_like_code(text, m.start(), num, cn, unit_w, u1, False):
                codes += 1
                assert quantity_rules.may_be_code(num, cn, unit_w), text[m.start() : u1]
    assert codes > 20
