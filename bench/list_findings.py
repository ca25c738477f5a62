"""Every failed and warned check over ../shared/corpus, with the sentences it points at, for
reading the false-alarm side (issue 8: "run the wild corpus and read every fail and warn").

    .venv/bin/python bench/list_findings.py [CORPUS] [-o bench/out]

Writes ``OUT/findings.md`` (``bench/out/`` is not committed): per document, each finding's
rule, status, message, and for each span its line (and page) and the sentence around it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.errors import ExtractorError  # noqa: E402
from extractor.model import Span  # noqa: E402
from extractor.pipeline import extract_with_text  # noqa: E402

_STOPS = "。！？!?\n"


def _sentence(text: str, span: Span) -> str:
    start = max(text.rfind(c, 0, span.start) for c in _STOPS) + 1
    ends = [i for i in (text.find(c, span.end) for c in _STOPS) if i >= 0]
    end = min(ends) if ends else len(text)
    if end - start > 300:  # a table or a whole section: the span itself, cut
        return text[span.start : min(span.end, span.start + 300)]
    return text[start:end].strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.name != "SOURCES.md")
    for path in files:
        name = path.relative_to(args.corpus).as_posix()
        try:
            doc, text = extract_with_text(path.read_bytes(), name)
        except ExtractorError:
            continue
        found = [c for c in doc.checks if c.status != "pass"]
        if not found:
            continue
        lines.append(f"## {name}\n")
        for c in found:
            counts[(c.rule, c.status)] += 1
            lines.append(f"- **{c.status}** `{c.rule}`: {c.message}")
            quoted: dict[str, list[str]] = {}  # each sentence once, with the lines it stands on
            for s in c.spans:
                where = f"line {text.count(chr(10), 0, s.start) + 1}"
                where += f" (page {s.page})" if s.page else ""
                places = quoted.setdefault(_sentence(text, s).replace("\n", " "), [])
                if where not in places:
                    places.append(where)
            for quote, places in quoted.items():
                lines.append(f"  - {', '.join(places)}: > {quote}")
        lines.append("")
    args.out.mkdir(parents=True, exist_ok=True)
    summary = ", ".join(f"{rule} {status} {n}" for (rule, status), n in sorted(counts.items()))
    report = f"# Findings over {args.corpus}\n\n{len(files)} files; {summary}\n\n"
    (args.out / "findings.md").write_text(report + "\n".join(lines), encoding="utf-8")
    print(f"{len(files)} files; {summary}; written to {args.out / 'findings.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
