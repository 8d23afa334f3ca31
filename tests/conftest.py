"""Shared fixtures: PDF makers and the hostile-input corpus.

The PDF-writing functions live in ``tests/pdfmaker.py`` (import them with
``from pdfmaker import make_pdf, make_scanned_pdf, ...``); they are re-exported here for
older imports. Fixtures: ``pdf_tools`` (the makers plus a tmp dir) and the session-scoped
``hostile_corpus`` (name -> (path, expected error class name or None)).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest
from pdfmaker import (  # noqa: F401  (re-exported)
    make_pdf,
    make_scanned_pdf,
    make_table_pdf,
    render_text_image,
    set_rotation,
)


@pytest.fixture
def pdf_tools(tmp_path: Path) -> SimpleNamespace:
    """The PDF makers plus ``tmp`` (a fresh directory) in one namespace."""
    return SimpleNamespace(
        tmp=tmp_path,
        make_pdf=make_pdf,
        make_scanned_pdf=make_scanned_pdf,
        make_table_pdf=make_table_pdf,
        render_text_image=render_text_image,
        set_rotation=set_rotation,
    )


def _load_corpus_module():
    here = Path(__file__).parent / "hostile" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("chartreview_hostile_corpus", here)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory) -> dict[str, tuple[Path, str | None]]:
    """Bad-input files, generated once per session: name -> (path, expected error class name
    under default settings, or None when ``load_document`` must return a Document)."""
    out = tmp_path_factory.mktemp("hostile")
    return _load_corpus_module().build_corpus(out)
