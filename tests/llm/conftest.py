"""Fixtures for the LLM tests: the scripted server, a real two-page chart PDF, settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from scripted_server import ScriptedServer

from chartreview.models import Document
from chartreview.settings import Settings
from extract.pdf import load_document

NOTE_PAGES = [
    "Riverside Dermatology - Progress Note\n"
    "Patient: Jane Roe   DOB: 04/11/1971\n"
    "Date of service: 03/02/2026\n"
    "Assessment: chronic hand eczema, moderate (IGA-CHE 3), present since 2025.\n"
    "Prior therapy: clobetasol propionate 0.05% ointment applied twice daily for 6 weeks,\n"
    "inadequate response.\n"
    "Current medications: cetirizine 10 mg daily.\n"
    "Alexandra Smith, MD, FAAD - Dermatology",
    "Laboratory results\nCBC: WBC 6.1, Hgb 13.2, Plt 250\nBMP within normal limits.",
]
"""The chart the fixtures in ``fixtures/`` were written for (file name ``note.pdf``)."""


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A scripted OpenAI-compatible server on a free port of 127.0.0.1, stopped after."""
    srv = ScriptedServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def make_chart(pdf_tools) -> Callable[..., list[Document]]:
    """Write pages as a real PDF (fpdf2) and read it back with ``extract.pdf``."""

    def _make(pages: list[str] = NOTE_PAGES, name: str = "note.pdf") -> list[Document]:
        path = pdf_tools.make_pdf(Path(pdf_tools.tmp) / name, pages)
        return [load_document(path, name=name)]

    return _make


@pytest.fixture
def chart(make_chart) -> list[Document]:
    """The two-page note: page 1 clinical, page 2 labs only."""
    return make_chart()


@pytest.fixture
def llm_settings(tmp_path: Path, server: ScriptedServer) -> Callable[..., Settings]:
    """Settings pointing at the scripted server, with tiny backoff; overrides by keyword."""

    def _make(**overrides) -> Settings:
        values = dict(
            data_dir=tmp_path / "data",
            llm_base_url=server.base_url,
            llm_model="scripted-model",
            llm_api_key="test-key",
            llm_mode="TOOLS",
            llm_timeout=2.0,
            llm_max_retries=2,
            llm_max_tokens=512,
            llm_backoff_base=0.01,
            llm_backoff_max=1.0,
        )
        values.update(overrides)
        return Settings(_env_file=None, **values)

    return _make
