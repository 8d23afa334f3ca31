"""chartreview: LLM-assisted chart abstraction for prior-authorization review."""

__version__ = "0.1.0"
