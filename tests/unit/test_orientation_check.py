"""Which first readings get an orientation check (OSD): poor ones, unless plainly of upright text."""

from __future__ import annotations

from extract.config import ExtractConfig
from extract.read import _orientation_suspect
from extract.types import Word

CFG = ExtractConfig()


def _words(texts: list[tuple[str, float]], *, standing: bool = False) -> list[Word]:
    out = []
    for i, (text, conf) in enumerate(texts):
        x, y = 40.0 + 60 * (i % 8), 40.0 + 20 * (i // 8)
        w, h = 8.0 * len(text), 12.0
        box = (x, y, x + h, y + w) if standing else (x, y, x + w, y + h)
        out.append(Word(text=text, bbox=box, conf=conf, engine="tesseract"))
    return out


def test_a_heavy_upright_scan_reading_many_words_surely_skips_the_check() -> None:
    # Mean confidence 0.55: poor, but 20 words of letters read surely.
    sure = [("Certificate", 0.93), ("Completion", 0.9), ("School", 0.91), ("Resource", 0.88)] * 5
    noise = [("~|", 0.2), ("e.", 0.25), ("tl", 0.3), ("ii", 0.1)] * 10
    words = _words(sure + noise)
    assert sum(w.conf for w in words) / len(words) < CFG.orientation_check_below_conf
    assert not _orientation_suspect(words, CFG)


def test_an_upside_down_reading_is_checked_though_some_garbage_reads_surely() -> None:
    # "and", "has", "HOURS" upside down read as "pue", "sey", "SINOH" with high confidence.
    garbage = [("pue", 0.92), ("sey", 0.9), ("SINOH", 0.88), ("pue", 0.9)]
    rest = [("ɹǝ", 0.3), ("poʎ", 0.35), ("uo!", 0.4), ("1ǝ", 0.2), ("S]", 0.3)] * 12
    assert _orientation_suspect(_words(garbage + rest), CFG)


def test_few_sure_words_among_many_tokens_are_no_proof() -> None:
    """Twelve sure words in a dense page of 300 poor tokens: under a tenth of them, still checked."""
    sure = [("Training", 0.9)] * 12
    rest = [("xqz", 0.3)] * 300
    assert _orientation_suspect(_words(sure + rest), CFG)


def test_sideways_text_is_checked_however_surely_read() -> None:
    words = _words([("Certificate", 0.95), ("Completion", 0.95), ("Resource", 0.95)] * 8, standing=True)
    assert _orientation_suspect(words, CFG)


def test_a_good_reading_and_an_empty_one() -> None:
    assert not _orientation_suspect(_words([("Certificate", 0.95), ("Officer", 0.93)] * 6), CFG)
    assert _orientation_suspect([], CFG)
