"""Hostile conditions: faults, bad input, secrets and load, with figures (issue 8)."""
