"""Speed and memory of the whole pipeline, beside jieba.posseg over the same text.

    python bench/bench_pipeline.py [--mb 3] [--corpus ../shared/corpus/real]

Builds a corpus of about ``--mb`` megabytes of characters by cycling the plans
in the given folders (the committed corpus/ always, ../shared/corpus/real when
present), runs ``extract_text`` over every document, then POS-tags the same
documents with ``jieba.posseg``. Prints chars/s for both, their ratio, and the
peak resident memory of the extraction.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_docs(folders: list[Path], target_chars: int) -> list[str]:
    texts = []
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")):
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "gb18030"):
                try:
                    texts.append(raw.decode(encoding))
                    break
                except UnicodeDecodeError:
                    continue
    if not texts:
        raise SystemExit("no .txt plans found")
    docs, total, i = [], 0, 0
    while total < target_chars:
        docs.append(texts[i % len(texts)])
        total += len(docs[-1])
        i += 1
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0, help="million characters to process")
    ap.add_argument("--corpus", type=Path, action="append", help="extra folders of .txt plans")
    ap.add_argument("--jieba-mb", type=float, default=1.0, help="million characters for jieba")
    args = ap.parse_args()
    folders = [ROOT / "corpus"]
    shared_real = ROOT.parent / "shared" / "corpus" / "real"
    if shared_real.is_dir():
        folders.append(shared_real)
    folders += args.corpus or []
    docs = load_docs(folders, int(args.mb * 1_000_000))
    chars = sum(len(d) for d in docs)

    from extractor import extract_text

    extract_text(docs[0])  # warm up: regex compilation, lazy tables
    rss_before = peak_rss_mb()
    gc.collect()
    t0 = time.perf_counter()
    items = 0
    for i, doc in enumerate(docs):
        items += len(extract_text(doc, f"doc{i}").items)
    pipeline_s = time.perf_counter() - t0
    rss_after = peak_rss_mb()

    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    jieba_docs, n = [], 0
    for d in docs:
        if n >= args.jieba_mb * 1_000_000:
            break
        jieba_docs.append(d)
        n += len(d)
    t0 = time.perf_counter()
    for doc in jieba_docs:
        for _ in jieba.posseg.cut(doc):
            pass
    jieba_s = time.perf_counter() - t0

    pipeline_rate = chars / pipeline_s
    jieba_rate = n / jieba_s
    print(f"documents             {len(docs)}  ({chars:,} chars, {items:,} items)")
    print(f"pipeline              {pipeline_rate:,.0f} chars/s  ({pipeline_s:.2f} s)")
    print(f"jieba.posseg          {jieba_rate:,.0f} chars/s  ({n:,} chars, {jieba_s:.2f} s)")
    print(f"pipeline / posseg     {pipeline_rate / jieba_rate:.1f}x")
    print(f"peak RSS              {rss_after:.0f} MB (before the run {rss_before:.0f} MB)")


if __name__ == "__main__":
    main()
