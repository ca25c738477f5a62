"""Stable JSON writing: fixed key order, no timestamps, atomic replace, schema export."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the model (pydantic) is imported on use: a cached re-run never needs it
    from hashlib import _Hash

    from pydantic import TypeAdapter

    from extractor.model import Document


def to_json(data: Any) -> str:
    """Indented UTF-8 JSON with a trailing newline: the same data always gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def document_json(doc: Document) -> str:
    return "".join(document_json_chunks(doc))


_ITEMS_PER_PIECE = 512  # list elements encoded at once: few calls, and no 30 MB text in one piece
# A document with no more list elements than this, of a text no longer than _WHOLE_CHARS, is
# encoded in one call (a plan's are: 14 calls, cuts and joins saved, a quarter of the writing)
_WHOLE_ELEMENTS = _ITEMS_PER_PIECE
_WHOLE_CHARS = 200_000


def document_json_chunks(doc: Document) -> Iterator[str]:
    """The bytes ``json.dumps(doc.model_dump(), ensure_ascii=False, indent=2)`` would give, in
    pieces: each scalar field, then each list ``_ITEMS_PER_PIECE`` elements at a time; a
    small document (``_whole``) in one piece.

    Pydantic's Rust writer encodes each piece (``json.dumps`` with an indent is pure Python,
    and took a quarter of the pipeline's time); its indentation, separators and escapes are
    those of ``json``, and its floats too except below 1e-4, where ``json`` writes an exponent
    (1e-05): such a piece raises under ``PYTHON_FLOATS`` and is encoded with ``json``."""
    if (whole := _whole(doc)) is not None:
        yield whole
        return
    head = "{\n"
    for name in type(doc).model_fields:
        value = getattr(doc, name)
        key = head + "  " + json.dumps(name, ensure_ascii=False) + ": "
        head = ",\n"
        if not isinstance(value, list) or not value:
            yield key + _encode(name, value)
            continue
        yield key + "["
        for start in range(0, len(value), _ITEMS_PER_PIECE):
            part = _encode(name, value[start : start + _ITEMS_PER_PIECE])
            # part is "[\n    elem,\n    elem\n  ]": keep its elements, join the pieces
            yield ("" if start == 0 else ",") + part[1 : -len("\n  ]")]
        yield "\n  ]"
    yield "\n}\n"


def _whole(doc: Document) -> str | None:
    """``doc`` in one call to the Rust writer, if it is small; None if it is large, or has a
    piece ``_encode`` would write with ``json`` (the pieces are then written one by one)."""
    if doc.source.chars > _WHOLE_CHARS:
        return None
    # the document's own lists: the elements' nested lists (cells, an item's agencies) are
    # bounded by the text's length, above
    lists = (value for value in doc.__dict__.values() if isinstance(value, list))
    if sum(map(len, lists)) > _WHOLE_ELEMENTS:
        return None
    from pydantic_core import PydanticSerializationError

    from extractor.model import PYTHON_FLOATS

    token = PYTHON_FLOATS.set(True)
    try:
        return doc.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:  # a float json writes as 1e-05, or a lone surrogate
        return None
    finally:
        PYTHON_FLOATS.reset(token)


def _encode(name: str, value: Any) -> str:
    """``value``, the document's field ``name``, as indented JSON, its lines after the first
    indented as the field's value: encoded as ``{name: value}`` and cut out of it (indenting
    the lines afterwards by a replace copied the whole JSON once more)."""
    from pydantic_core import PydanticSerializationError

    from extractor.model import PYTHON_FLOATS

    adapter = _adapter(name)
    token = PYTHON_FLOATS.set(True)
    try:
        text: str | None = adapter.dump_json({name: value}, indent=2).decode()
    except PydanticSerializationError:  # a float json writes as 1e-05, or a lone surrogate
        text = None
    finally:
        PYTHON_FLOATS.reset(token)
    if text is None:
        text = json.dumps(adapter.dump_python({name: value}), ensure_ascii=False, indent=2)
    # text is '{\n  "name": VALUE\n}'
    return text[len('{\n  "') + len(name) + len('": ') : -len("\n}")]


@cache
def _adapter(field: str) -> TypeAdapter[Any]:
    """The adapter of ``{field: value}``, for the document's ``field``."""
    from pydantic import TypeAdapter

    from extractor.model import Document

    annotation = Document.model_fields[field].annotation
    assert annotation is not None
    return TypeAdapter(dict[str, annotation])  # type: ignore[valid-type]


NAME_MAX = 255  # bytes in one file name component, on every file system we write to
_HASH_CHARS = 16


def write_atomic(
    path: Path,
    content: str | bytes | Iterable[str] | Iterable[bytes],
    *,
    fsync: bool = False,
    digest: _Hash | None = None,
) -> int:
    """Write to a temporary file beside ``path``, then rename: readers never see half a file.

    ``content`` may be an iterable of strings or of bytes, written as they come (a report of
    10,000 rows is never one string in memory). The file gets the mode any file the user
    creates gets (0666 less the umask). With ``fsync`` the data and the folder entry reach the
    disk before this returns; a batch without it syncs once at its end (``sync_all``). The
    temporary name is short and fixed per target (``temporary_path``), so a killed writer's
    leftover can be found and removed. Returns the number of bytes written; ``digest``, when
    given, is fed the bytes as they are written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    chunks: Iterable[bytes]
    if isinstance(content, bytes):
        chunks = (content,)
    elif isinstance(content, str):
        chunks = (content.encode("utf-8"),)
    else:
        chunks = (c if isinstance(c, bytes) else c.encode("utf-8") for c in content)
    tmp = temporary_path(path)
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
    try:
        size = 0
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                size += f.write(chunk)
                if digest is not None:
                    digest.update(chunk)
            if fsync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
        if fsync:
            _fsync_folder(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return size


def temporary_path(path: Path) -> Path:
    """Where ``write_atomic`` stages ``path``: a hidden name of fixed length in the same folder."""
    digest = hashlib.sha256(os.fsencode(path.name)).hexdigest()[:_HASH_CHARS]
    return path.with_name(f".{digest}.tmp")


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder
    finally:
        os.close(fd)


def sync_all() -> None:
    """One sync for a whole batch (instead of one fsync per file)."""
    if hasattr(os, "sync"):
        os.sync()


def sync_behind() -> Callable[[], None]:
    """Start ``sync_all`` in a thread and return what waits for it: the documents' outputs go
    to the disk while the batch makes its reports, and the sync after those has little left
    to write (it was a tenth of a 400-document batch's serial time, waited for alone)."""
    thread = threading.Thread(target=sync_all, name="extractor-sync", daemon=True)
    thread.start()
    return thread.join


def output_name(rel: str, suffix: str) -> str:
    """The output path of corpus path ``rel`` with ``suffix`` (``a/b.txt`` -> ``a/b.txt.json``).

    A component too long for the file system once the suffix is added is shortened the same
    way every time: its first bytes (cut at a character), ``~``, a hash of the whole name.

    >>> output_name("sub/plan.txt", ".json")
    'sub/plan.txt.json'
    >>> long = output_name("规划" * 42 + ".txt", ".json")
    >>> len(long.encode()), long.endswith(".txt.json"), "~" in long
    (254, True, True)
    """
    parts = rel.split("/")
    parts[-1] += suffix
    return "/".join(_fit(part, suffix) for part in parts)


def _fit(part: str, suffix: str) -> str:
    raw = os.fsencode(part)
    if len(raw) <= NAME_MAX:
        return part
    digest = hashlib.sha256(raw).hexdigest()[:_HASH_CHARS]
    tail = os.fsencode(os.path.splitext(part[: -len(suffix)] if suffix else part)[1] + suffix)
    if len(tail) > 32:
        tail = os.fsencode(suffix)
    room = NAME_MAX - len(tail) - len(digest) - 1
    head = raw[:room].decode("utf-8", "ignore").encode("utf-8") if _utf8(raw) else raw[:room]
    return os.fsdecode(head + b"~" + digest.encode() + tail)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def document_schema() -> str:
    """The JSON Schema of one output document, as committed in ``schemas/document.schema.json``."""
    from extractor.model import Document

    return to_json(Document.model_json_schema(mode="serialization"))


SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "document.schema.json"


def write_schema(path: Path = SCHEMA_PATH) -> None:
    """Regenerate the committed schema.

    ``python -c 'import extractor.output as o; o.write_schema()'``
    """
    write_atomic(path, document_schema())
