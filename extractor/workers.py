"""Worker processes the batch can kill: the time limit and ``-j N`` are one design.

Each worker takes one task at a time over a pipe. The parent waits on every busy worker's pipe
and process handle, waking at least every ``_POLL`` seconds to read each busy worker's processor
time. The limit is processor time, not time on the clock: on a loaded machine a document gets
the same verdict as on an idle one, so the output does not depend on what else is running. A
worker that sleeps or blocks (a pipe that never ends) uses no processor time, so the clock
stops it as well, at ``_WALL_FACTOR`` times the limit, unless it is still running: a worker
that got at least ``_RUNNING_SHARE`` of a processor over its time on the clock is only slowed
by the load (a 12-s PDF took over 60 s at a load of 6 on two cores), and the clock waits for
it up to ``_MAX_WALL_FACTOR`` times the limit. Where processor time cannot be read (no
``/proc``) the clock alone applies, at the limit. A worker past its limit
is killed (SIGKILL: a parser stuck inside C code cannot be interrupted any other way) and
replaced, and its task gets the result ``lost(task, reason)`` builds. A worker that dies (out of
memory, a crash in a C extension) is replaced the same way. Workers cap their address space
(``memory_bytes``) so a runaway parse fails with ``MemoryError`` inside the worker instead of
taking the machine, and are recycled after ``max_tasks`` documents so that memory stays flat.

Results arrive as they finish, tagged with the task's index: the caller puts them back in input
order, so the output does not depend on ``jobs``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_TASKS = 200  # documents per worker before it is replaced (keeps memory flat)
_WALL_FACTOR = 2.0  # a task's time on the clock may be this many times its processor time limit
_RUNNING_SHARE = 0.05  # ... or more while it gets this share of a processor (it is not blocked)
_MAX_WALL_FACTOR = 10.0  # ... but never more than this many times
_POLL = 0.25  # seconds between readings of the workers' processor time
_STOP_GRACE = 5.0  # seconds a worker gets to exit after being told to stop


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process (BaseProcess in the typeshed)
    conn: Connection
    task: int | None = None
    deadline: float = 0.0  # on the clock (time.monotonic)
    started: float = 0.0  # on the clock, when the task began
    cpu_start: float | None = None  # the worker's processor time when the task began
    done: int = 0


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float | None:
    """Processor time (user + system) a process has used, or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rfind(b")") + 2 :].split()  # the name in parentheses may hold spaces
    try:
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (IndexError, ValueError):
        return None


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _serve(conn: Connection, work: Callable[[Any], Any], memory_bytes: int) -> None:
    """A worker's loop: receive ``(index, task)``, send ``(index, ok, result)``; stop on None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if memory_bytes:
        _limit_memory(memory_bytes)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        try:
            conn.send((index, True, work(task)))
        except Exception as e:  # work() catches what it knows; this keeps the worker alive
            conn.send((index, False, f"{type(e).__name__}: {e}"))


def _limit_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


class Pool(Generic[T, R]):
    """Run ``work`` over tasks in up to ``jobs`` processes, ``timeout`` seconds of processor
    time each (0: none)."""

    def __init__(
        self,
        work: Callable[[T], R],
        *,
        jobs: int,
        timeout: float,
        memory_bytes: int = 0,
        max_tasks: int = MAX_TASKS,
    ) -> None:
        self.work = work
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.memory_bytes = memory_bytes
        self.max_tasks = max_tasks
        self._context = _context()

    def map(self, tasks: Sequence[T], lost: Callable[[T, str], R]) -> Iterator[tuple[int, R]]:
        """Yield ``(index, result)`` for every task, in the order they finish."""
        pending = deque(range(len(tasks)))
        workers: list[_Worker] = []
        try:
            while pending or any(w.task is not None for w in workers):
                while pending and len(workers) < min(self.jobs, len(tasks)):
                    workers.append(self._start())
                for worker in workers:
                    if worker.task is None and pending:
                        self._assign(worker, pending.popleft(), tasks)
                yield from self._collect(workers, tasks, lost)
        finally:
            self._stop(workers)

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self.work, self.memory_bytes), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process=process, conn=parent)

    def _assign(self, worker: _Worker, index: int, tasks: Sequence[T]) -> None:
        worker.task = index
        worker.cpu_start = _cpu_seconds(worker.process.pid) if self.timeout > 0 else None
        factor = 1.0 if worker.cpu_start is None else _WALL_FACTOR
        limit = self.timeout * factor
        worker.started = time.monotonic()
        worker.deadline = worker.started + limit if self.timeout > 0 else float("inf")
        worker.conn.send((index, tasks[index]))

    def _over(self, worker: _Worker, now: float) -> bool:
        """Whether the worker's task is past its processor time, or past its time on the clock
        without running."""
        used = None if worker.cpu_start is None else _cpu_seconds(worker.process.pid)
        spent = None if used is None or worker.cpu_start is None else used - worker.cpu_start
        if spent is not None and spent >= self.timeout:
            return True
        if now < worker.deadline:
            return False
        elapsed = now - worker.started
        running = spent is not None and spent >= _RUNNING_SHARE * elapsed
        if running and elapsed < self.timeout * _MAX_WALL_FACTOR:
            worker.deadline = now + self.timeout  # slowed by the load, not blocked: wait on
            return False
        return True

    def _collect(
        self, workers: list[_Worker], tasks: Sequence[T], lost: Callable[[T, str], R]
    ) -> Iterator[tuple[int, R]]:
        busy = [w for w in workers if w.task is not None]
        nearest = min(w.deadline for w in busy)
        if any(w.cpu_start is not None for w in busy):
            nearest = min(nearest, time.monotonic() + _POLL)
        wait_for = None if nearest == float("inf") else max(0.0, nearest - time.monotonic())
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for))
        now = time.monotonic()
        for slot, worker in enumerate(workers):
            index = worker.task
            if index is None:
                continue
            if worker.conn in ready:
                try:
                    got, ok, result = worker.conn.recv()
                except (EOFError, OSError):
                    yield index, lost(tasks[index], _death(worker))
                    workers[slot] = self._replace(worker)
                    continue
                worker.task = None
                worker.done += 1
                yield got, result if ok else lost(tasks[got], f"internal error: {result}")
                if worker.done >= self.max_tasks:
                    workers[slot] = self._replace(worker, gently=True)
            elif worker.process.sentinel in ready:
                yield index, lost(tasks[index], _death(worker))
                workers[slot] = self._replace(worker)
            elif self._over(worker, now):
                worker.process.kill()
                worker.process.join()
                yield index, lost(tasks[index], "timeout")
                workers[slot] = self._replace(worker)

    def _replace(self, worker: _Worker, *, gently: bool = False) -> _Worker:
        self._stop([worker], gently=gently)
        return self._start()

    def _stop(self, workers: list[_Worker], *, gently: bool = True) -> None:
        for worker in workers:
            if gently and worker.task is None and worker.process.is_alive():
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        deadline = time.monotonic() + _STOP_GRACE
        for worker in workers:
            if gently and worker.task is None:
                worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join()
            worker.conn.close()


def _death(worker: _Worker) -> str:
    worker.process.join()
    code = worker.process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if -code == signal.SIGKILL else ""
        return f"died: the worker process was killed by {name}{hint}"
    return f"died: the worker process exited with status {code}"
