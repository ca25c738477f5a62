"""Find a batch's inputs, accounting for every entry of the corpus folder.

A regular file is an input. Everything else gets a line of its own with the reason it was not
read: FIFOs, sockets and devices (opening a FIFO would hang the batch), broken links, link loops,
folders that cannot be listed, links that leave the corpus (their target's text would be
published; ``follow_links`` reads them) and links to folders (walked only with ``follow_links``,
each real folder once). Hidden files and folders are skipped and counted. Names stay as the file
system gives them (``os.fsdecode``: undecodable bytes are surrogate escapes), so opening them
gives the same file; they are escaped only when shown.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    path: str  # what to open
    rel: str  # relative to the corpus, with forward slashes
    skipped: str | None = None  # why it is not read


@dataclass
class Inputs:
    entries: list[Entry] = field(default_factory=list)
    hidden: int = 0
    unlisted: int = 0  # folders that could not be listed (their files may be missing)


_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def find_inputs(corpus: Path, out: Path, *, follow_links: bool = False) -> Inputs:
    """The entries under ``corpus`` sorted by relative name; ``out`` (when inside) is left out."""
    found = Inputs()
    try:
        top = os.stat(corpus)
    except OSError as e:
        found.entries.append(Entry(str(corpus), corpus.name, f"cannot open ({_reason(e)})"))
        return found
    if not stat.S_ISDIR(top.st_mode):
        found.entries.append(Entry(str(corpus), corpus.name, _not_regular(top.st_mode)))
        return found
    root = os.path.realpath(corpus)
    out_real = os.path.realpath(out)
    seen = {(top.st_dev, top.st_ino)}
    _walk(str(corpus), root, "", root, out_real, follow_links, seen, found)
    found.entries.sort(key=lambda e: e.rel)
    return found


def _walk(
    folder: str,
    real: str,  # the folder's real path (no link in it)
    prefix: str,
    root: str,
    out: str,
    follow: bool,
    seen: set[tuple[int, int]],
    found: Inputs,
) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as e:
        found.entries.append(Entry(folder, prefix or ".", f"cannot list folder ({_reason(e)})"))
        found.unlisted += 1
        return
    for entry in entries:
        rel = prefix + entry.name
        if entry.name.startswith("."):
            found.hidden += 1
            continue
        try:
            own = entry.stat(follow_symlinks=False)
        except OSError as e:
            found.entries.append(Entry(entry.path, rel, f"cannot read ({_reason(e)})"))
            continue
        link = stat.S_ISLNK(own.st_mode)
        if link:
            try:
                info = os.stat(entry.path)
            except FileNotFoundError:
                found.entries.append(Entry(entry.path, rel, "broken link"))
                continue
            except OSError as e:
                found.entries.append(
                    Entry(entry.path, rel, f"link loop or bad link ({_reason(e)})")
                )
                continue
            target = os.path.realpath(entry.path)
            if not follow and not _inside(target, root):
                found.entries.append(
                    Entry(entry.path, rel, "link leaves the corpus (--follow-links reads it)")
                )
                continue
        else:  # not a link: its real path is its folder's, without a system call per entry
            info, target = own, os.path.join(real, entry.name)
        if stat.S_ISDIR(info.st_mode):
            if target == out:
                continue  # the batch's own output folder
            if link and not follow:
                found.entries.append(
                    Entry(entry.path, rel + "/", "link to a folder (--follow-links walks it)")
                )
                continue
            key = (info.st_dev, info.st_ino)
            if key in seen:
                found.entries.append(
                    Entry(
                        entry.path,
                        rel + "/",
                        "folder already walked (a link loop or a second link)",
                    )
                )
                continue
            seen.add(key)
            _walk(entry.path, target, rel + "/", root, out, follow, seen, found)
        elif stat.S_ISREG(info.st_mode):
            if _inside(target, out):
                continue
            found.entries.append(Entry(entry.path, rel))
        else:
            found.entries.append(Entry(entry.path, rel, _not_regular(info.st_mode)))


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "special file")
    return f"not a regular file ({kind})"


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _reason(e: OSError) -> str:
    return e.strerror or type(e).__name__
