"""Every Python snippet of the API reference, run as written against the local server.

The snippets come from ../shared/seed/replicate-python-api.md. Placeholder values such as
`prediction_id="prediction_id"` are replaced by real ones made on the local server first;
nothing else in the code changes. Each snippet runs once as written (module-level
`replicate`, configured through REPLICATE_API_TOKEN / REPLICATE_BASE_URL) and once turned
into its async form (`await client.<same call>`), and each run is checked for what it
printed and what it did on the server. Skips when ../shared is not available.
"""

from __future__ import annotations

import contextlib
import io
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx
from _shared import shared_dir

import replicate
from replicate import NotFoundError, Replicate
from replicate.testing import LocalServer

HELLO_VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
SDXL_VERSION = "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf"
FILE_CONTENT = b"hello from the reference snippets"


@dataclass
class Snippet:
    title: str  # the reference's section heading, e.g. "predictions.get"
    code: str
    index: int  # position among the section's snippets


def _snippets() -> list[Snippet]:
    folder = shared_dir()
    if folder is None:
        return []
    lines = (folder / "seed" / "replicate-python-api.md").read_text(encoding="utf-8")
    found: list[Snippet] = []
    title, fence, block = "intro", None, []
    counts: dict[str, int] = {}
    for line in lines.splitlines():
        if fence is None and line.startswith("```"):
            fence, block = line[3:].strip(), []
        elif fence is not None and line.startswith("```"):
            if fence in {"python", "py"}:
                counts[title] = counts.get(title, 0) + 1
                found.append(Snippet(title, "\n".join(block) + "\n", counts[title]))
            fence = None
        elif fence is not None:
            block.append(line)
        elif line.startswith("#"):
            heading = line.lstrip("#").strip().strip("`")
            title = heading.removeprefix("replicate.").removesuffix("()")
    return found


SNIPPETS = _snippets()


# What each snippet needs on the server, and what it must print or do -----------------------


@dataclass
class Plan:
    values: dict[str, Any] = field(default_factory=dict)  # placeholder keyword -> real value
    printed: list[str] = field(default_factory=list)  # must all appear in stdout
    after: Callable[[], None] | None = None  # checks the server state afterwards


def _prediction(client: Replicate) -> str:
    return client.predictions.create(version=HELLO_VERSION, input={"text": "Alice"}).id


def _file(client: Replicate) -> Any:
    return client.files.create(content=FILE_CONTENT, filename="hello.txt")


def _training(client: Replicate) -> str:
    client.models.create(owner="acme", name="fine-tuned", visibility="private", hardware="cpu")
    return client.trainings.create(
        model_owner="stability-ai",
        model_name="sdxl",
        version_id=SDXL_VERSION,
        destination="acme/fine-tuned",
        input={},
    ).id


def _deployment(client: Replicate) -> None:
    client.deployments.create(
        name="image-maker",
        model="replicate/hello-world",
        version=HELLO_VERSION,
        hardware="gpu-t4",
        min_instances=0,
        max_instances=1,
    )


def _gone(call: Callable[[], Any]) -> Callable[[], None]:
    def check() -> None:
        with pytest.raises(NotFoundError):
            call()

    return check


def plan_for(title: str, client: Replicate, server: LocalServer) -> Plan:
    """Make what the snippet titled `title` needs; say what it should print and do."""
    hello = {"model_owner": "replicate", "model_name": "hello-world", "version_id": HELLO_VERSION}
    deployment = {"deployment_owner": "acme", "deployment_name": "image-maker"}
    if title == "predictions.get":
        ident = _prediction(client)
        return Plan({"prediction_id": ident}, [ident])
    if title == "predictions.cancel":
        # A model that runs for an hour, so there is something to cancel.
        slow = server.register_model("acme/slow", lambda text="": text, run_time=3600 * 50)
        ident = client.predictions.create(version=slow, input={}).id

        def canceled() -> None:
            assert server.predictions[ident]["status"] == "canceled"

        return Plan({"prediction_id": ident}, [ident], canceled)
    if title == "trainings.create":
        client.models.create(owner="acme", name="fine-tuned", visibility="private", hardware="cpu")
        values = {
            "model_owner": "stability-ai",
            "model_name": "sdxl",
            "version_id": SDXL_VERSION,
            "destination": "acme/fine-tuned",
        }

        def created() -> None:
            assert server.counters.trainings_created == 1

        return Plan(values, [], created)
    if title in {"trainings.get", "trainings.cancel"}:
        ident = _training(client)
        return Plan({"training_id": ident}, [ident])
    if title == "models.versions.get":
        return Plan(hello, [HELLO_VERSION])
    if title == "models.versions.delete":
        # Only the owner may delete a version: give the account a model of its own.
        mine = {
            "model_owner": "acme",
            "model_name": "doomed",
            "version_id": server.register_model("acme/doomed", lambda text="": text),
        }
        return Plan(mine, [], _gone(lambda: client.models.versions.get(**mine)))
    if title == "collections.get":
        return Plan({"collection_slug": "text-to-image"}, ["Models that generate images"])
    if title == "deployments.create":
        values = {
            "hardware": "gpu-t4",
            "model": "replicate/hello-world",
            "name": "image-maker",
            "version": HELLO_VERSION,
        }
        return Plan(values, ["hardware='gpu-t4'", "number=1"])
    if title in {"deployments.get", "deployments.update"}:
        _deployment(client)
        return Plan(deployment, ["model='replicate/hello-world'"])
    if title == "deployments.delete":
        _deployment(client)
        return Plan(deployment, [], _gone(lambda: client.deployments.get(**deployment)))
    if title == "files.list":
        return Plan({}, [_file(client).id])
    if title == "files.create":
        return Plan({}, [], lambda: _one_file(client))
    if title == "files.delete":
        ident = _file(client).id
        return Plan({"file_id": ident}, [], _gone(lambda: client.files.get(file_id=ident)))
    if title == "files.download":
        stored = _file(client)
        link = parse_qs(urlsplit(stored.urls.additional_properties["download"]).query)
        values = {
            "file_id": stored.id,
            "owner": link["owner"][0],
            "expiry": int(link["expiry"][0]),
            "signature": link["signature"][0],
        }
        return Plan(values, [repr(FILE_CONTENT)])
    if title == "hardware.list":
        return Plan({}, ["sku='gpu-t4'"])
    if title == "account.get":
        return Plan({}, ["organization"])
    if title == "webhooks.default.secret.get":
        return Plan({}, [server.webhook_secret])
    if title == "search":
        return Plan({}, ["slug='image-editing'"])
    return Plan()


def _one_file(client: Replicate) -> None:
    files = client.files.list().results
    assert len(files) == 1 and files[0].size == len(b"raw file contents")


def fill(code: str, values: dict[str, Any]) -> str:
    """Put real values in place of the placeholders `name="name"` and `expiry=0`."""

    def real(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"{name}={values[name]!r}" if name in values else match.group(0)

    return re.sub(r'\b(\w+)=(?:"\1"|0\b)', real, code)


# The async form of a snippet -------------------------------------------------------------

_RESOURCE_CALL = re.compile(
    r"\breplicate\.((?:predictions|models|collections|deployments|trainings|files|hardware"
    r"|account|webhooks|search|run|use)\b[\w.]*)\("
)


def to_async(code: str) -> str:
    """The same calls on an AsyncReplicate, awaited, inside `async def main()`."""
    code = _RESOURCE_CALL.sub(
        lambda m: ("" if m.group(1) == "use" else "await ") + f"aclient.{m.group(1)}(", code
    )
    code = code.replace("replicate.Replicate(", "replicate.AsyncReplicate(")
    code = re.sub(r"\b(client\.(?:get|post|request))\(", r"await \1(", code)
    code = re.sub(r"\b(response\.read)\(", r"await \1(", code)
    code = re.sub(r"^(output = )(claude|banana)\(", r"\1await \2(", code, flags=re.M)
    return "async def main():\n" + textwrap.indent(code, "    ") + "\n    return locals()\n"


# Running ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fast_server() -> Iterator[LocalServer]:
    """A local server whose model clock runs 50x faster (the stand-ins take seconds)."""
    with LocalServer(token="r8_test", speed=50) as server:
        yield server


@pytest.fixture
def configured(fast_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    """Module-level `replicate` pointed at the local server, through the environment."""
    fast_server.reset()
    monkeypatch.setenv("REPLICATE_API_TOKEN", fast_server.token or "r8_test")
    monkeypatch.setenv("REPLICATE_BASE_URL", fast_server.base_url)
    monkeypatch.setattr(replicate, "_default", None)
    yield fast_server


@pytest.fixture(scope="module")
def setup(fast_server: LocalServer) -> Iterator[Replicate]:
    """The client that makes what snippets need (not the one under test)."""
    with Replicate(bearer_token="r8_test", base_url=fast_server.base_url) as client:
        yield client
    if replicate._default is not None:
        replicate._default.close()


@contextlib.contextmanager
def custom_endpoint(base_url: str) -> Iterator[respx.Route]:
    """The low-level snippet calls `/custom/endpoint`: answer it, let the rest through."""
    with respx.mock(assert_all_called=False) as router:
        route = router.route(url__startswith=f"{base_url}/custom/endpoint").mock(
            side_effect=lambda request: httpx.Response(
                200, json={"method": request.method, "body": request.content.decode()}
            )
        )
        router.route().pass_through()
        yield route


def _needs_high_level(snippet: Snippet) -> None:
    if snippet.title in {"use", "run"} and not hasattr(replicate, snippet.title):
        pytest.xfail(f"replicate.{snippet.title}() is not written yet")


def _check(plan: Plan, printed: str, namespace: dict[str, Any], snippet: Snippet) -> None:
    for expected in plan.printed:
        assert expected in printed, f"{snippet.title}: {expected!r} not in {printed!r}"
    if plan.after is not None:
        plan.after()
    if snippet.title == "Initialize a client" and "client" in namespace:
        assert namespace["client"].bearer_token == "r8_test"
    if snippet.title == "use":
        assert printed.count("\n") >= 2 and "None" not in printed


def _ids() -> list[str]:
    return [f"{s.title}-{s.index}".replace(" ", "_") for s in SNIPPETS]


@pytest.mark.skipif(shared_dir() is None, reason="../shared is not available")
@pytest.mark.parametrize("snippet", SNIPPETS, ids=_ids())
def test_snippet_runs_as_written(
    snippet: Snippet, configured: LocalServer, setup: Replicate
) -> None:
    _needs_high_level(snippet)
    plan = plan_for(snippet.title, setup, configured)
    code = fill(snippet.code, plan.values)
    # The reference imports `replicate` once, at its start; later snippets rely on it.
    namespace: dict[str, Any] = {"__name__": "snippet", "replicate": replicate}
    out = io.StringIO()
    with custom_endpoint(configured.base_url) as custom, contextlib.redirect_stdout(out):
        exec(compile(code, f"<reference: {snippet.title}>", "exec"), namespace)
    _check(plan, out.getvalue(), namespace, snippet)
    if "/custom/endpoint" in code:
        assert [c.request.method for c in custom.calls] == ["GET", "POST", "PATCH"]
        assert namespace["response"].json() == {"method": "PATCH", "body": '{"key":"value"}'}


@pytest.mark.skipif(shared_dir() is None, reason="../shared is not available")
@pytest.mark.parametrize("snippet", SNIPPETS, ids=_ids())
async def test_snippet_runs_async(
    snippet: Snippet, configured: LocalServer, setup: Replicate
) -> None:
    _needs_high_level(snippet)
    plan = plan_for(snippet.title, setup, configured)
    code = to_async(fill(snippet.code, plan.values))
    if _RESOURCE_CALL.search(snippet.code):
        assert "await aclient." in code or "aclient.use(" in code
    async with replicate.AsyncReplicate(
        bearer_token="r8_test", base_url=configured.base_url
    ) as aclient:
        namespace = {"__name__": "snippet", "replicate": replicate, "aclient": aclient}
        exec(compile(code, f"<async reference: {snippet.title}>", "exec"), namespace)
        out = io.StringIO()
        with custom_endpoint(configured.base_url) as custom, contextlib.redirect_stdout(out):
            result = await namespace["main"]()
    _check(plan, out.getvalue(), result, snippet)
    if "/custom/endpoint" in code:
        assert [c.request.method for c in custom.calls] == ["GET", "POST", "PATCH"]


def test_the_reference_has_a_snippet_for_every_operation() -> None:
    if shared_dir() is None:
        pytest.skip("../shared is not available")
    titles = {snippet.title for snippet in SNIPPETS}
    assert {"predictions.get", "files.download", "webhooks.default.secret.get", "search"} <= titles
    assert len(SNIPPETS) >= 25
    # Every placeholder the reference uses is one this file knows how to fill.
    placeholders = {m.group(1) for s in SNIPPETS for m in re.finditer(r'\b(\w+)="\1"', s.code)}
    known = {
        "prediction_id", "model_owner", "model_name", "version_id", "destination",
        "collection_slug", "hardware", "model", "name", "version", "deployment_owner",
        "deployment_name", "file_id", "owner", "signature", "training_id",
    }  # fmt: skip
    assert placeholders <= known, placeholders - known


def test_fill_and_to_async() -> None:
    code = 'x = replicate.files.download(\n    file_id="file_id",\n    expiry=0,\n)\nx.read()\n'
    filled = fill(code, {"file_id": "abc", "expiry": 99})
    assert 'file_id="file_id"' not in filled
    assert "file_id='abc'" in filled and "expiry=99" in filled
    converted = to_async("response = replicate.files.download(a=1)\ncontent = response.read()\n")
    assert "response = await aclient.files.download(a=1)" in converted
    assert "content = await response.read()" in converted
