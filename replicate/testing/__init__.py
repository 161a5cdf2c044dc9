"""A local Replicate-compatible HTTP server for tests and demos."""
