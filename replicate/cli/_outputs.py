"""What `run` does with a model's output: save its files, then print it for a person or as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._transfer import name_for_url, safe_name, unclobbered, write_chunks
from ._values import plain

if TYPE_CHECKING:
    from ._context import Context


def is_file_output(value: Any) -> bool:
    """A FileOutput (or anything like it): has a URL and yields its bytes when iterated."""
    return (
        not isinstance(value, str | bytes)
        and isinstance(getattr(value, "url", None), str)
        and hasattr(value, "__iter__")
    )


def save_files(context: Context, output: Any, directory: Path) -> Any:
    """The output with each file downloaded into `directory` and replaced by its Path."""
    if is_file_output(output):
        return save_file(context, output, directory)
    if isinstance(output, list | tuple):
        return [save_files(context, item, directory) for item in output]
    if isinstance(output, dict):
        return {key: save_files(context, item, directory) for key, item in output.items()}
    return output


def save_file(context: Context, file: Any, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    name = getattr(file, "name", None)
    name = safe_name(name) if isinstance(name, str) else name_for_url(file.url)
    path = unclobbered(directory, name)
    with context.ui.transfer(f"Downloading {path.name}", None) as advance:
        write_chunks(iter(file), path, advance)
    return path


def show_output(context: Context, output: Any, *, concatenates: Callable[[], bool]) -> None:
    """Print an output (files already saved) on stdout.

    Text prints as is; saved files as their paths, one a line; a list of text as one
    text when the model says its pieces join up (language models' tokens), else one a line;
    anything else as indented JSON.
    """
    ui = context.ui
    if context.json:
        ui.json(output)
    elif output is None:
        ui.note("The model returned no output.")
    elif isinstance(output, str | Path):
        ui.write(f"{output}\n")
    elif isinstance(output, list) and all(isinstance(item, Path) for item in output):
        ui.write("".join(f"{item}\n" for item in output))
    elif isinstance(output, list) and all(isinstance(item, str) for item in output):
        joined = "".join(output) if concatenates() else "\n".join(output)
        ui.write(f"{joined}\n")
    else:
        ui.write(json.dumps(plain(output), indent=2, ensure_ascii=False) + "\n")
