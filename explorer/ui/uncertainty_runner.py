"""Run one slow computation at a time off the GUI thread; only the newest request's result counts.

Each ``submit`` gets a generation number. A result reaches ``result_ready`` (on the GUI thread,
through a queued signal) only if no newer request or ``invalidate`` came after it, so a stale
worker result never overwrites a newer scenario. One job runs at a time on Qt's global thread
pool; a request made meanwhile waits, and a newer one replaces it. The work function receives
``is_stale`` and may return early once it turns True.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

Work = Callable[[Callable[[], bool]], Any]
"""A job: called with ``is_stale`` on a worker thread; returns the result (None = no result)."""

SHUTDOWN_WAIT_S = 10.0
"""How long closing waits for a running job (the largest Monte Carlo takes about a second)."""


class _Mailbox:
    """The worker threads' only door back to the runner, shut once the runner goes away."""

    def __init__(self, deliver: Callable[[int, object, object], None]) -> None:
        self._lock = threading.Lock()
        self._deliver: Callable[[int, object, object], None] | None = deliver
        self.generation = 0
        self.idle = threading.Event()
        self.idle.set()

    def is_stale(self, generation: int) -> bool:
        return generation != self.generation or self._deliver is None

    def post(self, generation: int, result: object, error: object) -> None:
        with self._lock:
            if self._deliver is not None:
                self._deliver(generation, result, error)

    def close(self) -> None:
        with self._lock:
            self._deliver = None


class LatestJobRunner(QObject):
    """Latest-wins, one-at-a-time background jobs with results delivered on the GUI thread."""

    result_ready = Signal(object)
    """The result of the newest request (never of a superseded one)."""
    busy_changed = Signal(bool)
    """True while a request waits or runs, False once its result (or nothing) came back."""
    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._mailbox = _Mailbox(self._finished.emit)
        # Whatever ends this object, no worker may emit on it afterwards.
        self.destroyed.connect(self._mailbox.close)
        self._running = False
        self._pending: tuple[int, Work] | None = None
        self._busy = False
        self.delivered = 0
        """Results handed to ``result_ready`` (for tests and measurements)."""

    @property
    def generation(self) -> int:
        return self._mailbox.generation

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, work: Work) -> int:
        """Run ``work`` after the running job (if any); returns its generation."""
        generation = self._next_generation()
        self._pending = (generation, work)
        if not self._running:
            self._start_pending()
        self._set_busy(True)
        return generation

    def invalidate(self) -> None:
        """Drop the waiting request and make the running one's result stale."""
        self._next_generation()
        self._pending = None
        self._set_busy(False)

    def shutdown(self) -> None:
        """No more results; wait for a running job so no thread outlives the window."""
        self.invalidate()
        self._mailbox.close()
        self._mailbox.idle.wait(SHUTDOWN_WAIT_S)

    def _next_generation(self) -> int:
        self._mailbox.generation += 1
        return self._mailbox.generation

    def _start_pending(self) -> None:
        assert self._pending is not None
        generation, work = self._pending
        self._pending = None
        self._running = True
        mailbox = self._mailbox
        mailbox.idle.clear()

        def run() -> None:
            result: object = None
            error: object = None
            try:
                if not mailbox.is_stale(generation):
                    result = work(lambda: mailbox.is_stale(generation))
            except Exception as err:  # a bug: re-raised on the GUI thread, with its traceback
                error = err
            finally:
                mailbox.post(generation, result, error)
                mailbox.idle.set()

        QThreadPool.globalInstance().start(run)

    def _on_finished(self, generation: int, result: object, error: object) -> None:
        self._running = False
        if self._pending is not None:
            self._start_pending()
        current = generation == self.generation
        if current:
            self._set_busy(False)
        if isinstance(error, BaseException):
            raise error
        if current and result is not None:
            self.delivered += 1
            self.result_ready.emit(result)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
