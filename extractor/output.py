"""Stable JSON writing: fixed key order, no timestamps, atomic replace, schema export."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from extractor.model import Document


def to_json(data: Any) -> str:
    """Indented UTF-8 JSON with a trailing newline: the same data always gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def document_json(doc: Document) -> str:
    return to_json(doc.model_dump(mode="python"))


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write to a temporary file beside ``path``, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def document_schema() -> str:
    """The JSON Schema of one output document, as committed in ``schemas/document.schema.json``."""
    return to_json(Document.model_json_schema(mode="serialization"))


SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "document.schema.json"


def write_schema(path: Path = SCHEMA_PATH) -> None:
    """Regenerate the committed schema.

    ``python -c 'import extractor.output as o; o.write_schema()'``
    """
    write_atomic(path, document_schema())
