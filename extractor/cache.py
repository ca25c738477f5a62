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

The batch's own files (``report.json``, ``report.md``, ``index.html``) are made from the rows
alone: the cache records a hash of the rows they were made from and the sha256 of each as
written, and a batch whose rows hash the same leaves alone each one that still holds those
bytes. The cache file itself is written only when what it would hold differs from what it
holds. So a re-run over an unchanged corpus reads, hashes and compares, and writes nothing.
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
_ANY = 1 << 62  # no size limit (for the batch's own files)
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
        self,
        out: Path,
        fingerprint: str,
        entries: dict[str, Any],
        schema: str | None = None,
        loaded: dict[str, Any] | None = None,
    ) -> None:
        self.out = out
        self.fingerprint = fingerprint
        self.old = entries
        self.new: dict[str, Any] = {}
        # The output schema version of the code that wrote the cache (the same code, by the
        # fingerprint): a re-run served from the cache reports it without importing the model.
        self.schema = schema
        self.loaded = loaded  # the file's content, when it was written for this fingerprint
        views = (loaded or {}).get("views")
        self.old_views: dict[str, Any] = views if isinstance(views, dict) else {}
        self.views_key = ""
        self.views: dict[str, str] = {}  # batch file name -> sha256 of what it holds

    @classmethod
    def load(cls, out: Path, job: Job, *, fresh: bool = False) -> Cache:
        fingerprint = options_fingerprint(job)
        entries: dict[str, Any] = {}
        schema = None
        loaded = None
        if not fresh:
            try:
                data = json.loads((out / CACHE_NAME).read_text(encoding="utf-8"))
                if data.get("fingerprint") == fingerprint:
                    entries = dict(data.get("documents", {}))
                    schema = data.get("schema_version")
                    loaded = data
            except (OSError, ValueError, AttributeError):
                entries = {}  # no cache, or an unreadable one: extract everything
        return cls(out, fingerprint, entries, schema if isinstance(schema, str) else None, loaded)

    def get(self, rel: str, digest: str) -> tuple[str, Row] | None:
        """The cached row, packed (``report.pack``), and its ``report.brief``, when the input
        and its outputs are as they were."""
        key = _key(rel)
        entry = self.old.get(key)
        if (
            not isinstance(entry, dict)
            or entry.get("sha256") != digest
            or not isinstance(entry.get("row"), str)
            or not isinstance(entry.get("brief"), dict)
        ):
            return None
        out = os.fspath(self.out)
        for name, size in entry.get("outputs", []):
            try:
                if os.stat(os.path.join(out, name)).st_size != size:
                    return None
            except OSError:
                return None
        self.new[key] = entry
        return entry["row"], entry["brief"]

    def put(
        self, rel: str, digest: str, packed: str, brief: Row, outputs: tuple[tuple[str, int], ...]
    ) -> None:
        """Record a document's packed row and its brief, and the outputs written for it."""
        names = [_key(name) for name, _ in outputs]
        if any(name.startswith("hex:") for name in names):
            return  # an output name that JSON cannot hold: extract it again next time
        written = [[name, size] for name, (_, size) in zip(names, outputs, strict=True)]
        self.new[_key(rel)] = {"sha256": digest, "row": packed, "brief": brief, "outputs": written}

    def intact(self, key: str) -> set[str]:
        """The batch files recorded for rows that hash to ``key`` and still holding the bytes
        written then: those need not be written again."""
        self.views_key = key
        files = self.old_views.get("files")
        if self.old_views.get("key") != key or not isinstance(files, dict):
            return set()
        kept = set()
        for name, digest in files.items():
            if isinstance(digest, str) and digest == input_digest(str(self.out / name), _ANY):
                self.views[name] = digest
                kept.add(name)
        return kept

    def wrote(self, name: str, digest: str) -> None:
        """Record a batch file (a report) written for the rows of ``intact``'s key."""
        self.views[name] = digest

    def schema_version(self) -> str:
        if self.schema is None:
            from extractor.model import SCHEMA_VERSION

            self.schema = SCHEMA_VERSION
        return self.schema

    def save(self) -> bool:
        """Write the entries of this batch (inputs gone since the last run drop out), unless
        the file holds them already; whether it was written."""
        data = {
            "fingerprint": self.fingerprint,
            "schema_version": self.schema_version(),
            "documents": dict(sorted(self.new.items())),
            "views": {"key": self.views_key, "files": dict(sorted(self.views.items()))},
        }
        if data == self.loaded:
            return False
        encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
        write_atomic(self.out / CACHE_NAME, itertools.chain(encoder.iterencode(data), "\n"))
        return True
