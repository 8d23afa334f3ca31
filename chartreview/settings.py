"""Settings from the environment (``CHARTREVIEW_*``) or a settings file.

The settings file is ``$CHARTREVIEW_SETTINGS_FILE`` if set, else ``chartreview.env`` in the
data directory. Nothing here enables an LLM by default: with no ``llm_base_url`` set,
chartreview never sends a chart anywhere.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("chartreview", appauthor=False))


def _settings_file() -> str | None:
    explicit = os.environ.get("CHARTREVIEW_SETTINGS_FILE")
    if explicit:
        return explicit
    data = os.environ.get("CHARTREVIEW_DATA_DIR")
    base = Path(data) if data else _default_data_dir()
    candidate = base / "chartreview.env"
    return str(candidate) if candidate.exists() else None


class Settings(BaseSettings):
    """All of chartreview's configuration. Every field can be set as ``CHARTREVIEW_<NAME>``."""

    model_config = SettingsConfigDict(
        env_prefix="CHARTREVIEW_", extra="ignore", use_attribute_docstrings=True
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    """The one directory where reviews, uploads, the audit log and caches are stored."""

    # --- limits ---------------------------------------------------------------------------
    max_pages: int = 1000
    """Refuse a document with more pages than this."""
    max_file_mb: float = 200.0
    """Refuse a file larger than this many megabytes."""
    ocr_seconds: float = 600.0
    """Give up OCR of one request after this many seconds (the pages done are kept)."""
    ocr: bool = True
    """OCR pages that have no text layer."""
    ocr_dpi: int = 300
    """Resolution pages are rendered at for OCR."""

    # --- LLM (off unless llm_base_url is set) ---------------------------------------------
    llm_base_url: str | None = None
    """OpenAI-compatible endpoint, e.g. ``http://127.0.0.1:8080/v1``. Unset: no LLM."""
    llm_model: str | None = None
    """Model name to request."""
    llm_api_key: str | None = None
    """API key; falls back to ``OPENAI_API_KEY``."""
    llm_mode: str = "TOOLS"
    """instructor mode: TOOLS, JSON or JSON_SCHEMA (servers differ)."""
    llm_timeout: float = 60.0
    """Seconds to wait for one HTTP response."""
    llm_max_retries: int = 2
    """Re-asks of the model when its answer fails validation, and retries on HTTP faults."""
    llm_max_tokens: int = 4096
    """max_tokens of each completion."""
    llm_price_in_per_1k: float = 0.0
    """Price per 1,000 input tokens, for cost accounting."""
    llm_price_out_per_1k: float = 0.0
    """Price per 1,000 output tokens."""
    llm_backoff_base: float = 1.0
    """Seconds before the first retry after an HTTP fault; doubles per retry."""
    llm_backoff_max: float = 30.0
    """Longest wait between retries, a server's Retry-After included."""
    llm_window_tokens: int = 6000
    """Most estimated tokens of chart text in one request; longer charts are split."""
    llm_window_overlap_tokens: int = 150
    """Tokens of the previous page repeated at the start of the next window."""
    llm_select_lines: bool = True
    """Send only the lines of a page that bear on the policy (False: whole selected pages)."""

    @property
    def llm_configured(self) -> bool:
        """True only when the user configured an endpoint."""
        return bool(self.llm_base_url)

    @property
    def effective_api_key(self) -> str | None:
        """``llm_api_key``, else ``OPENAI_API_KEY``."""
        return self.llm_api_key or os.environ.get("OPENAI_API_KEY")


def load_settings(**overrides) -> Settings:
    """Settings from the environment and the settings file, with explicit overrides."""
    return Settings(_env_file=_settings_file(), **overrides)


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    """Process-wide settings (cached)."""
    return load_settings()
