"""The certledger command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from certledger.pipeline import process_file
from certledger.settings import Settings, load_settings
from classify.catalog import load_catalog
from extract.errors import ExtractError

if TYPE_CHECKING:  # heavy or database imports happen inside the commands that need them
    from sqlalchemy import Engine

    from certledger.pipeline import BatchProgress, BatchResult
    from ingest.types import Problem


def _cmd_extract(args: argparse.Namespace) -> int:
    settings = load_settings()
    catalog = load_catalog(settings.catalog_path)
    path = Path(args.file)
    if not path.is_file():
        print(f"certledger: no such file: {path}", file=sys.stderr)
        return 2
    try:
        # One document on the command line: its scanned pages are OCRed on every core.
        cfg = settings.extract_config().model_copy(update={"page_workers": os.cpu_count() or 1})
        doc = process_file(path, cfg, catalog, date.today())
    except ExtractError as exc:
        print(f"certledger: {path.name}: {exc.code}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        json.dump(doc.to_contract(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(
            f"{doc.file}: {doc.doc_type}, {doc.pages} page(s), "
            f"participant {doc.participant_name.text if doc.participant_name else '?'}"
        )
        for it in doc.items:
            print(
                f"  [{it.status:6}] {it.course_title} | {it.catalog_id or '-'} | {it.category} | "
                f"{it.start_date}..{it.end_date} | {it.hours} h | {it.confidence:.2f}"
                + (f"  ({'; '.join(it.review_reasons)})" if it.review_reasons else "")
            )
    return 0


# --------------------------------------------------------------------------------------------
# Shared by the database commands


def _engine(settings: Settings) -> Engine:
    """The configured database, migrated to head (ingest and demo migrate on start)."""
    from certledger.db import make_engine, migrate

    engine = make_engine(settings.sqlalchemy_url())
    migrate(engine)
    return engine


class _ProgressLine:
    """One line on stderr, rewritten in place: documents done/total, pages per second, failures."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, p: BatchProgress) -> None:
        width = 24
        filled = int(width * p.done / p.total) if p.total else width
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(
            f"\r[{bar}] {p.done}/{p.total} documents, {p.pages_per_s:.2f} pages/s, {p.failed} failed"
        )
        self.stream.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.shown = False


def _print_problems(problems: tuple[Problem, ...]) -> None:
    for p in problems:
        print(f"certledger: {p.level}: {p.origin}: {p.message}", file=sys.stderr)


def _table(rows: list[list[str]], out: TextIO = sys.stdout) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _print_result(result: BatchResult) -> None:
    for d in result.duplicates:
        print(f"certledger: note: {d.applicant_id}/{d.file}: same bytes as {d.same_as}: one document")
    for f in result.failures:
        print(f"certledger: failed: {f.applicant_id}/{f.file}: {f.code}: {f.message}", file=sys.stderr)
    rows = [["applicant", "documents", "failed", "requirements met", "credited hours", "eligible"]]
    for a in result.applications:
        rows.append(
            [
                a.applicant_id,
                str(a.documents),
                str(a.failed),
                f"{a.requirements_met}/{len(a.requirements)}",
                f"{a.additional_hours_credited:g}",
                "yes" if a.eligible else "no",
            ]
        )
    _table(rows)
    print(
        f"{result.processed} document(s) read, {result.skipped} already current, "
        f"{result.pages} page(s) in {result.elapsed_s:.1f} s"
    )


def _ingest(
    path: Path, settings: Settings, engine: Engine, export: Path | None, *, wait: bool = True
) -> tuple[int, list[str]]:
    """Ingest ``path``: (exit code, reasons it failed); prints as it goes."""
    from certledger.blobs import blob_store_from_url
    from certledger.pipeline import submit_bundles, wait_for_batch
    from ingest.sources import discover
    from ingest.types import IngestLimits

    started = time.monotonic()
    discovery = discover(path, IngestLimits(max_file_bytes=settings.max_upload_bytes))
    _print_problems(discovery.problems)
    reasons = [f"{p.origin}: {p.message}" for p in discovery.problems if p.level == "error"]
    if not discovery.bundles:
        print(f"certledger: no application found in {path}", file=sys.stderr)
        return 2, [*reasons, "no application found"]
    from certledger.catalogs import current_catalog

    catalog = current_catalog(engine, settings.catalog_path)  # the newest edited version, else the file
    store = blob_store_from_url(
        settings.blob_url, settings.data_dir, s3_endpoint_url=settings.s3_endpoint_url
    )
    with _workers(settings, engine):
        batch = submit_bundles(engine, discovery.bundles, store, catalog)
        if settings.redis_url and not wait:
            print(f"queued {len(batch.document_ids)} document(s); `certledger worker` reads them")
            return (1 if reasons else 0), reasons
        progress = _ProgressLine()
        try:
            result = wait_for_batch(engine, batch, progress, started=started)
        finally:
            progress.end()
    _print_result(result)
    if export is not None:
        _export(engine, export, [a.applicant_id for a in result.applications], with_csv=False)
    reasons += [f"{f.applicant_id}/{f.file}: {f.code}: {f.message}" for f in result.failures]
    return (1 if reasons else 0), reasons


def _workers(settings: Settings, engine: Engine) -> AbstractContextManager[object]:
    """The embedded worker when no Redis is configured; with Redis, `certledger worker` does the work."""
    if settings.redis_url:
        return nullcontext()
    # The composition root may import workers (tests/unit/test_architecture.py allows this file only).
    from workers.embedded import EmbeddedWorker

    return EmbeddedWorker(settings, engine=engine)


def _export(engine: Engine, out: Path, applicant_ids: list[str] | None, *, with_csv: bool) -> int:
    from sqlmodel import Session, select

    from certledger.export import application_by_id, export_application
    from certledger.tables import Application

    with Session(engine) as session:
        if applicant_ids is None:
            apps = list(session.exec(select(Application).order_by(Application.applicant_id)))
        else:
            found = [application_by_id(session, a) for a in applicant_ids]
            apps = [a for a in found if a is not None]
        for app in apps:
            export_application(session, app, out, with_csv=with_csv)
    return len(apps)


def _cmd_ingest(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = _engine(settings)
    try:
        # Embedded: this process reads everything before it returns, --wait or not. With Redis,
        # --wait polls the database until the workers are done.
        out = Path(args.export) if args.export else None
        code, _ = _ingest(Path(args.path), settings, engine, out, wait=args.wait or out is not None)
    finally:
        engine.dispose()
    return code


# --------------------------------------------------------------------------------------------
# ledger, export


def _ledger_text(ledger: dict[str, Any]) -> str:
    import io

    out = io.StringIO()
    verdict = "ELIGIBLE" if ledger["eligible"] else "not eligible"
    out.write(f"{ledger['applicant_id']}: {verdict}\n\nRequirements\n")
    reasons = ledger.get("reasons", {})
    rows = [["requirement", "verdict", "reason"]]
    rows += [[k, v, reasons.get(k, "")] for k, v in ledger["requirements"].items()]
    _table(rows, out)
    out.write(
        f"\nAdditional hours credited: {ledger['additional_hours_credited']:g}"
        f" (pending review: {ledger.get('additional_hours_pending', 0):g})\n"
    )
    for flag in ledger.get("flags", []):
        out.write(f"  flag: {flag['document']}: {flag['flag']}\n")
    out.write("\nLines\n")
    rows = [["document", "page", "course", "dates", "hours", "credited", "rule", "status"]]
    for line in ledger["lines"]:
        dates = line["start_date"] or "?"
        if line["end_date"] and line["end_date"] != line["start_date"]:
            dates += f"..{line['end_date']}"
        hours = "?" if line["hours"] is None else f"{line['hours']:g}"
        course = line["course_title"] if len(line["course_title"]) <= 48 else line["course_title"][:47] + "~"
        rows.append(
            [
                line["document"],
                str(line["page"]),
                course,
                dates,
                hours,
                f"{line['credited_hours']:g}",
                line["rule"],
                line["status"],
            ]
        )
    _table(rows, out)
    return out.getvalue()


def _cmd_ledger(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from certledger.export import application_by_id, stored_ledger

    settings = load_settings()
    engine = _engine(settings)
    try:
        with Session(engine) as session:
            app = application_by_id(session, args.applicant_id)
            ledger = stored_ledger(session, app) if app is not None else None
    finally:
        engine.dispose()
    if ledger is None:
        print(f"certledger: no ledger for applicant {args.applicant_id}", file=sys.stderr)
        return 2
    sys.stdout.write(_ledger_text(ledger))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = _engine(settings)
    try:
        ids = [args.applicant] if args.applicant else None
        n = _export(engine, Path(args.out), ids, with_csv=True)
    finally:
        engine.dispose()
    if args.applicant and n == 0:
        print(f"certledger: no applicant {args.applicant}", file=sys.stderr)
        return 2
    print(f"exported {n} applicant(s) to {args.out}")
    return 0


# --------------------------------------------------------------------------------------------
# watch, demo, db


def _cmd_watch(args: argparse.Namespace) -> int:
    from certledger.watch import Outcome, poll_once, snapshot

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"certledger: not a folder: {folder}", file=sys.stderr)
        return 2
    settings = load_settings()
    engine = _engine(settings)

    def handle(entry: Path) -> Outcome:
        print(f"certledger: ingesting {entry.name}", file=sys.stderr)
        try:
            _, reasons = _ingest(entry, settings, engine, None)
        except Exception as exc:  # one bad drop must not stop the watcher
            reasons = [f"{type(exc).__name__}: {exc}"]
        return Outcome(tuple(reasons))

    try:
        before = snapshot(folder)
        while True:
            time.sleep(args.interval)
            before, moved = poll_once(folder, before, handle)
            for entry, target in moved:
                print(f"certledger: {entry.name} -> {target.parent.name}/", file=sys.stderr)
            if args.once:
                return 0
    except KeyboardInterrupt:
        return 0
    finally:
        engine.dispose()


def _cmd_demo(args: argparse.Namespace) -> int:
    from certledger.samples import make_sample_applications

    root = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="certledger-demo-"))
    apps = root / "applications"
    print(f"certledger demo: drawing sample applications in {apps}", file=sys.stderr)
    make_sample_applications(apps)
    # The embedded default whatever the environment says: SQLite and blobs under root/data.
    settings = load_settings().model_copy(
        update={"data_dir": root / "data", "database_url": None, "blob_url": None, "redis_url": None}
    )
    engine = _engine(settings)
    try:
        code, _ = _ingest(apps, settings, engine, root / "export")
        _print_ledgers(engine)
    finally:
        engine.dispose()
    print(f"\ndatabase and blobs: {root / 'data'}; contract files: {root / 'export'}")
    return code


def _print_ledgers(engine: Engine) -> None:
    from sqlmodel import Session, select

    from certledger.export import stored_ledger
    from certledger.tables import Application

    with Session(engine) as session:
        for app in session.exec(select(Application).order_by(Application.applicant_id)):
            ledger = stored_ledger(session, app)
            if ledger is not None:
                sys.stdout.write("\n" + _ledger_text(ledger))


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from sqlalchemy import make_url

    from certledger.db import migrate

    settings = load_settings()
    migrate(settings.sqlalchemy_url())
    print(f"database at head: {make_url(settings.sqlalchemy_url()).render_as_string(hide_password=True)}")
    return 0


# --------------------------------------------------------------------------------------------
# worker, failed, requeue


def _cmd_worker(args: argparse.Namespace) -> int:
    settings = load_settings()
    if not settings.redis_url:
        print(
            "certledger: worker needs REDIS_URL (or CERTLEDGER_REDIS_URL); without it ingest and serve "
            "run the workers in-process",
            file=sys.stderr,
        )
        return 2
    engine = _engine(settings)  # migrated before any actor runs
    from certledger.webhooks import Deliverer
    from workers.service import run_worker

    processes = args.processes or settings.workers or os.cpu_count() or 1
    try:
        with Deliverer(engine, settings):  # webhooks are POSTed by workers too
            return run_worker(settings, processes, args.threads)
    finally:
        engine.dispose()


def _cmd_failed(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from certledger.failures import dead_letters, failed_documents

    settings = load_settings()
    engine = _engine(settings)
    try:
        with Session(engine) as session:
            docs, dead = failed_documents(session), dead_letters(session)
    finally:
        engine.dispose()
    if docs:
        rows = [["document id", "applicant", "file", "code", "reason"]]
        rows += [[str(d.document_id), d.applicant_id, d.file, d.code, d.message[:80]] for d in docs]
        _table(rows)
    if dead:
        print("\ndead letters")
        rows = [["id", "actor", "payload", "error"]]
        rows += [[str(m.id), m.actor, json.dumps(m.payload), m.error[:80]] for m in dead]
        _table(rows)
    print(f"{len(docs)} failed document(s), {len(dead)} dead letter(s)")
    return 0


def _cmd_requeue(args: argparse.Namespace) -> int:
    from certledger.db import session_scope
    from certledger.failures import requeue

    if not args.all and not args.document_ids:
        print("certledger: requeue: name document ids or pass --all", file=sys.stderr)
        return 2
    settings = load_settings()
    engine = _engine(settings)
    try:
        with session_scope(engine) as session:
            ids = requeue(session, None if args.all else args.document_ids)
        print(f"requeued {len(ids)} document(s)")
        if not settings.redis_url and ids:
            from certledger.pipeline import SubmittedBatch, wait_for_batch

            with _workers(settings, engine):  # embedded: read them now
                _print_result(wait_for_batch(engine, SubmittedBatch((), tuple(ids), (), (), 0)))
    finally:
        engine.dispose()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="certledger", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read one document and print what was found (no database)")
    ex.add_argument("file")
    ex.add_argument("--json", action="store_true", help="print the contract's document JSON")
    ex.set_defaults(func=_cmd_extract)

    ing = sub.add_parser(
        "ingest", help="ingest applicant folders, a folder of them, a .zip or a CSV manifest"
    )
    ing.add_argument("path")
    ing.add_argument("--wait", action="store_true", help="return once every document and ledger is done")
    ing.add_argument("--export", metavar="OUT", help="write OUT/<applicant_id>/<file>.json and ledger.json")
    ing.set_defaults(func=_cmd_ingest)

    led = sub.add_parser("ledger", help="print one applicant's ledger")
    led.add_argument("applicant_id")
    led.set_defaults(func=_cmd_ledger)

    exp = sub.add_parser("export", help="write the contract JSON and ledger.csv of stored applicants")
    exp.add_argument("out")
    exp.add_argument("--applicant", metavar="ID", help="only this applicant")
    exp.set_defaults(func=_cmd_export)

    wat = sub.add_parser("watch", help="ingest applicant folders and .zip files dropped into FOLDER")
    wat.add_argument("folder")
    wat.add_argument("--interval", type=float, default=5.0, help="seconds between polls (default 5)")
    wat.add_argument("--once", action="store_true", help="take what is there (two polls) and exit")
    wat.set_defaults(func=_cmd_watch)

    wrk = sub.add_parser("worker", help="run worker processes on Redis (REDIS_URL), plus the outbox relay")
    wrk.add_argument("--processes", type=int, default=0, help="worker processes (default: one per core)")
    wrk.add_argument("--threads", type=int, default=1, help="threads per process (default 1: reading is CPU)")
    wrk.set_defaults(func=_cmd_worker)

    fld = sub.add_parser("failed", help="list failed documents and dead letters, with their reasons")
    fld.set_defaults(func=_cmd_failed)

    rq = sub.add_parser("requeue", help="queue failed documents and dead letters again")
    rq.add_argument("document_ids", nargs="*", type=int, metavar="DOCUMENT_ID")
    rq.add_argument("--all", action="store_true", help="every failed document and dead letter")
    rq.set_defaults(func=_cmd_requeue)

    demo = sub.add_parser("demo", help="draw sample applications, ingest them and print their ledgers")
    demo.add_argument("--out", metavar="DIR", help="where to put them (default: a new temporary folder)")
    demo.set_defaults(func=_cmd_demo)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="run the migrations up to the newest")
    up.set_defaults(func=_cmd_db_upgrade)

    from certledger import cli_api  # serve and apikeys (the HTTP API); the embedded worker comes from here

    cli_api.register(sub, _workers)
    from certledger.cli_users import register as register_user_commands

    register_user_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (`certledger extract x.pdf | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
