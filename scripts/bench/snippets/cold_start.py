"""A fresh process that imports a client and runs one fast prediction (argv: kind origin).

Kind "httpx" does the same exchange with plain httpx. The clock starts on the first line.
"""

import time

START = time.perf_counter()

import sys  # noqa: E402


def with_httpx(origin: str) -> str:
    import httpx

    with httpx.Client() as client:
        response = client.post(
            f"{origin}/v1/models/bench/fast/predictions",
            headers={"Authorization": "Bearer r8_bench", "Prefer": "wait"},
            json={"input": {"text": "world"}},
        )
        response.raise_for_status()
        return str(response.json()["output"])


def with_sdk(kind: str, origin: str) -> str:
    import adapters

    return str(adapters.make(kind, origin).run(adapters.FAST_MODEL))


def main() -> None:
    kind, origin = sys.argv[1], sys.argv[2]
    try:
        output = with_httpx(origin) if kind == "httpx" else with_sdk(kind, origin)
        elapsed = time.perf_counter() - START
    except BaseException as exc:
        from common import describe, emit, is_missing

        emit({"ok": False, "missing": is_missing(exc), "error": describe(exc)})
        return
    from common import emit

    emit({"ok": True, "seconds": elapsed, "output": output})


main()
