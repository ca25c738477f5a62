"""Layout rules for reading PDFs: page furniture (page numbers, running headers and footers)
and the line starts that always open a new paragraph.

All patterns match one whole line (already stripped of surrounding spaces). Lengths are in
units of the page's typical character size, so they hold for A4, Letter and landscape pages.
"""

from __future__ import annotations

# Page-number lines, as printed in the top or bottom margin. Order does not matter.
PAGE_NUMBER_PATTERNS: tuple[str, ...] = (
    r"[—–\-－―~～]\s*\d{1,4}\s*[—–\-－―~～]",  # — 3 —   - 3 -   －3－   ~3~
    r"第\s*\d{1,4}\s*页\s*[,，/／]?\s*(?:共\s*\d{1,4}\s*页)?",  # 第3页  第3页 共10页
    r"共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页",  # 共10页 第3页
    r"\d{1,4}\s*[/／]\s*\d{1,4}",  # 3/10
    r"(?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?",  # Page 3   Page 3 of 10
    r"\d{1,4}",  # a bare 173 (only trusted inside the margin band, like all of these)
)

# A line in the top or bottom band of this share of the page height may be furniture.
MARGIN_BAND = 0.15

# How many lines at the top and at the bottom of each page are furniture candidates.
EDGE_LINES = 2

# A line that repeats (digits ignored) in the margin band of at least this share of the pages,
# and on at least MIN_REPEAT_PAGES pages, is a running header or footer.
REPEAT_SHARE = 0.5
MIN_REPEAT_PAGES = 2

# A bracketed marker opens a paragraph only when text follows it: a wrapped line that starts
# "(2))" or "(3)、区教委(1))" is the tail of an allocation list (区投促局(2))), not item (2).
_OPENS_TEXT = r"(?![)）、，,。；;：:])"

# Line-start markers that open a new paragraph even when the line above looks wrapped:
# the heading and list markers of Chinese official documents. Order does not matter.
PARAGRAPH_START_PATTERNS: tuple[str, ...] = (
    r"[一二三四五六七八九十百零〇]+[、．.]",  # 一、   十二、
    r"[（(][一二三四五六七八九十百零〇]+[）)]" + _OPENS_TEXT,  # （一）  (一)
    r"\d{1,3}[、．.](?!\d)",  # 1.   1、   4．  (not 1.5)
    r"[（(]\d{1,3}[）)]" + _OPENS_TEXT,  # （1）  (1)
    r"[①-⑳⑴-⒇⒈-⒛]",  # ①  ⑴  ⒈
    r"第[一二三四五六七八九十百零〇\d]+[章节条部分篇]",  # 第一章   第3条   第四部分
    r"[一二三四五六七八九十]是[，,：:]?",  # 一是  二是
    r"附件\s*\d*[：:]?\s*$",  # 附件   附件2：
    r"[•●■◆▪◇○□]",  # bullets
    r"-\s+(?=\S)",  # "- " a list item in plain text (not -5%)
)

# Line breaking (禁则, and the rules Latin text breaks by), used to measure the first unbreakable
# piece of a line: when the line above ends short of the right edge by less than that piece, the
# piece did not fit there, so the line above was wrapped and is not the end of a paragraph.
# Characters that never open a line (避头): closing brackets and quotes, and punctuation.
NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…‥·～,.;:?!)]}%％")
# Characters that never close a line (避尾): opening brackets and quotes.
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
# Quotation marks, which LibreOffice (ICU, Unicode's class QU) never breaks before or after.
NO_BREAK_AROUND = frozenset("“”‘’\"'")
# Latin text (ASCII letters, digits and punctuation) is broken only at spaces, and after these.
LATIN_BREAK_AFTER = frozenset("-/")

# A line ending in one of these that had room for the next line's first piece ended its
# paragraph, even when it reaches within FULL_LINE_SLACK of the edge (layouts with no indent).
SENTENCE_END = frozenset("。！？；：!?;:")

# Geometry, in multiples of the page's median character size.
INDENT_MIN = 0.8  # a line starting this far right of the text's left edge is indented
FULL_LINE_SLACK = 2.0  # a line ending within this of the right edge filled the line
# Extra vertical space beyond the page's usual line pitch that breaks a paragraph. Lines of one
# paragraph sit at one pitch to a fraction of a point, so a small gap is telling: Word's common
# 6 pt "space after" under 12 pt type is 0.5.
PARAGRAPH_GAP = 0.4
LATIN_WRAP_SLACK = 0.5  # a Latin word cut closer than this to the right edge was cut mid-word
CENTRED_SLACK = 1.0  # a line whose left and right margins differ by less than this is centred
PITCH_TOLERANCE = 0.1  # steps between lines this close are one line pitch
SIZE_CHANGE = 0.15  # lines whose type sizes differ by this share are never one paragraph

# Characters within this many points on one baseline belong to one line; a horizontal gap
# wider than X_TOLERANCE between characters is written as one space (pdfplumber's defaults).
Y_TOLERANCE = 3.0
X_TOLERANCE = 3.0
# Next to a CJK character a gap is a space only when wider still, in multiples of the type size:
# word processors set a fifth to a quarter of an em between CJK and Latin text (LibreOffice's and
# Word's autospace), and justify CJK lines by spacing out the ideographs, without any space in the
# text. A real space there is a space character in the PDF, or a gap as wide as a tab.
CJK_LATIN_SPACE = 0.3  # between a CJK character and a Latin one
CJK_SPACE = 1.0  # between two CJK characters
# A line of at least this many characters whose median gap is wide was stretched (justified or
# letter-spaced): X_TOLERANCE counts beyond that gap.
TRACKING_MIN_CHARS = 4

# A document whose characters are this share (or more) of `(cid:N)` codes cannot be read.
CID_SHARE_LIMIT = 0.05
