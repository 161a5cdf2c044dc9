"""Errors the command line reports itself, each with its exit status."""

from __future__ import annotations

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_TERMINATED = 143  # 128 + SIGTERM


class CLIError(Exception):
    """A failure to report as one `error: ...` line, exiting with `exit_code`."""

    exit_code = EXIT_API_ERROR


class UsageError(CLIError):
    """The command line itself is wrong (bad arguments, bad key=value input)."""

    exit_code = EXIT_USAGE
