"""SIGTERM handled like Ctrl-C, and what the command line says when either stops a run.

Under `signals_as_interrupts()` a SIGTERM raises `Terminated` (a KeyboardInterrupt), so
whatever the command was waiting on cancels the prediction it created, just as for
Ctrl-C: the SDK's stream() does so itself, `replicate run` through `canceling()`.
`interrupted(error)` is then the exit status (130 for SIGINT, 143 for SIGTERM) and the
line naming the canceled prediction, if there was one.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING

from .._errors import ReplicateError
from .._interrupt import CANCEL_GRACE, canceled_prediction_id, mark_canceled
from ._errors import EXIT_INTERRUPTED, EXIT_TERMINATED

if TYPE_CHECKING:
    from .._client import Replicate

__all__ = ["Terminated", "canceling", "interrupted", "signals_as_interrupts"]


class Terminated(KeyboardInterrupt):
    """The process got SIGTERM."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


@contextmanager
def signals_as_interrupts() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def canceling(client: Replicate, prediction_id: str) -> Iterator[None]:
    """Cancel `prediction_id` (within CANCEL_GRACE seconds) if the block is interrupted."""
    try:
        yield
    except KeyboardInterrupt as interrupt:
        quick = client.with_options(timeout=CANCEL_GRACE, max_retries=0)
        try:
            quick.predictions.cancel(prediction_id=prediction_id)
        except (ReplicateError, KeyboardInterrupt):
            interrupt.add_note(f"Prediction {prediction_id} could not be canceled.")
        else:
            mark_canceled(interrupt, prediction_id)
        raise


def interrupted(error: KeyboardInterrupt) -> tuple[int, str]:
    """The exit status for an interrupt, and the message to print."""
    status = EXIT_TERMINATED if isinstance(error, Terminated) else EXIT_INTERRUPTED
    ident = canceled_prediction_id(error)
    return status, "interrupted" if ident is None else f"canceled prediction {ident}"
