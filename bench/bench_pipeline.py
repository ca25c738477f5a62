"""Speed and memory of the whole pipeline, each document on its own, beside jieba and jionlp.

    python bench/bench_pipeline.py [--repeats 3] [--batch-docs 400] [--rss-docs 10000]
                                   [--big-mb 30] [--only speed|batch|memory] [--no-real]
                                   [--batch-repeats 3]

Speed (CPU time of this process, each document extracted and dumped to JSON on its own, never
concatenated; ``--repeats`` rounds, each timing every workload once, so that a ratio compares
two runs made seconds apart, with the extractor's caches emptied before each; medians of
the rounds):

- *plan bodies*: the real plans of ../shared/corpus/real and the committed seed;
- *budget texts*: the 预算/决算 texts of ../shared/corpus/pdf (``*budget*``, ``*accounts*``);
- *number-dense*: generated lines with a quantity every ~6 characters.

On the same documents, in the same run: ``jieba.posseg.cut`` and, where jionlp is installed
(a separate venv, see bench_quantities.py), its money-only ``ner.extract_money`` (with
parsing); the ratios are ours over theirs. Batch (``python -m extractor`` in a subprocess,
over ``--batch-docs`` files; wall and CPU time, with the load average, since the machine may
be shared), over ``--batch-docs`` plans and over the real files of ../shared/corpus (txt, pdf,
docx; ``--no-real`` skips it): ``-j 1`` against ``-j 2``, ``--batch-repeats`` alternating
pairs and their medians, and a re-run over the unchanged
corpus as a share of the full run. The CLI runs read compiled bytecode, as an installed package
does. Memory (peak RSS of a subprocess): the batch parent and its largest worker over
``--rss-docs`` small documents, and one ``--big-mb`` MB text extracted in process, its JSON
written as the batch writes it.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


def _read(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding).replace("\r\n", "\n")
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def plan_bodies() -> list[str]:
    paths = [ROOT / "corpus" / "shijingshan-fupin-plan-2018.txt"]
    paths += sorted((SHARED / "real").glob("*.txt"))
    return [_read(p) for p in paths if p.is_file()]


def budget_texts() -> list[str]:
    folder = SHARED / "pdf"
    paths = sorted(folder.glob("*budget*.txt")) + sorted(folder.glob("*accounts*.txt"))
    return [_read(p) for p in paths]


def number_dense(docs: int = 20, lines: int = 400) -> list[str]:
    """Plans where a quantity comes every ~6 characters (tables of amounts written as prose)."""
    units = ["万元", "个", "人", "户", "%", "亩", "公里", "元/亩", "万人", "项"]
    out = []
    for d in range(docs):
        body = [f"某县{2018 + d}年重点项目资金安排", "一、资金安排"]
        for i in range(lines):
            a, b, c = (i * 37 + d) % 900 + 10, (i * 11 + d) % 90 + 1, (i * 7) % 60 + 1
            u = units[i % len(units)]
            body.append(f"{i + 1}.投入{a}万元,完成{b}{u},覆盖{c}.5万人,增长{b}%。")
        out.append("\n".join(body) + "\n")
    return out


def _extractor_caches() -> list[Callable[[], None]]:
    """The ``cache_clear`` of every bounded cache the imported extractor modules define: what
    they keep of the texts read (numerals, unit names, labels). The unbounded ones
    (``functools.cache``) keep what is built once per process, pydantic adapters and
    compiled patterns, and stay."""
    out = []
    for name, module in sorted(sys.modules.items()):
        if name == "extractor" or name.startswith("extractor."):
            for obj in vars(module).values():
                if getattr(obj, "__module__", None) != name or not hasattr(obj, "cache_clear"):
                    continue
                if obj.cache_parameters()["maxsize"] is not None:
                    out.append(obj.cache_clear)
    return out


def _cpu(run: Callable[[], object]) -> float:
    gc.collect()
    t0 = time.process_time()
    run()
    return time.process_time() - t0


def speed(repeats: int) -> dict[str, float]:
    """Chars/s of each workload and the ratios of ours to the peers', from ``repeats`` rounds.

    Each round times every workload once, one after the other, so a ratio's two sides run a few
    seconds apart, under the same load; a ratio is the median of the rounds' ratios, a rate the
    median of the rounds' rates. Timing every workload ``repeats`` times in a row instead lets a
    change of load between the blocks move a ratio by half. The extractor's caches are emptied
    before each round: the same documents again would find every numeral, unit name and label
    cached, as no corpus does (20% faster on the plan bodies than their first round).
    """
    from extractor import extract_text
    from extractor.output import document_json

    classes = {"plan bodies": plan_bodies(), "budget texts": budget_texts()}
    classes["number-dense"] = number_dense()
    extract_text(classes["plan bodies"][0])  # warm up: regexes, jieba's dictionary
    runs: dict[str, tuple[int, Callable[[], object]]] = {}
    for name, docs in classes.items():
        if not docs:
            print(f"{name:<24} (no documents: ../shared absent?)")
            continue

        def pipeline(docs: list[str] = docs) -> None:
            for i, doc in enumerate(docs):
                document_json(extract_text(doc, f"doc{i}"))

        runs[name] = (sum(len(d) for d in docs), pipeline)
    plans = classes["plan bodies"]
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()

    def posseg() -> None:
        for doc in plans:
            for _ in jieba.posseg.cut(doc):
                pass

    runs["jieba.posseg (plans)"] = (sum(len(d) for d in plans), posseg)
    ratios = {"posseg ratio": ("plan bodies", "jieba.posseg (plans)")}
    if importlib.util.find_spec("jionlp") is None:
        print("jionlp                   not installed here (see bench_quantities.py); skipped")
    else:
        import jionlp

        for name in ("plan bodies", "budget texts"):
            docs = classes[name]
            if not docs:
                continue

            def money(docs: list[str] = docs) -> None:
                for doc in docs:
                    jionlp.ner.extract_money(doc, with_parsing=True)

            money(docs[:1])  # warm up
            runs[f"jionlp ({name})"] = (sum(len(d) for d in docs), money)
            ratios[f"jionlp ratio {name}"] = (name, f"jionlp ({name})")
    rates: dict[str, list[float]] = {name: [] for name in runs}
    caches = _extractor_caches()
    for _ in range(repeats):
        for name, (chars, run) in runs.items():
            for clear in caches:
                clear()  # a round must not read what the last round cached of the same texts
            rates[name].append(chars / _cpu(run))
    results = {name: statistics.median(r) for name, r in rates.items()}
    for name, (chars, _run) in runs.items():
        spread = f"{min(rates[name]):,.0f}-{max(rates[name]):,.0f}"
        print(f"{name:<24} {results[name]:>12,.0f} chars/s  ({chars:,} chars; rounds {spread})")
    for label, (ours, theirs) in ratios.items():
        each = [a / b for a, b in zip(rates[ours], rates[theirs], strict=True)]
        results[label] = statistics.median(each)
        shown = ", ".join(f"{r:.2f}" for r in each)
        print(f"  {label:<22} {results[label]:>12.2f}x  (median of rounds: {shown})")
    return results


def _bytecode() -> str:
    """Compile the package's bytecode before the CLI runs, as pip does at install (the
    stdlib's and site-packages' is there already). On a machine that sets
    PYTHONDONTWRITEBYTECODE (this one does), an editable install would otherwise compile the
    package from source in every run: 0.3-0.4 s of the parent's serial time, alike at -j 1
    and -j 2. It goes to the source tree's ``__pycache__`` folders, which git ignores."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "extractor")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return " (bytecode compiled, as installed)"


def _cli(args: list[str]) -> tuple[float, dict[str, float]]:
    """Wall seconds of a CLI run in a subprocess, and its peak RSS (parent, largest worker)."""
    probe = (
        "import resource, sys, json\n"
        "from extractor.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "r = resource.getrusage\n"
        "s, c = r(resource.RUSAGE_SELF), r(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'parent': s.ru_maxrss / 1024, 'worker': c.ru_maxrss / 1024,"
        " 'parent_cpu': s.ru_utime + s.ru_stime, 'worker_cpu': c.ru_utime + c.ru_stime,"
        " 'code': code}))\n"
    )
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - t0
    return seconds, json.loads(done.stdout.strip().splitlines()[-1])


def _write_corpus(folder: Path, docs: list[str], count: int, cut: int | None = None) -> int:
    folder.mkdir(parents=True)
    chars = 0
    for i in range(count):
        text = docs[i % len(docs)]
        text = text[:cut] if cut else text
        (folder / f"doc{i:05d}.txt").write_text(f"{text}\n第{i}号\n", encoding="utf-8")
        chars += len(text)
    return chars


def batch(count: int, note: str, real: bool, repeats: int) -> None:
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        chars = _write_corpus(corpus, plan_bodies(), count)
        _batch(
            f"batch of {count} plans ({chars:,} chars){note}",
            corpus,
            Path(tmp) / "out",
            chars,
            repeats,
        )
        if real and SHARED.is_dir():
            files = [p for p in SHARED.rglob("*") if p.is_file()]
            size = sum(p.stat().st_size for p in files)
            label = f"the real corpus ../shared/corpus ({len(files)} files, {size:,} bytes)"
            _batch(label + note, SHARED, Path(tmp) / "out-real", None, repeats)


def _batch(label: str, corpus: Path, out_dir: Path, chars: int | None, repeats: int) -> None:
    """``-j 1`` and ``-j 2`` alternating ``repeats`` times (each run into a fresh folder: no
    run replaces another's files), then a re-run over the last; the medians, and each pair's
    ratio. A pair on this shared machine varied by a sixth (workers' CPU 9.2-12.7 s for the
    same batch), so one pair says little."""
    load = os.getloadavg()[0]
    runs: dict[str, list[tuple[float, dict[str, float]]]] = {"-j 1": [], "-j 2": []}
    for n in range(repeats):
        for jobs in ("1", "2"):
            out = str(out_dir / f"j{jobs}-{n}")
            runs[f"-j {jobs}"].append(_cli([str(corpus), "-o", out, "-q", "-j", jobs]))
    runs["re-run"] = [_cli([str(corpus), "-o", out, "-q", "-j", "2"])]
    print(
        f"{label}, python -m extractor in a subprocess, {repeats} alternating pairs "
        f"(load average {load:.1f} before, {os.getloadavg()[0]:.1f} after, "
        f"{os.cpu_count()} cores):"
    )
    median: dict[str, float] = {}
    for name, done in runs.items():
        median[name] = wall = statistics.median(w for w, _ in done)
        parent = statistics.median(c["parent_cpu"] for _, c in done)
        workers = statistics.median(c["worker_cpu"] for _, c in done)
        rate = f" ({chars / wall:>9,.0f} chars/s)" if chars else ""
        print(
            f"  {name:<8} wall {wall:7.1f} s{rate}   CPU: parent {parent:6.1f} s, "
            f"workers {workers:6.1f} s (medians)"
        )
    pairs = ", ".join(f"{a[0] / b[0]:.2f}" for a, b in zip(runs["-j 1"], runs["-j 2"], strict=True))
    print(f"  -j 2 speed-up (wall)   {median['-j 1'] / median['-j 2']:.2f}x (pairs: {pairs})")
    share = 100 * median["re-run"] / median["-j 2"]
    print(f"  re-run over the unchanged corpus: {share:.1f}% of the -j 2 run's wall time")


def memory(count: int, big_mb: float) -> None:
    if count > 0:
        with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
            corpus = Path(tmp) / "corpus"
            chars = _write_corpus(corpus, plan_bodies(), count, cut=1500)
            seconds, rss = _cli([str(corpus), "-o", str(Path(tmp) / "out"), "-q", "-j", "2"])
        print(f"batch of {count} small documents ({chars:,} chars, {seconds:.0f} s):")
        print(f"  peak RSS parent {rss['parent']:.0f} MB, largest worker {rss['worker']:.0f} MB")
    if big_mb <= 0:
        return
    probe = (
        "import resource, sys, time\n"
        "from pathlib import Path\n"
        "text = Path(sys.argv[1]).read_text(encoding='utf-8')\n"
        "from extractor import extract_text\n"
        "from extractor.output import document_json_chunks, write_atomic\n"
        "extract_text(text[:2000])\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "t0 = time.process_time()\n"
        "doc = extract_text(text)\n"
        "size = write_atomic(Path(sys.argv[1] + '.json'), document_json_chunks(doc))\n"
        "s = time.process_time() - t0\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(before, peak, s, len(text), doc.body.end - doc.body.start, size)\n"
    )
    plans = plan_bodies()
    lines = [line for doc in plans for line in doc.splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        path = Path(tmp) / "big.txt"
        target = int(big_mb * 2**20)
        parts, size, i = [], 0, 0
        while size < target:
            parts.append(lines[i % len(lines)])
            size += len(parts[-1].encode()) + 1
            i += 1
        path.write_text("\n".join(parts) + "\n", encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
        )
    before, peak, seconds, length, body, json_size = done.stdout.split()
    print(
        f"one {big_mb:g} MB text ({int(length):,} chars, body {int(body):,}): "
        f"peak RSS {float(peak):.0f} MB ({float(peak) / big_mb:.1f}x the file; "
        f"{float(before):.0f} MB before), {float(seconds):.0f} s CPU, "
        f"JSON {int(json_size) / 2**20:.0f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch-docs", type=int, default=400)
    ap.add_argument("--batch-repeats", type=int, default=3, help="-j 1/-j 2 pairs")
    ap.add_argument("--rss-docs", type=int, default=10_000)
    ap.add_argument("--big-mb", type=float, default=30.0)
    ap.add_argument("--only", choices=["speed", "batch", "memory"])
    ap.add_argument(
        "--no-real", action="store_true", help="batch: skip the run over ../shared/corpus"
    )
    args = ap.parse_args()
    if args.only in (None, "speed"):
        speed(args.repeats)
    if args.only == "speed":
        return
    note = _bytecode()
    if args.only in (None, "batch"):
        batch(args.batch_docs, note, real=not args.no_real, repeats=args.batch_repeats)
    if args.only in (None, "memory"):
        memory(args.rss_docs, args.big_mb)


if __name__ == "__main__":
    main()
