"""Bad input, fuzzed: model references and ids, SSE chunking, response bodies.

Every request goes to an in-process recorder, so each test sees exactly which path the SDK
would have reached. Webhook verification has its own module (test_webhook_input.py).
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from _openapi import our_spec
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st
from replicate_api.types import UNSET

import replicate
from replicate._sse import ServerSentEvent, SSEDecoder

from ._figures import FIGURES
from ._recording import Recorder

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
# For parametrized tests: fewer examples per case, as many cases share the budget.
FUZZ_EACH = settings(FUZZ, max_examples=40)

# Pieces that have broken URL building somewhere: separators, dot segments, escapes,
# query and fragment markers, controls, right-to-left marks, non-ASCII letters.
HOSTILE_PIECES = [
    "a", "owner", "model-1", "x_y", "v1", "0" * 64,
    "/", "//", ":", "::", ".", "..", "../", "/..", "?", "#", "%", "%2e%2e", "%2F", "%00",
    "", " ", "\t", "\n", "\x00", "\\", "@", "&", "=", "+", ";",
    "é", "名前", "\u202e", "\ufeff", "😀",
]  # fmt: skip
hostile_text = st.one_of(
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=6).map("".join),
    st.text(max_size=20),
)
# Mostly well-formed references with something hostile spliced in, so that many get sent.
_name = st.sampled_from(["owner", "model-1", "x_y", "a.b", "A9"])
_spliced = st.builds(
    lambda name, piece, at_end: name + piece if at_end else piece + name,
    _name,
    st.sampled_from(HOSTILE_PIECES),
    st.booleans(),
)
_part = st.one_of(_name, _spliced)
near_valid_refs = st.one_of(
    st.builds(lambda o, n: f"{o}/{n}", _part, _part),
    st.builds(lambda o, n, v: f"{o}/{n}:{v}", _part, _part, _part),
)
# Anything a user might pass as an id or a name.
hostile_part = st.one_of(hostile_text, st.sampled_from(["", ".", "..", "...", "a/b", "?x", "#"]))

DOT_SEGMENTS = {"", ".", ".."}


def _path_segments(request: httpx.Request) -> list[str]:
    """The raw segments of the request path, after checking nothing spilled past the path."""
    raw = request.url.raw_path.decode("ascii")
    path, question, query = raw.partition("?")
    assert not question and not query, f"part of a path value became a query: {raw!r}"
    assert not request.url.fragment, f"part of a path value became a fragment: {raw!r}"
    return path.split("/")[1:]


def assert_reaches(request: httpx.Request, template: str, values: list[str]) -> None:
    """The request went to `template` (e.g. "v1/models/{}/{}") with exactly `values` filled in."""
    segments = _path_segments(request)
    expected = template.split("/")
    assert len(segments) == len(expected), (
        f"request went to {request.url.raw_path!r}, not to {template} with {values!r}"
    )
    filled = iter(values)
    for segment, pattern in zip(segments, expected, strict=True):
        if pattern == "{}":
            assert segment not in DOT_SEGMENTS, f"unescaped segment {segment!r} in {request.url}"
            assert unquote(segment) == next(filled)
        else:
            assert segment == pattern, f"request went to {request.url.raw_path!r}"


def _note(outcome: str) -> None:
    """Tally an outcome in hypothesis's statistics (--hypothesis-show-statistics)."""
    if currently_in_test_context():
        event(outcome)


def call_or_refuse(action: Callable[[], object], recorder: Recorder) -> httpx.Request | None:
    """Run `action`: it must refuse up front (no request) or send exactly one request."""
    FIGURES.inputs_tried += 1
    try:
        action()
    except (ValueError, TypeError):
        assert recorder.requests == [], "refused the input only after sending a request"
        _note("refused up front")
        return None
    except replicate.NotFoundError:
        pass
    assert len(recorder.requests) == 1
    _note("sent")
    return recorder.requests[0]


# Model references --------------------------------------------------------------------


@FUZZ
@given(ref=st.one_of(hostile_text, near_valid_refs))
def test_model_reference_reaches_only_its_model(ref: str) -> None:
    recorder = Recorder()
    request = call_or_refuse(lambda: recorder.client().models.get(ref), recorder)
    if request is not None:
        owner, _, name = ref.partition("/")
        assert_reaches(request, "v1/models/{}/{}", [owner, name])


@FUZZ
@given(ref=st.one_of(hostile_text, near_valid_refs))
def test_version_reference_reaches_only_its_version(ref: str) -> None:
    recorder = Recorder()
    request = call_or_refuse(lambda: recorder.client().models.versions.get(ref), recorder)
    if request is not None:
        model, _, version = ref.partition(":")
        owner, _, name = model.partition("/")
        assert_reaches(request, "v1/models/{}/{}/versions/{}", [owner, name, version])


@FUZZ
@given(owner=hostile_part, name=hostile_part, version=hostile_part)
def test_version_keywords_reach_only_their_version(owner: str, name: str, version: str) -> None:
    recorder = Recorder()
    request = call_or_refuse(
        lambda: recorder.client().models.versions.get(
            model_owner=owner, model_name=name, version_id=version
        ),
        recorder,
    )
    if request is not None:
        assert_reaches(request, "v1/models/{}/{}/versions/{}", [owner, name, version])


@FUZZ
@given(owner=hostile_part, name=hostile_part)
def test_model_prediction_keywords_post_only_to_their_model(owner: str, name: str) -> None:
    recorder = Recorder()
    request = call_or_refuse(
        lambda: recorder.client().models.predictions.create(
            model_owner=owner, model_name=name, input={}
        ),
        recorder,
    )
    if request is not None:
        assert request.method == "POST"
        assert_reaches(request, "v1/models/{}/{}/predictions", [owner, name])


@FUZZ
@given(ref=st.one_of(hostile_text, near_valid_refs))
def test_deployment_reference_reaches_only_its_deployment(ref: str) -> None:
    recorder = Recorder()
    request = call_or_refuse(lambda: recorder.client().deployments.get(ref), recorder)
    if request is not None:
        owner, _, name = ref.partition("/")
        assert_reaches(request, "v1/deployments/{}/{}", [owner, name])


# Ids of single resources: one path segment each, whatever the caller passes.
ID_ROUTES: dict[str, tuple[str, Callable[[replicate.Replicate, str], object]]] = {
    "predictions.get": ("v1/predictions/{}", lambda c, v: c.predictions.get(prediction_id=v)),
    "predictions.cancel": (
        "v1/predictions/{}/cancel",
        lambda c, v: c.predictions.cancel(prediction_id=v),
    ),
    "trainings.get": ("v1/trainings/{}", lambda c, v: c.trainings.get(training_id=v)),
    "trainings.cancel": ("v1/trainings/{}/cancel", lambda c, v: c.trainings.cancel(training_id=v)),
    "files.get": ("v1/files/{}", lambda c, v: c.files.get(file_id=v)),
    "files.delete": ("v1/files/{}", lambda c, v: c.files.delete(file_id=v)),
    "collections.get": ("v1/collections/{}", lambda c, v: c.collections.get(collection_slug=v)),
}


@pytest.mark.parametrize("operation", sorted(ID_ROUTES))
@FUZZ_EACH
@given(value=hostile_part)
def test_ids_fill_exactly_one_segment(operation: str, value: str) -> None:
    template, call = ID_ROUTES[operation]
    recorder = Recorder()
    request = call_or_refuse(lambda: call(recorder.client(), value), recorder)
    if request is not None:
        assert_reaches(request, template, [value])


@pytest.mark.parametrize("operation", sorted(ID_ROUTES))
@pytest.mark.parametrize("value", ["..", ".", "", "../account", "%2e%2e", "a/../../b"])
def test_dot_segments_never_reach_another_endpoint(operation: str, value: str) -> None:
    # The explicit cases behind the fuzzing: httpx removes literal "." and ".." segments, so
    # an id of ".." would otherwise turn GET /v1/predictions/.. into GET /v1/.
    template, call = ID_ROUTES[operation]
    recorder = Recorder()
    request = call_or_refuse(lambda: call(recorder.client(), value), recorder)
    if request is not None:
        assert_reaches(request, template, [value])


# Server-sent events ------------------------------------------------------------------

_field_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\x00"),
    max_size=12,
)
_line_break = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def sse_streams(draw: st.DrawFn) -> tuple[bytes, list[ServerSentEvent]]:
    """A stream of events written with mixed line breaks, comments and optional fields."""
    chunks: list[str] = []
    expected: list[ServerSentEvent] = []
    if draw(st.booleans()):
        chunks.append("\ufeff")
    for _ in range(draw(st.integers(0, 5))):
        event_type = draw(st.one_of(st.none(), _field_text.filter(lambda s: s != "")))
        data_lines = draw(st.lists(_field_text, min_size=1, max_size=3))
        event_id = draw(st.one_of(st.none(), _field_text))
        fields: list[str] = []
        if draw(st.booleans()):
            fields.append(":" + draw(_field_text))
        if event_type is not None:
            fields.append(f"event: {event_type}")
        if event_id is not None:
            fields.append(f"id: {event_id}")
        # One space after the colon is part of the syntax; any more belong to the data.
        for line in data_lines:
            space = " " if line.startswith(" ") else draw(st.sampled_from(["", " "]))
            fields.append(f"data:{space}{line}")
        for line in [*fields, ""]:
            # A CR followed by an LF is one line break, so after a lone CR an empty line
            # must not end in a lone LF.
            breaks = _line_break
            if line == "" and chunks and chunks[-1].endswith("\r"):
                breaks = st.sampled_from(["\r\n", "\r"])
            chunks.append(line + draw(breaks))
        expected.append(
            ServerSentEvent(event=event_type or "message", data="\n".join(data_lines), id=event_id)
        )
    return "".join(chunks).encode("utf-8"), expected


def _decode(pieces: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for piece in pieces:
        events.extend(decoder.feed(piece))
    return events


def _strip_retry(events: list[ServerSentEvent]) -> list[ServerSentEvent]:
    return [ServerSentEvent(event=e.event, data=e.data, id=e.id) for e in events]


@FUZZ
@given(stream=sse_streams())
def test_sse_split_at_every_byte_boundary_decodes_the_same(
    stream: tuple[bytes, list[ServerSentEvent]],
) -> None:
    raw, expected = stream
    FIGURES.inputs_tried += 1
    assert _strip_retry(_decode([raw])) == expected
    assert _strip_retry(_decode([raw[i : i + 1] for i in range(len(raw))])) == expected
    for cut in range(len(raw) + 1):
        assert _strip_retry(_decode([raw[:cut], raw[cut:]])) == expected


@FUZZ
@given(raw=st.binary(max_size=200), cuts=st.lists(st.integers(0, 200), max_size=8))
def test_sse_arbitrary_bytes_decode_the_same_however_split(raw: bytes, cuts: list[int]) -> None:
    # Garbage in (broken UTF-8, stray CRs, NULs): the decoder may make little sense of it,
    # but it must never raise, and chunking must not change what it makes of it.
    FIGURES.inputs_tried += 1
    whole = _decode([raw])
    bounds = sorted({0, len(raw), *(min(cut, len(raw)) for cut in cuts)})
    pieces = [raw[a:b] for a, b in itertools.pairwise(bounds)]
    assert _decode(pieces) == whole
    assert _decode([raw[i : i + 1] for i in range(len(raw))]) == whole


# Response bodies ---------------------------------------------------------------------

PREDICTION = {
    "id": "ufawqhfynnddngldkgtslldrkq",
    "model": "replicate/hello-world",
    "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
    "input": {"text": "Alice"},
    "output": "hello Alice",
    "logs": "",
    "error": None,
    "status": "succeeded",
    "source": "api",
    "data_removed": False,
    "created_at": "2024-01-01T00:00:00.000Z",
    "started_at": "2024-01-01T00:00:01.000Z",
    "completed_at": "2024-01-01T00:00:02.000Z",
    "urls": {
        "get": "https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq",
        "cancel": "https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq/cancel",
    },
    "metrics": {"predict_time": 0.1},
    "webhook_events_filter": ["start", "completed"],
}
TRAINING = {
    **{k: v for k, v in PREDICTION.items() if k not in {"webhook_events_filter"}},
    "destination": "alice/trained",
    "output": {"version": "abc", "weights": "https://example.invalid/w.tar"},
}
MODEL = {
    "url": "https://replicate.com/replicate/hello-world",
    "owner": "replicate",
    "name": "hello-world",
    "description": "A tiny model",
    "visibility": "public",
    "is_official": False,
    "run_count": 12,
    "created_at": "2024-01-01T00:00:00Z",
    "latest_version": {"id": "v1", "created_at": "2024-01-01T00:00:00Z", "openapi_schema": {}},
    "default_example": PREDICTION,
}
VERSION = {
    "id": "v1",
    "created_at": "2024-01-01T00:00:00Z",
    "cog_version": "0.9",
    "openapi_schema": {},
}
DEPLOYMENT = {
    "owner": "acme",
    "name": "edge",
    "current_release": {
        "number": 1,
        "model": "replicate/hello-world",
        "version": "v1",
        "created_at": "2024-01-01T00:00:00Z",
        "created_by": {"type": "organization", "username": "acme"},
        "configuration": {"hardware": "gpu-t4", "min_instances": 0, "max_instances": 1},
    },
}
FILE = {
    "id": "f1",
    "name": "a.png",
    "content_type": "image/png",
    "size": 3,
    "etag": "x",
    "checksums": {"sha256": "00", "md5": "11"},
    "metadata": {},
    "created_at": "2024-01-01T00:00:00Z",
    "expires_at": None,
    "urls": {"get": "https://api.replicate.com/v1/files/f1"},
}
ACCOUNT = {"type": "user", "username": "alice", "name": "Alice", "github_url": None}
COLLECTION = {"name": "Demo", "slug": "demo", "description": "x", "models": [MODEL]}


def _top_object(body: Any) -> dict[str, Any]:
    """The object whose fields a test changes: the body, or a page's first result."""
    return body["results"][0] if "results" in body else body


def _page(item: dict[str, Any]) -> dict[str, Any]:
    return {"next": None, "previous": None, "results": [item]}


# operation → (what to call, a valid body, the body's fields whose values are enums)
Operation = tuple[Callable[[replicate.Replicate], Any], Any, list[str]]
OPERATIONS: dict[str, Operation] = {
    "predictions.get": (
        lambda c: c.predictions.get(prediction_id="p"), PREDICTION, ["status", "source"]
    ),
    "trainings.get": (lambda c: c.trainings.get(training_id="t"), TRAINING, ["status", "source"]),
    "models.get": (lambda c: c.models.get("o/n"), MODEL, ["visibility"]),
    "models.versions.get": (lambda c: c.models.versions.get("o/n:v"), VERSION, []),
    "deployments.get": (lambda c: c.deployments.get("o/n"), DEPLOYMENT, []),
    "files.get": (lambda c: c.files.get(file_id="f"), FILE, []),
    "account.get": (lambda c: c.account.get(), ACCOUNT, ["type"]),
    "collections.get": (lambda c: c.collections.get(collection_slug="c"), COLLECTION, []),
    "predictions.list": (lambda c: c.predictions.list(), _page(PREDICTION), []),
    "models.list": (lambda c: c.models.list(), _page(MODEL), []),
}  # fmt: skip

SCHEMA_OF = {
    "predictions.get": "Prediction",
    "trainings.get": "Training",
    "models.get": "Model",
    "models.versions.get": "Version",
    "deployments.get": "Deployment",
    "files.get": "File",
    "account.get": "Account",
    "collections.get": "Collection",
    "predictions.list": "Prediction",
    "models.list": "Model",
}


def _null_cases() -> list[Any]:
    schemas = our_spec()["components"]["schemas"]
    cases = []
    for operation, (_, valid, _) in sorted(OPERATIONS.items()):
        required = set(schemas[SCHEMA_OF[operation]].get("required", []))
        for field in sorted(set(_top_object(valid)) - required):
            cases.append(pytest.param(operation, field, id=f"{operation}.{field}"))
    return cases


NULL_CASES = _null_cases()


def _answering(body: Any) -> Recorder:
    content = json.dumps(body).encode()
    return Recorder(
        lambda request: httpx.Response(
            200, content=content, headers={"content-type": "application/json"}
        )
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@FUZZ_EACH
@given(extra=st.dictionaries(st.text(min_size=1, max_size=12), json_values, max_size=4))
def test_unknown_fields_parse(operation: str, extra: dict[str, Any]) -> None:
    call, valid, _ = OPERATIONS[operation]
    body = copy.deepcopy(valid)
    target = _top_object(body)
    known = set(our_spec()["components"]["schemas"][SCHEMA_OF[operation]]["properties"])
    added = {key: value for key, value in extra.items() if key not in known}
    target.update(added)
    FIGURES.inputs_tried += 1
    result = call(_answering(body).client())
    if isinstance(result, replicate.SyncPage):
        result = result.results[0]
    # Nothing lost: the unknown fields are kept as they came, the known ones still parsed.
    assert added.items() <= result.additional_properties.items()
    assert result.to_dict().keys() >= _top_object(valid).keys()


@pytest.mark.parametrize(("operation", "field"), NULL_CASES)
def test_optional_field_may_be_null(operation: str, field: str) -> None:
    # The API sends null for fields it has no value for, documented as nullable or not;
    # one odd field must not make the whole answer unreadable.
    call, valid, _ = OPERATIONS[operation]
    body = copy.deepcopy(valid)
    _top_object(body)[field] = None
    FIGURES.inputs_tried += 1
    result = call(_answering(body).client())
    if isinstance(result, replicate.SyncPage):
        result = result.results[0]
    assert getattr(result, field.replace("input", "input_"), None) in (None, UNSET)


@pytest.mark.parametrize("operation", [name for name, op in OPERATIONS.items() if op[2]])
@FUZZ_EACH
@given(value=st.text(min_size=1, max_size=16))
def test_new_enum_values_parse(operation: str, value: str) -> None:
    call, valid, enum_fields = OPERATIONS[operation]
    for field in enum_fields:
        body = copy.deepcopy(valid)
        _top_object(body)[field] = value
        FIGURES.inputs_tried += 1
        result = call(_answering(body).client())
        assert str(getattr(result, field)) == value


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@FUZZ_EACH
@given(body=json_values)
def test_any_json_body_parses_or_raises_a_clear_error(operation: str, body: Any) -> None:
    call, _, _ = OPERATIONS[operation]
    FIGURES.inputs_tried += 1
    try:
        call(_answering(body).client())
    except replicate.APIResponseError as error:
        assert "200" in str(error)


# run() references --------------------------------------------------------------------


def _created_body(request: httpx.Request) -> dict[str, Any]:
    data = json.loads(request.content)
    assert isinstance(data, dict)
    return data


@FUZZ
@given(ref=st.one_of(hostile_text, near_valid_refs))
def test_run_reference_reaches_only_its_model_or_version(ref: str) -> None:
    recorder = Recorder()
    request = call_or_refuse(lambda: recorder.client().run(ref, input={}), recorder)
    if request is None:
        return
    assert request.method == "POST"
    model, colon, version = ref.partition(":")
    if _path_segments(request) == ["v1", "predictions"]:
        # Pinned to a version: the id travels in the body, never in the path.
        assert _created_body(request)["version"] == (version if colon else ref)
    else:
        owner, _, name = model.partition("/")
        assert not colon, f"a versioned reference {ref!r} went to {request.url.path}"
        assert_reaches(request, "v1/models/{}/{}/predictions", [owner, name])
