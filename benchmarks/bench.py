"""Throughput benchmark: newsclean against jusText-on-text, one job against all cores, and the
peak memory of a long stream of documents.

    python benchmarks/bench.py [--docs N] [--corpus DIR] [--jobs N] [--stream-docs N]
    python benchmarks/bench.py --steps [--docs N] [--corpus DIR]   # CPU time of each step

The documents are the corpus's text files (every rendering under DIR, default the bundled dev
corpus), cycled until there are N of them. Pages follow each other in corpus order, so the same
page comes back only after all the others: caches that remember lines of recent pages do not see
it again. jusText gets each non-blank line as one <p> paragraph (as the corpus README's reference
row) and the English stop list. Needs the ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import html
import itertools
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsclean.batch.records import Task
from newsclean.batch.runner import Runner, Stop
from newsclean.config import Config
from newsclean.core import prepare
from newsclean.pipeline import DEFAULT_STEPS, FilterPass, Step, fuse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "corpus" / "dev"
RENDERINGS = ("html-text", "inscriptis", "browser")


def corpus_texts(corpus: Path) -> list[str]:
    """The text files of every rendering found under ``corpus``, in a fixed order."""
    folders = [corpus / r for r in RENDERINGS if (corpus / r).is_dir()] or [corpus]
    files = [f for folder in folders for f in sorted(folder.glob("*.txt"))]
    if not files:
        sys.exit(f"no .txt files under {corpus}")
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def cycled(texts: Sequence[str], n: int) -> Iterator[str]:
    """``n`` documents, cycling through ``texts`` (lazily: nothing is held but the corpus)."""
    return itertools.islice(itertools.cycle(texts), n)


def as_paragraphs(text: str) -> str:
    """The HTML jusText reads: each non-blank line one <p> paragraph."""
    lines = (html.escape(line.strip()) for line in text.splitlines() if line.strip())
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


def time_justext(docs: Sequence[str]) -> float | None:
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")
    start = time.perf_counter()
    for text in docs:
        justext.justext(as_paragraphs(text), stoplist)
    return time.perf_counter() - start


def time_newsclean(docs: Sequence[str], jobs: int) -> float:
    """Seconds to clean ``docs`` through the batch runner with ``jobs`` processes."""
    tasks = (Task(str(i), "bench", text, "bench", "text") for i, text in enumerate(docs))
    import newsclean.api  # noqa: F401  start-up (imports, compiling patterns) is timed apart
    from newsclean.patterns import compile_loaded

    compile_loaded()
    with Runner(Config(), jobs=jobs) as runner, Stop() as stop:
        runner.map([], stop)  # nothing: the pool is up before the clock starts
        start = time.perf_counter()
        for outcome in runner.map(tasks, stop):
            if outcome.error is not None:
                sys.exit(f"{outcome.id}: {outcome.error}")
        return time.perf_counter() - start


def _step_label(step: Step, passes: list[Step]) -> str:
    if isinstance(step, FilterPass):
        return f"filter pass {passes.index(step) + 1} ({len(step.filters)} line filters)"
    return step.name


def step_times(docs: Sequence[str]) -> dict[str, float]:
    """CPU seconds each step of the default pipeline (filter passes fused as they run) takes
    over ``docs``, with ``prepare`` (normalising and splitting) first. The patterns are
    compiled before the clock starts, as for the throughput: a step's row is its own work."""
    from newsclean.patterns import compile_loaded

    compile_loaded()
    steps = fuse(DEFAULT_STEPS)
    passes = [s for s in steps if isinstance(s, FilterPass)]
    labels = [_step_label(s, passes) for s in steps]
    totals = dict.fromkeys(["prepare", *labels], 0)
    clock = time.process_time_ns
    for text in docs:
        start = clock()
        doc = prepare(text)
        totals["prepare"] += clock() - start
        for step, label in zip(steps, labels, strict=True):
            start = clock()
            doc = step(doc)
            totals[label] += clock() - start
    return {label: ns / 1e9 for label, ns in totals.items()}


def print_step_times(console: Console, docs: Sequence[str]) -> None:
    times = step_times(docs)
    total = sum(times.values())
    table = _table(f"CPU time by step, {len(docs):,} documents ({len(docs) / total:,.1f} docs/s)",
                   ("step", "ms a page", "share"))
    for label, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        table.add_row(label, f"{seconds / len(docs) * 1e3:.2f}", f"{seconds / total:.1%}")
    console.print(table)


def stream_rss(corpus: Path, n: int) -> int:
    """Peak RSS in bytes of a fresh process that cleans a lazy stream of ``n`` documents."""
    out = subprocess.run(
        [sys.executable, __file__, "--corpus", str(corpus), "--stream-child", str(n)],
        check=True, capture_output=True, text=True,
    )
    return int(out.stdout.split()[-1])


def _stream_child(corpus: Path, n: int) -> None:
    tasks = (Task(str(i), "bench", text, "bench", "text")
             for i, text in enumerate(cycled(corpus_texts(corpus), n)))
    with Runner(Config(), jobs=1) as runner, Stop() as stop:
        for _ in runner.map(tasks, stop):
            pass
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale)


def _rate(docs: int, size: int, seconds: float) -> list[str]:
    return [f"{seconds:.1f}", f"{docs / seconds:,.1f}", f"{size / seconds / 1e6:.2f}"]


def _table(title: str, columns: Sequence[str]) -> Table:
    table = Table(title=title)
    for i, column in enumerate(columns):
        table.add_column(column, justify="left" if i == 0 else "right")
    return table


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="documents per timed run")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes for the parallel run (default: all cores)")
    parser.add_argument("--stream-docs", type=int, default=10_000,
                        help="documents in the peak-memory stream (0: skip it)")
    parser.add_argument("--steps", action="store_true",
                        help="only the CPU time of each step, one process (a table)")
    parser.add_argument("--stream-child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stream_child:
        _stream_child(args.corpus, args.stream_child)
        return

    console = Console(stderr=True)
    docs = list(cycled(corpus_texts(args.corpus), args.docs))
    size = sum(len(text.encode("utf-8")) for text in docs)
    console.print(f"{len(docs):,} documents, {size / 1e6:.1f} MB of text, from {args.corpus}")
    if args.steps:
        print_step_times(console, docs)
        return

    one = time_newsclean(docs, 1)
    jt = time_justext(docs)
    speed = _table("One core, same documents", ("system", "s", "docs/s", "MB/s", "ratio"))
    speed.add_row("newsclean", *_rate(len(docs), size, one), "")
    if jt is None:
        speed.add_row("jusText", "not installed: pip install -e '.[bench]'", "", "", "")
    else:
        speed.add_row("jusText (lines as <p>)", *_rate(len(docs), size, jt),
                      f"newsclean {jt / one:.2f}x")
    console.print(speed)

    pool = _table("newsclean: one process against a pool",
                  ("jobs", "s", "docs/s", "MB/s", "speed-up"))
    pool.add_row("1", *_rate(len(docs), size, one), "1.00x")
    if args.jobs > 1:
        many = time_newsclean(docs, args.jobs)
        pool.add_row(str(args.jobs), *_rate(len(docs), size, many), f"{one / many:.2f}x")
    console.print(pool)

    if args.stream_docs:
        start = time.perf_counter()
        rss = stream_rss(args.corpus, args.stream_docs)
        console.print(f"peak RSS cleaning a stream of {args.stream_docs:,} documents in one "
                      f"process: {rss / 2**20:.0f} MB ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
