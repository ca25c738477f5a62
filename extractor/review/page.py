"""The shell every review page shares: one file with its style and script inline, nothing fetched.

A Content-Security-Policy allows only the page's own style and script, by
hash, so nothing can load from the network and no markup that slipped into the
text could run; the text is escaped anyway (``marks.render_marked``).
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from html import escape
from importlib import resources

from extractor import __version__


@cache
def asset(name: str) -> str:
    """A file of ``extractor/review/static`` as text."""
    return resources.files("extractor.review").joinpath("static", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def html_page(title: str, body: str) -> str:
    """A whole HTML document around ``body`` (safe markup), with ``title`` escaped."""
    head, tail = html_page_parts(title)
    return head + body + tail


def html_page_parts(title: str) -> tuple[str, str]:
    """What goes before and after a page's body, for a page written in pieces."""
    css, js = asset("review.css"), asset("review.js")
    policy = f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}"
    head = (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="extractor {__version__}">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
    )
    return head, f"\n<script>{js}</script>\n</body>\n</html>\n"


def text(s: object) -> str:
    """Any value as escaped text for an element's content."""
    return escape(str(s), quote=True)
