"""`replicate files upload/list/get/delete/download`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .._context import Context
from .._errors import UsageError
from .._inputs import upload_file
from .._parser import add_command, add_group, add_limit
from .._transfer import safe_name, unclobbered, write_chunks
from .._values import lookup, plain
from ._listing import first, show_deleted, show_record, show_table

COLUMNS = [
    ("ID", "id"),
    ("NAME", "name"),
    ("TYPE", "content_type"),
    ("SIZE", "size"),
    ("CREATED", "created_at"),
]
DETAIL_KEYS = [
    "id",
    "name",
    "content_type",
    "size",
    "checksums.sha256",
    "metadata",
    "created_at",
    "expires_at",
    "urls.get",
]
SIGNED_QUERY = ("owner", "expiry", "signature")


def register(commands: Any) -> None:
    group = add_group(commands, "files", "Upload, list, fetch and delete files")
    upload = add_command(group, "upload", "Upload a file", upload_)
    upload.add_argument("path", metavar="PATH", type=Path)
    upload.add_argument("--filename", metavar="NAME", help="name to store (default: the file's)")
    upload.add_argument("--content-type", metavar="TYPE", help="MIME type (default: guessed)")
    upload.add_argument("--metadata", metavar="JSON", help="a JSON object stored with the file")

    add_limit(add_command(group, "list", "List uploaded files, newest first", list_))
    get = add_command(group, "get", "Show a file's details", get_)
    get.add_argument("id", metavar="ID")
    delete = add_command(group, "delete", "Delete a file", delete_)
    delete.add_argument("id", metavar="ID")

    download = add_command(group, "download", "Download a file's content", download_)
    download.add_argument("file", metavar="ID_OR_URL", help="a file id, or its signed download URL")
    download.add_argument("--owner", help="the signed link's owner")
    download.add_argument("--expiry", type=int, help="the signed link's expiry (Unix time)")
    download.add_argument("--signature", help="the signed link's signature")
    download.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="where to save (default: its name)"
    )


def show(context: Context, file: Any) -> None:
    show_record(context, file, DETAIL_KEYS)


def upload_(context: Context, args: argparse.Namespace) -> None:
    metadata = _metadata(args.metadata)
    if not args.path.is_file():
        raise UsageError(f"no such file: {args.path}")
    file = upload_file(
        context,
        args.path,
        filename=args.filename,
        content_type=args.content_type,
        metadata=metadata,
    )
    show(context, file)


def _metadata(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError as error:
        raise UsageError(f"--metadata is not valid JSON: {error}") from None
    if not isinstance(value, dict):
        raise UsageError("--metadata must be a JSON object")
    return value


def list_(context: Context, args: argparse.Namespace) -> None:
    items = first(context.client.files.list(), args.limit)
    show_table(context, items, COLUMNS, empty="No files.")


def get_(context: Context, args: argparse.Namespace) -> None:
    show(context, context.client.files.get(file_id=args.id))


def delete_(context: Context, args: argparse.Namespace) -> None:
    context.client.files.delete(file_id=args.id)
    show_deleted(context, "file", args.id)


def download_(context: Context, args: argparse.Namespace) -> None:
    file_id, link = _signed_link(args)
    details: dict[str, Any] = {}
    if not all(link.values()) or args.output is None:
        details = plain(context.client.files.get(file_id=file_id))
        for key, value in _link_in(details).items():
            link[key] = link[key] or value
    if not all(link.values()):
        raise UsageError(
            "files download needs a signed link: pass its URL, or --owner, --expiry and --signature"
        )
    path = args.output or unclobbered(Path("."), safe_name(str(details.get("name") or file_id)))
    response = context.client.files.download(
        file_id=file_id,
        owner=link["owner"],
        expiry=int(link["expiry"]),
        signature=link["signature"],
    )
    with (
        response,
        context.ui.transfer(
            f"Downloading {path.name}", details.get("size") or response.size
        ) as advance,
    ):
        size = write_chunks(response.iter_bytes(), path, advance)
    if context.json:
        context.ui.json({"id": file_id, "path": str(path), "size": size})
    else:
        context.ui.write(f"{path}\n")


def _signed_link(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """The file id and whatever parts of a signed link the arguments hold."""
    link: dict[str, Any] = {"owner": args.owner, "expiry": args.expiry, "signature": args.signature}
    if "://" not in args.file:
        return args.file, link
    parts = urlsplit(args.file)
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) < 2 or segments[-1] != "download":
        raise UsageError(f"not a file download URL: {args.file}")
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    for key in SIGNED_QUERY:
        link[key] = link[key] or query.get(key)
    return segments[-2], link


def _link_in(details: dict[str, Any]) -> dict[str, Any]:
    """Signed-link parts found in any of a file's URLs."""
    for url in (lookup(details, "urls") or {}).values():
        if isinstance(url, str) and "signature=" in url:
            query = parse_qs(urlsplit(url).query)
            return {key: query.get(key, [None])[0] for key in SIGNED_QUERY}
    return {}
