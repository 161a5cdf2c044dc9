"""use(): a model as a Python function.

    flux = client.use("google/nano-banana")
    image = flux(prompt="a llama")          # the output, shaped by the model's schema
    handle = flux.create(prompt="a llama")  # .id, .output(), .logs(), .wait(), .cancel()

The model's OpenAPI schema is read once per client (one extra request on the first
call) and tells how to shape outputs: a concatenated iterator becomes one string (or,
with `streaming=True`, a stream of tokens), `format: uri` values become FileOutputs.
After that, calling a fast model costs one request, over the client's own connections.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from . import _clock
from ._bodies import loads
from ._file_output import FileOutput, to_file_outputs
from ._flow import Flow, adrive, drive
from ._input_check import check_flow, remember, schema_flow
from ._refs import ModelRef, parse_ref
from ._run import RunOptions, as_prediction, cancel_flow, create_flow, refresh_flow, wait_flow
from ._stream import astream_events, stream_events

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncFunction", "AsyncRun", "Function", "Run"]

Transport = Any  # SyncTransport | AsyncTransport; FileOutputs keep it for downloads
Convert = Callable[[Any, Transport], Any]

_MAX_SCHEMA_DEPTH = 32


# Output shapes ----------------------------------------------------------------------


class OutputShape:
    """How to turn a model's raw output (or one streamed item) into what use() returns."""

    __slots__ = ("concatenate", "convert", "item_convert", "item_is_text", "known")

    def __init__(
        self,
        *,
        known: bool,
        concatenate: bool = False,
        convert: Convert | None = None,
        item_convert: Convert | None = None,
        item_is_text: bool = True,
    ) -> None:
        self.known = known
        self.concatenate = concatenate
        self.convert = convert
        self.item_convert = item_convert
        self.item_is_text = item_is_text

    def output(self, value: Any, transport: Transport, use_file_output: bool) -> Any:
        if self.concatenate and isinstance(value, list):
            return "".join(str(item) for item in value)
        if not use_file_output:
            return value
        if not self.known:
            return to_file_outputs(value, transport)
        return value if self.convert is None else self.convert(value, transport)

    def item(self, data: str, transport: Transport, use_file_output: bool) -> Any:
        """One streamed output event's data as an output item."""
        value: Any = data
        if not self.item_is_text:
            try:
                value = loads(data)
            except ValueError:
                value = data
        if not use_file_output:
            return value
        if not self.known:
            return to_file_outputs(value, transport)
        return value if self.item_convert is None else self.item_convert(value, transport)


def shape_of(document: Any) -> OutputShape:
    """The output shape described by a version's `openapi_schema` (None: unknown)."""
    schemas = _get(_get(document, "components"), "schemas")
    output = _get(schemas, "Output")
    if not isinstance(output, dict):
        return OutputShape(known=False)
    resolver = _Resolver(schemas)
    output = resolver.resolve(output)
    iterator = output.get("type") == "array" and output.get("x-cog-array-type") == "iterator"
    items = resolver.resolve(output.get("items") or {}) if output.get("type") == "array" else {}
    return OutputShape(
        known=True,
        concatenate=iterator and output.get("x-cog-array-display") == "concatenate",
        convert=resolver.converter(output, 0),
        item_convert=resolver.converter(items, 0) if iterator else resolver.converter(output, 0),
        item_is_text=(items if iterator else output).get("type") in ("string", None),
    )


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else None


class _Resolver:
    def __init__(self, schemas: Any) -> None:
        self.schemas = schemas if isinstance(schemas, dict) else {}

    def resolve(self, schema: Any, depth: int = 0) -> dict[str, Any]:
        """Follow `$ref` and single-entry `allOf` wrappers."""
        while isinstance(schema, dict) and depth < _MAX_SCHEMA_DEPTH:
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                schema = self.schemas.get(ref.rsplit("/", 1)[-1])
            elif isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
                schema = schema["allOf"][0]
            else:
                return schema
            depth += 1
        return schema if isinstance(schema, dict) else {}

    def converter(self, schema: Any, depth: int) -> Convert | None:
        """A function making FileOutputs where the schema says `format: uri`; None if none."""
        schema = self.resolve(schema, depth)
        if depth > _MAX_SCHEMA_DEPTH:
            return None
        kind = schema.get("type")
        if kind == "string":
            return _to_file if schema.get("format") == "uri" else None
        if kind == "array":
            each = self.converter(schema.get("items") or {}, depth + 1)
            return None if each is None else _each(each)
        if kind == "object" or "properties" in schema:
            fields = {
                name: convert
                for name, sub in (schema.get("properties") or {}).items()
                if (convert := self.converter(sub, depth + 1)) is not None
            }
            return _fields(fields) if fields else None
        choices = schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf")
        if isinstance(choices, list) and any(self.converter(c, depth + 1) for c in choices):
            return to_file_outputs  # a union with files in it: recognise URLs by their form
        return None


def _to_file(value: Any, transport: Transport) -> Any:
    return FileOutput(value, transport) if isinstance(value, str) else value


def _each(convert: Convert) -> Convert:
    def each(value: Any, transport: Transport) -> Any:
        if isinstance(value, list):
            return [convert(item, transport) for item in value]
        return value

    return each


def _fields(converters: dict[str, Convert]) -> Convert:
    def fields(value: Any, transport: Transport) -> Any:
        if not isinstance(value, dict):
            return value
        changed = dict(value)
        for name, convert in converters.items():
            if name in changed:
                changed[name] = convert(changed[name], transport)
        return changed

    return fields


# Schema cache: one fetch per transport (so per client) and reference ---------------

_SHAPES: WeakKeyDictionary[Any, dict[str, OutputShape]] = WeakKeyDictionary()


def _cached_shape(transport: Transport, ref: ModelRef) -> OutputShape | None:
    shapes = _SHAPES.get(transport)
    return None if shapes is None else shapes.get(str(ref))


def _remember(transport: Transport, ref: ModelRef, shape: OutputShape) -> OutputShape:
    _SHAPES.setdefault(transport, {})[str(ref)] = shape
    return shape


# Functions --------------------------------------------------------------------------


class _FunctionBase:
    def __init__(
        self,
        transport: Transport,
        ref: str,
        *,
        streaming: bool = False,
        use_file_output: bool = True,
        **options: Any,
    ) -> None:
        self._transport = transport
        self._ref = parse_ref(ref)
        self._streaming = streaming
        self._use_file_output = use_file_output
        self._options = RunOptions(**options)
        self._shape = _cached_shape(transport, self._ref)
        self._schema: Any = None

    @property
    def ref(self) -> str:
        return str(self._ref)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.ref!r}, streaming={self._streaming})"

    def _create_flow(self, inputs: dict[str, Any], *, wait: bool) -> Flow[dict[str, Any]]:
        """Check the inputs against the schema read for outputs, then create."""
        yield from check_flow(self._transport, self._ref, inputs, read=False)
        flow = create_flow(self._ref, inputs, self._options, wait=wait, stream=self._streaming)
        return (yield from flow)

    def _shape_from(self, document: Any) -> OutputShape:
        self._schema = document
        remember(self._transport, self.ref, document)
        self._shape = _remember(self._transport, self._ref, shape_of(document))
        return self._shape


class Function(_FunctionBase):
    """A model as a function: `f(**inputs)` runs it and returns its shaped output."""

    _transport: SyncTransport

    def __call__(self, **inputs: Any) -> Any:
        shape = self._output_shape()
        if self._streaming:
            data = drive(self._transport, self._create_flow(inputs, wait=False))
            return self._tokens(data, shape)
        data = drive(self._transport, self._create_flow(inputs, wait=True))
        return shape.output(data.get("output"), self._transport, self._use_file_output)

    def create(self, **inputs: Any) -> Run:
        """Start a prediction without waiting; returns a handle to follow it."""
        self._output_shape()
        return Run(self, drive(self._transport, self._create_flow(inputs, wait=False)))

    @property
    def openapi_schema(self) -> Any:
        """The version's OpenAPI schema (fetched on first use)."""
        if self._schema is None:
            self._shape_from(drive(self._transport, schema_flow(self._ref)))
        return self._schema

    def _output_shape(self) -> OutputShape:
        if self._shape is None:
            return self._shape_from(drive(self._transport, schema_flow(self._ref)))
        return self._shape

    def _tokens(self, data: dict[str, Any], shape: OutputShape) -> Iterator[Any]:
        transport, files = self._transport, self._use_file_output
        for event in stream_events(transport, data, started=self._options):
            yield shape.item(event.data, transport, files)


class AsyncFunction(_FunctionBase):
    """The async twin of Function: `await f(**inputs)`; with streaming, `async for`."""

    _transport: AsyncTransport

    def __call__(self, **inputs: Any) -> Any:
        if self._streaming:
            return self._tokens(inputs)
        return self._call(inputs)

    async def _call(self, inputs: dict[str, Any]) -> Any:
        shape = await self._output_shape()
        data = await adrive(self._transport, self._create_flow(inputs, wait=True))
        return shape.output(data.get("output"), self._transport, self._use_file_output)

    async def create(self, **inputs: Any) -> AsyncRun:
        await self._output_shape()
        return AsyncRun(self, await adrive(self._transport, self._create_flow(inputs, wait=False)))

    async def openapi_schema(self) -> Any:
        if self._schema is None:
            self._shape_from(await adrive(self._transport, schema_flow(self._ref)))
        return self._schema

    async def _output_shape(self) -> OutputShape:
        if self._shape is None:
            return self._shape_from(await adrive(self._transport, schema_flow(self._ref)))
        return self._shape

    async def _tokens(self, inputs: dict[str, Any]) -> AsyncIterator[Any]:
        shape = await self._output_shape()
        data = await adrive(self._transport, self._create_flow(inputs, wait=False))
        transport, files = self._transport, self._use_file_output
        async for event in astream_events(transport, data, started=self._options):
            yield shape.item(event.data, transport, files)


# Handles ----------------------------------------------------------------------------


class _RunBase:
    def __init__(self, function: _FunctionBase, data: dict[str, Any]) -> None:
        self._function = function
        self._data = data

    @property
    def id(self) -> str:
        return str(self._data["id"])

    @property
    def status(self) -> str:
        return str(self._data.get("status"))

    @property
    def prediction(self) -> Any:
        """The prediction as last seen (a `replicate_api.models.Prediction`)."""
        return as_prediction(self._data)

    def _deadline(self) -> float | None:
        timeout = self._function._options.timeout
        return None if timeout is None else _clock.monotonic() + timeout

    def _shaped(self) -> Any:
        function = self._function
        assert function._shape is not None
        return function._shape.output(
            self._data.get("output"), function._transport, function._use_file_output
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id} {self.status}>"


class Run(_RunBase):
    """A started prediction: `.output()` waits for and returns the shaped output."""

    _function: Function

    def wait(self) -> Run:
        """Wait until the prediction is finished; ModelError if it failed or was canceled."""
        flow = wait_flow(self._data, self._function._options, self._deadline())
        self._data = drive(self._function._transport, flow)
        return self

    def output(self) -> Any:
        return self.wait()._shaped()

    def logs(self) -> str | None:
        """The prediction's logs as of now."""
        self._data = drive(self._function._transport, refresh_flow(self._data))
        logs = self._data.get("logs")
        return logs if isinstance(logs, str) else None

    def cancel(self) -> Run:
        self._data = drive(self._function._transport, cancel_flow(self._data))
        return self

    def stream(self) -> Iterator[Any]:
        """The output items as the model produces them."""
        function = self._function
        shape = function._output_shape()
        for event in stream_events(function._transport, self._data):
            yield shape.item(event.data, function._transport, function._use_file_output)


class AsyncRun(_RunBase):
    """The async twin of Run."""

    _function: AsyncFunction

    async def wait(self) -> AsyncRun:
        flow = wait_flow(self._data, self._function._options, self._deadline())
        self._data = await adrive(self._function._transport, flow)
        return self

    async def output(self) -> Any:
        return (await self.wait())._shaped()

    async def logs(self) -> str | None:
        self._data = await adrive(self._function._transport, refresh_flow(self._data))
        logs = self._data.get("logs")
        return logs if isinstance(logs, str) else None

    async def cancel(self) -> AsyncRun:
        self._data = await adrive(self._function._transport, cancel_flow(self._data))
        return self

    async def stream(self) -> AsyncIterator[Any]:
        function = self._function
        shape = await function._output_shape()
        async for event in astream_events(function._transport, self._data):
            yield shape.item(event.data, function._transport, function._use_file_output)
