"""Benchmark the quantity stage against jionlp, cn2an and Recognizers-Text.

Runs the case table of tests/quantity_cases.py (quotes from ../shared/corpus, synthetic
forms, non-quantities, caught bugs and known failures) through every library that is
installed, and prints accuracy and chars/s side by side; then chars/s over the real plans
in ../shared/corpus/real. A library that is not installed is skipped.

The comparison libraries are not project dependencies; install them in a separate venv:

    python3 -m venv /work/bench-venv
    /work/bench-venv/bin/pip install -e /work/main jionlp cn2an "emoji<2" recognizers-text-suite
    /work/bench-venv/bin/python bench/bench_quantities.py

How a case is scored: the multiset of ``(kind, value)`` a library returns must equal the
expected one (money also compares the currency; a range compares its low end). "money"
counts a case right when its money amounts alone are right, so a library that only reads
money is not blamed for counts; "wrong money" counts money values returned that the case
does not contain (silently wrong amounts and non-quantities read as money).
"""

from __future__ import annotations

import glob
import importlib.util
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.quantities import find_quantities  # noqa: E402
from tests.quantity_cases import (  # noqa: E402
    BUGS_CAUGHT,
    FROM_CORPUS,
    KNOWN_FAILURES,
    NEGATIVE,
    SHARED,
    SYNTHETIC,
    Case,
)

Key = tuple[str, Decimal, str | None]  # kind, value (or low end), currency for money
Extractor = Callable[[str], list[Key]]

CURRENCY = {"元": "元", "人民币": "元", "CNY": "元", "美元": "USD", "USD": "USD", "欧元": "EUR"}
CURRENCY.update({"EUR": "EUR", "日元": "JPY", "JPY": "JPY", "港元": "HKD", "港币": "HKD"})


def key(kind: str, value: object, unit: str | None = None) -> Key | None:
    try:
        d = Decimal(str(value)).normalize()
    except (InvalidOperation, ValueError):
        return None
    currency = CURRENCY.get(unit or "", unit) if kind == "money" else None
    if currency and "/" in currency:
        currency = CURRENCY.get(currency.split("/")[0], currency.split("/")[0])
    return (kind, d, currency)


def expected_keys(case: Case) -> list[Key]:
    out = []
    for item in case.expected:
        _, rest = item.rsplit("=", 1)
        value, unit, kind, *_ = rest.split(" ")
        k = key(kind, value.split("~")[0], unit)
        assert k is not None, item
        out.append(k)
    return out


# --- the libraries -----------------------------------------------------------------
def run_extractor(text: str) -> list[Key]:
    out = []
    for q in find_quantities(text):
        k = key(q.kind, q.value if q.value is not None else q.low, q.unit)
        if k is not None:
            out.append(k)
    return out


def make_jionlp() -> Extractor | None:
    if importlib.util.find_spec("jionlp") is None:
        return None
    import jionlp as jio

    def run(text: str) -> list[Key]:
        out = []
        for m in jio.ner.extract_money(text, with_parsing=True):
            num = m["detail"]["num"]
            k = key("money", num[0] if isinstance(num, list) else num, m["detail"]["case"])
            if k is not None:
                out.append(k)
        return out

    return run


_CN2AN_AMOUNT = regex.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万|千)?(元|%)")
_CN2AN_SCALE = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, None: 1}


def make_cn2an() -> Extractor | None:
    if importlib.util.find_spec("cn2an") is None:
        return None
    import cn2an

    def run(text: str) -> list[Key]:
        # cn2an only rewrites numerals; a reader would add a regex for amounts, as here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                arabic = cn2an.transform(text, "cn2an")
            except Exception:  # cn2an raises on odd input: count it as nothing found
                return []
        out = []
        for m in _CN2AN_AMOUNT.finditer(arabic):
            value = Decimal(m.group(1)) * _CN2AN_SCALE[m.group(2)]
            kind = "money" if m.group(3) == "元" else "percent"
            k = key(kind, value, "元" if kind == "money" else None)
            if k is not None:
                out.append(k)
        return out

    return run


def make_recognizers() -> Extractor | None:
    if importlib.util.find_spec("recognizers_suite") is None:
        return None
    from recognizers_suite import (
        Culture,
        recognize_currency,
        recognize_dimension,
        recognize_percentage,
    )

    def run(text: str) -> list[Key]:
        out = []
        for r in recognize_currency(text, Culture.Chinese):
            res = r.resolution or {}
            k = key("money", res.get("value"), res.get("isoCurrency") or res.get("unit"))
            if k is not None:
                out.append(k)
        for r in recognize_percentage(text, Culture.Chinese):
            k = key("percent", str((r.resolution or {}).get("value", "")).rstrip("%"))
            if k is not None:
                out.append(k)
        for r in recognize_dimension(text, Culture.Chinese):
            k = key("measure", (r.resolution or {}).get("value"))
            if k is not None:
                out.append(k)
        return out

    return run


# --- scoring -----------------------------------------------------------------------
def score(run: Extractor, cases: list[Case]) -> dict[str, float]:
    right = money_right = wrong_money = 0
    chars = sum(len(c.text) for c in cases)
    start = time.perf_counter()
    results = [run(c.text) for c in cases]
    elapsed = time.perf_counter() - start
    for case, got in zip(cases, results, strict=True):
        want = expected_keys(case)
        right += Counter(got) == Counter(want)
        got_money = Counter(k for k in got if k[0] == "money")
        want_money = Counter(k for k in want if k[0] == "money")
        money_right += got_money == want_money
        wrong_money += sum((got_money - want_money).values())
    n = len(cases)
    return {
        "all": right / n,
        "money": money_right / n,
        "wrong_money": wrong_money,
        "chars_s": chars / elapsed if elapsed else float("inf"),
    }


def corpus_speed(run: Extractor, texts: list[str], budget_s: float = 20.0) -> tuple[float, int]:
    """chars/s over whole documents; stops after ``budget_s`` (Recognizers is slow)."""
    chars = 0
    start = time.perf_counter()
    for t in texts:
        run(t)
        chars += len(t)
        if time.perf_counter() - start > budget_s:
            break
    return chars / (time.perf_counter() - start), chars


def main() -> int:
    cases = FROM_CORPUS + SYNTHETIC + NEGATIVE + BUGS_CAUGHT + KNOWN_FAILURES
    libraries: list[tuple[str, Extractor | None]] = [
        ("extractor", run_extractor),
        ("jionlp (money)", make_jionlp()),
        ("cn2an + regex", make_cn2an()),
        ("Recognizers-Text", make_recognizers()),
    ]
    print(f"{len(cases)} cases ({len(NEGATIVE)} without any quantity)\n")
    print(f"{'library':<18} {'exact':>7} {'money':>7} {'wrong money':>12} {'chars/s':>12}")
    for name, run in libraries:
        if run is None:
            print(f"{name:<18} not installed, skipped")
            continue
        run("预热100万元")  # first call loads models / compiles patterns
        s = score(run, cases)
        print(
            f"{name:<18} {s['all']:>7.1%} {s['money']:>7.1%} {s['wrong_money']:>12.0f}"
            f" {s['chars_s']:>12,.0f}"
        )
    paths = sorted(glob.glob(str(SHARED / "corpus" / "real" / "*.txt")))
    if not paths:
        print("\n../shared/corpus/real is absent: no corpus timing")
        return 0
    texts = [unicodedata.normalize("NFKC", Path(p).read_text(encoding="utf-8-sig")) for p in paths]
    total = sum(map(len, texts))
    print(f"\nreal plans: {len(texts)} files, {total:,} chars (NFKC view), one core")
    best = max(corpus_speed(run_extractor, texts)[0] for _ in range(3))
    print(f"{'extractor':<18} find_quantities      {best:>12,.0f} chars/s")
    for name, run in libraries[1:]:
        if run is None:
            continue
        speed, chars = corpus_speed(run, texts)
        note = "" if chars == total else f" (first {chars:,} chars)"
        print(f"{name:<18} {'':<20} {speed:>12,.0f} chars/s{note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
