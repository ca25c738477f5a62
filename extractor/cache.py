"""The incremental cache: an unchanged input is not extracted again.

``OUT/.extractor-cache.json`` records, per input, the sha256 of its bytes, its report row and
the outputs written for it (name and size). The whole file is valid only for the code that
wrote it (a hash of the package's own files, so an edited pattern table or page style
invalidates it too) and the options (``--save-text``, ``--html``, the limits that change
results). A document is reused when its bytes hash the same and its outputs (its JSON, text
and review page) are still there with the sizes recorded; its row goes into the report as it
was, so a re-run writes the same bytes. ``--force`` starts from an empty
cache. Rows of documents that ran out of time or could not be written are never cached: those
depend on the machine, not on the file.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor import __version__
from extractor.output import write_atomic

if TYPE_CHECKING:
    from extractor.batch import Job
    from extractor.report import Row

CACHE_NAME = ".extractor-cache.json"
_PACKAGE = Path(__file__).resolve().parent
_CHUNK = 1 << 20
# Limits that only decide whether a run finishes, not what a finished run writes.
_RUN_ONLY = ("timeout", "memory_bytes")
# What the outputs are made from: code, pattern tables, the review pages' style and script.
_SOURCES = (".py", ".txt", ".css", ".js")


@functools.cache
def code_fingerprint() -> str:
    """A hash of the extractor's own source and table files."""
    digest = hashlib.sha256(__version__.encode())  # model.py, hashed below, has the schema
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in _SOURCES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def options_fingerprint(job: Job) -> str:
    limits = {k: v for k, v in dataclasses.asdict(job.limits).items() if k not in _RUN_ONLY}
    options = {
        "code": code_fingerprint(),
        "save_text": job.save_text,
        "html": job.html,
        "limits": limits,
    }
    return hashlib.sha256(json.dumps(options, sort_keys=True).encode()).hexdigest()


def input_digest(path: str, max_bytes: int) -> str | None:
    """sha256 of a regular file's bytes, or None if it cannot be read (the worker will say why)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None
        digest = hashlib.sha256()
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None
    finally:
        os.close(fd)


def _key(rel: str) -> str:
    """A JSON-safe key for a relative name (undecodable name bytes kept exactly, as hex)."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return "hex:" + rel.encode("utf-8", "surrogateescape").hex()
    return rel


class Cache:
    def __init__(
        self, out: Path, fingerprint: str, entries: dict[str, Any], schema: str | None = None
    ) -> None:
        self.out = out
        self.fingerprint = fingerprint
        self.old = entries
        self.new: dict[str, Any] = {}
        # The output schema version of the code that wrote the cache (the same code, by the
        # fingerprint): a re-run served from the cache reports it without importing the model.
        self.schema = schema

    @classmethod
    def load(cls, out: Path, job: Job, *, fresh: bool = False) -> Cache:
        fingerprint = options_fingerprint(job)
        entries: dict[str, Any] = {}
        schema = None
        if not fresh:
            try:
                data = json.loads((out / CACHE_NAME).read_text(encoding="utf-8"))
                if data.get("fingerprint") == fingerprint:
                    entries = dict(data.get("documents", {}))
                    schema = data.get("schema_version")
            except (OSError, ValueError, AttributeError):
                entries = {}  # no cache, or an unreadable one: extract everything
        return cls(out, fingerprint, entries, schema if isinstance(schema, str) else None)

    def get(self, rel: str, digest: str) -> Row | None:
        """The cached row, when the input and its outputs are as they were."""
        key = _key(rel)
        entry = self.old.get(key)
        if (
            not isinstance(entry, dict)
            or entry.get("sha256") != digest
            or not isinstance(entry.get("row"), str)
        ):
            return None
        for name, size in entry.get("outputs", []):
            try:
                if (self.out / name).stat().st_size != size:
                    return None
            except OSError:
                return None
        self.new[key] = entry
        row: Row = json.loads(entry["row"])
        return row

    def put(self, rel: str, digest: str, row: Row, outputs: tuple[tuple[str, int], ...]) -> None:
        names = [_key(name) for name, _ in outputs]
        if any(name.startswith("hex:") for name in names):
            return  # an output name that JSON cannot hold: extract it again next time
        written = [[name, size] for name, (_, size) in zip(names, outputs, strict=True)]
        packed = json.dumps(row, ensure_ascii=False, separators=(",", ":"))  # compact in memory
        self.new[_key(rel)] = {"sha256": digest, "row": packed, "outputs": written}

    def schema_version(self) -> str:
        if self.schema is None:
            from extractor.model import SCHEMA_VERSION

            self.schema = SCHEMA_VERSION
        return self.schema

    def save(self) -> None:
        """Write the entries of this batch (inputs gone since the last run drop out)."""
        data = {
            "fingerprint": self.fingerprint,
            "schema_version": self.schema_version(),
            "documents": dict(sorted(self.new.items())),
        }
        encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
        write_atomic(self.out / CACHE_NAME, itertools.chain(encoder.iterencode(data), "\n"))
