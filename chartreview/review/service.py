"""What the review screen calls: start a review from uploads, read documents once (cached),
ground a reviewer's quote, and find the boxes to highlight for a finding.

No Streamlit here; the UI passes a ``progress(message, fraction)`` callback.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from chartreview import pipeline
from chartreview.models import Document, Finding, Page
from chartreview.review.render import words_boxes
from chartreview.review.store import Review, ReviewStore, StoredFile
from chartreview.settings import Settings, default_settings
from extract.pdf import gather_documents
from rules import engine as rules_engine

Progress = Callable[[str, float], None]
SAMPLES_DIR = Path(__file__).resolve().parents[2] / "eval_sets" / "samples"

def criterion_fields(policy: str = "IP0759") -> dict[str, list[str]]:
    """Which finding fields bear on each criterion, from the policy file: the screen lists
    their findings under the criterion (cited or not, so a rejected finding can be seen and
    undone) and offers them first when the reviewer adds a missed finding."""
    return rules_engine.criterion_fields(policy)


@dataclass(frozen=True)
class Sample:
    """A bundled sample request."""

    case: str
    files: list[Path]
    as_of: dt.date | None


def samples(root: Path = SAMPLES_DIR) -> list[Sample]:
    """The bundled sample charts (``labels.jsonl``: files and request date only)."""
    labels = root / "labels.jsonl"
    if not labels.exists():
        return []
    out = []
    for line in labels.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        files = [root / f for f in row["files"]]
        if all(f.exists() for f in files):
            as_of = dt.date.fromisoformat(row["as_of"]) if row.get("as_of") else None
            out.append(Sample(case=row["case"], files=files, as_of=as_of))
    return out


class DocumentCache:
    """Documents read once per file content: in memory, and as JSON under the data dir
    (so a restart or refresh does not OCR again). The JSON holds chart text, so it stays in
    ``data_dir/cache``."""

    def __init__(self, data_dir: Path, settings: Settings) -> None:
        self.dir = data_dir / "cache" / "documents"
        self.settings = settings
        self._mem: dict[tuple[str, str], Document] = {}

    def get(self, f: StoredFile) -> Document:
        key = (f.sha256, f.name)
        if key in self._mem:
            return self._mem[key]
        path = self.dir / f"{f.sha256}.json"
        doc = None
        if path.exists():
            try:
                doc = Document.model_validate_json(path.read_text())
            except ValueError:
                doc = None
        if doc is None:
            from extract.pdf import load_document

            doc = load_document(f.path, name=f.name, settings=self.settings)
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(doc.model_dump_json())
            tmp.replace(path)
        doc = doc.model_copy(update={"file": f.name})
        self._mem[key] = doc
        return doc

    def read(self, files: Sequence[StoredFile],
             progress: Progress | None = None) -> tuple[list[Document], list[str]]:
        """Read a request's files (the rules of ``extract.pdf.load_documents``: duplicates
        read once, a file with no text left out with a warning when another has text)."""
        def load(i: int, f: StoredFile) -> Document:
            if progress:
                progress(f"Reading {f.name} (OCR if scanned)", 0.1 + 0.6 * i / len(files))
            return self.get(f)

        return gather_documents(
            (f.name, f.sha256, partial(load, i, f)) for i, f in enumerate(files)
        )


class ReviewService:
    """The store plus document reading, extraction and grounding, for the review screen."""

    def __init__(self, settings: Settings | None = None, *,
                 data_dir: Path | None = None) -> None:
        self.settings = settings or default_settings()
        root = Path(data_dir) if data_dir else Path(self.settings.data_dir)
        self.documents = DocumentCache(root, self.settings)
        self.store = ReviewStore(root, settings=self.settings, grounder=self.ground)

    def start(self, uploads: Sequence[tuple[str, bytes]], *, extractor: str = "offline",
              as_of: dt.date | None = None, actor: str = "reviewer",
              progress: Progress | None = None) -> Review:
        """Store the uploaded files, read and extract them, decide, and open a review."""
        if not uploads:
            from chartreview.errors import InvalidArgumentError

            raise InvalidArgumentError("upload at least one chart PDF")
        if progress:
            progress("Storing the uploaded files", 0.05)
        files = [self.store.save_upload(name, data) for name, data in uploads]
        docs, warnings = self.documents.read(files, progress)
        if progress:
            label = "Extracting findings" + (" with the LLM" if extractor == "llm" else "")
            progress(label, 0.75)
        decision = pipeline.decide_documents(
            docs, as_of=as_of, extractor=extractor, settings=self.settings, warnings=warnings
        )
        if progress:
            progress("Saving the review", 0.95)
        return self.store.create_review(files, decision, actor=actor)

    def docs(self, review: Review) -> list[Document]:
        """The review's documents (cached)."""
        return self.documents.read(review.files)[0]

    def ground(self, review: Review, finding: Finding) -> Finding:
        """Locate a reviewer-supplied quote in the review's documents."""
        return pipeline.ground_findings([finding], self.docs(review))[0]

    def page(self, review: Review, file: str, number: int) -> tuple[StoredFile, Page] | None:
        """The stored file and the page a finding cites, if any."""
        stored = next((f for f in review.files if f.name == file), None)
        if stored is None or number < 1:
            return None
        doc = self.documents.get(stored)
        if number > len(doc.pages):
            return None
        return stored, doc.pages[number - 1]

    def highlight_boxes(self, review: Review, finding: Finding) -> list[list[float]]:
        """Per-line boxes of the finding's quote on its page (PDF points); its ``bbox`` when
        the page's words are not available."""
        found = self.page(review, finding.file, finding.page)
        if found and finding.char_end > finding.char_start:
            boxes = _boxes_for(found[1], finding.char_start, finding.char_end)
            if boxes:
                return boxes
        return [list(finding.bbox)] if finding.bbox else []


def _boxes_for(page: Page, start: int, end: int) -> list[list[float]]:
    try:
        from extract.align import boxes_for
    except ImportError:  # pragma: no cover - older extract
        return words_boxes(page, start, end)
    return [list(b) for b in boxes_for(page, start, end)]
