"""The httpx client a transport sends through, renewed where sharing it would break.

- After `os.fork()` the child starts a fresh pool: parent and child would otherwise write
  to the same sockets and read each other's answers (the pattern urllib3 and httpx users
  know). The parent's pool is left untouched.
- An async pool belongs to the event loop it is used from: each running loop gets its
  own, and the pools of loops that have closed are dropped (their sockets close as they
  are collected), so one `AsyncReplicate` serves one `asyncio.run()` after another.

Only pools the SDK made are renewed; an httpx client passed in is the caller's to manage.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncPool", "SyncPool"]

_forks = 0


def _forked() -> None:
    global _forks
    _forks += 1


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


class SyncPool:
    """An httpx.Client, replaced by a new one (from `make`) in a forked child."""

    __slots__ = ("_forks", "_http", "make")

    def __init__(self, http: httpx.Client, make: Callable[[], httpx.Client] | None) -> None:
        self._http = http
        self._forks = _forks
        self.make = make

    def get(self) -> httpx.Client:
        if self._forks != _forks and self.make is not None:
            self._http, self._forks = self.make(), _forks
        return self._http

    def close(self) -> None:
        if self.make is not None:
            self.get().close()


class AsyncPool:
    """An httpx.AsyncClient per running event loop (and per process), made by `make`."""

    __slots__ = ("_first", "_forks", "_last", "_lock", "_pools", "make")

    def __init__(
        self, http: httpx.AsyncClient, make: Callable[[], httpx.AsyncClient] | None
    ) -> None:
        self._first: httpx.AsyncClient | None = http  # given to the first loop that asks
        self._last: tuple[Any, httpx.AsyncClient] = (None, http)
        self._pools: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}
        self._forks = _forks
        self._lock = threading.Lock()
        self.make = make

    def get(self) -> httpx.AsyncClient:
        if self.make is None:
            return self._last[1]
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # outside any loop (building a request): the latest pool
            return self._last[1]
        last_loop, http = self._last
        if loop is last_loop and self._forks == _forks:
            return http
        return self._switch(loop)

    def _switch(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncClient:
        assert self.make is not None
        with self._lock:
            if self._forks != _forks:
                self._pools.clear()
                self._first, self._forks = None, _forks
            for closed in [old for old in self._pools if old.is_closed()]:
                del self._pools[closed]
            http = self._pools.get(loop)
            if http is None:
                http = self._first if self._first is not None else self.make()
                self._first = None
                self._pools[loop] = http
            self._last = (loop, http)
            return http

    async def aclose(self) -> None:
        """Close the running loop's pool; those of other loops are dropped."""
        if self.make is None:
            return
        http = self.get()
        with self._lock:
            self._pools.clear()
            self._first = None
        await http.aclose()
