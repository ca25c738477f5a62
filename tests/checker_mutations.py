"""Mutation testing of the checker (issue 8, "Method"): plant one error in a real document where
a check passes, and see whether a check of that rule now fails at it and nothing else moves.

**Which checks.** Every passing check of an arithmetic rule: each rule of
``extractor.checks.CHECKS`` outside ``NOT_ARITHMETIC``, and any rule whose passing checks carry
a number as ``expected``/``actual``; a rule added later is covered without a change here.

**Which errors.** Each number the check's spans cover (``2686户``, ``53%``, ``四级``; not a year,
a date, an ordinal or a heading's number) is changed alone, in each direction it can go: its
leading significant digit one up or one down (``2686`` -> ``3686`` / ``1686``, ``0.39`` ->
``0.49``), or by five when that digit is the number's last written step (``4`` -> ``9``,
``四级`` -> ``九级``, ``8万`` -> ``3万``; four for a 5). The change is then at least ten times
the written precision, or four times it, always outside the rounding interval of a short sum.
One character is replaced by one, so the text keeps its length and every other span stays.

**What is measured.** A variant is *about* a check when that check does not come out identical
(same rule, spans, status, expected and actual): a number the check never read (the 人 column
under the 户 check) is no test of it. It is *caught* when a failing or warning check of the same
rule has a span covering the changed character, and it *flags elsewhere* when a check whose
spans do not cover that character newly fails or warns; *moved elsewhere* counts any change of
such a check (a status changed, a check appeared or vanished). The score of a rule is the share
of its variants caught with nothing moved elsewhere (``Outcome.clean``), one verdict per variant
and rule however many of the rule's checks the variant is about.

**Which documents.** The gold plans and the wild corpus as text, and the PDFs of
``../shared/corpus/pdf`` as their reader gives them: the error is written into the reader's text
and into the table cell that holds it (``plant``), so a table's figures, its cells and the prose
that restates them all see it, as they would in a PDF that carried the error.

``bench/bench_mutations.py`` runs every variant over the gold plans, the wild corpus and the PDFs;
``tests/test_mutations.py`` runs a fixed, seeded sample of them against
``tests/mutation_floors.json``.
"""

from __future__ import annotations

import dataclasses
import json
import random
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from extractor import extract_text
from extractor.checks import CHECKS, NOT_ARITHMETIC
from extractor.model import Check, Document
from extractor.pipeline import _stages
from extractor.readers import RawText
from extractor.readers import read as read_file
from extractor.readers.base import RawCell, RawTable
from tests.shared_docs import SHARED, gold_files

WILD = SHARED / "corpus" / "wild"
PDF = SHARED / "corpus" / "pdf"

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_WRITE = "〇一二三四五六七八九"
# A number as written: Arabic digits (full width too) with separators, or a Chinese numeral.
_NUMBER = regex.compile(r"\d+(?:[.,，]\d+)*|[〇零一二两三四五六七八九十百千万亿]+")
# Not a number a check compares: a year, a date, an ordinal, a document number, a heading's.
_DATE_AFTER = regex.compile(r"\s*(?:月|日|号|时|届|次会议)")
_MARKER_AFTER = regex.compile(r"\.(?!\d)|[、)）]")


@dataclass(frozen=True)
class Variant:
    """One planted error: ``text[at]`` replaced by ``new``, in the number ``text[start:end]``."""

    at: int
    old: str
    new: str
    direction: str  # "up" or "down"
    start: int
    end: int

    def apply(self, text: str) -> str:
        return text[: self.at] + self.new + text[self.at + 1 :]

    def shown(self, text: str) -> str:
        """The number before and after: ``2686->3686``."""
        return f"{text[self.start : self.end]}->{self.apply(text)[self.start : self.end]}"


@dataclass(frozen=True)
class Outcome:
    """One variant judged for one rule whose passing checks it is about."""

    document: str
    rule: str
    checks: tuple[str, ...]  # the messages of the passing checks of the rule it is about
    indices: tuple[int, ...]  # those checks' places in the document's checks
    variant: Variant
    number: str  # the number as written, before and after: 2686->3686
    caught: bool
    flagged_elsewhere: bool
    moved_elsewhere: bool
    found: tuple[str, ...] = ()  # the failing checks that point at it, or what flagged elsewhere

    @property
    def clean(self) -> bool:
        """Caught at the right place, and no other check changed its status."""
        return self.caught and not self.flagged_elsewhere and not self.moved_elsewhere


@dataclass
class Tally:
    checks: int = 0  # passing checks some variant was about
    checks_all_caught: int = 0  # of those, the ones every variant about them was caught for
    variants: int = 0
    caught: int = 0
    caught_clean: int = 0  # caught, and nothing else changed
    flagged_elsewhere: int = 0
    moved_elsewhere: int = 0
    by_direction: dict[str, list[int]] = field(default_factory=dict)  # direction -> [caught, n]

    def add(self, o: Outcome) -> None:
        self.variants += 1
        self.caught += o.caught
        self.caught_clean += o.clean
        self.flagged_elsewhere += o.flagged_elsewhere
        self.moved_elsewhere += o.moved_elsewhere
        pair = self.by_direction.setdefault(o.variant.direction, [0, 0])
        pair[0] += o.clean
        pair[1] += 1

    @property
    def share(self) -> float:
        """Caught at the right place with nothing else changed, of all variants."""
        return self.caught_clean / self.variants if self.variants else 0.0


def read(relative: str) -> str:
    """A document under ../shared as the scorer reads it."""
    text = (SHARED / relative).read_text(encoding="utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def plant(raw: RawText, at: int, new: str) -> RawText:
    """``raw`` with ``new`` written over the text at ``at`` (same length), in any table cell
    there too: an error planted where a reader would have found it."""
    size = len(new)
    text = raw.text[:at] + new + raw.text[at + size :]

    def cell(c: RawCell) -> RawCell:
        if c.start <= at < c.end:
            k = at - c.start
            return RawCell(c.text[:k] + new + c.text[k + size :], c.start, c.end)
        return c

    tables = tuple(
        RawTable(tuple(tuple(cell(c) for c in row) for row in t.rows), t.start, t.end)
        for t in raw.tables
    )
    return dataclasses.replace(raw, text=text, tables=tables)


@dataclass(frozen=True)
class Source:
    """A document to plant errors in: its text (what spans index into) and, for a PDF, the
    reader's output the errors are planted in (``plant``)."""

    name: str
    text: str
    raw: RawText | None = None

    def extract(self, variant: Variant | None = None) -> Document:
        """The document, or the document with ``variant`` planted."""
        if self.raw is None:
            return extract_text(
                self.text if variant is None else variant.apply(self.text), self.name
            )
        raw = self.raw if variant is None else plant(self.raw, variant.at, variant.new)
        return _stages(raw, self.name, "0" * 64)  # (no check reads the hash)


def load(relative: str) -> Source:
    """A document under ../shared: a PDF as its reader gives it, anything else as text."""
    if relative.endswith(".pdf"):
        raw = read_file(SHARED / relative)
        return Source(relative, raw.text, raw)
    return Source(relative, read(relative))


def gold_documents() -> list[str]:
    """The documents of the gold plans (../shared/gold, tests/gold), relative to ../shared."""
    found = [json.loads(p.read_text(encoding="utf-8"))["document"] for p in gold_files()]
    return list(dict.fromkeys(found))


def pdf_documents() -> list[str]:
    """The PDFs of ../shared/corpus/pdf, relative to ../shared."""
    return [p.relative_to(SHARED).as_posix() for p in sorted(PDF.glob("*.pdf"))]


def documents() -> list[str]:
    """The gold plans' documents, then the rest of the wild corpus, then the PDFs, each once."""
    wild = [p.relative_to(SHARED).as_posix() for p in sorted(WILD.glob("*.txt"))]
    return list(dict.fromkeys(gold_documents() + wild + pdf_documents()))


def arithmetic(c: Check) -> bool:
    """A check of a rule that compares numbers (see the module docstring)."""
    if c.rule in CHECKS and c.rule not in NOT_ARITHMETIC:
        return True
    return isinstance(c.expected, Decimal) or isinstance(c.actual, Decimal)


def _digit(ch: str) -> int | None:
    if ch in _CN_DIGITS:
        return _CN_DIGITS[ch]
    return unicodedata.digit(ch, None)


def _write(digit: int, like: str) -> str:
    """``digit`` written as ``like`` is: Chinese, full-width or ASCII."""
    if like in _CN_DIGITS:
        return _CN_WRITE[digit]
    zero = ord(like) - unicodedata.digit(like)
    return chr(zero + digit)


def _compared(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is one a check could compare."""
    token = text[start:end]
    if token.isdigit() and len(token) == 4 and text.startswith("年", end):
        return False  # a year
    if _DATE_AFTER.match(text, end) or text[max(0, start - 1) : start] == "第":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    heading = not text[line_start:start].strip(" \t(（")
    return not (heading and _MARKER_AFTER.match(text, end))


def variants_of(text: str, start: int, end: int) -> list[Variant]:
    """The changes of the number ``text[start:end]``: its leading significant digit up and down
    (see the module docstring), as far as it can go."""
    token = text[start:end]
    lead = next((i for i, ch in enumerate(token) if (_digit(ch) or 0) > 0), None)
    if lead is None:
        return []
    d = _digit(token[lead]) or 0
    last_step = not any(_digit(ch) is not None for ch in token[lead + 1 :])
    if last_step:  # by five, by four for a 5: 4 -> 9, 5 -> 9 or 1, 8 -> 3
        up = d + 5 if d <= 4 else 9 if d == 5 else None
        down = d - 5 if d >= 6 else 1 if d == 5 else None
    else:  # one up or down: 2686 -> 3686 or 1686, 0.15 -> 0.05
        up = d + 1 if d <= 8 else None
        down = d - 1 if d >= 2 or "." in token[:lead] else None
    out = []
    for new, direction in ((up, "up"), (down, "down")):
        if new is not None:
            written = _write(new, token[lead])
            out.append(Variant(start + lead, token[lead], written, direction, start, end))
    return out


def _covers(c: Check, at: int) -> bool:
    return any(s.start <= at < s.end for s in c.spans)


def _spans(c: Check) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.end) for s in c.spans)


def _identity(c: Check) -> tuple[object, ...]:
    return (c.rule, _spans(c), c.status, str(c.expected), str(c.actual), c.unit)


def _status_key(c: Check) -> tuple[object, ...]:
    return (c.rule, _spans(c), c.status)


def plan(text: str, doc: Document) -> dict[Variant, list[int]]:
    """Every variant of every number a passing arithmetic check covers -> those checks."""
    out: dict[Variant, list[int]] = {}
    for k, c in enumerate(doc.checks):
        if c.status != "pass" or not arithmetic(c):
            continue
        for s in c.spans:
            for m in _NUMBER.finditer(text, s.start, s.end):
                if not _compared(text, m.start(), m.end()):
                    continue
                for v in variants_of(text, m.start(), m.end()):
                    if k not in out.setdefault(v, []):
                        out[v].append(k)
    return out


def judge(source: Source, base: Document, variant: Variant, checks: Iterable[int]) -> list[Outcome]:
    """Run ``variant`` of the document and judge it, once per rule, against those of
    ``checks`` (indices into ``base.checks``) that it is about."""
    name, text = source.name, source.text
    after = source.extract(variant)
    at = variant.at
    base_ids = Counter(_identity(c) for c in base.checks)
    after_ids = Counter(_identity(c) for c in after.checks)
    before_far = Counter(_status_key(c) for c in base.checks if not _covers(c, at))
    after_far = Counter(_status_key(c) for c in after.checks if not _covers(c, at))
    new_far = after_far - before_far
    moved = bool(new_far or before_far - after_far)
    flagged = tuple(
        sorted(c.message for c in after.checks if _status_key(c) in new_far and c.status != "pass")
    )
    about: dict[str, list[int]] = {}
    for k in checks:
        c = base.checks[k]
        if after_ids[_identity(c)] < base_ids[_identity(c)]:
            about.setdefault(c.rule, []).append(k)
        # else the check came out identical: this number is not one it reads
    out = []
    for rule, indices in about.items():
        pointing = tuple(
            x.message
            for x in after.checks
            if x.rule == rule and x.status != "pass" and _covers(x, at)
        )
        out.append(
            Outcome(
                document=name,
                rule=rule,
                checks=tuple(base.checks[k].message for k in indices),
                indices=tuple(indices),
                variant=variant,
                number=variant.shown(text),
                caught=bool(pointing),
                flagged_elsewhere=bool(flagged),
                moved_elsewhere=moved,
                found=pointing + flagged,
            )
        )
    return out


@dataclass(frozen=True)
class Sample:
    """Which variants a run plants: at most ``per_rule`` per rule and document, drawn with a
    generator seeded by ``seed``, the document's name and the rule (so one document's or one
    rule's draw does not move when another document or rule changes)."""

    seed: int
    per_rule: int


@dataclass
class Survey:
    passing: Counter[str] = field(default_factory=Counter)  # rule -> passing arithmetic checks
    tested: Counter[str] = field(default_factory=Counter)  # rule -> of those, with a variant
    outcomes: list[Outcome] = field(default_factory=list)
    untested: list[tuple[str, str, str]] = field(default_factory=list)  # no variant about them


def _draw(
    base: Document, planned: dict[Variant, list[int]], name: str, sample: Sample
) -> list[Variant]:
    chosen: set[Variant] = set()
    for rule in sorted({base.checks[k].rule for ks in planned.values() for k in ks}):
        pick = random.Random(f"{sample.seed}:{name}:{rule}")
        of_rule = [v for v, ks in planned.items() if any(base.checks[k].rule == rule for k in ks)]
        chosen.update(pick.sample(of_rule, min(sample.per_rule, len(of_rule))))
    return [v for v in planned if v in chosen]


def survey(
    names: Iterable[str], sample: Sample | None = None, rules: Iterable[str] | None = None
) -> Survey:
    """Plant every variant (or ``sample``'s draw) in each document of ``names`` and judge it;
    with ``rules``, only the variants about those rules' checks."""
    out = Survey()
    only = None if rules is None else set(rules)
    for name in names:
        source = load(name)
        base = source.extract()
        planned = plan(source.text, base)
        if only is not None:
            planned = {
                v: [k for k in ks if base.checks[k].rule in only]
                for v, ks in planned.items()
                if any(base.checks[k].rule in only for k in ks)
            }
        out.passing.update(c.rule for c in base.checks if c.status == "pass" and arithmetic(c))
        chosen = list(planned) if sample is None else _draw(base, planned, name, sample)
        about: set[int] = set()
        for variant in chosen:
            for o in judge(source, base, variant, planned[variant]):
                out.outcomes.append(o)
                about.update(o.indices)
        out.tested.update(base.checks[k].rule for k in about)
        if sample is None:
            out.untested += [
                (name, c.rule, c.message)
                for k, c in enumerate(base.checks)
                if c.status == "pass" and arithmetic(c) and k not in about
            ]
    return out


def sample_documents(seed: int, wild: int) -> list[str]:
    """The gold plans' documents and the documents of ``wild`` drawn with ``seed`` from the
    corpus (not the PDFs) that are not gold. The draw is over the whole corpus, so a document
    that gains gold leaves the drawn ones without changing which others are drawn."""
    gold = gold_documents()
    pool = [d for d in documents() if d not in pdf_documents()]
    drawn = random.Random(seed).sample(pool, min(wild, len(pool)))
    return gold + sorted(d for d in drawn if d not in gold)


def tally(outcomes: Iterable[Outcome]) -> dict[str, Tally]:
    """Per rule: checks tested, variants, caught, flagged elsewhere (rules in CHECKS order)."""
    out: dict[str, Tally] = {}
    every: dict[tuple[str, str, int], bool] = {}  # each check: every variant about it caught
    for o in outcomes:
        out.setdefault(o.rule, Tally()).add(o)
        for k in o.indices:
            key = (o.rule, o.document, k)
            every[key] = every.get(key, True) and o.clean
    for (rule, _, _), all_caught in every.items():
        out[rule].checks += 1
        out[rule].checks_all_caught += all_caught
    order = list(CHECKS)
    return dict(sorted(out.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99))
