"""Review storage: SQLite (WAL) in ``settings.data_dir`` plus an append-only audit log.

Every reviewer action is one short ``BEGIN IMMEDIATE`` transaction that writes the new state
and its audit row together, so a crash or a browser refresh loses nothing that was shown as
saved. Each change carries the ``version`` of the review it was made against; a stale version
raises ``ConflictError`` (optimistic concurrency). A signed review is read-only until reopened.

Nothing here logs chart text; errors name reviews and findings by id only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from chartreview.errors import (
    ConflictError,
    InvalidArgumentError,
    ReadOnlyError,
    StorageError,
)
from chartreview.models import (
    FIELDS,
    Decision,
    ExtractorKind,
    Finding,
    ReviewStatus,
    coerce_value,
)
from chartreview.settings import Settings, default_settings

Recompute = Callable[..., Decision]
"""``recompute(findings, *, policy, as_of, extractor, warnings) -> Decision``."""
Grounder = Callable[["Review", Finding], Finding]
"""Locates a reviewer-supplied quote in the review's documents (sets file/page/offsets)."""

DB_NAME = "reviews.sqlite3"
FINDING_ACTIONS = ("confirm", "reject", "edit", "add")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    created         TEXT NOT NULL,
    updated         TEXT NOT NULL,
    policy          TEXT NOT NULL,
    policy_revision TEXT NOT NULL,
    as_of           TEXT,
    extractor       TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    decision        TEXT NOT NULL,
    base_warnings   TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'signed')),
    reviewer        TEXT,
    rationale       TEXT,
    signed_at       TEXT,
    version         INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS findings (
    review_id     INTEGER NOT NULL REFERENCES reviews(id),
    finding_id    TEXT NOT NULL,
    position      INTEGER NOT NULL,
    finding       TEXT NOT NULL,
    review_status TEXT NOT NULL,
    PRIMARY KEY (review_id, finding_id)
);
CREATE TABLE IF NOT EXISTS files (
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    size      INTEGER NOT NULL,
    PRIMARY KEY (review_id, position)
);
CREATE TABLE IF NOT EXISTS audit (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    ts              TEXT NOT NULL,
    review_id       INTEGER NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    before          TEXT,
    after           TEXT,
    policy_revision TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_review ON audit(review_id, id);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


# ======================================================================================
# Records
# ======================================================================================
class StoredFile(BaseModel):
    """One uploaded PDF, stored once as ``uploads/<sha256>.pdf``."""

    name: str
    """The file's name as the user gave it (findings cite it)."""
    sha256: str
    """SHA-256 of its bytes."""
    size: int
    """Size in bytes."""
    path: Path
    """Where it is stored under the data directory."""


class Review(BaseModel):
    """One review: the current decision over the reviewed findings, and its sign-off state."""

    id: int
    created: dt.datetime
    updated: dt.datetime
    policy: str
    policy_revision: str
    as_of: dt.date | None
    extractor: str
    decision: Decision
    """The current decision; ``decision.findings`` are the reviewed findings."""
    base_warnings: list[str] = Field(default_factory=list)
    """Warnings from reading and extraction, carried into every recomputation."""
    status: Literal["open", "signed"]
    reviewer: str | None = None
    rationale: str | None = None
    signed_at: dt.datetime | None = None
    version: int
    """Incremented by every change; a change must carry the version it was made against."""
    files: list[StoredFile] = Field(default_factory=list)

    @property
    def read_only(self) -> bool:
        """True once signed off."""
        return self.status == "signed"

    def finding(self, finding_id: str) -> Finding:
        """The finding with this id; ``InvalidArgumentError`` if there is none."""
        for f in self.decision.findings:
            if f.id == finding_id:
                return f
        raise InvalidArgumentError(f"review {self.id} has no finding {finding_id!r}")


class ReviewSummary(BaseModel):
    """One row of the past-reviews list."""

    id: int
    created: dt.datetime
    updated: dt.datetime
    policy: str
    as_of: dt.date | None
    decision: str
    status: str
    reviewer: str | None
    files: list[str]
    version: int


class AuditEntry(BaseModel):
    """One row of the append-only audit log."""

    id: int
    ts: dt.datetime
    review_id: int
    actor: str
    action: str
    before: Any = None
    after: Any = None
    policy_revision: str


class ChangeResult(BaseModel):
    """A stored change: the review after it, and the decision before it (to diff)."""

    review: Review
    previous: Decision


# ======================================================================================
# Helpers
# ======================================================================================
def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, default=str)


def _default_recompute(findings: Sequence[Finding], **kwargs: Any) -> Decision:
    from chartreview import pipeline  # late import: pipeline pulls in extract and rules

    return pipeline.recompute(list(findings), **kwargs)


def _next_human_id(findings: Sequence[Finding]) -> str:
    used = {f.id for f in findings}
    n = 1
    while f"h{n}" in used:
        n += 1
    return f"h{n}"


# ======================================================================================
# The store
# ======================================================================================
class ReviewStore:
    """Reviews, uploads and the audit log under one data directory."""

    def __init__(
        self,
        data_dir: Path | str | None = None,
        *,
        settings: Settings | None = None,
        recompute: Recompute | None = None,
        grounder: Grounder | None = None,
    ) -> None:
        settings = settings or default_settings()
        self.data_dir = Path(data_dir) if data_dir is not None else Path(settings.data_dir)
        self.uploads = self.data_dir / "uploads"
        self.db_path = self.data_dir / DB_NAME
        self._recompute = recompute or _default_recompute
        self._grounder = grounder
        try:
            self.uploads.mkdir(parents=True, exist_ok=True)
            with self._connect() as con:
                con.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                f"cannot use the data directory {self.data_dir}: {exc.__class__.__name__}"
            ) from None

    # --- connections -------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.db_path, timeout=15, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA foreign_keys=ON")
        return con

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken with the write lock up front."""
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            yield con
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            con.close()

    # --- uploads -----------------------------------------------------------------------
    def save_upload(self, name: str, data: bytes) -> StoredFile:
        """Store an uploaded file's bytes as ``uploads/<sha256>.pdf`` (atomic, de-duplicated)."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.uploads / f"{sha}.pdf"
        if not path.exists():
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        return StoredFile(name=Path(name).name, sha256=sha, size=len(data), path=path)

    def save_upload_path(self, path: Path | str) -> StoredFile:
        """Store a file from disk (e.g. a bundled sample) under its own name."""
        p = Path(path)
        return self.save_upload(p.name, p.read_bytes())

    # --- create and read ---------------------------------------------------------------
    def create_review(
        self, files: Sequence[StoredFile], decision: Decision, *, actor: str = "system"
    ) -> Review:
        """Store a new open review of ``decision`` over the uploaded ``files``."""
        now = _now().isoformat()
        as_of = decision.as_of or dt.date.today()
        decision = decision.model_copy(update={"as_of": as_of})
        data = decision.model_dump(mode="json")
        with self._tx() as con:
            cur = con.execute(
                "INSERT INTO reviews (created, updated, policy, policy_revision, as_of,"
                " extractor, outcome, decision, base_warnings, status, version)"
                " VALUES (?,?,?,?,?,?,?,?,?,'open',1)",
                (
                    now, now, decision.policy, decision.policy_revision, as_of.isoformat(),
                    decision.extractor.value, decision.decision.value, _dumps(data),
                    _dumps(decision.warnings),
                ),
            )
            rid = int(cur.lastrowid)
            for i, f in enumerate(files):
                con.execute(
                    "INSERT INTO files VALUES (?,?,?,?,?)", (rid, i, f.name, f.sha256, f.size)
                )
            for i, f in enumerate(decision.findings):
                self._write_finding(con, rid, i, f)
            files_json = [{"name": f.name, "sha256": f.sha256} for f in files]
            self._audit(con, rid, actor, "create", None,
                        {"decision": data, "files": files_json}, decision.policy_revision)
        return self.get(rid)

    def get(self, review_id: int) -> Review:
        """The review as stored now; ``InvalidArgumentError`` if there is none."""
        con = self._connect()
        try:
            return self._load(con, review_id)
        finally:
            con.close()

    def _load(self, con: sqlite3.Connection, review_id: int) -> Review:
        row = con.execute("SELECT * FROM reviews WHERE id=?", (review_id,)).fetchone()
        if row is None:
            raise InvalidArgumentError(f"there is no review {review_id}")
        files = [
            StoredFile(name=r["name"], sha256=r["sha256"], size=r["size"],
                       path=self.uploads / f"{r['sha256']}.pdf")
            for r in con.execute(
                "SELECT * FROM files WHERE review_id=? ORDER BY position", (review_id,)
            )
        ]
        return Review(
            id=row["id"], created=row["created"], updated=row["updated"],
            policy=row["policy"], policy_revision=row["policy_revision"], as_of=row["as_of"],
            extractor=row["extractor"], decision=Decision.model_validate_json(row["decision"]),
            base_warnings=json.loads(row["base_warnings"]), status=row["status"],
            reviewer=row["reviewer"], rationale=row["rationale"], signed_at=row["signed_at"],
            version=row["version"], files=files,
        )

    def _write_finding(self, con: sqlite3.Connection, rid: int, pos: int, f: Finding) -> None:
        con.execute(
            "INSERT OR REPLACE INTO findings VALUES (?,?,?,?,?)",
            (rid, f.id, pos, f.model_dump_json(), f.review.value),
        )

    @staticmethod
    def _audit(con: sqlite3.Connection, rid: int, actor: str, action: str,
               before: Any, after: Any, revision: str) -> None:
        con.execute(
            "INSERT INTO audit (ts, review_id, actor, action, before, after, policy_revision)"
            " VALUES (?,?,?,?,?,?,?)",
            (_now().isoformat(), rid, actor, action,
             None if before is None else _dumps(before),
             None if after is None else _dumps(after), revision),
        )

    # --- guarded changes ---------------------------------------------------------------
    def _checked(self, con: sqlite3.Connection, review_id: int, version: int,
                 *, allow_signed: bool = False) -> Review:
        review = self._load(con, review_id)
        if review.read_only and not allow_signed:
            raise ReadOnlyError(
                f"review {review_id} was signed off by {review.reviewer or 'a reviewer'}; "
                "reopen it before changing it"
            )
        if review.version != version:
            raise ConflictError(
                f"review {review_id} was changed since you opened it (now version "
                f"{review.version}, you had {version}); reload it to see the other change"
            )
        return review

    def _recomputed(self, review: Review, findings: list[Finding]) -> Decision:
        decision = self._recompute(
            findings, policy=review.policy, as_of=review.as_of,
            extractor=review.extractor, warnings=tuple(review.base_warnings),
        )
        return decision.model_copy(update={"as_of": review.as_of})

    def _change_finding(
        self, review_id: int, version: int, actor: str, action: str,
        mutate: Callable[[Review, list[Finding]], tuple[Finding | None, Finding]],
    ) -> ChangeResult:
        """Apply ``mutate`` (returns old and new finding), recompute, store, audit."""
        with self._tx() as con:
            review = self._checked(con, review_id, version)
            findings = [f.model_copy(deep=True) for f in review.decision.findings]
            old, new = mutate(review, findings)
            if old is None:
                findings.append(new)
            else:
                findings = [new if f.id == old.id else f for f in findings]
            decision = self._recomputed(review, findings)
            data = decision.model_dump(mode="json")
            con.execute(
                "UPDATE reviews SET decision=?, outcome=?, updated=?, version=version+1"
                " WHERE id=?",
                (_dumps(data), decision.decision.value, _now().isoformat(), review_id),
            )
            pos = next((i for i, f in enumerate(findings) if f.id == new.id), len(findings))
            self._write_finding(con, review_id, pos, new)
            self._audit(
                con, review_id, actor, action,
                {"finding": None if old is None else old.model_dump(mode="json"),
                 "decision": review.decision.decision.value},
                {"finding": new.model_dump(mode="json"), "decision": decision.decision.value},
                decision.policy_revision,
            )
            previous = review.decision
        return ChangeResult(review=self.get(review_id), previous=previous)

    def confirm_finding(self, review_id: int, finding_id: str, *, version: int,
                        actor: str) -> ChangeResult:
        """The reviewer agrees the finding is right; it then always counts."""
        def mutate(review: Review, _: list[Finding]) -> tuple[Finding, Finding]:
            old = review.finding(finding_id)
            return old, old.model_copy(update={"review": ReviewStatus.confirmed})

        return self._change_finding(review_id, version, actor, "confirm", mutate)

    def reject_finding(self, review_id: int, finding_id: str, *, version: int,
                       actor: str) -> ChangeResult:
        """The reviewer says the finding is wrong; it then never counts."""
        def mutate(review: Review, _: list[Finding]) -> tuple[Finding, Finding]:
            old = review.finding(finding_id)
            return old, old.model_copy(update={"review": ReviewStatus.rejected})

        return self._change_finding(review_id, version, actor, "reject", mutate)

    def edit_finding(self, review_id: int, finding_id: str, *, value: Any,
                     quote: str | None = None, version: int, actor: str) -> ChangeResult:
        """Correct a finding's value (and optionally its quote); it becomes a human finding."""
        def mutate(review: Review, _: list[Finding]) -> tuple[Finding, Finding]:
            old = review.finding(finding_id)
            new = old.model_copy(update={
                "value": _coerce(old.field, value), "extractor": ExtractorKind.human,
                "review": ReviewStatus.edited,
            })
            if quote is not None and quote.strip() and quote.strip() != old.quote:
                new = self._ground(review, new.model_copy(update={"quote": quote.strip()}))
            return old, new

        return self._change_finding(review_id, version, actor, "edit", mutate)

    def add_finding(self, review_id: int, *, field: str, value: Any, quote: str = "",
                    group: str | None = None, version: int, actor: str) -> ChangeResult:
        """Add a fact the extractor missed, as a confirmed human finding."""
        if field not in FIELDS:
            raise InvalidArgumentError(f"unknown finding field {field!r}")

        def mutate(review: Review, findings: list[Finding]) -> tuple[None, Finding]:
            new = Finding(
                id=_next_human_id(findings), field=field, value=_coerce(field, value),
                quote=quote.strip(), extractor=ExtractorKind.human,
                review=ReviewStatus.confirmed, group=group or None,
            )
            if new.quote:
                new = self._ground(review, new)
            return None, new

        return self._change_finding(review_id, version, actor, "add", mutate)

    def _ground(self, review: Review, finding: Finding) -> Finding:
        if self._grounder is None:
            return finding
        return self._grounder(review, finding)

    # --- sign-off ----------------------------------------------------------------------
    def sign_off(self, review_id: int, *, reviewer: str, rationale: str,
                 version: int) -> Review:
        """Sign the review; it is read-only from now on."""
        reviewer, rationale = reviewer.strip(), rationale.strip()
        if not reviewer:
            raise InvalidArgumentError("sign-off needs the reviewer's name")
        if not rationale:
            raise InvalidArgumentError("sign-off needs a rationale")
        now = _now().isoformat()
        with self._tx() as con:
            review = self._checked(con, review_id, version)
            con.execute(
                "UPDATE reviews SET status='signed', reviewer=?, rationale=?, signed_at=?,"
                " updated=?, version=version+1 WHERE id=?",
                (reviewer, rationale, now, now, review_id),
            )
            self._audit(con, review_id, reviewer, "sign_off", {"status": "open"},
                        {"status": "signed", "decision": review.decision.decision.value,
                         "rationale": rationale}, review.policy_revision)
        return self.get(review_id)

    def reopen(self, review_id: int, *, actor: str, reason: str, version: int) -> Review:
        """Reopen a signed review for changes; the reopening is logged."""
        actor, reason = actor.strip(), reason.strip()
        if not actor:
            raise InvalidArgumentError("reopening needs the reviewer's name")
        if not reason:
            raise InvalidArgumentError("reopening needs a reason")
        with self._tx() as con:
            review = self._checked(con, review_id, version, allow_signed=True)
            if not review.read_only:
                raise InvalidArgumentError(f"review {review_id} is already open")
            con.execute(
                "UPDATE reviews SET status='open', updated=?, version=version+1 WHERE id=?",
                (_now().isoformat(), review_id),
            )
            self._audit(con, review_id, actor, "reopen",
                        {"status": "signed", "reviewer": review.reviewer,
                         "rationale": review.rationale},
                        {"status": "open", "reason": reason}, review.policy_revision)
        return self.get(review_id)

    # --- queries -----------------------------------------------------------------------
    def list_reviews(
        self, *, decision: str | Sequence[str] | None = None, reviewer: str | None = None,
        since: dt.date | None = None, until: dt.date | None = None,
        status: str | None = None, limit: int = 500,
    ) -> list[ReviewSummary]:
        """Past reviews, newest first. ``since``/``until`` bound the creation date (inclusive);
        ``reviewer`` matches part of the signing reviewer's name, ignoring case."""
        where, args = ["1=1"], []
        if decision:
            kinds = [decision] if isinstance(decision, str) else list(decision)
            where.append(f"outcome IN ({','.join('?' * len(kinds))})")
            args += kinds
        if reviewer:
            where.append("LOWER(COALESCE(reviewer,'')) LIKE ?")
            args.append(f"%{reviewer.strip().lower()}%")
        if since:
            where.append("substr(created,1,10) >= ?")
            args.append(since.isoformat())
        if until:
            where.append("substr(created,1,10) <= ?")
            args.append(until.isoformat())
        if status:
            where.append("status = ?")
            args.append(status)
        sql = (f"SELECT * FROM reviews WHERE {' AND '.join(where)} "
               "ORDER BY created DESC, id DESC LIMIT ?")
        con = self._connect()
        try:
            out = []
            for r in con.execute(sql, (*args, limit)).fetchall():
                names = [x["name"] for x in con.execute(
                    "SELECT name FROM files WHERE review_id=? ORDER BY position", (r["id"],))]
                out.append(ReviewSummary(
                    id=r["id"], created=r["created"], updated=r["updated"],
                    policy=r["policy"], as_of=r["as_of"], decision=r["outcome"],
                    status=r["status"], reviewer=r["reviewer"], files=names,
                    version=r["version"],
                ))
            return out
        finally:
            con.close()

    def history(self, review_id: int) -> list[AuditEntry]:
        """The review's audit rows, oldest first."""
        con = self._connect()
        try:
            rows = con.execute(
                "SELECT * FROM audit WHERE review_id=? ORDER BY id", (review_id,)
            ).fetchall()
        finally:
            con.close()
        return [
            AuditEntry(
                id=r["id"], ts=r["ts"], review_id=r["review_id"], actor=r["actor"],
                action=r["action"], policy_revision=r["policy_revision"],
                before=None if r["before"] is None else json.loads(r["before"]),
                after=None if r["after"] is None else json.loads(r["after"]),
            )
            for r in rows
        ]

    def replay(self, review_id: int) -> Decision:
        """Rebuild the current decision from the audit log alone.

        Starts from the decision logged at creation, applies every logged finding change in
        order, and re-runs the rules engine over the result. Equals ``get(id).decision``
        unless the log or the stored state was tampered with.
        """
        entries = self.history(review_id)
        if not entries or entries[0].action != "create":
            raise StorageError(f"review {review_id} has no creation entry in the audit log")
        decision = Decision.model_validate(entries[0].after["decision"])
        findings = list(decision.findings)
        changed = False
        for e in entries[1:]:
            if e.action not in FINDING_ACTIONS:
                continue
            new = Finding.model_validate(e.after["finding"])
            idx = next((i for i, f in enumerate(findings) if f.id == new.id), None)
            if idx is None:
                findings.append(new)
            else:
                findings[idx] = new
            changed = True
        if not changed:
            return decision
        return self._recompute(
            findings, policy=decision.policy, as_of=decision.as_of,
            extractor=decision.extractor.value, warnings=tuple(decision.warnings),
        ).model_copy(update={"as_of": decision.as_of})


def _coerce(field: str, value: Any) -> Any:
    """Coerce a reviewer-typed value; a one-line ``InvalidArgumentError`` when it cannot be."""
    if isinstance(value, str) and value.strip() == "":
        raise InvalidArgumentError(f"{field}: enter a value")
    try:
        return coerce_value(field, value)
    except (ValueError, TypeError) as exc:
        raise InvalidArgumentError(f"invalid value for {field}: {exc}") from None
