"""What every command gets: the global options, a client built on demand, and the output."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._errors import CLIError
from ._ui import UI

if TYPE_CHECKING:
    from .._client import Replicate

TOKEN_VARIABLE = "REPLICATE_API_TOKEN"
BASE_URL_VARIABLE = "REPLICATE_BASE_URL"


class Context:
    def __init__(self, *, token: str | None, base_url: str | None, json: bool) -> None:
        self.token = token or os.environ.get(TOKEN_VARIABLE) or None
        self.base_url = base_url or os.environ.get(BASE_URL_VARIABLE) or None
        self.json = json
        self.ui = UI()
        self.schemas: dict[str, Any] = {}  # version schemas read by this command

    @cached_property
    def client(self) -> Replicate:
        """The API client; asking for it without a token is an error naming the variable."""
        if not self.token:
            raise CLIError(f"no API token: set {TOKEN_VARIABLE} or pass --token")
        from .._client import Replicate

        try:
            return Replicate(bearer_token=self.token, base_url=self.base_url)
        except ValueError as error:  # a base URL without its scheme
            raise CLIError(
                str(error).replace(
                    "base_url", "the base URL (--base-url or $REPLICATE_BASE_URL)", 1
                )
            ) from None

    def close(self) -> None:
        if "client" in self.__dict__:
            self.client.close()
