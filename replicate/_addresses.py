"""An opt-in guard against output URLs that point inside the network.

A model is third-party code: its output URL may name a loopback, private, link-local or
otherwise internal address (a cloud metadata service, an admin page). Downloads are
allowed there by default, since the local server lives on 127.0.0.1; setting
`FileOutput.allow_private_addresses = False` makes every download (and each redirect
hop) check the host first. The check resolves the name itself, so it is a guard against
careless or hostile URLs, not against DNS that answers differently a moment later.
"""

from __future__ import annotations

import ipaddress
import socket

import httpx

from ._errors import ReplicateError

__all__ = ["check_public"]


def check_public(url: httpx.URL) -> None:
    """Raise ReplicateError unless every address `url`'s host resolves to is public."""
    host = url.host
    try:
        infos = socket.getaddrinfo(host, url.port or 443, type=socket.SOCK_STREAM)
    except OSError as error:
        raise ReplicateError(f"Cannot resolve {host!r} to check it: {error}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).partition("%")[0])
        if not address.is_global:
            raise ReplicateError(
                f"Refusing to download {url.scheme}://{host}/…: {address} is not a public "
                "address (FileOutput.allow_private_addresses is False)"
            )
