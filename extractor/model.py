"""The document model: what one plan becomes, in the order OUTPUT.md writes it.

Every model is frozen and forbids unknown fields; fields are declared in output
order so ``model_dump()`` gives the fixed key order the JSON contract asks for.
Numbers that a check compares (money, percent, counts) are ``Decimal``; they
are written to JSON as integers when whole, else as the shortest float.
"""

from __future__ import annotations

import operator
from contextvars import ContextVar
from decimal import Decimal
from functools import partial
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    WithJsonSchema,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

SCHEMA_VERSION = "1.2"


def decimal_to_json(value: Decimal) -> int | float:
    """Whole numbers as int, others as float (``Decimal('8.99')`` -> ``8.99``).

    >>> decimal_to_json(Decimal("1000000.0"))
    1000000
    >>> decimal_to_json(Decimal("8.99"))
    8.99
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# Set (to True) by a writer that must give the bytes of ``json.dumps``: pydantic writes 1e-05
# as 0.00001, so such a value raises there and the writer encodes that piece with ``json``
# instead (output.document_json_chunks). A context variable, not the serialization context:
# a serializer that takes no ``info`` is called without pydantic building one per number.
PYTHON_FLOATS: ContextVar[bool] = ContextVar("python_floats", default=False)
_SCIENTIFIC_BELOW = 1e-4  # repr() writes smaller floats with an exponent, pydantic does not


def _num_to_json(value: Decimal) -> int | float:
    if value == value.to_integral_value():  # decimal_to_json, inline: one call per number
        return int(value)
    number = float(value)
    if -_SCIENTIFIC_BELOW < number < _SCIENTIFIC_BELOW and number != 0 and PYTHON_FLOATS.get():
        raise ValueError(f"{number!r}: json.dumps writes it with an exponent")
    return number


# A Decimal that serialises as a JSON number: an int when whole, in JSON mode too (its schema
# says "number", as it did when the return type was float).
Num = Annotated[
    Decimal,
    PlainSerializer(_num_to_json, return_type=Any),
    WithJsonSchema({"type": "number"}, mode="serialization"),
]


def _num_or_text_to_json(value: Decimal | str) -> int | float | str:
    return _num_to_json(value) if isinstance(value, Decimal) else value


# A number or a word (a check's expected/actual: 4669 or "宁城县").
NumOrText = Annotated[
    Decimal | str, PlainSerializer(_num_or_text_to_json, return_type=int | float | str)
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=_Model)
_new = object.__new__
_set = object.__setattr__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_DEFAULTS: dict[type[_Model], dict[str, Any]] = {}  # by model: each field's default, in order


def _defaults(cls: type[_Model]) -> dict[str, Any]:
    return {
        name: info.get_default(call_default_factory=True) for name, info in cls.model_fields.items()
    }


def trusted(cls: type[_M], **fields: Any) -> _M:
    """``cls(**fields)`` without validating: for the pipeline's own output models, whose every
    field it passes with the type the model declares (the validated model would be the same
    object, field for field; tests/test_output.py checks that over the corpus). Validating a
    Decimal alone cost more than building the model, one per quantity. A field not passed
    gets its default, and is left out of ``model_fields_set`` as pydantic leaves it.

    >>> trusted(Span, start=1, end=2) == Span(start=1, end=2)
    True
    """
    m = _new(cls)
    given = set(fields)
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        defaults = _DEFAULTS[cls] = _defaults(cls)
    if len(fields) != len(defaults):
        fields = {name: fields.get(name, default) for name, default in defaults.items()}
    _set(m, "__dict__", fields)
    _set_fields(m, given)
    _set_extra(m, None)
    _set_private(m, None)
    return m


def built(cls: type[_M], fields: dict[str, Any]) -> _M:
    """``trusted(cls, **fields)`` given every field of ``cls``, in its order, as one dict: no
    keywords packed into a dict, no defaults looked up (a model per item, agency, quantity).

    >>> built(Span, {"start": 1, "end": 2, "page": 3}) == Span(start=1, end=2, page=3)
    True
    """
    m = _new(cls)
    _set(m, "__dict__", fields)
    names = _ALL_FIELDS.get(cls)
    if names is None:
        names = _ALL_FIELDS[cls] = set(cls.model_fields)
    _set_fields(m, names)  # shared: see _ALL_FIELDS
    _set_extra(m, None)
    _set_private(m, None)
    return m


# One fields-set per model class, shared by every instance ``built`` makes (and two for
# spans): a set per model was a third of the objects the garbage collector walked. Pydantic
# never changes a frozen model's set in place (model_copy copies it first).
_ALL_FIELDS: dict[type[_Model], set[str]] = {}
_SPAN_FIELDS = {"start", "end"}
_PAGED_SPAN_FIELDS = {"start", "end", "page"}


# ``page`` left out of a span's JSON when None: a C callable (no Python frame per span, as the
# model serializer this replaced had; that one was a tenth of the JSON writing)
_IS_NONE = partial(operator.is_, None)


class Span(_Model):
    """Offsets ``[start, end)`` into the document text; ``page`` (1-based) for paged formats.

    >>> Span(start=1, end=2).model_dump(), Span(start=1, end=2, page=3).model_dump()
    ({'start': 1, 'end': 2}, {'start': 1, 'end': 2, 'page': 3})
    """

    start: int
    end: int
    page: int | None = Field(default=None, exclude_if=_IS_NONE)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        if handler.mode == "serialization":  # as the committed schema says it (any object)
            found = handler.resolve_ref_schema(json_schema)
            found.clear()
            found.update({"additionalProperties": True, "type": "object"})
        return json_schema


class Source(_Model):
    path: str
    format: Literal["txt", "pdf", "docx", "html", "doc"]
    sha256: str
    encoding: str | None
    pages: int | None
    chars: int
    warnings: list[str] = []


class Section(_Model):
    """A numbered unit with numbered units below it, or an unnumbered part heading."""

    id: str
    number: str
    heading: str
    level: int
    scope: str | None
    span: Span


class Agency(_Model):
    name: str
    key: str
    projects: int | None
    role: Literal["lead", "support"] | None
    span: Span


class Quantity(_Model):
    text: str
    value: Num | None
    unit: str
    kind: Literal["money", "percent", "count", "measure"]
    qualifier: str | None
    precision: Num | None
    low: Num | None = None
    high: Num | None = None
    span: Span


class Item(_Model):
    id: str
    number: str
    title: str
    text: str
    section: str | None
    scope: str | None
    agencies: list[Agency]
    project_count: int | None
    span: Span


class Value(_Model):
    value: Num
    unit: str
    span: Span  # where the number is written


class FigurePart(_Model):
    label: str
    values: list[Value]
    span: Span


class Figure(_Model):
    label: str
    total: list[Value]
    parts: list[FigurePart]
    span: Span


CheckStatus = Literal["pass", "fail", "warn"]


class Check(_Model):
    rule: str
    status: CheckStatus
    message: str
    expected: NumOrText | None
    actual: NumOrText | None
    unit: str | None
    spans: list[Span]


class Cell(_Model):
    text: str
    span: Span


class Table(_Model):
    """A table as the reader found it (or as text: ``a | b`` rows, a web page's cell lines):
    its title and unit where the text gives them, rows of cells, each cell with its span."""

    title: str | None = None  # the line above it: 重点任务分工及进度安排表
    title_span: Span | None = None
    unit: str | None = None  # 单位：万元 above it, or （万元） in its title
    rows: list[list[Cell]]
    span: Span


class Meta(_Model):
    """Document metadata that is not plan content: issuing block, attachments, document number."""

    # published: a page's 发布日期; delivered: the day a speech was given (its subtitle);
    # adopted / approved / promulgated / amended: a regulation's 通过 / 批准 / 公布 / 修订 lines
    # under its title.
    kind: Literal[
        "doc_number",
        "attachment",
        "issuer",
        "date",
        "cc",
        "addressee",
        "note",
        "published",
        "delivered",
        "adopted",
        "approved",
        "promulgated",
        "amended",
    ]
    text: str
    span: Span


class Document(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    title: str | None
    year: int | None
    body: Span
    sections: list[Section]
    scopes: list[str]
    items: list[Item]
    quantities: list[Quantity]
    figures: list[Figure]
    checks: list[Check]
    metadata: list[Meta] = []
    pages: list[Span] = []
    tables: list[Table] = []


def trusted_span(start: int, end: int, page: int | None = None) -> Span:
    """``Span(start=start, end=end)``, with ``page=page`` when there is one, built as
    ``trusted`` builds a model: the commonest model of a document, built by the offset pair.

    >>> trusted_span(3, 5) == Span(start=3, end=5), trusted_span(3, 5, 2).page
    (True, 2)
    """
    m = _new(Span)
    _set(m, "__dict__", {"start": start, "end": end, "page": page})
    _set_fields(m, _SPAN_FIELDS if page is None else _PAGED_SPAN_FIELDS)  # shared, as in built
    _set_extra(m, None)
    _set_private(m, None)
    return m
