"""Score ``bench/check_real.py --out DIR`` against a reviewer's reading of the real certificates.

    python bench/check_real.py /work/shared/corpus/real/files --jobs 2 --out /tmp/real/out
    python bench/score_real.py /tmp/real/out [--truth bench/data/real_truth.json]

The truth (``bench/data/real_truth.json``) was written by viewing each file; it holds the first course
of each, so only a file's first item is scored. Participant: token-sort ratio >= 85; title: ratio >= 80
(lenient: a title with a few extra words passes); date: the end date (a month-only print is right when
no date or a date in that month is read); hours within 0.02. An ``auto`` item is wrong unless every field
is right and the truth says a careful reviewer would sign it.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

FIELDS = ("doc_type", "participant", "title", "date", "hours")


def _norm(text: str | None) -> str:
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", ascii_text).strip()


def field_checks(doc: dict[str, Any], truth: dict[str, Any]) -> dict[str, bool]:
    """Whether each field of a document's first item agrees with the truth."""
    item = doc["items"][0] if doc["items"] else {}
    end, read_end = truth["end"], item.get("end_date")
    hours, read_hours = truth["hours"], item.get("hours")
    return {
        "doc_type": doc["doc_type"] == truth["doc_type"],
        "participant": bool(doc["participant_name"])
        and fuzz.token_sort_ratio(_norm(doc["participant_name"]), _norm(truth["participant"])) >= 85,
        "title": bool(item.get("course_title"))
        and fuzz.ratio(_norm(item["course_title"]), _norm(truth["title"])) >= 80,
        "date": (read_end is None and (end is None or len(end) == 7))
        or (read_end is not None and end is not None and read_end.startswith(end)),
        "hours": (hours is None and read_hours is None)
        or (hours is not None and read_hours is not None and abs(hours - read_hours) < 0.02),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the --out folder of bench/check_real.py")
    parser.add_argument("--truth", type=Path, default=Path(__file__).parent / "data" / "real_truth.json")
    args = parser.parse_args()
    truth = {k: v for k, v in json.loads(args.truth.read_text()).items() if not k.startswith("_")}
    totals = {k: [0, 0] for k in FIELDS}
    autos: list[tuple[str, bool]] = []
    for name, expected in truth.items():
        path = args.out / f"{name}.json"
        doc = (
            json.loads(path.read_text())
            if path.exists()
            else {"doc_type": None, "participant_name": None, "items": []}
        )
        checks = field_checks(doc, expected)
        for k, ok in checks.items():
            totals[k][0 if ok else 1] += 1
        signable = all(checks[k] for k in FIELDS[1:]) and expected["signable"]
        autos += [(name, signable) for item in doc["items"] if item["status"] == "auto"]
        wrong = [k for k, ok in checks.items() if not ok]
        print(f"{name:38s} {'ok' if not wrong else 'WRONG: ' + ', '.join(wrong)}")
    print("\n| field | right | wrong |\n|---|---|---|")
    for k, (right, wrong_n) in totals.items():
        print(f"| {k} | {right} | {wrong_n} |")
    bad = [name for name, ok in autos if not ok]
    print(f"auto: {len(autos)}; wrong auto: {len(bad)} {bad}")


if __name__ == "__main__":
    main()
