"""The `replicate` command line (`replicate ...` or `python -m replicate ...`).

Arguments are parsed with argparse; rich (the `cli` extra) draws tables, colour and
progress, and is imported only while a command runs, never by `import replicate`.
"""

from ._main import main

__all__ = ["main"]
