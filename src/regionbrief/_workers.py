"""Worker processes for ``parse_many``: a pipe of chunks in, a pipe of Briefs out.

Each worker reads chunks of tasks from its own pipe and writes each chunk's
Briefs, packed by ``_wire``, to another, in the order the chunks came.  The
caller reads a worker's results when it needs them, in its own thread: there is
no manager thread to compete with its own parsing for the interpreter lock, as
there is in ``concurrent.futures.ProcessPoolExecutor`` (about 4 % of the
throughput of two processes, measured; docs/performance.md).

A worker that stops without answering (killed, out of memory) is a
``RegionBriefError`` naming the files it had; an exception a worker raises
(a bug) is raised again here.  Workers ignore Ctrl-C: the caller stops them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar

from regionbrief._errors import RegionBriefError

_Task = TypeVar("_Task")
_Result = TypeVar("_Result")

_DONE = b"="  # a chunk's results follow, packed
_RAISED = b"!"  # the worker raised: the exception follows, pickled
_JOIN_SECONDS = 5.0  # how long a worker told to stop may take before it is killed


class Workers(Generic[_Task, _Result]):
    """``count`` processes, each running ``work`` on the chunks sent to it.

    ``work`` takes a list of tasks and returns bytes; ``unpack`` turns those bytes
    back into results in this process; ``describe`` names a chunk's tasks for an
    error.  ``work`` must be a module-level function (the ``spawn`` start method
    pickles it by name).
    """

    def __init__(
        self,
        count: int,
        work: Callable[[list[_Task]], bytes],
        unpack: Callable[[bytes], list[_Result]],
        describe: Callable[[list[_Task]], str],
    ) -> None:
        context = multiprocessing.get_context()
        self._unpack = unpack
        self._describe = describe
        self._workers: list[tuple[BaseProcess, Connection, Connection]] = []
        self._sent: list[list[list[_Task]]] = []  # per worker, the chunks not yet answered
        try:
            for _ in range(count):
                tasks_in, tasks_out = context.Pipe(duplex=False)
                results_in, results_out = context.Pipe(duplex=False)
                process = context.Process(
                    target=_serve, args=(work, tasks_in, results_out), daemon=True
                )
                process.start()
                tasks_in.close()
                results_out.close()
                self._workers.append((process, tasks_out, results_in))
                self._sent.append([])
        except BaseException:
            self.close(finished=False)
            raise

    def send(self, worker: int, chunk: list[_Task]) -> None:
        """Give ``worker`` a chunk to do; its results come from ``receive``, in order."""
        self._sent[worker].append(chunk)
        self._workers[worker][1].send(chunk)

    def receive(self, worker: int) -> list[_Result]:
        """The results of the oldest chunk sent to ``worker``, waiting for them.

        Raises:
            RegionBriefError: the worker stopped without answering.
        """
        process, _, results = self._workers[worker]
        chunk = self._sent[worker].pop(0)
        wait([results, process.sentinel])
        try:
            data = results.recv_bytes()
        except (EOFError, OSError):
            process.join(_JOIN_SECONDS)
            raise RegionBriefError(
                f"a parse_many worker process stopped (exit code {process.exitcode})"
                f" while it was parsing {self._describe(chunk)}"
            ) from None
        if data[:1] == _RAISED:
            raise pickle.loads(data[1:])  # noqa: S301  # our own worker's
        return self._unpack(data[1:])

    def close(self, *, finished: bool) -> None:
        """Stop every worker: let them exit when ``finished``, else kill them at once."""
        for process, tasks, results in self._workers:
            if finished:
                with contextlib.suppress(OSError):  # it has stopped already
                    tasks.send(None)
            elif process.is_alive():
                process.terminate()
            tasks.close()
            results.close()
        for process, _, _ in self._workers:
            process.join(_JOIN_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
        self._workers = []


def _serve(work: Callable[[list[_Task]], bytes], tasks: Connection, results: Connection) -> None:
    """A worker's life: do each chunk that comes, until ``None`` or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            chunk = tasks.recv()
        except EOFError:
            return
        if chunk is None:
            return
        try:
            data = _DONE + work(chunk)
        except Exception as error:  # noqa: BLE001  # a bug: raised again in the caller
            data = _RAISED + _pickled(error)
        results.send_bytes(data)


def _pickled(error: Exception) -> bytes:
    try:
        return pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001  # an exception that does not pickle: its text
        return pickle.dumps(RuntimeError(f"in a parse_many worker: {error!r}"))
