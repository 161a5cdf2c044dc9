"""Helpers for `make bench` (scripts/bench.py): servers, virtualenvs, measurements, report."""
