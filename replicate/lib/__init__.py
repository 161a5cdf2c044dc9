"""Helpers kept where the official SDK's README imports them from."""
