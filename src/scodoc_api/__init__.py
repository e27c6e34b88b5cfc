"""scodoc-api: an implementation of the ScoDoc 9 web API."""

__version__ = "0.1.0"
