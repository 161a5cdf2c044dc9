"""Webhook delivery with Standard Webhooks signatures, for local receivers only.

Each request carries ``webhook-id``, ``webhook-timestamp`` and ``webhook-signature``
(``v1,<base64 HMAC-SHA256 of "id.timestamp.body">``, keyed with the base64 part of the
account's ``whsec_`` secret). Bodies are the run as ``GET`` would show it at that moment.
Events: ``start`` (its own request), ``output`` and ``logs`` (coalesced, at most one request
per half second), ``completed`` (its own request). Only ``127.0.0.1``/``localhost`` targets
are contacted; anything else is refused and counted in ``counters.webhooks_refused``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._ids import new_id
from ._runs import TERMINAL_STATUSES, Run

if TYPE_CHECKING:
    import httpx

    from ._state import ServerState

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
THROTTLE_SECONDS = 0.5
RETRY_DELAYS = (0.1, 0.3, 1.0)


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header value for one delivery."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (parts.hostname or "") in LOCAL_HOSTS


async def _post(state: ServerState, client: httpx.AsyncClient, url: str, payload: Any) -> None:
    import httpx

    body = json.dumps(payload).encode()
    message_id = f"msg_{new_id()}"
    for delay in (*RETRY_DELAYS, None):
        timestamp = int(time.time())
        headers = {
            "content-type": "application/json",
            "user-agent": "replicate-testing-webhooks/1",
            "webhook-id": message_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(state.webhook_secret, message_id, timestamp, body),
        }
        try:
            response = await client.post(url, content=body, headers=headers)
        except httpx.HTTPError:
            pass
        else:
            if response.status_code < 300:
                state.counters.add("webhooks_delivered")
                return
            if response.status_code < 500 and response.status_code != 429:
                return
        if delay is None or state.closing:
            return
        await asyncio.sleep(delay)


async def deliver(state: ServerState, run: Run, origin: str) -> None:
    """Follow ``run`` until it ends, POSTing the events its filter asks for."""
    import httpx

    assert run.webhook is not None
    wanted = set(run.webhook_events_filter)
    sent_start = False
    last_output: Any = None
    last_logs = ""
    last_progress_at = float("-inf")
    async with httpx.AsyncClient(timeout=5.0) as client:
        while not state.closing:
            now = time.time()
            status = run.status_at(now)
            if not sent_start and status != "starting":
                sent_start = True
                if "start" in wanted and now >= run.started and status != "aborted":
                    await _post(state, client, run.webhook, run.render_started(origin))
            done = status in TERMINAL_STATUSES
            snapshot = run.render(now, origin)
            changed = []
            if snapshot["output"] != last_output:
                changed.append("output")
            if snapshot["logs"] != last_logs:
                changed.append("logs")
            progress = [event for event in changed if event in wanted]
            if progress and not done and now - last_progress_at >= THROTTLE_SECONDS:
                await _post(state, client, run.webhook, snapshot)
                last_progress_at = now
                last_output, last_logs = snapshot["output"], snapshot["logs"]
            if done:
                if "completed" in wanted or progress:
                    await _post(state, client, run.webhook, snapshot)
                return
            upcoming = [at for at in run.change_times() if at > now]
            pause = min(upcoming[0] - now if upcoming else 0.1, 0.1)
            if progress:  # a throttled change is pending: look again when allowed
                pause = min(pause, max(last_progress_at + THROTTLE_SECONDS - now, 0.0))
            await asyncio.sleep(max(pause, 0.001))
