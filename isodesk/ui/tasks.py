"""Run a service call off the GUI thread and get the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None]) -> None:
    """Run ``fn`` on the thread pool. The callbacks must be methods of GUI-thread QObjects: the
    relay lives on the GUI thread, so Qt queues the signal there."""
    relay = _Relay()
    _live.add(relay)

    def done(_: object) -> None:
        _live.discard(relay)

    relay.succeeded.connect(on_success)
    relay.failed.connect(on_failure)
    relay.succeeded.connect(done)
    relay.failed.connect(done)
    QThreadPool.globalInstance().start(_Job(fn, relay))
