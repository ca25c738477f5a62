"""The document writer gives the bytes of ``json.dumps(indent=2)``, in bounded pieces."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from extractor import extract, extract_text
from extractor.model import Document, Quantity, Span, trusted, trusted_span
from extractor.output import _ITEMS_PER_PIECE, document_json, document_json_chunks
from tests.shared_docs import CORPUS, SHARED

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pydantic import BaseModel


def _reference(doc: Document) -> str:
    """The writer as it was: the standard library's encoder over ``model_dump``."""
    return json.dumps(doc.model_dump(mode="python"), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    "path", sorted(CORPUS.rglob("*.txt")), ids=lambda p: p.relative_to(CORPUS).as_posix()
)
def test_committed_corpus_same_bytes_as_json_dumps(path: Path) -> None:
    doc = extract(path)
    assert doc.quantities, "the comparison should cover numbers"
    assert document_json(doc) == _reference(doc)


def test_shared_plans_same_bytes_as_json_dumps() -> None:
    paths = sorted((SHARED / "corpus" / "real").glob("*.txt"))
    if not paths:
        pytest.skip("../shared/corpus/real not found")
    for path in paths[:6]:
        doc = extract(path)
        assert document_json(doc) == _reference(doc), path.name


def test_small_float_written_as_json_dumps_writes_it() -> None:
    # pydantic writes 1e-05 as 0.00001; the writer falls back to json for that piece
    doc = extract_text("一、测试\n投入0.00003万元,完成0.00001%,增长3%。\n", "tiny.txt")
    values = [q.value for q in doc.quantities]
    assert values == [Decimal("0.3"), Decimal("0.00001"), Decimal("3")]
    written = document_json(doc)
    assert written == _reference(doc)
    assert '"value": 1e-05,' in written
    assert '"value": 3,' in written  # whole numbers stay ints
    # without the writer's context pydantic's own formatting is used, and nothing raises
    assert '"value":0.00001' in doc.model_dump_json()


def test_long_lists_come_in_pieces() -> None:
    lines = "".join(f"{i + 1}.投入{i + 10}万元,完成{i % 9 + 1}个。\n" for i in range(700))
    doc = extract_text("一、资金安排\n" + lines, "dense.txt")
    assert len(doc.quantities) > 2 * _ITEMS_PER_PIECE
    pieces = list(document_json_chunks(doc))
    assert "".join(pieces) == _reference(doc)
    longest = max(len(p) for p in pieces)
    assert longest < len("".join(pieces)) / 3, "no piece should hold most of the document"


def test_a_small_document_is_one_piece_and_a_tiny_float_is_not() -> None:
    doc = extract_text("一、资金安排\n投入300万元,完成12个。\n", "small.txt")
    pieces = list(document_json_chunks(doc))
    assert len(pieces) == 1
    assert pieces[0] == _reference(doc)
    # the one call raises on 1e-05 (see above): the document is written piece by piece
    tiny = extract_text("一、测试\n完成0.00001%。\n", "tiny.txt")
    assert len(list(document_json_chunks(tiny))) > 1


def _models(m: BaseModel) -> Iterator[BaseModel]:
    from pydantic import BaseModel

    yield m
    for value in m.__dict__.values():
        for x in value if isinstance(value, list) else [value]:
            for y in x if isinstance(x, list) else [x]:  # a table's rows are lists of cells
                if isinstance(y, BaseModel):
                    yield from _models(y)


def _unvalidated_fields(doc: Document) -> list[str]:
    """Each model of ``doc`` validated again, strictly, from the fields it was given: the pipeline
    builds them with ``trusted`` (no validation), so each field must have its declared type
    already (a Decimal, not an int; a Span, not a tuple) and validating must change nothing."""
    wrong = []
    for m in _models(doc):
        given = {name: m.__dict__[name] for name in m.model_fields_set}
        again = type(m).model_validate(given, strict=True)
        if (
            again != m
            or again.model_fields_set != m.model_fields_set
            or list(again.__dict__) != list(m.__dict__)  # the fields in their declared order
        ):
            wrong.append(f"{type(m).__name__}: {m!r}")
    return wrong


@pytest.mark.parametrize(
    "path", sorted(CORPUS.rglob("*.txt")), ids=lambda p: p.relative_to(CORPUS).as_posix()
)
def test_trusted_models_are_what_validation_gives(path: Path) -> None:
    doc = extract(path)
    assert doc.items, "the comparison should cover items"
    assert doc.quantities, "and quantities"
    assert _unvalidated_fields(doc) == []


def test_paged_and_table_models_are_what_validation_gives() -> None:
    paths = sorted((SHARED / "corpus" / "pdf").glob("*.pdf"))[:1]
    paths += sorted((SHARED / "corpus" / "docx").glob("*.docx"))[:1]
    if not paths:
        pytest.skip("../shared/corpus/pdf and docx not found")
    for path in paths:
        doc = extract(path)
        assert _unvalidated_fields(doc) == [], path.name


def test_strict_revalidation_catches_a_wrong_type() -> None:
    from pydantic import ValidationError

    span = trusted(Span, start=0, end=True)  # a bool where an int belongs
    with pytest.raises(ValidationError):
        _unvalidated_fields(
            trusted(Document, **{**extract_text("一、测试\n").__dict__, "body": span})
        )
    assert trusted(Span, start=0, end=2).model_fields_set == {"start", "end"}
    assert trusted(Span, start=0, end=2) == Span(start=0, end=2)


def test_built_models_share_a_fields_set_that_a_copy_does_not_change() -> None:
    doc = extract_text("一、测试\n1.投入10万元。\n2.投入20万元。\n", "two.txt")
    first, second = doc.quantities
    assert first.model_fields_set is second.model_fields_set  # one per class: model.built
    assert first.span.model_fields_set is second.span.model_fields_set == {"start", "end"}
    changed = first.model_copy(update={"unit": "个"})
    assert changed.unit == "个"
    assert changed.model_fields_set is not first.model_fields_set  # copied, not shared
    assert first.unit == second.unit != "个"
    assert second.model_fields_set == set(Quantity.model_fields)


def test_a_span_writes_its_page_only_when_it_has_one() -> None:
    # the page is left out by a field rule now, not a model serializer: same bytes and dump
    assert trusted_span(1, 2).model_dump() == {"start": 1, "end": 2}
    assert Span(start=1, end=2, page=None).model_dump_json() == '{"start":1,"end":2}'
    assert trusted_span(1, 2, 3).model_dump_json() == '{"start":1,"end":2,"page":3}'
    assert Span.model_json_schema(mode="serialization") == {
        "additionalProperties": True,
        "type": "object",
    }
