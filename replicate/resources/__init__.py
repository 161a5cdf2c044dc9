"""The API's resources, one module each, each with a sync and an async class."""
