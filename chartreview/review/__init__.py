"""Review storage, audit log, exports and page highlighting (no Streamlit here).

``ReviewStore`` keeps reviews, uploads and the append-only audit log in SQLite under
``settings.data_dir``; ``reports`` builds the exported JSON, the worksheet and the RFI text;
``render`` draws a quote's boxes on its page image.
"""

from chartreview.review.reports import (
    CriterionChange,
    decision_headline,
    default_rationale,
    diff_decisions,
    export_json,
    rfi_text,
    worksheet_html,
)
from chartreview.review.store import (
    AuditEntry,
    ChangeResult,
    Review,
    ReviewStore,
    ReviewSummary,
    StoredFile,
)

__all__ = [
    "AuditEntry", "ChangeResult", "CriterionChange", "Review", "ReviewStore", "ReviewSummary",
    "StoredFile", "decision_headline", "default_rationale", "diff_decisions", "export_json", "rfi_text",
    "worksheet_html",
]
