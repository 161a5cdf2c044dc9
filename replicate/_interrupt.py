"""Interrupted runs cancel the prediction they started.

When Ctrl-C (KeyboardInterrupt), a cancelled asyncio task (CancelledError) or a signal
turned into KeyboardInterrupt lands while run(), use() or stream() waits for a
prediction it created, the prediction is canceled (within `CANCEL_GRACE` seconds, so the
interrupt is never held up for long) and the interrupt goes on, with a note naming the
prediction. With `cancel_on_interrupt=False` the prediction is left running and the note
says how to find it.

An interrupt during the create itself (a request held open by `Prefer: wait`) comes
before the id is known: nothing can be canceled then, and the server-side Cancel-After
that a `timeout=` sends is what stops the prediction.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from ._flow import Flow, Send

__all__ = [
    "CANCEL_GRACE",
    "canceled_prediction_id",
    "interrupted_flow",
    "is_interrupt",
    "mark_canceled",
]

# How long the cancel sent on an interrupt may take.
CANCEL_GRACE = 2.0
_CANCELED = "_replicate_canceled_prediction"


def is_interrupt(error: BaseException) -> bool:
    """Ctrl-C or a cancelled asyncio task (not GeneratorExit, not SystemExit)."""
    if isinstance(error, KeyboardInterrupt):
        return True
    asyncio = sys.modules.get("asyncio")  # no asyncio imported: no CancelledError either
    return asyncio is not None and isinstance(error, asyncio.CancelledError)


def canceled_prediction_id(error: BaseException) -> str | None:
    """The id of the prediction an interrupt canceled on its way out, if it did."""
    ident = getattr(error, _CANCELED, None)
    return ident if isinstance(ident, str) else None


def mark_canceled(error: BaseException, ident: str) -> None:
    """Record on an interrupt that it canceled prediction `ident`, and say so in a note."""
    setattr(error, _CANCELED, ident)
    error.add_note(f"Prediction {ident} was canceled.")


def interrupted_flow(
    data: dict[str, Any], interrupt: BaseException, *, cancel: str | None
) -> Flow[None]:
    """Cancel the prediction `interrupt` cut short by POSTing to `cancel` (its cancel
    path; None leaves it running), and note on the interrupt what happened."""
    ident = str(data["id"])
    if cancel is None:
        interrupt.add_note(
            f"Prediction {ident} was left running (cancel_on_interrupt=False): "
            f"predictions.get(prediction_id={ident!r}) finds it."
        )
        return
    try:
        yield Send("POST", cancel, deadline=time.monotonic() + CANCEL_GRACE)
    except BaseException as failure:  # an API error, a timeout or a second interrupt
        if isinstance(failure, GeneratorExit):
            raise
        interrupt.add_note(
            f"Prediction {ident} could not be canceled ({type(failure).__name__}) and may "
            f"still be running: predictions.cancel(prediction_id={ident!r}) stops it."
        )
        return
    mark_canceled(interrupt, ident)
