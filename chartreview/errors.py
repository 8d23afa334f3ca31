"""One base exception with typed subclasses.

Every error a user can cause (bad input, bad configuration, an unreachable LLM) is a
``ChartReviewError``. The CLI turns it into one line on stderr and exit status 2; the UI
shows its message. Messages never contain chart text.
"""

from __future__ import annotations


class ChartReviewError(Exception):
    """Base class of every error chartreview raises on purpose."""

    exit_code: int = 2

    def one_line(self) -> str:
        """The message folded to one line, as the CLI, batch and eval report it."""
        return " ".join(str(self).split())


# --- input -----------------------------------------------------------------------------
class InputError(ChartReviewError):
    """A document or argument the user gave cannot be used."""


class FileMissingError(InputError):
    """The file does not exist or cannot be read."""


class NotPDFError(InputError):
    """The file is not a PDF (wrong magic bytes, or 0 bytes)."""


class CorruptPDFError(InputError):
    """The PDF is truncated or its structure is broken beyond repair."""


class EncryptedPDFError(InputError):
    """The PDF is encrypted and cannot be opened without a password."""


class EmptyPDFError(InputError):
    """The PDF has no pages."""


class NoTextError(InputError):
    """No page of the PDF has a text layer and OCR could not supply one."""


class LimitExceededError(InputError):
    """A configured limit (pages, file size, OCR seconds) was exceeded."""


class InvalidArgumentError(InputError):
    """A command-line or API argument is invalid (e.g. a malformed --as-of)."""


# --- policy ----------------------------------------------------------------------------
class PolicyError(ChartReviewError):
    """A policy file is missing, unknown or does not follow the policy schema."""


class VocabularyError(ChartReviewError):
    """A vocabulary data file is missing or malformed."""


# --- configuration and LLM -------------------------------------------------------------
class ConfigError(ChartReviewError):
    """Settings are missing or inconsistent (e.g. --extractor llm with no endpoint)."""


class LLMError(ChartReviewError):
    """The LLM call failed after its bounded retries."""


class LLMTimeoutError(LLMError):
    """The LLM endpoint did not answer in time."""


class LLMRateLimitError(LLMError):
    """The LLM endpoint kept answering 429."""


class LLMResponseError(LLMError):
    """The LLM answered with broken, truncated or schema-invalid output."""


# --- storage ---------------------------------------------------------------------------
class StorageError(ChartReviewError):
    """The review database or data directory cannot be used."""


class ConflictError(StorageError):
    """Another reviewer saved the same review first; the write was refused."""


class ReadOnlyError(StorageError):
    """The review is signed off; reopen it before changing it."""
