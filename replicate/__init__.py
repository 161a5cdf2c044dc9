"""Python SDK for Replicate's HTTP API."""

from ._version import __version__

__all__ = ["__version__"]
