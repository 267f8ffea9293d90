"""Rebuild text lines and cells from positioned words (text layer or OCR alike)."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from extract.types import Line, Word, union_box

GIANT_WORD_FACTOR = 6.0


def _center_y(w: Word) -> float:
    return (w.bbox[1] + w.bbox[3]) / 2


def _height(w: Word) -> float:
    return max(w.bbox[3] - w.bbox[1], 1.0)


def _speck(w: Word) -> bool:
    """A dot or dash OCR made of dirt: no letters or digits and read with little confidence.

    Left in, its odd box breaks the chain of a line in two.
    """
    return w.conf < 0.5 and not any(c.isalnum() for c in w.text)


def is_vertical(w: Word) -> bool:
    """Text set top to bottom (a decorative band): not part of any line we read."""
    return len(w.text) >= 3 and (w.bbox[3] - w.bbox[1]) > 1.6 * (w.bbox[2] - w.bbox[0])


def group_lines(words: Iterable[Word], page: int) -> list[Line]:
    """Chain words left to right into lines.

    Each word joins the line whose *last* word sits level with it, not the line's mean
    height, so a row of a skewed scan (17 pt of drift across a page at 1.5 degrees)
    stays one line. On a page whose lines slope (a turned scan, a phone photo's perspective),
    "level" follows the page's tilt where the word is (:func:`_tilt`): across a wide gap between
    two cells of a table row, the drift is more than half a line, and a cell would join the
    row above or below, or start a line of its own.
    """
    kept = [w for w in words if w.text.strip() and not is_vertical(w) and not _speck(w)]
    if kept:
        # OCR of a border or seal yields "words" many lines tall; they belong to no line.
        typical = statistics.median(_height(w) for w in kept)
        kept = [w for w in kept if _height(w) <= GIANT_WORD_FACTOR * typical]
    ordered = sorted(kept, key=lambda w: (w.bbox[0], w.bbox[1]))
    chains = _chain(ordered, LEVEL)
    tilt = _tilt(chains)
    if (
        kept
        and max(abs(tilt.at(min(_center_y(w) for w in kept))), abs(tilt.at(max(_center_y(w) for w in kept))))
        >= MIN_SLOPE
    ):
        chains = _chain(ordered, tilt)
    lines = [Line(words=tuple(_glued_split(_year_amount_split(_seams_joined(c)))), page=page) for c in chains]
    lines.sort(key=lambda ln: (round(ln.bbox[1], 0), ln.bbox[0]))
    return _merge_reading_order(lines)


MIN_SLOPE = (
    0.01  # about 0.6 degrees: below it on the whole page, chaining level with the last word is exact enough
)
MIN_SLOPE_LINES = 4  # lines fitted before a tilt is trusted
MIN_FIT_WORDS = 3
MIN_FIT_SPAN_HEIGHTS = 6.0  # a line fitted spans this many of its heights


def _chain(ordered: Sequence[Word], tilt: Tilt) -> list[list[Word]]:
    """Words (sorted by left edge) chained into lines; a word is level with a line's last word when it
    overlaps it once the last word is moved along the page's ``tilt`` (where it is) to the word's position.

    A line whose words (those :func:`_level_word` may measure against) lie wholly above or below the word,
    by more than the page's tilt can drift over the page's width, is not tried (it would fail the overlap
    test anyway): a word is tried against the few lines near its height, not every line of the page."""
    chains: list[list[Word]] = []
    # per chain: the top and bottom of its words from its last with a letter or digit on (the words
    # ``_level_word`` can pick), kept as the chain grows
    tops: list[float] = []
    bottoms: list[float] = []
    reach = _drift_reach(ordered, tilt)
    for word in ordered:
        _, word_top, _, word_bottom = word.bbox
        best = -1
        best_dy = 0.0
        for i, chain in enumerate(chains):
            if bottoms[i] + reach <= word_top or tops[i] - reach >= word_bottom:
                continue
            dy = _chain_dy(chain, word, tilt)
            if dy is not None and (best < 0 or dy < best_dy):
                best, best_dy = i, dy
        if best < 0:
            chains.append([word])
            tops.append(word_top)
            bottoms.append(word_bottom)
            continue
        chains[best].append(word)
        if any(c.isalnum() for c in word.text):
            tops[best], bottoms[best] = word_top, word_bottom
        else:
            tops[best], bottoms[best] = min(tops[best], word_top), max(bottoms[best], word_bottom)
    return chains


def _drift_reach(words: Sequence[Word], tilt: Tilt) -> float:
    """More than any drift :func:`_chain_dy` can find: the steepest slope of ``tilt`` over the words' whole
    width (a point of margin on top of it)."""
    if not words:
        return 0.0
    left = min(min(w.bbox[0], w.bbox[2]) for w in words)
    right = max(max(w.bbox[0], w.bbox[2]) for w in words)
    steepest = max(abs(tilt.at(tilt.fitted_from)), abs(tilt.at(tilt.fitted_to)))
    return steepest * (right - left) + 1.0


def _chain_dy(chain: Sequence[Word], word: Word, tilt: Tilt) -> float | None:
    """How far ``word``'s centre is from level with ``chain`` (moved along ``tilt``), or None when it
    cannot continue the chain."""
    last = chain[-1]
    if word.bbox[0] < last.bbox[2] - 0.5 * _height(last) and not _runs_on_from(last, word):
        return None  # overlaps horizontally: a different line
    last = _level_word(chain, word)
    drift = tilt.at(_center_y(last)) * (word.bbox[0] - last.bbox[2])
    overlap = min(word.bbox[3], last.bbox[3] + drift) - max(word.bbox[1], last.bbox[1] + drift)
    if overlap < 0.5 * min(_height(word), _height(last)):
        return None
    return abs(_center_y(word) - _center_y(last) - drift)


LEVEL_CENTRE = 0.2  # of a line's height: two words' centres this close are on one baseline
MAX_RUN_ON_OVERLAP = 0.75  # of the shorter word's width: more is the same word read twice


def _level_word(chain: Sequence[Word], word: Word) -> Word:
    """The chain's word to measure ``word``'s level against: its last, unless that is a mark of punctuation
    far shorter than ``word`` (a colon's dot read at the top of the line): its box says nothing of the
    line's height, and the next cell would start a line of its own."""
    for w in reversed(chain):
        if any(c.isalnum() for c in w.text) or _height(w) >= 0.5 * _height(word):
            return w
    return chain[-1]


def _runs_on_from(last: Word, word: Word) -> bool:
    """``word`` continues ``last``'s line though their boxes overlap: OCR drew an italic or
    decorative word's box past its ink ("PHILIP" over the "J." of "PHILIP J. SMITH"). The two sit
    on one baseline at one size, ``word`` reaches past ``last``, and they share less than most of
    the shorter one's width (a word read twice, by two engines, overlaps whole)."""
    h = min(_height(last), _height(word))
    if (
        abs(_center_y(word) - _center_y(last)) > LEVEL_CENTRE * h
        or not 0.75 <= _height(last) / _height(word) <= 1.33
    ):
        return False
    shared = last.bbox[2] - word.bbox[0]
    shorter = min(word.bbox[2] - word.bbox[0], last.bbox[2] - last.bbox[0])
    if word.bbox[2] > last.bbox[2]:
        return shared < MAX_RUN_ON_OVERLAP * shorter
    return _box_swallows(last, word)


MIN_SEAM = 2  # letters two pieces of one word, read apart, both hold at their overlap
MIN_SEAM_OVERLAP = 0.25  # of the shorter piece's width: their boxes overlap at least this much


def _seams_joined(chain: list[Word]) -> list[Word]:
    """A word OCR read as two overlapping pieces, each holding the letters where they meet ("Reso" and
    "source" for "Resource" on a page bulging off the desk), joined back into one word.

    Words set apart never overlap; an italic's box drawn past its ink overlaps the next word's, but two
    words do not repeat each other's letters there. Only letters are joined, at two or more repeated.
    """
    out: list[Word] = []
    for word in chain:
        prev = out[-1] if out else None
        seam = _seam(prev, word) if prev is not None and word.engine == prev.engine else 0
        if prev is None or not seam:
            out.append(word)
            continue
        out[-1] = prev.model_copy(
            update={
                "text": prev.text + word.text[seam:],
                "bbox": union_box([prev.bbox, word.bbox]),
                "conf": min(prev.conf, word.conf),
            }
        )
    return out


# A year OCR glued to the amount printed after it, the gap between a date and the hours beside it lost on a
# fax or a heavy scan ("June 14th thru 16th, 202224 Hours", "Fall Semester 20211.2 CEUs").
_YEAR_AMOUNT_RE = re.compile(r"((?:19|20)\d\d)((?:[1-9]\d{0,2}|0)(?:\.\d{1,2})?)")
# A span of school or fiscal years with the amount after it ("2021-20221.0", "2019/202016"); the second
# year checked against the first by ``_glued_year_end``.
_SPAN_AMOUNT_RE = re.compile(r"((?:19|20)\d\d[-–/]((?:19|20)\d\d))((?:[1-9]\d{0,2}|0)(?:\.\d{1,2})?)")
_AMOUNT_UNIT_RE = re.compile(r"(?i)(?:hours?|hrs?|ceus?|contact|clock)\b")
_MONTHS = "jan feb mar apr may jun jul aug sep sept oct nov dec"
# What may stand before a year: a month ("June", "Sept."), a season or term, or a day closing on its comma
# ("16th,", "6-10,").
_BEFORE_YEAR_RE = re.compile(
    rf"(?i)(?:(?:{'|'.join(_MONTHS.split())})[a-z]*\.?|spring|summer|fall|autumn|winter|semester|term|quarter"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?,)"
)


def _year_amount_split(chain: list[Word]) -> list[Word]:
    """An OCR word of a year and an amount glued ("202224" before "Hours", after "16th,") as two words:
    the year closing its date, the amount the hours. Only after a month, a season or a day with its comma,
    and before an hour or CEU unit; a text layer's words are as printed. A span of two years glued so
    ("2021-20221.0" before "CEU") splits after its second year whatever stands before it: a span's second
    year is its first or the next, which leaves one place to cut."""
    out: list[Word] = []
    for i, word in enumerate(chain):
        after = chain[i + 1].text if i + 1 < len(chain) else ""
        cut_at = _glued_year_end(word.text, chain[i - 1].text if i else None)
        if cut_at is None or word.engine == "text_layer" or not _AMOUNT_UNIT_RE.match(after):
            out.append(word)
            continue
        x0, y0, x1, y1 = word.bbox
        cut = x0 + (x1 - x0) * cut_at / len(word.text)
        out.append(word.model_copy(update={"text": word.text[:cut_at], "bbox": (x0, y0, cut, y1)}))
        out.append(word.model_copy(update={"text": word.text[cut_at:], "bbox": (cut, y0, x1, y1)}))
    return out


def _glued_year_end(text: str, before: str | None) -> int | None:
    """Where the year ends in ``text`` read as a year (or a span of years) glued to an amount, or None.
    A lone year counts only after a month, a season or a day (``before``); a span's second year must be
    its first or the next, which leaves one place to cut whatever stands before it."""
    m = _YEAR_AMOUNT_RE.fullmatch(text)
    if m is not None:
        if before is None or not _BEFORE_YEAR_RE.fullmatch(before):
            return None
        year_end, amount = m.end(1), m.group(2)
    else:
        span = _SPAN_AMOUNT_RE.fullmatch(text)
        if span is None or int(span.group(2)) - int(span.group(1)[:4]) not in (0, 1):
            return None
        year_end, amount = span.end(1), span.group(3)
    return year_end if float(amount) <= MAX_GLUED_AMOUNT else None


MAX_GLUED_AMOUNT = 200  # hours (or CEUs) a course's line may print; a larger "amount" is no such glue


# Two cells or fields an OCR word holds, the gap between them lost on a fax or a heavy scan: an amount
# glued to the money amount after it ("4.0$50.00": the hours and the cost, a "$" never inside a number),
# a word glued by a speck's stop to a label after it ("Nyberg.Date:": the name and the next field), and a
# year glued to a 24-hour clock span after it ("22,20220800-1700": a date's year and the class's hours).
_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
_GLUED_RES = (
    re.compile(r"(\d{1,3}(?:\.\d{1,2})?)(\$\d[\d,]*(?:\.\d\d)?)"),
    re.compile(r"([^\W\d_]{2,}\.)([A-Z][a-z]{1,11}:)"),
    re.compile(rf"((?:\d{{1,2}},)?(?:19|20)\d\d)({_CLOCK}\s*[-–]\s*{_CLOCK})"),
)


def _rises(m: re.Match[str]) -> bool:
    """A clock span (``_GLUED_RES``' last) ends after it starts: "20230915-0001" is a number, no glue."""
    clock = re.fullmatch(rf"({_CLOCK})\s*[-–]\s*({_CLOCK})", m.group(2))
    return clock is None or clock.group(1) < clock.group(2)


def _glued_split(chain: list[Word]) -> list[Word]:
    """Each OCR word of two glued fields (``_GLUED_RES``) as two words, its box cut in proportion to the
    letters; a text layer's words are as printed."""
    out: list[Word] = []
    for word in chain:
        m = (
            None
            if word.engine == "text_layer"
            else next((m for r in _GLUED_RES if (m := r.fullmatch(word.text)) and _rises(m)), None)
        )
        if m is None:
            out.append(word)
            continue
        x0, y0, x1, y1 = word.bbox
        cut = x0 + (x1 - x0) * m.end(1) / len(word.text)
        out.append(word.model_copy(update={"text": m.group(1), "bbox": (x0, y0, cut, y1)}))
        out.append(word.model_copy(update={"text": m.group(2), "bbox": (cut, y0, x1, y1)}))
    return out


def _seam(a: Word, b: Word) -> int:
    """How many letters ``b`` repeats of ``a``'s end where their boxes overlap (0: none, or no overlap)."""
    if not (a.text.isalpha() and b.text.isalpha()) or b.bbox[2] <= a.bbox[2]:
        return 0
    shorter = min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0])
    if a.bbox[2] - b.bbox[0] < MIN_SEAM_OVERLAP * shorter:
        return 0
    for k in range(min(len(a.text), len(b.text)) - 1, MIN_SEAM - 1, -1):
        if a.text[-k:].casefold() == b.text[:k].casefold():
            return k
    return 0


SWALLOWING_WIDTH = 2.0  # a box this many times wider per character than its neighbour's is drawn over others


def _box_swallows(last: Word, word: Word) -> bool:
    """OCR drew ``last``'s box over the words after it ("Kendra" boxed from its K to the end of "Okafor" in
    a script face's "Kendra L. Okafor"), so ``word`` lies inside it. Its box is then far wider per letter
    than the swallowed word's, at one size; a word read twice (two engines) or an overprint reads the
    same characters in a box of the same width, and stays apart."""
    chars_last, chars_word = len(last.text.strip()), len(word.text.strip())
    if (
        chars_last < 2
        or not any(c.isalnum() for c in word.text)
        or last.text.casefold() == word.text.casefold()
    ):
        return False
    per_last = (last.bbox[2] - last.bbox[0]) / chars_last
    per_word = max(word.bbox[2] - word.bbox[0], 1.0) / chars_word
    return per_last >= SWALLOWING_WIDTH * per_word


@dataclass(frozen=True)
class Tilt:
    """How the page's lines slope (points down per point right), as it changes down the page: level for a
    text layer, one slope for a turned scan, a fan for a photo taken at an angle (lines rising at the top
    and falling at the bottom, toward a vanishing point)."""

    at_top: float = 0.0
    per_point_down: float = 0.0
    # the heights of the lines it was fitted on: above and below them it is not extrapolated
    fitted_from: float = 0.0
    fitted_to: float = 0.0

    def at(self, y: float) -> float:
        return self.at_top + self.per_point_down * min(max(y, self.fitted_from), self.fitted_to)


LEVEL = Tilt()


def _line_slope(chain: Sequence[Word]) -> tuple[float, float] | None:
    """(centre height, slope) of a long line, fitted through its words' baselines; None for a short one."""
    words = [w for w in chain if 0.75 <= _height(w) / _height(chain[0]) <= 1.33]
    if len(words) < MIN_FIT_WORDS:
        return None
    xs = [(w.bbox[0] + w.bbox[2]) / 2 for w in words]
    ys = [w.bbox[3] for w in words]  # baselines: descenders aside
    if xs[-1] - xs[0] < MIN_FIT_SPAN_HEIGHTS * _height(words[0]):
        return None
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return statistics.fmean(_center_y(w) for w in words), slope


def _pairs_slope(chains: Sequence[Sequence[Word]]) -> float:
    """The median slope between neighbouring words of like height set close together (0 from fewer than
    ``MIN_SLOPE_PAIRS``): coarse (whole pixels), but it needs no long line."""
    slopes = []
    for chain in chains:
        for a, b in pairwise(chain):
            ha, hb = _height(a), _height(b)
            gap = b.bbox[0] - a.bbox[2]
            if 0 <= gap <= 1.5 * max(ha, hb) and 0.75 <= ha / hb <= 1.33:
                run = (b.bbox[0] + b.bbox[2]) / 2 - (a.bbox[0] + a.bbox[2]) / 2
                if run > 0:
                    slopes.append((b.bbox[3] - a.bbox[3]) / run)  # baselines: descenders aside
    return statistics.median(slopes) if len(slopes) >= MIN_SLOPE_PAIRS else 0.0


MIN_SLOPE_PAIRS = 8
MIN_PAIRS_SLOPE = 0.02  # about 1.1 degrees


def _close_runs(chain: Sequence[Word]) -> list[list[Word]]:
    """The chain cut at its wide gaps: words set close together are surely one line; across a gap
    between two cells, a level chaining may have joined the end of one row to the start of the next."""
    return _runs_cut_where(
        chain,
        lambda a, b: b.bbox[0] - a.bbox[2] > CLOSE_GAP_HEIGHTS * max(_height(a), _height(b)),
    )


def _runs_cut_where(words: Sequence[Word], cut: Callable[[Word, Word], bool]) -> list[list[Word]]:
    """The words in runs, a new run started between two neighbours wherever ``cut`` says so."""
    runs: list[list[Word]] = []
    for word in words:
        if runs and not cut(runs[-1][-1], word):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


CLOSE_GAP_HEIGHTS = 1.5


def _tilt(chains: Sequence[Sequence[Word]]) -> Tilt:
    """The page's tilt, from its long lines each fitted on its own (two neighbouring words say little:
    boxes come in whole pixels, so their baselines are mostly level even on a page turned by a degree,
    where a wide gap between a table's cells drifts by half a line). The slopes are fitted against
    the lines' heights on the page; lines off the fit by far (a signature, a stamp) are left out."""
    fits = [f for c in chains for run in _close_runs(c) if (f := _line_slope(run)) is not None]
    if len(fits) < MIN_SLOPE_LINES:
        # few long lines: one slope from neighbouring words, coarse, so trusted only when large
        slope = _pairs_slope(chains)
        return Tilt(at_top=slope) if abs(slope) >= MIN_PAIRS_SLOPE else LEVEL
    for _ in range(2):
        ys, slopes = [y for y, _ in fits], [s for _, s in fits]
        mean_y, mean_s = statistics.fmean(ys), statistics.fmean(slopes)
        spread = sum((y - mean_y) ** 2 for y in ys)
        per_y = sum((y - mean_y) * (s - mean_s) for y, s in fits) / spread if spread else 0.0
        tilt = Tilt(mean_s - per_y * mean_y, per_y, min(ys), max(ys))
        misses = [abs(s - tilt.at(y)) for y, s in fits]
        bar = max(3 * statistics.median(misses), 0.005)
        kept = [f for f, miss in zip(fits, misses, strict=True) if miss <= bar]
        if len(kept) == len(fits) or len(kept) < MIN_SLOPE_LINES:
            break
        fits = kept
    return tilt


def _merge_reading_order(lines: list[Line]) -> list[Line]:
    """Sort lines top to bottom; lines whose tops differ by less than half a line read left to right,
    unless one stands over the other (cells of one row never share their columns)."""
    out = sorted(lines, key=lambda ln: ln.bbox[1])
    result: list[Line] = []
    i = 0
    while i < len(out):
        band = [out[i]]
        j = i + 1
        while (
            j < len(out)
            and out[j].bbox[1] - band[0].bbox[1] < 0.5 * band[0].height
            and not any(_stacked(b, out[j]) for b in band)
        ):
            band.append(out[j])
            j += 1
        result.extend(sorted(band, key=lambda ln: ln.bbox[0]))
        i = j
    return result


STACKED_OVERLAP = 0.5  # of the narrower line's width


def _stacked(a: Line, b: Line) -> bool:
    """``a`` and ``b`` share most of the narrower one's columns: two rows, one over the other, whatever
    their tops say. On a photo's tilted page a long centred line's box reaches up at one end, above the top
    of a short line centred over it ("IS-0042.c" over the course it codes): read left to right as one row,
    the code would follow the course."""
    overlap = min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
    narrower = min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0])
    return narrower > 0 and overlap > STACKED_OVERLAP * narrower


JOINING_MARK_RE = re.compile(r"[-–—&]")


def split_cells(line: Line, gap_factor: float = 2.2) -> list[Line]:
    """Split a line where the space between two words is wider than ``gap_factor`` line heights."""

    def wide_gap(prev: Word, word: Word) -> bool:
        # A dash is as tall as its ink (two points): it says nothing of the type size, so the letters
        # beside it set the gap ("Procedures - 2022 Update" is one cell). Other marks alone ("»", ".")
        # are more often debris, kept apart as before.
        # A word OCR boxed around a part of its ink (the dot of "N.", a box four points square beside
        # twenty-point letters) says nothing of the type size either: the other word sets the gap.
        sized = [
            _height(w)
            for w, other in ((prev, word), (word, prev))
            if not JOINING_MARK_RE.fullmatch(w.text) and not _boxed_short(w, other)
        ]
        gap = word.bbox[0] - prev.bbox[2]
        if _blob_at_an_end(line, prev, word) and gap > BLOB_GAP * max(_height(prev), _height(word)):
            return True
        return gap > gap_factor * min(sized or [max(_height(prev), _height(word))])

    return [Line(words=tuple(c), page=line.page) for c in _runs_cut_where(line.words, wide_gap)]


# What OCR makes of a round blob (a punched hole, a speck of toner, a dot of a seal): no letter, no digit.
BLOB_RE = re.compile(r"[@©®•●°*¤]+")
BLOB_GAP = 0.6  # of the taller word's height: wider than a word space, a blob at a line's end is apart


def _blob_at_an_end(line: Line, prev: Word, word: Word) -> bool:
    """``prev`` opens the line or ``word`` ends it, and is a blob's reading: a hole punched beside a name
    ("@ Philippa N. Runcorn") is no part of it."""
    return (prev is line.words[0] and bool(BLOB_RE.fullmatch(prev.text))) or (
        word is line.words[-1] and bool(BLOB_RE.fullmatch(word.text))
    )


PART_BOX_SHARE = 0.4  # a word with letters boxed this much shorter and narrower than its neighbour's height


def _boxed_short(word: Word, other: Word) -> bool:
    """``word`` has letters or digits but a box too small in both directions for any of them at the size
    of ``other`` beside it: OCR boxed a part of its ink (a stop), not the word."""
    small = PART_BOX_SHARE * _height(other)
    width = word.bbox[2] - word.bbox[0]
    return any(ch.isalnum() for ch in word.text) and _height(word) < small and width < small


def page_cells(lines: Sequence[Line]) -> list[Line]:
    """Every line split into its cells, in reading order."""
    return [cell for line in lines for cell in split_cells(line)]
