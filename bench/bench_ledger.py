"""build_ledger for one applicant with 200 lines: median of 50 runs (target <= 50 ms).

Run: .venv/bin/python bench/bench_ledger.py
"""

from __future__ import annotations

import statistics
import time
from datetime import date, datetime, timedelta

from verify.ledger import build_ledger
from verify.lines import line_key
from verify.policy import default_policy
from verify.types import ApplicationFacts, Category, DocumentFacts, EvidenceItem, ReviewDecision

LINES, RUNS, TARGET_MS = 200, 50, 50.0
NAME = "Jane Q. Doe"
CATEGORIES: tuple[Category, ...] = ("juvenile", "school_safety", "unrelated", "school_safety")


def _item(i: int, document: str) -> EvidenceItem:
    end = date(2012, 1, 1) + timedelta(days=23 * i)
    # 40 distinct courses repeated: exercises the annual, window and duplicate rules.
    return EvidenceItem(
        document=document,
        doc_type="transcript",
        participant_name=NAME,
        issuer="Test Academy",
        page=1 + i % 3,
        course_title=f"Course {i % 40}",
        catalog_id=f"cat-{i % 40}" if i % 2 else None,
        category=CATEGORIES[i % len(CATEGORIES)],
        start_date=end,
        end_date=end,
        hours=None if i % 37 == 0 else float(4 + i % 12),
        status="review" if i % 11 == 0 else "auto",
        confidence=0.9,
    )


def applicant() -> tuple[ApplicationFacts, list[DocumentFacts], list[ReviewDecision]]:
    """Ten documents of 20 lines each, a NASRO basic and advanced among them, and a few decisions."""
    app = ApplicationFacts(
        applicant_id="B001",
        name=NAME,
        agency="Bench County",
        sro_start_date=date(2010, 1, 1),
        currently_employed=True,
        application_date=date(2024, 6, 1),
    )
    docs: list[DocumentFacts] = []
    for d in range(LINES // 20):
        file = f"{d:02d}-transcript.pdf"
        items = [_item(d * 20 + k, file) for k in range(20)]
        if d == 0:
            items[0] = items[0].model_copy(update={"catalog_id": "nasro-basic", "category": "basic"})
            items[1] = items[1].model_copy(update={"catalog_id": "nasro-advanced", "category": "advanced"})
            items[2] = items[2].model_copy(
                update={"catalog_id": "nasro-conference", "category": "conference"}
            )
        docs.append(
            DocumentFacts(
                file=file,
                doc_type="transcript",
                participant_name=NAME,
                issuer="Test Academy",
                items=tuple(items),
            )
        )
    decisions = [
        ReviewDecision(line_key=line_key(it), action="confirm", reviewer="bench", at=datetime(2024, 6, 2))
        for it in docs[1].items[:5]
    ]
    return app, docs, decisions


def main() -> None:
    app, docs, decisions = applicant()
    policy = default_policy()
    ledger = build_ledger(app, docs, decisions, policy)
    assert len(ledger.lines) == LINES
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        build_ledger(app, docs, decisions, policy)
        times.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(times)
    verdict = "OK" if median <= TARGET_MS else "OVER TARGET"
    print(
        f"build_ledger, {LINES} lines: median {median:.2f} ms over {RUNS} runs "
        f"(min {min(times):.2f}, max {max(times):.2f}; target <= {TARGET_MS:.0f} ms: {verdict})"
    )


if __name__ == "__main__":
    main()
