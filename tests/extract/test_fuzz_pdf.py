"""Fuzz load_document with mutated bytes of a valid small PDF: it returns a Document or
raises an InputError, never anything else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfmaker import make_pdf

from chartreview.errors import InputError
from chartreview.models import Document
from chartreview.settings import load_settings
from extract.pdf import load_document

NOTE = "Progress note\nDOB: 04/11/1971\nclobetasol 0.05% ointment BID x6 wks"


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory) -> bytes:
    tmp = tmp_path_factory.mktemp("fuzz")
    return make_pdf(tmp / "seed.pdf", [NOTE, "Page two"]).read_bytes()


mutation = st.tuples(
    st.sampled_from(["flip", "delete", "insert", "truncate", "dup"]),
    st.floats(0, 1), st.integers(1, 64), st.binary(min_size=1, max_size=16),
)


def _mutate(data: bytes, ops) -> bytes:
    b = bytearray(data)
    for kind, where, n, junk in ops:
        i = int(where * max(len(b) - 1, 0))
        if kind == "flip" and b:
            b[i] ^= 1 << (n % 8)
        elif kind == "delete":
            del b[i:i + n]
        elif kind == "insert":
            b[i:i] = junk
        elif kind == "truncate":
            del b[max(i, 1):]
        elif kind == "dup":
            b[i:i] = b[i:i + n]
    return bytes(b)


@given(ops=st.lists(mutation, min_size=1, max_size=6))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_mutated_pdf_never_crashes(seed_pdf, tmp_path, ops):
    path = tmp_path / "m.pdf"
    path.write_bytes(_mutate(seed_pdf, ops))
    try:
        doc = load_document(path, settings=load_settings(ocr=False))
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("m.pdf")
    else:
        assert isinstance(doc, Document)
