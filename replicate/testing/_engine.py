"""What the server does: resolve versions, validate input, launch and follow runs.

The route modules parse HTTP; everything that changes state goes through here.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import mimetypes
import pathlib
import re
import time
from collections.abc import Callable
from typing import Any

from ._http import ProblemError
from ._ids import digest_id, new_id
from ._registry import ModelFn, ModelRecord, OutputFile, VersionRecord, make_version
from ._runs import WEBHOOK_EVENTS, DeliveryLink, Run, spread
from ._schema import JsonSchema, validate_input, with_defaults
from ._seed import EXAMPLE_INPUTS, SEED_EPOCH
from ._state import ServerState
from ._webhook_delivery import deliver, is_local

_VERSION_ID = re.compile(r"[0-9a-f]{64}")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
MIN_CANCEL_AFTER = 5.0
MAX_CANCEL_AFTER = 366 * 24 * 3600.0
MAX_WAIT = 60


def new_state(**settings: Any) -> ServerState:
    """A seeded state (models, collections and example predictions)."""
    state = ServerState(**settings)
    seed_examples(state)
    return state


def reset(state: ServerState) -> None:
    """Back to the seed (keeps the token, speed and other settings).

    Webhook deliveries still under way are canceled, so they cannot touch the fresh counters.
    """
    for task in list(state.background):
        loop = task.get_loop()
        if not loop.is_closed():
            loop.call_soon_threadsafe(task.cancel)
    state.background.clear()
    state.clear()
    seed_examples(state)


# -- request headers -----------------------------------------------------------------------


def parse_prefer_wait(header: str | None) -> int | None:
    """Seconds to hold a create for ``Prefer: wait`` / ``wait=N`` (clamped to 1..60)."""
    if not header:
        return None
    for preference in header.split(","):
        name, _, value = preference.strip().partition("=")
        if name.strip().lower() != "wait":
            continue
        value = value.strip().strip('"')
        if not value:
            return MAX_WAIT
        if value.isdigit():
            return min(max(int(value), 1), MAX_WAIT)
    return None


def parse_duration(text: str) -> float | None:
    """``"30"``, ``"30s"``, ``"5m"``, ``"1h30m45s"`` in seconds, or None when malformed."""
    text = text.strip()
    if _NUMBER.fullmatch(text):
        return float(text)
    total, position = 0.0, 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != position:
            return None
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        position = match.end()
    return total if position == len(text) and position else None


def cancel_after_seconds(header: str | None) -> float | None:
    if header is None or not header.strip():
        return None
    seconds = parse_duration(header)
    if seconds is None:
        raise ProblemError(422, f"Cancel-After is not a valid duration: {header!r}")
    if seconds < MIN_CANCEL_AFTER:
        raise ProblemError(422, "Cancel-After must be at least 5 seconds")
    if seconds > MAX_CANCEL_AFTER:
        raise ProblemError(422, "Cancel-After must be at most a year")
    return seconds


# -- resolving what to run -----------------------------------------------------------------


def resolve_version_ref(state: ServerState, ref: Any) -> tuple[VersionRecord, str]:
    """The version named by a ``version`` field, and the label predictions show for it.

    Accepts ``version_id``, ``owner/name:version_id`` and ``owner/name`` (the latest
    version; official models show ``"hidden"`` as their version, like the real API).
    """
    if not isinstance(ref, str) or not ref:
        raise ProblemError(422, "version is required", title="Invalid version")
    name, _, version_id = ref.partition(":")
    if not version_id and _VERSION_ID.fullmatch(name):
        name, version_id = "", name
    if version_id:
        version = state.registry.version(version_id)
        if version is None or (name and version.model != name):
            raise ProblemError(
                422,
                "The specified version does not exist (or perhaps you don't have permission "
                "to use it?)",
                title="Invalid version or not permitted",
            )
        return version, version.id
    owner, _, model_name = name.partition("/")
    model = state.model_or_none(owner, model_name) if model_name else None
    if model is None:
        raise ProblemError(422, f"Invalid version: {ref!r}", title="Invalid version")
    return latest_of(model), version_label(model)


def latest_of(model: ModelRecord) -> VersionRecord:
    version = model.latest()
    if version is None:
        raise ProblemError(422, f"Model {model.full_name} has no versions to run")
    return version


def version_label(model: ModelRecord) -> str:
    latest = model.latest()
    return "hidden" if model.is_official or latest is None else latest.id


@functools.lru_cache(maxsize=512)
def _parameters(fn: Callable[..., Any]) -> frozenset[str] | None:
    """Names ``fn`` accepts, or None when it takes ``**kwargs``."""
    parameters = inspect.signature(fn).parameters.values()
    if any(param.kind is param.VAR_KEYWORD for param in parameters):
        return None
    return frozenset(param.name for param in parameters)


def check_input(version: VersionRecord, values: Any) -> dict[str, Any]:
    """Validate ``values`` against the version's Input schema (422 on problems)."""
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise ProblemError(422, "input must be an object", title="Input validation failed")
    problems = validate_input(values, version.input_schema, version.components)
    if problems:
        detail = "".join(f"- {problem.field}: {problem.description}\n" for problem in problems)
        raise ProblemError(
            422,
            detail,
            title="Input validation failed",
            invalid_fields=[problem._asdict() for problem in problems],
        )
    return values


def check_events_filter(value: Any) -> tuple[str, ...]:
    if value is None:
        return WEBHOOK_EVENTS
    if not isinstance(value, list) or any(event not in WEBHOOK_EVENTS for event in value):
        raise ProblemError(
            422, f"webhook_events_filter must be a list drawn from {list(WEBHOOK_EVENTS)}"
        )
    return tuple(dict.fromkeys(value))


# -- running -------------------------------------------------------------------------------


def _error_text(error: BaseException) -> str:
    return str(error) or type(error).__name__


def _execute(version: VersionRecord, values: dict[str, Any]) -> tuple[list[Any], Any, str | None]:
    """Call the model function: (iterator items, final output, error)."""
    arguments = with_defaults(values, version.input_schema)
    accepted = _parameters(version.fn)
    if accepted is not None:
        arguments = {key: value for key, value in arguments.items() if key in accepted}
    items: list[Any] = []
    try:
        result = version.fn(**arguments)
        iterable = inspect.isgenerator(result) or (
            version.iterator_output and isinstance(result, list | tuple)
        )
        if not iterable:
            return items, result, None
        for item in result:
            items.append(item)
    except Exception as error:
        return items, None, _error_text(error)
    return items, None, None


class _Deliverer:
    """Turns file outputs into delivery links under ``/files-delivery/<run id>/``."""

    def __init__(self, state: ServerState, run_id: str) -> None:
        self._state = state
        self._run_id = run_id
        self._names: set[str] = set()

    def __call__(self, value: Any) -> Any:
        if isinstance(value, OutputFile):
            return self._link(value.data, value.filename, value.content_type)
        if isinstance(value, bytes | bytearray):
            return self._link(bytes(value), "output.bin", "application/octet-stream")
        if isinstance(value, pathlib.Path):
            kind = mimetypes.guess_type(value.name)[0] or "application/octet-stream"
            return self._link(value, value.name, kind)
        if isinstance(value, list | tuple):
            return [self(item) for item in value]
        if isinstance(value, dict):
            return {key: self(item) for key, item in value.items()}
        return value

    def _link(self, data: bytes | pathlib.Path, filename: str, content_type: str) -> DeliveryLink:
        stem, dot, suffix = filename.rpartition(".")
        unique, counter = filename, 1
        while unique in self._names:
            unique = f"{stem}-{counter}{dot}{suffix}" if dot else f"{filename}-{counter}"
            counter += 1
        self._names.add(unique)
        link = DeliveryLink(f"/files-delivery/{self._run_id}/{unique}", data, content_type)
        self._state.deliveries[link.path] = link
        return link


def launch_prediction(
    state: ServerState,
    version: VersionRecord,
    values: dict[str, Any],
    *,
    version_label: str,
    origin: str,
    webhook: str | None = None,
    events_filter: tuple[str, ...] = WEBHOOK_EVENTS,
    deployment: str | None = None,
    cancel_after: float | None = None,
    created: float | None = None,
    count: bool = True,
) -> Run:
    """Create a prediction for ``version``: compute its output and lay out its timeline."""
    run_id = new_id()
    now = time.time() if created is None else created
    started = now + state.scale(version.start_delay)
    finished = started + state.scale(version.run_time)
    items, final, error = _execute(version, values)
    deliver_files = _Deliverer(state, run_id)
    items = [deliver_files(item) for item in items]
    final = deliver_files(final)
    run = Run(
        id=run_id,
        kind="prediction",
        model=version.model,
        version=version_label,
        input=values,
        created=now,
        started=started,
        finished=finished,
        iterator=version.iterator_output,
        items=list(zip(spread(started, finished - started, len(items)), items, strict=True)),
        final_output=final,
        error=error,
        logs=sorted(
            _logs("prediction", run_id, version.model, started, finished, error)
            + _progress_logs(started, finished, version.progress_steps if error is None else 0),
            key=lambda entry: entry[0],
        ),
        streaming=version.streaming,
        webhook=webhook,
        webhook_events_filter=events_filter,
        deployment=deployment,
        deadline=None if cancel_after is None else now + state.scale(cancel_after),
    )
    if count:
        state.predictions[run.id] = run
        state.counters.add("predictions_created")
        model = state.registry.models.get(version.model)
        if model is not None:
            model.run_count += 1
        _follow_webhook(state, run, origin)
    return run


def _logs(
    kind: str, run_id: str, model: str, started: float, finished: float, error: str | None
) -> list[tuple[float, str]]:
    lines = [(started, f"Starting {kind} {run_id} of {model} (local stand-in)")]
    if error is not None:
        lines.append((finished, f"Error: {error}"))
    else:
        lines.append((finished, f"Finished in {finished - started:.3f}s"))
    return lines


def _progress_logs(started: float, finished: float, steps: int) -> list[tuple[float, str]]:
    """tqdm-style lines (`45%|████▌     | 9/20 [00:01<00:02, 5.00it/s]`), one per step."""
    lines = []
    span = finished - started
    for done in range(1, steps + 1):
        at = started + span * done / (steps + 1)
        fraction = done / steps
        bar = ("█" * int(fraction * 10)).ljust(10)
        spent, left = at - started, span * (1 - done / (steps + 1))
        rate = done / spent if spent > 0 else 0.0
        lines.append(
            (
                at,
                f"{int(fraction * 100):3d}%|{bar}| {done}/{steps} "
                f"[{_clock(spent)}<{_clock(left)}, {rate:.2f}it/s]",
            )
        )
    return lines


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes:02d}:{rest:02d}"


def _follow_webhook(state: ServerState, run: Run, origin: str) -> None:
    if run.webhook is None:
        return
    if not is_local(run.webhook):
        state.counters.add("webhooks_refused")
        return
    task = asyncio.get_running_loop().create_task(deliver(state, run, origin))
    state.track(task)


def launch_training(
    state: ServerState,
    version: VersionRecord,
    values: dict[str, Any],
    *,
    destination: Any,
    origin: str,
    webhook: str | None = None,
    events_filter: tuple[str, ...] = WEBHOOK_EVENTS,
) -> Run:
    """Create a training of ``version`` whose result becomes a version of ``destination``."""
    owner, _, name = destination.partition("/") if isinstance(destination, str) else ("", "", "")
    if not owner or not name or state.model_or_none(owner, name) is None:
        raise ProblemError(404, "The specified training destination does not exist")
    if not version.trainable:
        raise ProblemError(422, f"Version {version.id} of {version.model} cannot be trained")
    run_id = new_id()
    now = time.time()
    started = now + state.scale(version.start_delay)
    finished = started + state.scale(version.train_run_time)
    new_version = digest_id("training", run_id)
    weights = DeliveryLink(
        f"/files-delivery/{run_id}/weights.tar", new_version.encode(), "application/x-tar"
    )
    state.deliveries[weights.path] = weights
    run = Run(
        id=run_id,
        kind="training",
        model=version.model,
        version=version.id,
        input=values,
        created=now,
        started=started,
        finished=finished,
        final_output={"version": new_version, "weights": weights},
        logs=_logs("training", run_id, version.model, started, finished, None),
        webhook=webhook,
        webhook_events_filter=events_filter,
        destination=destination,
    )
    state.trainings[run.id] = run
    state.pending_trainings.append(run)
    state.counters.add("trainings_created")
    _follow_webhook(state, run, origin)
    return run


def settle(state: ServerState, now: float | None = None) -> None:
    """Publish the versions of trainings that have succeeded by ``now``."""
    if not state.pending_trainings:
        return
    moment = time.time() if now is None else now
    for run in list(state.pending_trainings):
        if not run.is_done(moment):
            continue
        state.pending_trainings.remove(run)
        if run.status_at(moment) == "succeeded":
            _publish_training(state, run)


def _publish_training(state: ServerState, run: Run) -> None:
    base = state.registry.version(run.version)
    owner, _, name = (run.destination or "").partition("/")
    destination = state.model_or_none(owner, name)
    if base is None or destination is None:
        return
    trained = make_version(
        destination.full_name,
        base.fn,
        version_id=run.final_output["version"],
        input_schema=base.input_schema,
        output_schema=base.output_schema,
        run_time=base.run_time,
        start_delay=base.start_delay,
        streaming=base.streaming,
        trainable=base.trainable,
        extra_schemas=base.extra_schemas,
        created_at=run.ending()[0],
    )
    state.registry.add_version(destination, trained)


async def hold(state: ServerState, run: Run, seconds: float) -> None:
    """Wait until ``run`` ends or ``seconds`` pass (whichever is first)."""
    limit = time.time() + seconds
    while not state.closing:
        now = time.time()
        end = run.ending()[0]
        if now >= end or now >= limit:
            return
        await asyncio.sleep(min(end, limit, now + 0.05) - now)


# -- user models and seed examples ---------------------------------------------------------


def register_model(
    state: ServerState,
    name: str,
    fn: ModelFn,
    *,
    version_id: str | None = None,
    input_schema: JsonSchema | None = None,
    output_schema: JsonSchema | None = None,
    run_time: float = 0.0,
    streaming: bool = False,
    start_delay: float = 0.0,
    trainable: bool = False,
    official: bool = False,
    description: str | None = None,
) -> VersionRecord:
    """Add ``fn`` as the newest version of model ``owner/name`` (creating the model)."""
    owner, _, model_name = name.partition("/")
    if not owner or not model_name or "/" in model_name:
        raise ValueError(f"model name must look like 'owner/name', not {name!r}")
    model = state.model_or_none(owner, model_name)
    if model is None:
        model = state.registry.add_model(
            ModelRecord(
                owner=owner,
                name=model_name,
                description=description or (inspect.getdoc(fn) or "").split("\n")[0] or None,
                is_official=official,
                readme=f"# {model_name}\n\nA model registered with replicate.testing.\n",
            )
        )
    if version_id is None:  # stable for a given model, function and registration order
        label = getattr(fn, "__qualname__", type(fn).__name__)
        version_id = digest_id("version", model.full_name, label, str(len(model.versions)))
    version = make_version(
        model.full_name,
        fn,
        version_id=version_id,
        input_schema=input_schema,
        output_schema=output_schema,
        run_time=run_time,
        start_delay=start_delay,
        streaming=streaming,
        trainable=trainable,
    )
    state.registry.add_version(model, version)
    return version


def seed_examples(state: ServerState) -> None:
    """One finished example prediction per seed model (shown as its default example)."""
    for offset, (name, values) in enumerate(EXAMPLE_INPUTS.items()):
        owner, _, model_name = name.partition("/")
        model = state.model_or_none(owner, model_name)
        if model is None or model.latest() is None:
            continue
        run = launch_prediction(
            state,
            latest_of(model),
            values,
            version_label=version_label(model),
            origin="",
            created=SEED_EPOCH + 86_400 + offset * 600,
            count=False,
        )
        state.examples[name] = [run]
