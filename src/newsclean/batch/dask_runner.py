"""``batch --engine dask``: the batch runner's work done on a Dask cluster.

``DaskRunner`` is a drop-in for ``batch.Runner``: the same tasks in (read on this machine by
the same input walk, so folders, text, JSONL, WARC/WET and compressed files all work), the same
``clean_task`` on the workers, outcomes back in input order into the same sinks. Records are
therefore byte-identical to the local engine's, and every option of the local engine
(``--out``, ``--output``, ``--errors``, ``--resume``, site profiles, progress) works unchanged.
Text files are read here and shipped as bytes, so workers need no access to this machine's
files: only newsclean (and any plugins enabled) installed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from newsclean.batch.inputs import read_input
from newsclean.batch.records import Task, parse_record
from newsclean.batch.runner import CHUNK_SIZE, Outcome, Stop, clean_task, in_flight
from newsclean.config import Config
from newsclean.errors import InputError, UsageError

CHUNKS_IN_FLIGHT_PER_WORKER = 3  # keeps every worker busy while memory stays bounded
POLL_SECONDS = 0.2  # how often a wait looks whether Ctrl-C asked to stop
CONNECT_SECONDS = 15  # a scheduler that does not answer by then is down or the address wrong
DASK_MISSING = "--engine dask needs the dask extra: pip install 'newsclean[dask]'"


def require_dask() -> None:
    """UsageError naming the extra to install when Dask's ``distributed`` is missing."""
    try:
        import dask.bag  # noqa: F401 - only whether it imports matters here
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError(DASK_MISSING) from None


def clean_chunk(tasks: list[Task], config: Config, indent: int | None) -> list[Outcome]:
    """A worker's share: the outcomes of a chunk of tasks, as a local worker gives them."""
    return [clean_task(task, config, indent) for task in tasks]


def shipped(task: Task) -> Task:
    """A task a remote worker can clean: a text file's path replaced by its bytes.

    A file that cannot be read becomes the task of its error, with the message a local worker
    would have given.
    """
    if not isinstance(task.payload, Path):
        return task
    try:
        return task._replace(payload=read_input(task.payload))
    except InputError as exc:
        return task._replace(payload=None, error=str(exc))


class DaskRunner:
    """Cleans a stream of tasks in order on a Dask cluster (``scheduler``: its address; without
    one, a local cluster of this machine's cores)."""

    def __init__(self, config: Config, *, scheduler: str | None, indent: int | None = None,
                 chunk_size: int = CHUNK_SIZE) -> None:
        self.config, self.scheduler, self.indent = config, scheduler, indent
        self.chunk_size = max(1, chunk_size)
        self._client: Any = None
        self._config: Any = None

    def __enter__(self) -> DaskRunner:
        require_dask()
        from distributed import Client

        try:
            self._client = (Client(self.scheduler, timeout=CONNECT_SECONDS) if self.scheduler
                            else Client(processes=True))
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {self.scheduler}: "
                             f"{exc}") from None
        # the config (rules, site profiles) travels to each worker once, not with every chunk
        self._config = self._client.scatter(self.config, broadcast=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()

    def _limit(self) -> int:
        workers = len(self._client.scheduler_info().get("workers", {})) or 1
        return workers * CHUNKS_IN_FLIGHT_PER_WORKER

    def map(self, tasks: Iterable[Task], stop: Stop) -> Iterator[Outcome]:
        """Outcomes in task order; returns early once ``stop`` is requested."""
        window: deque[tuple[list[Task], Any]] = deque()
        tasks = iter(tasks)
        chunks = iter(lambda: [shipped(t) for t in islice(tasks, self.chunk_size)], [])
        try:
            yield from in_flight(chunks, window, self._submit,
                                 lambda w: self._collect(w, stop), self._limit())
        finally:
            if window:
                self._client.cancel([future for _, future in window])

    def _submit(self, chunk: list[Task]) -> Any:
        return self._client.submit(clean_chunk, chunk, self._config, self.indent, pure=False)

    def _collect(self, window: deque[tuple[list[Task], Any]],
                 stop: Stop) -> list[Outcome] | None:
        """The oldest chunk's outcomes; None when stopped while waiting. A chunk the cluster
        could not run (a worker killed again and again) is retried a task at a time, so only
        a task that fails on its own is reported."""
        chunk, future = window.popleft()
        while not stop.requested:
            try:
                return list(future.result(timeout=POLL_SECONDS))
            except TimeoutError:
                continue
            except Exception:  # KilledWorker, a lost scheduler: Dask's own errors
                return [self._alone(task) for task in chunk]
        return None

    def _alone(self, task: Task) -> Outcome:
        try:
            return next(iter(self._submit([task]).result()))
        except Exception as exc:
            return _failed(task, f"the Dask cluster could not clean this document: {exc}")


def _failed(task: Task, error: str) -> Outcome:
    if task.fields is not None:
        task = parse_record(task)  # for its id
    return Outcome(task.id, task.source, task.unit, task.format, None, error, cost=task.cost)
