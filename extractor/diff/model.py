"""What ``python -m extractor diff`` reports, as models: ``--json`` writes them as they are."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, PlainSerializer

from extractor.model import decimal_to_json

# An amount as the diff's --json has always written it: a JSON float, 5.0 for a whole 5 (the
# document's Num writes 5).
Num = Annotated[Decimal, PlainSerializer(decimal_to_json, return_type=float)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ItemRef(_Model):
    id: str
    number: str
    section: str | None
    scope: str | None
    title: str


Field = Literal[
    "number", "section", "scope", "title", "agencies", "project_count", "money", "quantities",
    "wording",
]  # fmt: skip


class FieldChange(_Model):
    """One field of a matched item, old and new. Lists hold only what differs, except ``money``,
    which gives the item's whole list of amounts on both sides."""

    field: Field
    old: Any
    new: Any


class ItemChange(_Model):
    old: ItemRef
    new: ItemRef
    changes: list[FieldChange]


class Amount(_Model):
    value: Num
    unit: str


class PartChange(_Model):
    label: str
    old: list[Amount] | None  # None: the part is new
    new: list[Amount] | None  # None: the part is gone


class FigureRef(_Model):
    label: str
    total: list[Amount]


class FigureChange(_Model):
    label: str
    old_total: list[Amount]
    new_total: list[Amount]
    parts: list[PartChange]


class FindingRef(_Model):
    rule: str
    status: Literal["fail", "warn"]
    message: str
    items: list[str]  # ids of the items its spans fall in


class TextChange(_Model):
    old: str | int | None
    new: str | int | None


class DocumentDiff(_Model):
    old: str
    new: str
    title: TextChange | None = None
    year: TextChange | None = None
    scopes_added: list[str] = []
    scopes_removed: list[str] = []
    sections_added: list[str] = []
    sections_removed: list[str] = []
    items_added: list[ItemRef] = []
    items_removed: list[ItemRef] = []
    items_changed: list[ItemChange] = []
    figures_added: list[FigureRef] = []
    figures_removed: list[FigureRef] = []
    figures_changed: list[FigureChange] = []
    quantities_added: list[str] = []  # outside items, as written
    quantities_removed: list[str] = []
    findings_new: list[FindingRef] = []
    findings_resolved: list[FindingRef] = []

    @property
    def changed(self) -> bool:
        return any(
            value for name, value in self if name not in ("old", "new") and value is not None
        )


class MissingDocument(_Model):
    path: str
    error: str | None  # why the other run could not read it, where its report.json says


class DiffReport(_Model):
    old: str
    new: str
    changed: bool
    documents: list[DocumentDiff]  # the documents that changed
    unchanged: int
    documents_added: list[MissingDocument] = []
    documents_removed: list[MissingDocument] = []
