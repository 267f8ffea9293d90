"""Read-path benchmark against tesseract alone, side by side in one run (targets in BENCHMARKS.md).

    .venv/bin/python bench/bench_extract.py [--pages 30] [--workers N] [--rounds 1] [--text-runs 50]
                                            [--variants off,on,serial] [--scans mixed|light] [--work DIR]

Builds its own input with certledger.samples (bench/scan_inputs.py): an image-only PDF of ``--pages``
scanned certificate and transcript pages (``--scans mixed``: light and heavy scans, 200 and 300 dpi;
``--scans light``: light scans at 300 dpi only), and the same pixels as PNG files. Then,
with the OCR cache off (no cache folder, memory cache cleared, page workers restarted):

  (a) baseline: the PNGs through the ``tesseract`` CLI (same language and modes as the read path),
      OMP_THREAD_LIMIT=1, one process per core (--workers concurrent subprocesses): wall time;
  (b) ``extract_document(pdf, page_workers=--workers)``, each variant in a fresh interpreter (timed
      inside it, around extract_document): second engine off; on (second readings in the
      calling process, as extract_document does them); optionally serial. Wall time, ratio to (a),
      engine runs, memory of the variant's processes (sum of PSS and the largest RSS, sampled every 50 ms);
  (c) a one-page text-layer certificate: median ``extract_document`` time over --text-runs runs.

Prints a table and the rows for BENCHMARKS.md; writes JSON to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_inputs import MIXES, build_scanned_pdf

from certledger.samples import render_certificate_pdf, sample_applicants
from extract import ocr
from extract.config import ExtractConfig
from extract.document import extract_document
from extract.ocr import TESSERACT_CONFIG, TESSERACT_LANG

RESULTS = Path(__file__).resolve().parent / "results"


# ------------------------------------------------------------------------------------------ memory


def _tree_memory() -> tuple[int, int]:
    """(sum of PSS, largest RSS) in bytes over this process's descendants (not itself).

    PSS shares pages common to several processes (forked workers, the forkserver) among them, so
    the sum is the memory the document's processes really take; RSS of the largest is shown too.
    """
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    parent[int(entry)] = int(f.read().rsplit(b")", 1)[1].split()[1])
            except OSError:
                continue
    tree = {os.getpid()}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parent.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    tree.discard(os.getpid())
    pss_sum = largest = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
                for line in f:
                    if line.startswith((b"Pss:", b"Rss:")):
                        kib = int(line.split()[1]) * 1024
                        if line.startswith(b"Pss:"):
                            pss_sum += kib
                        else:
                            largest = max(largest, kib)
        except OSError:
            continue
    return pss_sum, largest


@dataclass
class MemoryPeak:
    sum_bytes: int = 0
    max_process_bytes: int = 0
    samples: int = 0


@contextmanager
def sampled_memory(every_s: float = 0.05) -> Iterator[MemoryPeak]:
    peak = MemoryPeak()
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            total, largest = _tree_memory()
            peak.sum_bytes = max(peak.sum_bytes, total)
            peak.max_process_bytes = max(peak.max_process_bytes, largest)
            peak.samples += 1
            stop.wait(every_s)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        stop.set()
        thread.join()


# ---------------------------------------------------------------------------------------- measures


@dataclass
class Timing:
    label: str
    seconds: list[float] = field(default_factory=list)
    memory: list[MemoryPeak] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def tesseract_alone(pngs: tuple[Path, ...], workers: int) -> float:
    """Wall time of the tesseract CLI over ``pngs``, ``workers`` processes at a time, 1 thread each."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = ["tesseract", "{}", "stdout", "-l", TESSERACT_LANG, *TESSERACT_CONFIG.split(), "tsv"]

    def one(png: Path) -> None:
        args = [str(png) if a == "{}" else a for a in cmd]
        subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, pngs))
    return time.perf_counter() - t0


VARIANTS: dict[str, tuple[str, dict[str, Any]]] = {
    "off": ("certledger, second engine off", {"second_engine": False}),
    "on": ("certledger, second engine on", {}),
    "serial": ("certledger, 1 page worker, second engine off", {"second_engine": False, "page_workers": 1}),
}


def certledger_run(pdf: Path, variant: str, workers: int) -> tuple[float, dict[str, Any]]:
    """One variant in a fresh interpreter (its memory is its own: no models left by another run).

    The time is taken inside it, around extract_document only (no interpreter start, no imports).
    """
    cmd = [sys.executable, __file__, "--child", variant, "--workers", str(workers), "--input", str(pdf)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    info: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return float(info.pop("seconds")), info


def child(pdf: Path, variant: str, workers: int) -> None:
    _, update = VARIANTS[variant]
    cfg = ExtractConfig(ocr_cache_dir=None, page_workers=workers).model_copy(update=update)
    import extract.read  # noqa: F401  (imports outside the timed part, as a running service has them)

    t0 = time.perf_counter()
    doc = extract_document(pdf, cfg)
    dt = time.perf_counter() - t0
    info: dict[str, Any] = {"seconds": dt}
    info.update({f"{e}_runs": ocr.engine_runs(e) for e in ("tesseract", "osd", "rapidocr")})
    info["pages"] = len(doc.pages)
    info["pages_both_engines"] = sum(1 for p in doc.pages if "rapidocr" in p.engines)
    info["items"] = len(doc.items)
    print(json.dumps(info))


def text_page_ms(folder: Path, runs: int) -> tuple[float, list[float]]:
    cert = next(d.spec for a in sample_applicants() for d in a.docs if d.kind is None and d.layout)
    pdf = render_certificate_pdf(cert, "centered_landscape", folder / "text-cert.pdf")  # type: ignore[arg-type]
    cfg = ExtractConfig()
    for _ in range(3):
        doc = extract_document(pdf, cfg)
    assert doc.pages[0].source == "text_layer", "the text certificate was OCRed"
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        extract_document(pdf, cfg)
        times.append(1000 * (time.perf_counter() - t0))
    return statistics.median(times), times


# -------------------------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rounds", type=int, default=1, help="a, b-off, b-on repeated, interleaved")
    ap.add_argument("--text-runs", type=int, default=50)
    ap.add_argument("--variants", default="off,on", help=f"of {','.join(VARIANTS)}")
    ap.add_argument("--work", type=Path, default=Path("/tmp/certledger-bench"))
    ap.add_argument("--scans", choices=list(MIXES), default="mixed", help="the pages' degradations")
    ap.add_argument("--child", choices=list(VARIANTS), help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.input, args.child, args.workers)
        return
    command = "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])

    t0 = time.perf_counter()
    scans = build_scanned_pdf(args.work, args.pages, mix=args.scans)
    print(
        f"input: {scans.pdf} ({scans.pdf.stat().st_size / 1e6:.1f} MB), built/found in "
        f"{time.perf_counter() - t0:.0f} s",
        flush=True,
    )
    plan: list[tuple[str, Callable[[], tuple[float, dict[str, Any]]]]] = [
        ("tesseract alone", lambda: (tesseract_alone(scans.pngs, args.workers), {})),
    ]
    for variant in args.variants.split(","):
        plan.append(
            (VARIANTS[variant][0], lambda v=variant: certledger_run(scans.pdf, v, args.workers))  # type: ignore[misc]
        )

    timings = {label: Timing(label) for label, _ in plan}
    for r in range(args.rounds):
        for label, fn in plan:
            with sampled_memory() as peak:
                dt, info = fn()
            t = timings[label]
            t.seconds.append(dt)
            t.memory.append(peak)
            t.extra = info
            print(
                f"round {r + 1} {label:55} {dt:7.2f} s  peak sum {peak.sum_bytes / 2**20:6.0f} MiB  "
                f"largest process {peak.max_process_bytes / 2**20:5.0f} MiB  {info}",
                flush=True,
            )

    median_ms, text_times = text_page_ms(args.work, args.text_runs)
    print(f"text-layer page: median {median_ms:.1f} ms over {args.text_runs} runs", flush=True)

    base = timings["tesseract alone"].median
    self_max = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows = []
    print(f"\n{'run':55} {'wall s':>8} {'ratio':>6} {'peak sum MiB':>13} {'largest MiB':>12}")
    for t in timings.values():
        mem_sum = max(m.sum_bytes for m in t.memory) / 2**20
        mem_one = max(m.max_process_bytes for m in t.memory) / 2**20
        ratio = t.median / base
        print(f"{t.label:55} {t.median:8.2f} {ratio:6.2f} {mem_sum:13.0f} {mem_one:12.0f}")
        rows.append(
            {
                "label": t.label,
                "seconds": t.seconds,
                "median_s": t.median,
                "ratio": ratio,
                "peak_sum_mib": mem_sum,
                "largest_process_mib": mem_one,
                **t.extra,
            }
        )
    print(f"rusage maxrss: this process {self_max:.0f} MiB, largest child {child_max:.0f} MiB")

    stamp = time.strftime("%Y%m%d-%H%M%S")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"extract-{stamp}.json"
    out.write_text(
        json.dumps(
            {
                "command": command,
                "when": stamp,
                "host": platform.node(),
                "cpus": os.cpu_count(),
                "pages": args.pages,
                "workers": args.workers,
                "rounds": args.rounds,
                "input": str(scans.pdf),
                "runs": rows,
                "text_page_median_ms": median_ms,
                "text_page_ms": text_times,
                "rusage_self_maxrss_mib": self_max,
                "rusage_children_maxrss_mib": child_max,
            },
            indent=1,
        )
    )
    print(f"\nwrote {out}\n\nBENCHMARKS.md rows ({command}):\n")
    print("| measure | target | measured |\n|---|---|---|")
    for row in rows[1:]:
        print(
            f"| {args.pages}-page scanned PDF, {row['label'].removeprefix('certledger').strip(', ')}, "
            f"{args.workers} page workers vs tesseract alone ({base:.1f} s) | <= 1.3x | "
            f"{row['ratio']:.2f}x ({row['median_s']:.1f} s) |"
        )
    mem = max(r["peak_sum_mib"] for r in rows[1:])
    one = max(r["largest_process_mib"] for r in rows[1:])
    print(
        f"| peak memory, {args.pages}-page scanned PDF (all processes) | < 500 MB | "
        f"{mem * 1.048576:.0f} MB sum, {one * 1.048576:.0f} MB largest process |"
    )
    print(f"| text-layer page, median of {args.text_runs} | <= 100 ms | {median_ms:.1f} ms |")


if __name__ == "__main__":
    main()
