"""On-disk cache of the LLM's answers, under ``settings.data_dir / "llm-cache"``.

An entry holds the facts the model returned for one request (before grounding, so that
better grounding applies to cached answers too) and the usage that answer cost. The key is
a SHA-256 over the documents' SHA-256s, the endpoint, model and mode, the prompt and schema
versions, and a hash of the exact prompts (so a change in page selection misses the
cache). Entries hold chart quotes: they live only in the data directory, mode 0600.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from chartreview.errors import StorageError
from chartreview.models import Document, Usage
from chartreview.settings import Settings
from extract.llm_prompt import PROMPT_VERSION
from extract.llm_schema import SCHEMA_VERSION, Fact


def cache_dir(settings: Settings) -> Path:
    """The cache directory (not created here)."""
    return Path(settings.data_dir) / "llm-cache"


def cache_key(documents: list[Document], settings: Settings, prompts_sha: str) -> str:
    """The entry's key (see the module docstring)."""
    parts = {
        "docs": [d.sha256 for d in documents],
        "base_url": settings.llm_base_url,
        "model": settings.llm_model,
        "mode": settings.llm_mode.upper(),
        "max_tokens": settings.llm_max_tokens,
        "prompt_version": PROMPT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "prompts": prompts_sha,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def load(settings: Settings, key: str) -> tuple[list[list[Fact]], list[str], Usage] | None:
    """The cached (facts per window, warnings, usage) for ``key``, or None on a miss.

    A corrupt entry counts as a miss (it is rewritten by the next store).
    """
    path = cache_dir(settings) / f"{key}.json"
    if not path.is_file():
        return None
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        windows = [[Fact.model_validate(f) for f in w] for w in data["windows"]]
        return windows, list(data.get("warnings", [])), Usage.model_validate(data["usage"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(
    settings: Settings, key: str, windows: list[list[Fact]], warnings: list[str], usage: Usage
) -> None:
    """Write an entry atomically (temp file + rename), readable by the owner only."""
    folder = cache_dir(settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        payload = {
            "windows": [[f.model_dump(mode="json") for f in w] for w in windows],
            "warnings": warnings,
            "usage": usage.model_dump(mode="json"),
        }
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh)
        os.replace(tmp, folder / f"{key}.json")
    except OSError as exc:
        raise StorageError(f"cannot write the LLM cache in {folder}: {exc.strerror}") from exc
