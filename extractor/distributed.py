"""Past one machine: the batch on a Dask ``distributed`` cluster.

``python -m extractor CORPUS -o OUT --scheduler tcp://host:8786`` walks the corpus here, sends
each file's bytes to the cluster and writes what comes back, so the workers need the package
but neither the corpus nor OUT: file bytes travel in, a report row and the output files' bytes
travel out. The task is ``batch.render``, the same function the local workers run, so the
output is byte for byte the local one. On the worker each document runs in a child process
under the same time limit as locally (``workers.Pool``; a worker process started as a daemon
cannot have children, so there it runs in the worker itself and only the cluster's own limits
apply: start workers with ``DASK_DISTRIBUTED__WORKER__DAEMON=False``). At most a few files per
worker are in flight, so neither side holds the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from typing import Any

from extractor.batch import (
    Job,
    Outcome,
    Runner,
    files_as_bytes,
    lost,
    lost_row,
    read_regular,
    render,
    write_outputs,
)
from extractor.errors import ExtractorError
from extractor.names import safe_name
from extractor.report import Row, failed_row
from extractor.walk import Entry
from extractor.workers import Pool

_IN_FLIGHT_PER_WORKER = 4


def render_isolated(data: bytes, rel: str, job: Job) -> tuple[Row, list[tuple[str, bytes]]]:
    """``render`` in a child process under ``job``'s time and memory limits, where allowed."""
    if multiprocessing.current_process().daemon:
        return _render_task((data, rel, job))
    pool: Pool[tuple[bytes, str, Job], tuple[Row, list[tuple[str, bytes]]]] = Pool(
        _render_task,
        jobs=1,
        timeout=job.limits.timeout,
        memory_bytes=job.limits.memory_bytes,
    )

    def stopped(task: tuple[bytes, str, Job], why: str) -> tuple[Row, list[tuple[str, bytes]]]:
        return lost_row(job, rel, why), []

    [(_, result)] = list(pool.map([(data, rel, job)], stopped))
    return result


def _render_task(task: tuple[bytes, str, Job]) -> tuple[Row, list[tuple[str, bytes]]]:
    row, files = render(*task)
    return row, files_as_bytes(files)


def dask_runner(address: str) -> Runner:
    """Run documents on the Dask scheduler at ``address``."""

    def run(job: Job, entries: list[Entry]) -> Iterator[tuple[int, Outcome]]:
        from distributed import Client, as_completed

        with Client(address) as client:  # type: ignore[no-untyped-call]
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            window = as_completed()  # type: ignore[no-untyped-call]
            sender = _Sender(client, window, enumerate(entries), job)
            for _ in range(workers * _IN_FLIGHT_PER_WORKER):
                yield from sender.send_next()
            while sender.in_flight:
                future = next(sender.window)
                index = sender.sent.pop(future.key)
                try:
                    row, files = future.result()
                except Exception as e:  # the cluster lost the task (a worker died)
                    yield index, lost(job, entries[index], f"the cluster failed: {e}")
                else:
                    yield index, write_outputs(row, files, job)
                yield from sender.send_next()

    return run


class _Sender:
    """Keeps a bounded number of files in flight on the cluster."""

    def __init__(
        self, client: Any, window: Any, pending: Iterator[tuple[int, Entry]], job: Job
    ) -> None:
        self.client = client
        self.window = window
        self.pending = pending
        self.job = job
        self.sent: dict[Any, int] = {}

    @property
    def in_flight(self) -> int:
        return len(self.sent)

    def send_next(self) -> Iterator[tuple[int, Outcome]]:
        """Send the next readable file; yield the unreadable ones met on the way."""
        for index, entry in self.pending:
            shown = safe_name(entry.rel)
            try:
                data = read_regular(entry.path, shown, self.job.limits)
            except ExtractorError as e:
                yield index, Outcome(failed_row(shown, str(e)))
                continue
            future = self.client.submit(render_isolated, data, entry.rel, self.job, pure=False)
            self.sent[future.key] = index
            self.window.add(future)
            return
