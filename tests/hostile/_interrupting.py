"""Interrupting a call the way a user does, once the server has created its prediction.

- ``interrupt_after_create(server, fire)``: a thread waits until the server has created a
  new prediction, lets the client settle into waiting for it, then calls ``fire()``.
- ``send_sigint_to_main()``: a real SIGINT delivered to the main thread, so a blocking
  socket read or sleep there is woken up as by Ctrl-C.
- ``left_running(server)``: predictions the server still counts as running
  (added to the figures: call it only where none should be).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from replicate.testing import LocalServer

from ._figures import FIGURES

SETTLE = 0.3
RUNNING = frozenset({"starting", "processing"})


def send_sigint_to_main() -> None:
    main = threading.main_thread().ident
    assert main is not None
    signal.pthread_kill(main, signal.SIGINT)


@contextmanager
def interrupt_after_create(server: LocalServer, fire: Callable[[], None]) -> Iterator[None]:
    before = server.counters.predictions_created
    done = threading.Event()  # the call ended first: nothing left to interrupt

    def watch() -> None:
        give_up = time.monotonic() + 10
        while server.counters.predictions_created == before and time.monotonic() < give_up:
            time.sleep(0.01)
        if not done.wait(SETTLE):
            fire()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join(timeout=15)
        FIGURES.runs_interrupted += 1


def left_running(server: LocalServer) -> list[str]:
    """Ids of predictions still running on the server; counted into the figures."""
    running = [ident for ident, body in server.predictions.items() if body["status"] in RUNNING]
    FIGURES.left_running += len(running)
    return running
