"""Pytest fixtures that start the local Replicate server."""
