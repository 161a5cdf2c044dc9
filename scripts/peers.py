"""make peers: run the official Replicate clients against the local server (replicate.testing).

Creates ``.peers/v1`` (``replicate==1.0.7``) and ``.peers/v2`` (``replicate==2.0.0b4``), each
its own virtualenv since both packages are called ``replicate``; starts a LocalServer in
this process; then, in each virtualenv, runs a short script that exercises ``run()``,
predictions create/get/list/cancel, models get, files create and streaming. Everything runs
twice: over http, then over https (``LocalServer(tls=True)``, its CA given to the clients
through ``SSL_CERT_FILE``), where ``run()`` on an image model must return the client's file
object. Prints a pass/fail table and exits 1 when any step fails.

Usage: ``.venv/bin/python scripts/peers.py [--only v1|v2] [--verbose]``.
Everything stays on 127.0.0.1; installing the two clients needs the package index.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
import venv
from dataclasses import dataclass
from pathlib import Path

from replicate.testing import LocalServer

ROOT = Path(__file__).resolve().parent.parent
PEERS_DIR = ROOT / ".peers"
TOKEN = "r8_peers"
SPEED = 10.0  # the slow video model then takes ~2 s: long enough to cancel, short to wait for


@dataclass(frozen=True)
class Peer:
    name: str
    requirement: str
    base_url: str  # "origin" (v1 appends /v1 itself) or "v1"
    script: str


# Each step prints one JSON line {"step", "ok", "detail"}; a step that raises fails alone.
_PRELUDE = """
import io, json, os, sys, traceback
HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
SDXL = "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf"
STEPS = []

def step(name):
    def register(fn):
        STEPS.append((name, fn))
        return fn
    return register

def check(condition, detail):
    if not condition:
        raise AssertionError(detail)
    return detail

def check_png(output):
    # Both clients wrap only https: and data: URLs in their file objects: over plain http
    # the output URL reaches the caller as a string, over TLS it must be a file object.
    if hasattr(output, "read"):
        data, kind = output.read(), type(output).__name__
    else:
        check(not os.environ.get("PEERS_TLS"), f"over https run() gave {type(output).__name__}")
        import urllib.request
        with urllib.request.urlopen(str(output)) as answer:
            data, kind = answer.read(), "str URL (not wrapped: http, not https)"
    return check(data.startswith(b"\\x89PNG"), f"{kind}, {len(data)} bytes of PNG")

def main():
    for name, fn in STEPS:
        try:
            detail = fn()
            print(json.dumps({"step": name, "ok": True, "detail": str(detail)[:150]}), flush=True)
        except BaseException as error:
            text = f"{type(error).__name__}: {error}"
            print(json.dumps({"step": name, "ok": False, "detail": text[:300],
                              "trace": traceback.format_exc()[-1500:]}), flush=True)
"""

_V1_SCRIPT = (
    _PRELUDE
    + """
import replicate
client = replicate.Client(api_token=os.environ["REPLICATE_API_TOKEN"],
                          base_url=os.environ["REPLICATE_BASE_URL"])
state = {}

@step("run() hello-world")
def _():
    output = client.run(f"replicate/hello-world:{HELLO}", input={"text": "peers"})
    return check(output == "hello peers", repr(output))

@step("run() official model (claude)")
def _():
    output = client.run("anthropic/claude-sonnet-4", input={"prompt": "peers"})
    text = "".join(output)
    return check(text.startswith("You asked about: peers."), text[:60])

@step("predictions.create")
def _():
    prediction = client.predictions.create(version=HELLO, input={"text": "v1"})
    state["prediction"] = prediction
    return check(prediction.status == "starting", prediction.status)

@step("predictions.get")
def _():
    prediction = client.predictions.get(state["prediction"].id)
    prediction.wait()
    return check(prediction.output == "hello v1", f"{prediction.status} {prediction.output!r}")

@step("predictions.list")
def _():
    page = client.predictions.list()
    ids = [item.id for item in page.results]
    return check(state["prediction"].id in ids, f"{len(ids)} on the first page")

@step("predictions.cancel")
def _():
    slow = client.models.predictions.create(model="minimax/video-01", input={"prompt": "x"})
    canceled = client.predictions.cancel(slow.id)
    return check(canceled.status == "canceled", canceled.status)

@step("models.get")
def _():
    model = client.models.get("stability-ai/sdxl")
    return check(model.latest_version.id == SDXL, model.latest_version.id[:12])

@step("files.create")
def _():
    created = client.files.create(io.BytesIO(b"peer bytes"), filename="peer.txt")
    fetched = client.files.get(created.id)
    return check(fetched.size == 10, f"{created.id} size={fetched.size}")

@step("stream() (SSE)")
def _():
    events = list(client.stream("anthropic/claude-sonnet-4", input={"prompt": "peers"}))
    text = "".join(str(event) for event in events)
    return check(text.startswith("You asked about: peers."), f"{len(events)} events")

@step("image output")
def _():
    return check_png(client.run("google/nano-banana", input={"prompt": "a banana"}))

main()
"""
)

_V2_SCRIPT = (
    _PRELUDE
    + """
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import replicate
client = replicate.Replicate(bearer_token=os.environ["REPLICATE_API_TOKEN"],
                             base_url=os.environ["REPLICATE_BASE_URL"])
state = {}

@step("run() hello-world")
def _():
    output = client.run(f"replicate/hello-world:{HELLO}", input={"text": "peers"})
    return check(output == "hello peers", repr(output))

@step("run() official model (claude)")
def _():
    output = client.run("anthropic/claude-sonnet-4", input={"prompt": "peers"})
    text = "".join(output)
    return check(text.startswith("You asked about: peers."), text[:60])

@step("predictions.create")
def _():
    prediction = client.predictions.create(version=HELLO, input={"text": "v2"})
    state["prediction"] = prediction
    return check(prediction.status == "starting", prediction.status)

@step("predictions.get")
def _():
    prediction = client.predictions.wait(prediction_id=state["prediction"].id)
    again = client.predictions.get(prediction_id=prediction.id)
    return check(again.output == "hello v2", f"{again.status} {again.output!r}")

@step("predictions.list")
def _():
    page = client.predictions.list()
    ids = [item.id for item in page.results]
    return check(state["prediction"].id in ids, f"{len(ids)} on the first page")

@step("predictions.cancel")
def _():
    slow = client.models.predictions.create(
        model_owner="minimax", model_name="video-01", input={"prompt": "x"}
    )
    canceled = client.predictions.cancel(prediction_id=slow.id)
    return check(canceled.status == "canceled", canceled.status)

@step("models.get")
def _():
    model = client.models.get(model_owner="stability-ai", model_name="sdxl")
    return check(model.latest_version.id == SDXL, model.latest_version.id[:12])

@step("files.create")
def _():
    created = client.files.create(content=b"peer bytes", filename="peer.txt")
    fetched = client.files.get(file_id=created.id)
    return check(fetched.size == 10, f"{created.id} size={fetched.size}")

@step("use(streaming=True)")
def _():
    claude = replicate.use("anthropic/claude-sonnet-4", streaming=True)
    text = "".join(str(token) for token in claude(prompt="peers"))
    return check(text.startswith("You asked about: peers."), text[:60])

@step("image output")
def _():
    return check_png(client.run("google/nano-banana", input={"prompt": "a banana"}))

main()
"""
)

PEERS = [
    Peer("v1", "replicate==1.0.7", "origin", _V1_SCRIPT),
    Peer("v2", "replicate==2.0.0b4", "v1", _V2_SCRIPT),
]


def _python(folder: Path) -> Path:
    return folder / ("Scripts" if os.name == "nt" else "bin") / "python"


def ensure_venv(peer: Peer) -> Path:
    """The peer's virtualenv python, created and installed on first use."""
    folder = PEERS_DIR / peer.name
    python = _python(folder)
    wanted = peer.requirement.split("==")[1]
    if python.exists():
        probe = subprocess.run(
            [str(python), "-c", "import importlib.metadata as m; print(m.version('replicate'))"],
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0 and probe.stdout.strip() == wanted:
            return python
    print(f"installing {peer.requirement} into {folder.relative_to(ROOT)} ...", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            peer.requirement,
        ],
        check=True,
    )
    return python


def run_peer(peer: Peer, python: Path, server: LocalServer) -> list[dict[str, object]]:
    base_url = server.origin if peer.base_url == "origin" else server.base_url
    env = {
        **os.environ,
        "REPLICATE_API_TOKEN": TOKEN,
        "REPLICATE_BASE_URL": base_url,
        "NO_PROXY": "127.0.0.1,localhost",
        "PYTHONUNBUFFERED": "1",
    }
    if server.ca_bundle is not None:
        # httpx (under both clients) and urllib read the CA to trust from here.
        env.update(SSL_CERT_FILE=server.ca_bundle, PEERS_TLS="1")
    completed = subprocess.run(
        [str(python), "-c", peer.script],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=PEERS_DIR,  # not the repository: its own `replicate` package must not shadow
    )
    results: list[dict[str, object]] = []
    for line in completed.stdout.splitlines():
        if line.startswith("{"):
            results.append(json.loads(line))
    if completed.returncode != 0 or not results:
        results.append(
            {
                "step": "(script)",
                "ok": False,
                "detail": f"exit {completed.returncode}: {completed.stderr.strip()[-300:]}",
            }
        )
    return results


def print_table(rows: list[tuple[str, dict[str, object]]]) -> None:
    width = max(len(str(result["step"])) for _, result in rows)
    print(f"\n{'client':<7} {'step':<{width}}  result  detail")
    print(f"{'-' * 7} {'-' * width}  ------  {'-' * 40}")
    for name, result in rows:
        mark = "pass" if result["ok"] else "FAIL"
        detail = textwrap.shorten(str(result["detail"]), 90)
        print(f"{name:<7} {result['step']!s:<{width}}  {mark:<6}  {detail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=[peer.name for peer in PEERS])
    parser.add_argument("--verbose", action="store_true", help="print tracebacks of failures")
    options = parser.parse_args(argv)
    PEERS_DIR.mkdir(exist_ok=True)
    chosen = [peer for peer in PEERS if options.only in (None, peer.name)]
    pythons = {peer.name: ensure_venv(peer) for peer in chosen}
    rows: list[tuple[str, dict[str, object]]] = []
    for tls in (False, True):
        with LocalServer(token=TOKEN, speed=SPEED, tls=tls) as server:
            print(f"local server at {server.base_url} (speed x{SPEED:g})", flush=True)
            if server.ca_bundle is not None:
                print(f"CA bundle: {server.ca_bundle}", flush=True)
            for peer in chosen:
                for result in run_peer(peer, pythons[peer.name], server):
                    rows.append((f"{peer.name}{'+tls' if tls else ''}", result))
    print_table(rows)
    failures = [result for _, result in rows if not result["ok"]]
    if options.verbose:
        for result in failures:
            print(f"\n--- {result['step']}\n{result.get('trace', '')}")
    print(f"\n{len(rows) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
