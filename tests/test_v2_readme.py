"""Every Python snippet of the official v2 SDK's README, run on this SDK against the local server.

The snippets come from ../shared/reference/v2-README.md (skipped when it is absent). Each
runs as written, apart from the substitutions listed next to it here: model names swapped
for the local server's (`MODEL_SWAPS`; a README model whose inputs or behaviour no seeded
model matches is served by a small stand-in under its own name), placeholders (`"..."`,
`/path/to/file`, a made-up prediction id) filled in, and names a snippet takes from the
text around it (`replicate` as a client) defined first. Snippets with a top-level
`await` run once in an async function with an `AsyncReplicate` and once with `await`
removed, as the README says.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from _shared import shared_dir

import replicate
from replicate import Replicate
from replicate.testing import LocalServer, OutputFile

TOKEN = "r8_readme"
HELLO = "replicate/hello-world:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
BLIP_VERSION = "f677695e5e89f8b236e52ecd1d3f01beb44c34606419bcc19345e046d8f786f9"
MODEL_SWAPS = {
    "anthropic/claude-4.5-sonnet": "anthropic/claude-sonnet-4",
    "bytedance/seedream-4": "stability-ai/sdxl",
    "google/veo-3-fast": "minimax/video-01",
    "black-forest-labs/flux-schnell": "google/nano-banana",
}


@dataclass
class Snippet:
    title: str
    index: int  # position among the section's snippets, from 1
    code: str

    @property
    def key(self) -> str:
        return f"{self.title}#{self.index}"


def _snippets() -> list[Snippet]:
    folder = shared_dir()
    if folder is None:
        return []
    found: list[Snippet] = []
    counts: dict[str, int] = {}
    title, fence, block = "intro", None, []
    for line in (folder / "reference" / "v2-README.md").read_text(encoding="utf-8").splitlines():
        if fence is None and line.startswith("```"):
            fence, block = line[3:].strip(), []
        elif fence is not None and line.startswith("```"):
            if fence in {"python", "py"}:
                counts[title] = counts.get(title, 0) + 1
                found.append(Snippet(title, counts[title], "\n".join(block) + "\n"))
            fence = None
        elif fence is not None:
            block.append(line)
        elif line.startswith("#"):
            title = line.lstrip("#").strip()
    return found


SNIPPETS = _snippets()


# What each snippet needs and must do ------------------------------------------------------


@dataclass
class Case:
    swaps: dict[str, str] = field(default_factory=dict)  # text in the snippet -> replacement
    prelude: str = ""  # names the snippet takes from the README's text around it
    printed: list[str] = field(default_factory=list)  # regular expressions stdout must match
    check: Callable[[dict[str, Any], LocalServer], None] | None = None
    awaits: bool = False  # a top-level await: run async, and sync with `await` removed
    needs: tuple[str, Callable[[], bool]] | None = None  # what another issue adds; else skip


CLIENT = "from replicate import Replicate\nreplicate = Replicate()\n"


def _created(count: int) -> Callable[[dict[str, Any], LocalServer], None]:
    def check(namespace: dict[str, Any], server: LocalServer) -> None:
        assert server.counters.predictions_created == count

    return check


def _usage(namespace: dict[str, Any], server: LocalServer) -> None:
    video = namespace["video"]
    assert isinstance(video, replicate.FileOutput)
    assert Path(os.fspath(video)).read_bytes() == video.read()
    assert server.counters.predictions_created == 3


def _uploaded(namespace: dict[str, Any], server: LocalServer) -> None:
    assert server.counters.requests["POST /v1/files"] == 1


def _closed(namespace: dict[str, Any], server: LocalServer) -> None:
    assert namespace["replicate"]._http.is_closed


def _http_client(namespace: dict[str, Any], server: LocalServer) -> None:
    assert namespace["replicate"].base_url == "http://my.test.server.example.com:8083"


def _has_fields_set() -> bool:
    from replicate_api.models import Prediction

    return hasattr(Prediction, "model_fields_set")


ID = r"^[a-z0-9]+\n$"
REPLY = r"You asked about: "
URL = r"http://127\.0\.0\.1:\d+/files-delivery/\S+"

CASES: dict[str, Case] = {
    # video-01 names its image input differently from veo-3-fast.
    "Usage#1": Case(swaps={"image_input=": "first_frame_image="}, check=_usage),
    "Initialization and authentication#1": Case(
        check=lambda ns, _: isinstance(ns["client"], Replicate)
    ),
    "Using `replicate.use()`#1": Case(printed=[URL]),
    "Language models with streaming#1": Case(printed=[REPLY + "Write a haiku about Python"]),
    "Chaining models#1": Case(printed=[REPLY + "Describe this image in detail"]),
    "Async support#1": Case(printed=[URL]),
    "Accessing URLs without downloading#1": Case(printed=["URL: " + URL]),
    "Creating predictions without waiting#1": Case(printed=[REPLY + "Explain quantum computing"]),
    "Run a model#1": Case(printed=[URL]),
    "Handling errors#1": Case(printed=["Prediction failed: ", "Status: failed"]),
    "File inputs#1": Case(
        prelude="import replicate\n",
        swaps={"path/to/image.jpg": "{image_path}"},
        check=lambda ns, server: (
            ns["output"] == "a photo of something"
            and server.counters.requests["POST /v1/files"] == 1
        ),
    ),
    "Wait parameter#1": Case(
        prelude="import replicate\n",
        swaps={'"..."': '"replicate/hello-world"', "{...}": '{"text": "Alice"}'},
        check=lambda ns, _: ns["output"] == "hello Alice",
    ),
    # A use() function takes the inputs as keywords; `input={...}` would be one input
    # named "input", which the model's schema (checked before sending) does not have.
    "Streaming output#1": Case(
        swaps={
            'input={"prompt": "Please write a haiku about streaming Python."}': (
                'prompt="Please write a haiku about streaming Python."'
            )
        },
        printed=[REPLY + "Please write a haiku about streaming Python."],
    ),
    "Async usage#1": Case(swaps={"gm3qorzdhgbfurvjtvhg6dckhu": "{prediction_id}"}, printed=[ID]),
    "With aiohttp#1": Case(
        swaps={"gm3qorzdhgbfurvjtvhg6dckhu": "{prediction_id}", "My Bearer Token": TOKEN},
        printed=[ID],
        needs=("the aiohttp backend", lambda: hasattr(replicate, "DefaultAioHttpClient")),
    ),
    "Pagination#1": Case(printed=["hello-world"]),
    "Pagination#2": Case(printed=["hello-world"]),
    "Pagination#3": Case(
        awaits=True,
        printed=[
            "will fetch next page using these details: ",
            "number of items we just fetched: 2",
        ],
    ),
    "Pagination#4": Case(awaits=True, printed=[r"next URL: http://127\.0\.0\.1\S+\n.*\n.*\n$"]),
    "File uploads#1": Case(swaps={"/path/to/file": "{image_path}"}, check=_uploaded),
    # Its `except replicate.X` clauses look the classes up on the client it rebinds
    # `replicate` to, so only the path without an error can run (on either SDK).
    "Handling errors#2": Case(check=_created(1)),
    "Retries#1": Case(check=_created(1)),
    "Timeouts#1": Case(prelude="import httpx\n", check=_created(1)),
    "How to tell whether `None` means `null` or missing#1": Case(
        swaps={"my_field": "completed_at"},
        prelude=CLIENT
        + f'response = replicate.predictions.create(version="{HELLO}", input={{"text": "x"}})\n',
        printed=["Got json like "],
        needs=("model_fields_set", _has_fields_set),
    ),
    "Accessing raw response data (e.g. headers)#1": Case(printed=[r"None\n\w+"]),
    "`.with_streaming_response`#1": Case(prelude=CLIENT, printed=[r"None\n\{.*\"id\""]),
    "Undocumented endpoints#1": Case(
        prelude=CLIENT,
        swaps={
            '"/foo"': '"/predictions"',
            '{"my_param": True}': f'{{"version": "{HELLO}", "input": {{"text": "Alice"}}}}',
        },
        printed=["None"],
        check=_created(1),
    ),
    "Configuring the HTTP client#1": Case(check=_http_client),
    "Configuring the HTTP client#2": Case(
        prelude="from replicate import DefaultHttpxClient\n" + CLIENT,
        swaps={"DefaultHttpxClient(...)": "DefaultHttpxClient()"},
    ),
    "Managing HTTP resources#1": Case(check=_closed),
    "Determining the installed version#1": Case(printed=[re.escape(replicate.__version__)]),
}


# The local server and how a snippet runs on it --------------------------------------------


def _caption(image: str) -> str:
    return "a photo of something" if image else "nothing"


def _flux_dev(
    prompt: str, num_outputs: int = 1, aspect_ratio: str = "1:1", output_format: str = "webp"
) -> list[OutputFile]:
    return [
        OutputFile(f"{prompt} {i}".encode(), f"out-{i}.{output_format}", f"image/{output_format}")
        for i in range(num_outputs)
    ]


def _fails(prompt: str = "") -> str:
    raise RuntimeError("CUDA out of memory (a local stand-in that always fails)")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(token=TOKEN, speed=200, page_size=2) as started:
        yield started


@pytest.fixture
def readme_server(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[LocalServer]:
    server.reset()
    # Stand-ins for the README models whose inputs or behaviour the seed has no match for.
    server.register_model("black-forest-labs/flux-dev", _flux_dev)
    server.register_model("andreasjansson/blip-2", _caption, version_id=BLIP_VERSION)
    server.register_model("stability-ai/stable-diffusion-3", _fails)
    monkeypatch.setenv("REPLICATE_API_TOKEN", TOKEN)
    monkeypatch.setenv("REPLICATE_BASE_URL", server.base_url)
    monkeypatch.setattr(replicate, "_default", None)
    monkeypatch.setattr(replicate, "_default_async", None)
    monkeypatch.chdir(tmp_path)
    yield server
    if replicate._default is not None:
        replicate._default.close()


def _prepare(snippet: Snippet, case: Case, server: LocalServer, tmp: Path) -> str:
    code = snippet.code
    for old, new in {**MODEL_SWAPS, **case.swaps}.items():
        code = code.replace(old, new)
    image = tmp / "image.jpg"
    image.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    values = {"image_path": str(image), "prediction_id": ""}
    if "{prediction_id}" in code:
        made = Replicate().predictions.create(version=HELLO, input={"text": "Alice"})
        values["prediction_id"] = made.id
    for name, value in values.items():
        code = code.replace("{" + name + "}", value)
    return case.prelude + code


def _run(code: str) -> tuple[str, dict[str, Any]]:
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<README snippet>", "exec"), namespace)
    return out.getvalue(), namespace


def _async_form(code: str) -> str:
    body = textwrap.indent(code, "    ")
    return (
        "import asyncio\nfrom replicate import AsyncReplicate\nreplicate = AsyncReplicate()\n"
        f"async def _snippet():\n{body}\nasyncio.run(_snippet())\n"
    )


def _sync_form(code: str) -> str:
    return CLIENT + code.replace("await ", "")


def _runs() -> list[Any]:
    """(snippet, form) pairs: each as written, and the sync form of a top-level await."""
    runs = []
    for snippet in SNIPPETS:
        forms = ["as written", "sync"] if getattr(CASES.get(snippet.key), "awaits", False) else [""]
        for form in forms:
            runs.append(pytest.param(snippet, form, id=f"{snippet.key} {form}".strip()))
    return runs


@pytest.mark.parametrize(("snippet", "form"), _runs())
def test_readme_snippet(
    snippet: Snippet, form: str, readme_server: LocalServer, tmp_path: Path
) -> None:
    case = CASES.get(snippet.key)
    assert case is not None, f"no plan for README snippet {snippet.key}: add one to CASES"
    if case.needs and not case.needs[1]():
        pytest.skip(f"needs {case.needs[0]}, which another issue adds")
    code = _prepare(snippet, case, readme_server, tmp_path)
    if case.awaits:
        code = _sync_form(code) if form == "sync" else _async_form(code)
    printed, namespace = _run(code)
    for pattern in case.printed:
        assert re.search(pattern, printed), (
            f"{pattern!r} not in what the snippet printed:\n{printed}"
        )
    if case.check is not None:
        assert case.check(namespace, readme_server) is not False


def test_every_snippet_has_a_plan() -> None:
    if not SNIPPETS:
        pytest.skip("../shared is not available")
    assert {snippet.key for snippet in SNIPPETS} == set(CASES)
