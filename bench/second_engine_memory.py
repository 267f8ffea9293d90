"""The second engine's own peak memory and CPU time, page by page, in one fresh interpreter.

    .venv/bin/python bench/second_engine_memory.py [--pages 4,12,20,24,28,6,9] [--json OUT]

Reads the read-path bench's pages (``bench/scan_inputs.py``, the default mix) with RapidOCR as the
second look does (``extract.ocr_rapid._run``, OpenVINO, two threads, no cache), one after another. Per
page: the process's peak resident memory during that reading (the peak is reset before each page,
``/proc/self/clear_refs``), its resident memory after, and the CPU seconds. ``--json`` keeps the words
read, to compare two versions of the code (run this script from each checkout).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_inputs import build_scanned_pdf

from extract import ocr_rapid

WORK = Path("/tmp/certledger-bench")
THREADS = 2


def _memory_mib() -> dict[str, int]:
    """VmHWM (peak since the last reset) and VmRSS of this process, in MiB."""
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmHWM", "VmRSS")):
                out[line.split(":")[0]] = int(line.split()[1]) // 1024
    return out


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", default="4,12,20,24,28,6,9", help="bench pages, 1-based")
    parser.add_argument("--json", type=Path, help="write the words read here")
    args = parser.parse_args()
    scans = build_scanned_pdf(WORK, 30)
    numbers = [int(n) for n in args.pages.split(",")]
    engine = ocr_rapid._get_engine(0, THREADS, "openvino")
    ocr_rapid._stages(engine.ocr)  # loaded before the first page, as a running worker has them
    print(f"loaded: {_memory_mib()}")
    words: dict[int, list[object]] = {}
    peaks: list[int] = []
    cpu_total = 0.0
    for number in numbers:
        with Image.open(scans.pngs[number - 1]) as png:
            image = png.convert("L")
        _reset_peak()
        cpu, wall = _cpu_s(), time.perf_counter()
        words[number] = list(ocr_rapid._run(image, 0, THREADS, "openvino"))
        cpu, wall = _cpu_s() - cpu, time.perf_counter() - wall
        cpu_total += cpu
        memory = _memory_mib()
        peaks.append(memory["VmHWM"])
        print(f"page {number:2d} {image.size}: {len(words[number])} words, peak {memory['VmHWM']} MiB, "
              f"after {memory['VmRSS']} MiB, {cpu:.1f} CPU-s, {wall:.1f} s")  # fmt: skip
    print(f"highest peak {max(peaks)} MiB; {cpu_total:.1f} CPU-s over {len(numbers)} pages")
    if args.json:
        args.json.write_text(json.dumps({str(n): w for n, w in words.items()}))


if __name__ == "__main__":
    main()
