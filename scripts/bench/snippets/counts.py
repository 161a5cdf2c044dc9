"""Step through the request-count routes, pausing between steps so the parent can count.

argv: kind origin version_id. Protocol on stdout/stdin: the snippet prints
`STEP <name>`, waits for a line on stdin, runs the step and prints
`DONE <name> ok|missing|error [reason]`. The parent reads server counters around each step.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import adapters
from common import describe, is_missing


def announce(name: str) -> None:
    print(f"STEP {name}", flush=True)
    sys.stdin.readline()


def step(name: str, action: Callable[[], Any]) -> None:
    announce(name)
    try:
        action()
        print(f"DONE {name} ok", flush=True)
    except BaseException as exc:
        state = "missing" if is_missing(exc) else "error"
        print(f"DONE {name} {state} {describe(exc)}", flush=True)


class UseSteps:
    """use() on its first call, then a later call of the same function."""

    def __init__(self, adapter: adapters.Adapter) -> None:
        self.adapter = adapter
        self.function: Callable[[], Any] | None = None
        self.why_not = "use() gave no function"

    def first(self) -> Any:
        try:
            self.function = self.adapter.use(adapters.FAST_MODEL)
        except adapters.Missing as exc:
            self.why_not = str(exc)
            raise
        return self.function()

    def later(self) -> Any:
        if self.function is None:
            raise adapters.Missing(self.why_not)
        return self.function()


def main() -> None:
    kind, origin, version_id = sys.argv[1], sys.argv[2], sys.argv[3]
    try:
        adapter = adapters.make(kind, origin)
    except BaseException as exc:
        state = "missing" if is_missing(exc) else "error"
        print(f"SETUP {state} {describe(exc)}", flush=True)
        return
    step("run_name", lambda: adapter.run(adapters.FAST_MODEL))
    step("run_version", lambda: adapter.run(f"{adapters.FAST_MODEL}:{version_id}"))
    step("run_slow", lambda: adapter.run(adapters.SLOW_MODEL))
    use = UseSteps(adapter)
    step("use_first", use.first)
    step("use_later", use.later)
    print("END", flush=True)


main()
