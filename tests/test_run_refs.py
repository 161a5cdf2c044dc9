"""Model references: the accepted forms, and refusal of anything that could leave its path."""

from __future__ import annotations

import pytest

from replicate._refs import ModelRef, parse_ref

VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


def test_owner_and_name() -> None:
    ref = parse_ref("replicate/hello-world")
    assert ref == ModelRef("replicate", "hello-world", None)
    assert ref.prediction_path() == "/models/replicate/hello-world/predictions"
    assert ref.prediction_body({"text": "a"}) == {"input": {"text": "a"}}
    assert ref.schema_path() == "/models/replicate/hello-world"


def test_owner_name_and_version() -> None:
    ref = parse_ref(f"replicate/hello-world:{VERSION}")
    assert ref == ModelRef("replicate", "hello-world", VERSION)
    assert ref.prediction_path() == "/predictions"
    assert ref.prediction_body({}) == {"version": VERSION, "input": {}}
    assert ref.schema_path() == f"/models/replicate/hello-world/versions/{VERSION}"
    assert str(ref) == f"replicate/hello-world:{VERSION}"


def test_bare_version_id() -> None:
    ref = parse_ref(VERSION)
    assert ref == ModelRef(None, None, VERSION)
    assert ref.prediction_path() == "/predictions"
    assert ref.schema_path() is None


def test_names_with_dots_underscores_and_digits() -> None:
    assert parse_ref("stability-ai/sdxl_1.0").name == "sdxl_1.0"


@pytest.mark.parametrize(
    "ref",
    [
        "",
        "hello-world",
        "owner/",
        "/name",
        "../predictions",
        "owner/..",
        "../../v1/account",
        "owner/name/extra",
        "owner/.hidden",
        "owner/name:",
        "owner/name:../x",
        "owner/name:a/b",
        "owner/na me",
        "owner/name?x=1",
        "owner/name#x",
        "owner%2F/name",
        "owner/name\n",
        VERSION[:-1],
    ],
)
def test_invalid_refs_raise_a_clear_value_error(ref: str) -> None:
    with pytest.raises(ValueError, match="Invalid model reference"):
        parse_ref(ref)


def test_non_string_refs_are_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_ref(42)  # type: ignore[arg-type]
