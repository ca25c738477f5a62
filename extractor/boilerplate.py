"""Body, title, year and metadata: the plan separated from what surrounds it.

A scraped plan comes wrapped in a site's furniture (repeated titles, ``本文链接``,
``发表`` stamps, related-article lists, licence footers); an official one ends
with its issuing block (抄送, 印发, signature and date). The body is what is
left; the issuing block and the attachment list become metadata.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from extractor.line_starts import line_bounds
from extractor.squeeze import loose
from extractor.tables import boilerplate as t
from extractor.tables.headings import GLOSSARY_TITLES
from extractor.titles import adoption_and_delivery, find_title, is_furniture
from extractor.years import find_year

# Any one of them, in one pattern: tried at every line of the text's last part.
_TAIL = regex.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in t.SITE_TAIL_LINES) + ")")
# The same, searched for inside a text that lost its line breaks (no leading \s*: searching
# with it would rescan every run of spaces from each of its characters).
_TAIL_INSIDE = [regex.compile(p) for p in t.SITE_TAIL_LINES]
# Where a tail line may stand, found by searches over the text's last part instead of a match
# at every line: the patterns after a newline (regex jumps from one newline to the next), and
# a pattern that starts with a run of any characters (``.{0,120}\.pdf``) without that run,
# anywhere (tried at a line's start, it scans the line). Unbounded by the line's end, they
# find what _TAIL matches on a line ((?m): ``$`` holds at every line's end) and more (a \s
# may run on over a line break): each line they find is matched with _TAIL.
_ANY_RUN = regex.compile(r"\.(?:\{0,\d+\}|\*)")
_TAIL_HINTS = (
    regex.compile(
        r"(?m)\n[^\S\n]*(?:"
        + "|".join(f"(?:{p})" for p in t.SITE_TAIL_LINES if not _ANY_RUN.match(p))
        + ")"
    ),
    regex.compile(
        "(?m)"
        + "|".join(
            f"(?:{_ANY_RUN.sub('', p, count=1)})" for p in t.SITE_TAIL_LINES if _ANY_RUN.match(p)
        )
    ),
)
_ISSUING = {kind: regex.compile(r"\s*" + p) for kind, p in t.ISSUING_LINES.items()}
_DATE = regex.compile(t.DATE_LINE)
_CN_DATE = regex.compile(t.CN_DATE_LINE)
_ISSUER = regex.compile(t.ISSUER_LINE)
_DOC_NUMBER = regex.compile(t.DOC_NUMBER_LINE)
_ADDRESSEE = regex.compile(t.ADDRESSEE_LINE)
_ATTACHMENT = regex.compile(t.ATTACHMENT_LINE)
_ANONYMISED = regex.compile(t.ANONYMISED_TITLE)
_PAGE_NUMBER = regex.compile(t.PAGE_NUMBER_LINE)
_HEADING_START = regex.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.]|\(|\d{1,3}[.、](?!\d)|第.{1,3}[章节条])"
)
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_LIST_LINE = regex.compile(r"\s*(?:\d{1,2}\s*[.、]|[(]\d{1,2}[)])")

# Tail markers this early in the text are the page's header furniture, not its end.
_MIN_TAIL_SHARE = 0.3
# A text whose lines average more than this many characters lost its line breaks.
_JOINED_LINE_LENGTH = 600
_GENRES = "|".join(sorted(t.TITLE_GENRES, key=len, reverse=True))
# In joined text a title is a run without sentence punctuation ending with a genre word.
_JOINED_TITLE = regex.compile(
    rf"\s*(?P<title>[^。,;:!?\n]{{4,{t.MAX_TITLE_CHARS}}}?(?:{_GENRES})(?:\([^()]{{0,20}}\))?)"
)


@dataclass(frozen=True)
class Layout:
    body: tuple[int, int]
    title: str | None
    title_at: tuple[int, int] | None
    year: int | None
    metadata: tuple[tuple[str, int, int], ...]  # (kind, start, end) in normalised offsets


def find_layout(text: str) -> Layout:
    """Where the plan starts and ends, its title and year, and the metadata lines around it.

    >>> page = "某区2018年工作计划\\n石景山区2018年工作计划\\n一、目标\\n做好。\\n本文链接:x"
    >>> lay = find_layout(page)
    >>> lay.title, lay.year, lay.body
    ('石景山区2018年工作计划', 2018, (0, 34))
    """
    lines = line_bounds(text)
    n = len(lines)
    meta: list[tuple[str, int, int]] = []
    if n + 1 < len(text) / _JOINED_LINE_LENGTH:
        return _joined_layout(text)

    # --- the site's tail: from the first line past the share (bisected, not walked to)
    first = bisect.bisect_left(lines, _MIN_TAIL_SHARE * len(text), key=lambda line: line[0])
    tail = _tail_line(text, lines, first)

    # --- the head: furniture and blank lines before the plan
    head = 0
    while head < tail and (
        not text[lines[head][0] : lines[head][1]].strip()
        or is_furniture(text[lines[head][0] : lines[head][1]])
    ):
        head += 1

    # --- title: title-like lines at the top, before the first heading or paragraph
    found, title_lines = find_title(text, lines, head, tail)
    title = found.text if found else None
    title_at = (found.start, found.end) if found else None
    meta.extend(_page_fields(text, lines, 0, found.first_line if found else head))
    meta.extend(adoption_and_delivery(text, lines, head, tail))
    if found is not None:
        head = found.first_line

    # repeated title lines and blank lines just above the tail belong to the tail
    title_keys = {loose(text[a:b]) for a, b in (lines[i] for i in title_lines)}
    if title:
        title_keys.add(loose(title))
    end_line = tail
    while end_line > head:
        last = text[lines[end_line - 1][0] : lines[end_line - 1][1]]
        if not (
            not last.strip() or _PAGE_NUMBER.match(last) or (tail < n and loose(last) in title_keys)
        ):
            break
        end_line -= 1

    # --- a glossary annex (附件2 名词解释) ends the plan: notes on its words, not content
    end_line = _glossary(text, lines, head, end_line, meta)

    # --- issuing block and attachment list at the end
    end_line = _issuing_block(text, lines, head, end_line, meta)

    # --- document number and addressee at the top
    for i in range(head, min(end_line, head + 8)):
        a, b = lines[i]
        if _DOC_NUMBER.match(text, a, b):
            meta.append(("doc_number", a + _lstrip_len(text, a, b), b))
        elif _ADDRESSEE.match(text, a, b) and b - a <= 160:
            meta.append(("addressee", a + _lstrip_len(text, a, b), b))
            break

    body_start = lines[head][0] if head < n else len(text)
    body_end = lines[end_line - 1][1] if end_line > head else body_start
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    year = find_year(title, text, meta, (body_start, body_end))
    meta.sort(key=lambda m: m[1])
    return Layout((body_start, body_end), title, title_at, year, tuple(meta))


def _tail_line(text: str, lines: list[tuple[int, int]], first: int) -> int:
    """The first line from ``first`` on that _TAIL matches, or ``len(lines)``: only the lines
    that _TAIL_HINTS find are matched (a few searches, not a match per line)."""
    if first >= len(lines):
        return len(lines)
    if _TAIL.match(text, *lines[first]):
        return first
    after = lines[first][1]  # the newline that ends it
    for i in heapq.merge(*(_lines_found(rx, text, lines, after) for rx in _TAIL_HINTS)):
        if _TAIL.match(text, *lines[i]):
            return i
    return len(lines)


def _lines_found(
    rx: regex.Pattern[str], text: str, lines: list[tuple[int, int]], pos: int
) -> Iterator[int]:
    """The lines after ``pos`` where ``rx`` finds a match, in order: the line after the newline
    a match starts with, else the line it starts in."""
    while (hit := rx.search(text, pos)) is not None:
        at = hit.start() + (text[hit.start()] == "\n")
        i = bisect.bisect_right(lines, at, key=lambda line: line[0]) - 1
        yield i
        # on past the line, and past the hit: a hit at a newline or an empty one would be
        # found again
        pos = max(lines[i][1], hit.start() + 1)


def _joined_layout(text: str) -> Layout:
    """The layout of a text that lost its line breaks: markers are found inside the one line."""
    titles: list[tuple[int, int]] = []
    pos = 0
    while len(titles) < 3:
        m = _JOINED_TITLE.match(text, pos)
        if m is None or _HEADING_START.match(m.group("title")):
            break
        a, b = m.start("title"), _notice_title_end(text, m.start("title"), m.end("title"))
        titles.append((a, b))
        pos = b
    cut = len(text)
    floor = int(_MIN_TAIL_SHARE * len(text))
    for rx in _TAIL_INSIDE:
        m = rx.search(text, floor)
        if m is not None:
            cut = min(cut, m.start())
    changed = True
    while changed:  # a repeated title just before the tail belongs to the tail
        changed = False
        head = text[:cut].rstrip()
        for a, b in titles:
            if head.endswith(text[a:b]) and len(head) - (b - a) > b:
                cut = len(head) - (b - a)
                changed = True
    while cut > 0 and text[cut - 1].isspace():
        cut -= 1
    real = [x for x in titles if not _ANONYMISED.match(text[x[0] : x[1]])] or titles
    title_at = real[0] if real else None
    title = text[title_at[0] : title_at[1]] if title_at else None
    meta: list[tuple[str, int, int]] = []
    if title_at is not None:
        number = _JOINED_DOC_NUMBER.match(text, title_at[1])
        if number is not None:
            meta.append(("doc_number", number.start("num"), number.end("num")))
    signed = _JOINED_SIGNATURE_DATE.search(text, max(0, cut - _SIGNATURE_REACH), cut)
    signed = signed or _JOINED_PUBLICATION_NOTE.search(text, 0, cut)
    if signed is not None:
        meta.append(("date", signed.start("date"), signed.end("date")))
    year = find_year(title, text, meta, (0, cut))
    return Layout((0, cut), title, title_at, year, tuple(meta))


def _notice_title_end(text: str, start: int, end: int) -> int:
    """A notice's title runs to its 的<genre>: "…关于印发安顺市市级储备粮管理办法的通知", not to the
    first genre word inside it (办法)."""
    if "关于" not in text[start:end]:
        return end
    m = _NOTICE_END.search(text, end - 2 if end - start > 2 else start, start + t.MAX_TITLE_CHARS)
    return m.end() if m is not None and "关于" in text[start : m.start()] else end


_NOTICE_END = regex.compile(rf"的\p{{Han}}{{0,6}}?(?:{_GENRES})")
# 国办发〔2014〕25号 right after the title of a one-line notice.
_JOINED_DOC_NUMBER = regex.compile(
    r"\s*(?P<num>\p{Han}{1,12}[〔\[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,4}\s*号)"
)
# "…国务院办公厅　　2014年5月16日　　（此件公开发布）" at the end of a one-line notice, or before
# the document it issues ("安顺市人民政府2023年9月5日(此件公开发布)安顺市市级储备粮管理办法…").
_DATE_WORDS = r"(?P<date>(?:\d{4}|[〇一二三四五六七八九零○]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
_JOINED_SIGNATURE_DATE = regex.compile(_DATE_WORDS + r"\s*(?:[(（]此件[^)）]{0,20}[)）])?\s*$")
_JOINED_PUBLICATION_NOTE = regex.compile(_DATE_WORDS + r"\s*[(（]此件[^)）]{0,20}[)）]")
_SIGNATURE_REACH = 80


def _lstrip_len(text: str, a: int, b: int) -> int:
    s = text[a:b]
    return len(s) - len(s.lstrip())


def _after_a_sentence(text: str, a: int) -> bool:
    """The last line before ``a`` that holds text ends a sentence (not a table's cell)."""
    before = text[:a].rstrip()
    return bool(before) and before[-1] in "。！!？?"


def _glossary(
    text: str,
    lines: list[tuple[int, int]],
    head: int,
    end_line: int,
    meta: list[tuple[str, int, int]],
) -> int:
    """Cut the body before an annex whose title says it is a glossary (附件2 名词解释), or before
    a line that is only a glossary's title, after a sentence and near the end (名词解释 after a
    report's closing words: sichuan 2026 政府工作报告; 注释 / ［1］…, hainan 2026). A 部门预算's
    名词解释 part between its other parts is no such line: more of the document follows it."""
    # from the first line in the text's second half (bisected, not walked to line by line)
    half = bisect.bisect_left(lines, len(text) // 2, key=lambda line: line[0])
    for i in _glossary_candidates(text, lines, max(head, half), end_line):
        a, b = lines[i]
        if (
            text[a:b].strip().rstrip(":：") in GLOSSARY_TITLES
            and len(text) - a <= t.LONE_GLOSSARY_MAX_SHARE * len(text)
            and _after_a_sentence(text, a)
        ):
            meta.append(("attachment", a + _lstrip_len(text, a, b), b))
            return i
        if not _ATTACHMENT.match(text, a, b):
            continue
        title_lines = [i]
        if not _ATTACHMENT.sub("", text[a:b], count=1).strip():  # the title is on the next line
            title_lines += [
                j for j in range(i + 1, min(i + 3, end_line)) if text[slice(*lines[j])].strip()
            ][:1]
        if any(g in text[slice(*lines[j])] for j in title_lines for g in GLOSSARY_TITLES):
            for j in title_lines:
                x, y = lines[j]
                meta.append(("attachment", x + _lstrip_len(text, x, y), y))
            return i
    return end_line


# A line either test below takes holds a glossary's title or 附 (_ATTACHMENT starts with it,
# checked here): the lines holding neither are passed over by one search, not looked at.
if not t.ATTACHMENT_LINE.startswith(r"\s*附"):
    raise ValueError("_GLOSSARY_HINT expects ATTACHMENT_LINE to start with 附")
_GLOSSARY_HINT = re.compile("|".join(map(re.escape, (*GLOSSARY_TITLES, "附"))))


def _glossary_candidates(
    text: str, lines: list[tuple[int, int]], first: int, stop: int
) -> Iterator[int]:
    """The lines ``first``..``stop - 1`` that hold a _GLOSSARY_HINT hit, in order."""
    if first >= stop:
        return
    pos, end = lines[first][0], lines[stop - 1][1]
    while (hit := _GLOSSARY_HINT.search(text, pos, end)) is not None:
        i = bisect.bisect_right(lines, hit.start(), key=lambda line: line[0]) - 1
        yield i
        pos = lines[i][1] + 1


def _issuing_block(
    text: str,
    lines: list[tuple[int, int]],
    head: int,
    end_line: int,
    meta: list[tuple[str, int, int]],
) -> int:
    """Move the 抄送/印发/signature/attachment lines at the end into ``meta``; return the end."""
    # 抄送 and everything after it
    window = range(max(head, end_line - 12), end_line)
    cc = next((i for i in window if _ISSUING["cc"].match(text, *lines[i])), None)
    if cc is not None:
        for i in range(cc, end_line):
            a, b = lines[i]
            if not text[a:b].strip():
                continue
            cc_kind = "issuer" if _ISSUING["issuer"].match(text, a, b) else "cc"
            meta.append((cc_kind, a + _lstrip_len(text, a, b), b))
        end_line = cc
    # signature, date and notes, from the bottom up
    date_below = False
    while end_line > head:
        a, b = lines[end_line - 1]
        line = text[a:b]
        if not line.strip():
            end_line -= 1
            continue
        kind: str | None = None
        for k in ("note", "issuer"):
            if _ISSUING[k].match(line):
                kind = k
        if kind is None and (_DATE.match(line) or _CN_DATE.match(line)):
            kind, date_below = "date", True
        elif kind is None and date_below and _ISSUER.match(line) and len(line.strip()) <= 30:
            kind = "issuer"
        if kind is None:
            break
        meta.append((kind, a + _lstrip_len(text, a, b), b))
        end_line -= 1
    # an attachment list (附件:1.… 2.…) at the end
    for i in range(max(head, end_line - 15), end_line):
        a, b = lines[i]
        if _ATTACHMENT.match(text, a, b) and all(
            not text[x:y].strip() or _LIST_LINE.match(text, x, y) or _ATTACHMENT.match(text, x, y)
            for x, y in lines[i + 1 : end_line]
        ):
            for x, y in lines[i:end_line]:
                if text[x:y].strip():
                    meta.append(("attachment", x + _lstrip_len(text, x, y), y))
            end_line = i
            break
    return end_line


_FIELD = regex.compile(
    r"\s*[|｜]?\s*(?P<key>[\p{Han} ]{2,12}?)\s*[:：]\s*(?P<value>[^|｜]*?)\s*[|｜]?\s*$"
)
_BARE_KEY = regex.compile(r"\s*[|｜]?\s*(?P<key>[\p{Han} ]{2,12}?)\s*[|｜]?\s*$")
_CELL = regex.compile(r"\s*[|｜]?\s*(?P<value>[^|｜]+?)\s*[|｜]?\s*$")


def _page_fields(
    text: str, lines: list[tuple[int, int]], start: int, stop: int
) -> list[tuple[str, int, int]]:
    """The page's info table above the title: 文号, 成文日期, 发文机关 as metadata.

    Written ``key: value`` on one line, or the key on one line and its value on the next.
    """
    found: list[tuple[str, int, int]] = []
    pending: str | None = None
    for a, b in lines[start:stop]:
        m = _FIELD.match(text, a, b)
        if m is not None:
            kind = t.META_FIELDS.get(m.group("key").replace(" ", ""))
            if kind is not None and m.group("value"):
                found.append((kind, m.start("value"), m.end("value")))
            pending = None
            continue
        bare = _BARE_KEY.match(text, a, b)
        key = bare.group("key").replace(" ", "") if bare is not None else None
        if key in t.META_FIELDS:
            pending = t.META_FIELDS[key]
            continue
        cell = _CELL.match(text, a, b)
        if pending is not None and cell is not None:
            found.append((pending, cell.start("value"), cell.end("value")))
        if text[a:b].strip(" |｜"):
            pending = None
    return found
