"""The server-sent events decoder: fields, line endings, and any split of the byte stream."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from replicate._sse import ServerSentEvent, SSEDecoder


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    return events


def test_fields_of_an_event() -> None:
    events = decode(b"event: output\nid: 7\nretry: 2500\ndata: hello\n\n")
    assert events == [ServerSentEvent("output", "hello", "7", 2500)]


def test_event_type_defaults_to_message_and_one_leading_space_is_dropped() -> None:
    assert decode(b"data:  two spaces\n\n") == [ServerSentEvent("message", " two spaces")]


def test_multi_line_data_is_joined_with_newlines() -> None:
    events = decode(b"event: output\ndata: first\ndata:\ndata: third\n\n")
    assert [event.data for event in events] == ["first\n\nthird"]


def test_comments_and_unknown_fields_are_ignored() -> None:
    events = decode(b": keep-alive\nfoo: bar\nevent: logs\ndata: line\n\n:\n\n")
    assert events == [ServerSentEvent("logs", "line")]


def test_an_event_is_only_dispatched_at_a_blank_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: output\ndata: x\n") == []
    assert decoder.feed(b"\n") == [ServerSentEvent("output", "x")]


def test_ids_are_per_event_but_the_last_id_is_remembered() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"id: 1\ndata: a\n\ndata: b\n\n")
    assert [event.id for event in events] == ["1", None]
    assert decoder.last_event_id == "1"


def test_an_id_containing_nul_is_ignored() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: a\x00b\ndata: x\n\n")[0].id is None
    assert decoder.last_event_id is None


def test_retry_must_be_digits() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"retry: soon\ndata: x\n\nretry: 300\ndata: y\n\n")
    assert decoder.retry == 300


def test_done_without_data_still_ends_a_stream() -> None:
    assert decode(b"event: done\n\n") == [ServerSentEvent("done", "")]


def test_all_three_line_endings() -> None:
    for newline in (b"\n", b"\r", b"\r\n"):
        raw = b"event: output" + newline + b"data: x" + newline + newline
        assert decode(raw) == [ServerSentEvent("output", "x")], newline


def test_byte_order_mark_at_the_start_is_skipped() -> None:
    assert decode(b"\xef\xbb", b"\xbfdata: x\n\n") == [ServerSentEvent("message", "x")]


def test_incomplete_event_at_the_end_is_not_dispatched() -> None:
    assert decode(b"data: complete\n\ndata: cut off") == [ServerSentEvent("message", "complete")]


def test_str_is_the_data_and_json_parses_it() -> None:
    event = ServerSentEvent("done", '{"reason": "canceled"}')
    assert str(event) == '{"reason": "canceled"}'
    assert event.json() == {"reason": "canceled"}


SAMPLE = (
    "event: output\r\nid: 1\r\ndata: Grüße 😀 naïve\r\n\r\n"
    "event: logs\rid: 2\rdata: a\rdata: b\r\r"
    ": comment\nevent: output\nid: 3\ndata: 日本語\n\n"
    "event: done\r\nid: 4\r\ndata: {}\r\n\r\n"
).encode()
SAMPLE_EVENTS = [
    ServerSentEvent("output", "Grüße 😀 naïve", "1"),
    ServerSentEvent("logs", "a\nb", "2"),
    ServerSentEvent("output", "日本語", "3"),
    ServerSentEvent("done", "{}", "4"),
]


def test_every_single_split_point() -> None:
    assert decode(SAMPLE) == SAMPLE_EVENTS
    for cut in range(len(SAMPLE) + 1):
        assert decode(SAMPLE[:cut], SAMPLE[cut:]) == SAMPLE_EVENTS, cut


def test_one_byte_at_a_time() -> None:
    assert decode(*(SAMPLE[i : i + 1] for i in range(len(SAMPLE)))) == SAMPLE_EVENTS


# Text that survives the format: no line breaks inside values, no leading space/colon.
_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"),
    max_size=12,
)
_events = st.lists(
    st.tuples(
        st.sampled_from(["output", "logs", "error", "done"]),
        st.lists(_text, min_size=1, max_size=3),
        st.one_of(st.none(), st.text(alphabet="abc0123456789", min_size=1, max_size=6)),
    ),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(
    events=_events,
    newline=st.sampled_from(["\n", "\r", "\r\n"]),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=8),
)
def test_any_events_split_anywhere(
    events: list[tuple[str, list[str], str | None]], newline: str, cuts: list[int]
) -> None:
    text = ""
    expected = []
    for kind, lines, ident in events:
        text += f"event: {kind}{newline}"
        if ident is not None:
            text += f"id: {ident}{newline}"
        text += "".join(f"data: {line}{newline}" for line in lines)
        text += newline
        expected.append(ServerSentEvent(kind, "\n".join(lines), ident))
    raw = text.encode()
    points = sorted({cut % (len(raw) + 1) for cut in cuts})
    chunks = [raw[a:b] for a, b in zip([0, *points], [*points, len(raw)], strict=True)]
    assert decode(*chunks) == expected
