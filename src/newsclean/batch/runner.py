"""The batch runner: tasks in, outcomes out, in input order, in one process or a pool.

Streaming throughout: tasks are read lazily and sent to the workers in chunks, with a bounded
number of chunks in flight, so memory stays flat however many inputs there are. Outcomes come
back in input order, so the output of ``--jobs 4`` is byte-identical to that of ``--jobs 1``.
"""

from __future__ import annotations

import datetime
import json
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from newsclean.batch.inputs import Unit, read_input
from newsclean.batch.records import Fields, Task, iter_tasks, parse_record, scrub_surrogates
from newsclean.config import Config
from newsclean.errors import NewscleanError
from newsclean.model import NO_ARTICLE_WARNING, Article
from newsclean.sites.profile import site_of_record

if TYPE_CHECKING:  # the pool's machinery loads when a pool starts, not with the command line
    from concurrent.futures import Future, ProcessPoolExecutor

CHUNK_SIZE = 16  # documents per message to a worker: amortises pickling, keeps order cheap
CHUNKS_IN_FLIGHT_PER_JOB = 3  # enough to keep every worker busy, bounded memory


class Outcome(NamedTuple):
    """What became of one task: a serialised record, or an error."""

    id: str
    source: str
    unit: str
    format: str
    record: str | None  # the JSON record, ready to write
    error: str | None = None
    no_article: bool = False
    text_bytes: int = 0
    cost: int = 0
    broken: bool = False


def record_json(article: Article, meta: dict[str, Any] | None, indent: int | None = None) -> str:
    """The JSON record of an article; records read from JSONL or WARC carry their ``meta``.

    >>> record_json(Article(id="a", source="s"), {"url": "u"})[-21:]
    '"meta": {"url": "u"}}'
    >>> '"meta"' in record_json(Article(id="a", source="s"), None)
    False
    """
    record = article.to_dict()
    if meta is not None:
        record["meta"] = meta
    # a file name undecodable as UTF-8 or a JSON escape can leave a lone surrogate
    return scrub_surrogates(json.dumps(record, ensure_ascii=False, indent=indent))


def config_for_record(config: Config, unit: str, source: str,
                      meta: Mapping[str, object] | None = None) -> Config:
    """``config`` with the record's site profile picked from ``config.site_profiles``, and the
    day a WARC record was captured as the reference day when none was given (``--now``).

    >>> config_for_record(Config(), "a.warc", "u", {"WARC-Date": "2019-11-20T08:03:11Z"}).now
    datetime.date(2019, 11, 20)
    """
    if config.now is None and meta and (day := capture_day(meta.get("WARC-Date"))):
        config = replace(config, now=day)
    if config.site_profiles is None:
        return config
    profile = config.site_profiles.get(site_of_record(unit, source, meta))
    return replace(config, site_profile=profile)


def capture_day(stamp: object) -> datetime.date | None:
    """The day of a WARC-Date ("2019-11-20T08:03:11Z"); None for anything else.

    >>> capture_day("2019-11-20T08:03:11Z"), capture_day("yesterday")
    (datetime.date(2019, 11, 20), None)
    """
    if not isinstance(stamp, str):
        return None
    try:
        return datetime.date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def clean_task(task: Task, config: Config, indent: int | None = None) -> Outcome:
    """Clean one task; every failure, even an unexpected one, becomes an error outcome."""
    if task.fields is not None:
        task = parse_record(task)
    config = config_for_record(config, task.unit, task.source, task.meta)  # learnt site chrome
    base = (task.id, task.source, task.unit, task.format)
    if task.error is not None or task.payload is None:
        return Outcome(*base, None, task.error or "nothing to read", cost=task.cost,
                       broken=task.broken)
    try:
        article, size = _clean_payload(task, config)
    except NewscleanError as exc:
        return Outcome(*base, None, str(exc), cost=task.cost)
    except Exception as exc:  # a bug on one page must not stop a million-page batch
        return Outcome(*base, None, f"internal error: {type(exc).__name__}: {exc}",
                       cost=task.cost)
    indent = indent if task.format == "text" else None  # records from JSONL/WARC: JSONL out
    return Outcome(*base, record_json(article, task.meta, indent),
                   no_article=NO_ARTICLE_WARNING in article.warnings, text_bytes=size,
                   cost=task.cost)


def _clean_payload(task: Task, config: Config) -> tuple[Article, int]:
    # the engine (its patterns compiled) loads with the first page, not with the command line
    from newsclean import api

    payload = task.payload
    if isinstance(payload, str):
        return api.clean(payload, id=task.id, source=task.source, config=config), len(payload)
    data = read_input(payload) if isinstance(payload, Path) else payload
    assert isinstance(data, bytes)
    return api.clean_bytes(data, id=task.id, source=task.source, config=config), len(data)


F = TypeVar("F")  # what a runner holds for a chunk in flight: a future

# -- the workers ---------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}

# How the parent tells its workers to drop their work (a stop, a closed stdout): a signal the
# worker turns into an exception inside its chunk. Killing a worker instead can catch it half
# way through writing a result to the pool's pipe; the pool's manager thread then waits
# forever for the rest of that message, and the batch never ends.
ABANDON_SIGNAL: signal.Signals | None = getattr(signal, "SIGUSR1", None)  # not on Windows


class Abandoned(BaseException):
    """Raised in a worker told to drop its chunk. A BaseException, so that the guard of
    `clean_task` against one page's bug does not turn it into an error outcome."""


def _init_worker(config: Config, indent: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    if ABANDON_SIGNAL is not None:
        signal.signal(ABANDON_SIGNAL, _abandon)
    _WORKER.update(config=config, indent=indent, busy=False, abandoned=False)


def _abandon(signum: int, frame: FrameType | None) -> None:
    """The worker's handler of ABANDON_SIGNAL: it stops the chunk it cleans, if any (never a
    result being sent), and every chunk it is given after."""
    _WORKER["abandoned"] = True
    if _WORKER["busy"]:
        _WORKER["busy"] = False  # one raise a chunk, even if the signal lands in its `finally`
        raise Abandoned


def _clean_chunk(tasks: list[Task]) -> list[Outcome]:
    try:
        _WORKER["busy"] = True
        if _WORKER["abandoned"]:
            raise Abandoned
        return [clean_task(t, _WORKER["config"], _WORKER["indent"]) for t in tasks]
    finally:
        _WORKER["busy"] = False


class Stop:
    """Set by the first Ctrl-C: the batch writes the record in hand, drops the work in
    flight and stops. A second Ctrl-C raises KeyboardInterrupt at once.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> Stop:
        self._installed = threading.current_thread() is threading.main_thread()
        if self._installed:  # only the main thread may set signal handlers
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous or signal.SIG_DFL)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True


def in_flight(chunks: Iterable[list[Task]], window: deque[tuple[list[Task], F]],
              submit: Callable[[list[Task]], F],
              collect: Callable[[deque[tuple[list[Task], F]]], list[Outcome] | None],
              limit: int) -> Iterator[Outcome]:
    """The outcomes of ``chunks`` in order, with at most ``limit`` chunks submitted and not yet
    collected (``window``: the caller's, so that it can cancel what is left); ends early when
    ``collect`` gives None (a stop was requested).

    >>> done = lambda w: [o for o in w.popleft()[1]]
    >>> list(in_flight([["a"], ["b", "c"]], deque(), lambda chunk: chunk * 2, done, 1))
    ['a', 'a', 'b', 'c', 'b', 'c']
    """
    for chunk in chunks:
        window.append((chunk, submit(chunk)))
        while len(window) >= limit:
            if (outcomes := collect(window)) is None:
                return
            yield from outcomes
    while window:
        if (outcomes := collect(window)) is None:
            return
        yield from outcomes


class Runner:
    """Cleans a stream of tasks in order: in-process for one job, else in a process pool.

    The pool is started on ``__enter__``, before any progress thread exists, so that forking
    the workers is safe.
    """

    def __init__(self, config: Config, *, jobs: int, indent: int | None = None,
                 chunk_size: int = CHUNK_SIZE) -> None:
        self.config, self.jobs, self.indent = config, max(1, jobs), indent
        self.chunk_size = max(1, chunk_size)
        self._pool: ProcessPoolExecutor | None = None
        self._stop: Stop | None = None

    def __enter__(self) -> Runner:
        if self.jobs > 1:
            self._pool = self._start_pool()
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self._pool is None:
            return
        if exc_type is not None or (self._stop is not None and self._stop.requested):
            _abandon_work(self._pool)  # their chunks would be thrown away: drop them now
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _start_pool(self) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import newsclean.api  # noqa: F401  loaded and compiled once here, shared by the workers
        from newsclean.patterns import compile_loaded

        compile_loaded()

        context = multiprocessing.get_context("fork" if "fork" in
                                              multiprocessing.get_all_start_methods() else None)
        pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(self.config, self.indent))
        pool.submit(len, ()).result()  # with fork, this starts every worker now
        return pool

    def map(self, tasks: Iterable[Task], stop: Stop) -> Iterator[Outcome]:
        """Outcomes in task order; returns early once ``stop`` is requested."""
        self._stop = stop
        if self._pool is not None:
            yield from self._pooled(_chunked(iter(tasks), self.chunk_size), stop)
            return
        for task in tasks:
            if stop.requested:
                return
            yield clean_task(task, self.config, self.indent)

    def _pooled(self, chunks: Iterator[list[Task]], stop: Stop) -> Iterator[Outcome]:
        window: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
        yield from in_flight(chunks, window, self._submit,
                             lambda w: self._collect(w, stop), self.jobs * CHUNKS_IN_FLIGHT_PER_JOB)

    def _submit(self, chunk: list[Task]) -> Future[list[Outcome]]:
        assert self._pool is not None
        return self._pool.submit(_clean_chunk, chunk)

    def _collect(self, window: deque[tuple[list[Task], Future[list[Outcome]]]],
                 stop: Stop) -> list[Outcome] | None:
        """The oldest chunk's outcomes; None when stopped while waiting.

        When a worker dies (killed, out of memory, a crash in compiled code), the whole pool
        breaks: a new one cleans the chunk's tasks one at a time with nothing else in flight,
        so only a task that kills a worker on its own is reported, then takes the rest.
        """
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        chunk, future = window.popleft()
        while not stop.requested:
            try:
                return future.result(timeout=0.2)
            except FutureTimeout:
                continue
            except BrokenProcessPool:
                self._restart()
                outcomes = [self._alone(task) for task in chunk]
                for i, (queued, pending) in enumerate(window):
                    if not pending.done() or pending.exception() is not None:
                        window[i] = (queued, self._submit(queued))
                return outcomes
        return None

    def _alone(self, task: Task) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._submit([task]).result()[0]
        except BrokenProcessPool:
            self._restart()
            return _crashed(task)

    def _restart(self) -> None:
        assert self._pool is not None
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start_pool()


def _abandon_work(pool: ProcessPoolExecutor) -> None:
    """Tell a pool's workers to drop the chunks they hold and any they are given after; the
    pool then shuts down without waiting for that work."""
    processes = list(getattr(pool, "_processes", {}).values())
    if ABANDON_SIGNAL is None:  # no such signal here: end the workers as the pool can
        terminate = getattr(pool, "terminate_workers", None)  # public from Python 3.14
        if terminate is not None:
            terminate()
            return
        for process in processes:
            process.terminate()
        return
    for process in processes:
        if process.pid is not None:
            with suppress(ProcessLookupError):  # it has ended already
                os.kill(process.pid, ABANDON_SIGNAL)


def _crashed(task: Task) -> Outcome:
    if task.fields is not None:
        task = parse_record(task)  # for its id
    return Outcome(task.id, task.source, task.unit, task.format, None,
                   "the worker process died while cleaning this document", cost=task.cost)


def _chunked(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    while chunk := list(islice(tasks, size)):
        yield chunk


# -- the driver ----------------------------------------------------------------------------

@dataclass(slots=True)
class Stats:
    """Counters of a batch, read by the progress display and the summary."""

    files: int = 0
    cleaned: int = 0
    no_article: int = 0
    failed: int = 0
    skipped: int = 0  # inputs --resume found done
    text_bytes: int = 0
    done_bytes: int = 0  # on-disk input bytes dealt with, skipped ones included
    total_bytes: int | None = None  # set once known (a background count)
    total_files: int | None = None  # the same count's input files
    started: float = field(default_factory=time.monotonic)
    last_unit: str | None = None
    interrupted: bool = False

    @property
    def documents(self) -> int:
        return self.cleaned + self.no_article + self.failed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def add(self, outcome: Outcome) -> None:
        if outcome.unit != self.last_unit:
            self.files, self.last_unit = self.files + 1, outcome.unit
        self.done_bytes += outcome.cost
        self.text_bytes += outcome.text_bytes
        if outcome.error is not None:
            self.failed += 1
        elif outcome.no_article:
            self.no_article += 1
        else:
            self.cleaned += 1


class Sink(Protocol):
    """Where records go; also what --resume asks whether an input is already done."""

    def unit_done(self, unit: Unit) -> bool: ...
    def task_done(self, task: Task) -> bool: ...
    def write(self, outcome: Outcome) -> None: ...
    def close(self, complete: bool) -> None: ...


def pending_tasks(units: Iterable[Unit], fields: Fields, sink: Sink | None,
                  stats: Stats) -> Iterator[Task]:
    """The tasks still to do: with a sink (``--resume``), done inputs are skipped and counted."""
    for unit in units:
        if sink is not None and sink.unit_done(unit):
            stats.skipped += 1
            stats.done_bytes += unit.size
            continue
        for task in iter_tasks(unit, fields):
            if sink is not None and task.error is None and sink.task_done(task):
                stats.skipped += 1
                stats.done_bytes += task.cost
                continue
            yield task


def run_batch(units: Iterable[Unit], fields: Fields, runner: Runner, sink: Sink,
              on_outcome: Callable[[Outcome, Stats], None], stats: Stats,
              resume: bool = False) -> Stats:
    """Clean every unit into the sink; a first Ctrl-C stops after the record in hand."""
    with Stop() as stop:
        tasks = pending_tasks(units, fields, sink if resume else None, stats)
        try:
            for outcome in runner.map(tasks, stop):
                sink.write(outcome)
                stats.add(outcome)
                on_outcome(outcome, stats)
                if stop.requested:
                    break
        finally:
            stats.interrupted = stop.requested
            sink.close(complete=not stop.requested)
    return stats
