"""A phone photo of a page turned into a flat, evenly lit page before OCR.

A page photographed on a desk is a tilted quadrilateral (keystone from the phone's angle, a turn of
up to ~15 degrees) inside a frame of desk, with the light falling off across it. Tesseract reads
lines only up to a few degrees of tilt (and ``deskew`` searches only 5), and binarises the page at one
threshold, so a shadow across it swallows words. Here the page's outline is found on a small copy
(the largest bright region, which must be surrounded by darker background on three sides or more,
so a printed frame or a dark sidebar on a scan is never taken for the page's edge), warped to a
rectangle, and its light evened out by dividing by an estimate of the paper's brightness.

OpenCV (opencv-python-headless, a dependency of ours and of RapidOCR) does the contour work; it is
imported only when a page needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

if TYPE_CHECKING:
    import numpy.typing as npt

_WORK_PX = 500  # the outline is looked for on a copy this long on its long side
MIN_PAGE_SHARE = 0.2  # the page covers at least this share of the photo...
MAX_PAGE_SHARE = 0.97  # ...and less than this (else there is no background to cut away)
MIN_SIDE_MARGIN = 0.015  # a side has background when the page's edge is this far (of the frame) inside
MIN_BACKGROUND_SIDES = 3
MAX_BRIGHT_OUTSIDE = 0.12  # share of the background as bright as paper: more and it is a page, not a desk
MIN_CONTRAST = 35.0  # paper's median brightness above the background's
MIN_SOLIDITY = 0.88  # the bright region fills this share of its quadrilateral (a page, not a blob)
MIN_TILT_DEG = 5.0  # an outline this close to the frame's axes is left to deskew (it levels up to 5 degrees)
_INSET = 0.004  # of the page's size: the warp stops short of the page's own edge and its shadow
MAX_MARGIN = 0.6  # of the page's size: the most of the photo kept beyond each side of the outline


@dataclass(frozen=True)
class Outline:
    corners: npt.NDArray[np.float64]  # top-left, top-right, bottom-right, bottom-left; full-size pixels
    tilt_deg: float  # the largest angle of an edge from the frame's axes


def flatten_photo(gray: Image.Image, pixels: npt.NDArray[np.uint8] | None = None) -> Image.Image | None:
    """The page of a photo warped flat and evenly lit, or None when no page outline is sure.

    The photo around the outline is kept (warped with the page, its light untouched): a dark band
    printed along the page's edge (a navy header, a sidebar) looks like desk to the outline search,
    and what is printed on it must not be cut away. ``pixels``: ``gray``'s pixels as an array, when the
    caller has them (not copied out of the image again).
    """
    outline = find_page_outline(gray, pixels)
    if outline is None or outline.tilt_deg < MIN_TILT_DEG:
        return None
    flat, page_box = warp_to_rectangle(gray, outline.corners)
    x0, y0 = page_box[:2]
    flat.paste(even_out_light(flat.crop(page_box)), (x0, y0))
    return flat


def find_page_outline(gray: Image.Image, pixels: npt.NDArray[np.uint8] | None = None) -> Outline | None:
    """The page's four corners in ``gray`` (mode L), or None.

    The page is the largest bright region on a small blurred copy (Otsu's threshold); it must be a
    solid quadrilateral taking 20-97 % of the frame, with a clearly darker, seldom paper-bright
    background beyond at least three of its sides.
    """
    import cv2

    small, factor, level, contours = _bright_regions(np.asarray(gray) if pixels is None else pixels)
    if not contours:
        return None
    region = max(contours, key=cv2.contourArea)
    h, w = small.shape
    area = float(cv2.contourArea(region))
    if not MIN_PAGE_SHARE * w * h <= area <= MAX_PAGE_SHARE * w * h:
        return None
    quad = _quadrilateral(region)
    if quad is None or area < MIN_SOLIDITY * float(cv2.contourArea(quad.astype(np.float32))):
        return None
    if _sides_with_background(quad, w, h) < MIN_BACKGROUND_SIDES:
        return None
    inside = np.zeros_like(small)
    cv2.fillPoly(inside, [np.rint(quad).astype(np.int32)], 255)
    paper, desk = small[inside > 0], small[inside == 0]
    if desk.size == 0 or float(np.median(paper)) - float(np.median(desk)) < MIN_CONTRAST:
        return None
    if float(np.mean(desk > max(level, float(np.median(paper)) - 25))) > MAX_BRIGHT_OUTSIDE:
        return None
    return Outline(corners=quad / factor, tilt_deg=_tilt(quad))


def _bright_regions(
    arr: npt.NDArray[np.uint8], join: int = 9
) -> tuple[npt.NDArray[Any], float, float, Sequence[Any]]:
    """A small blurred copy of the photo, its scale, its Otsu level and the outer contours of its bright
    regions (print inside a paper joined to it across ``join`` px of the copy, specks of glare on the desk
    gone)."""
    import cv2

    factor = _WORK_PX / max(arr.shape)
    small = cv2.resize(arr, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else arr
    factor = min(factor, 1.0)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    level, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    closing = cv2.getStructuringElement(cv2.MORPH_RECT, (join, join))
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, closing)  # print inside the page joins the paper
    bright = cv2.morphologyEx(bright, cv2.MORPH_OPEN, kernel)  # specks of glare on the desk go
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return small, factor, float(level), contours


MIN_PAPER_SHARE = 0.1  # of the photo: each of two papers side by side covers at least this
MIN_PAPERS_ROWS_SHARED = 0.6  # of the shorter paper's height: side by side, not one above the other
MIN_PAPER_GAP = 0.01  # of the photo's width: desk this wide at least between the two
PAPER_JOIN = 3  # px of the small copy: print joins its paper, a strip of desk between two papers stays


def paper_gaps(gray: Image.Image, pixels: npt.NDArray[np.uint8] | None = None) -> tuple[float, ...]:
    """Where (x, full-size pixels) a photo of two papers lying side by side shows the desk between them;
    ``()`` for any other photo or scan.

    Two papers are two separate bright regions each covering ``MIN_PAPER_SHARE`` of the photo or more, each
    a solid quadrilateral of a page's shape wholly in view (desk beyond all four of its sides), clearly
    brighter than the desk, side by side (sharing most of their rows) with a band of desk between them
    running from the top of both to their bottom. A page's own columns, a header band or a fold leave one
    bright region (the paper joins them), and a paper cut off by the frame is no whole paper.
    """
    import cv2

    small, factor, _, contours = _bright_regions(np.asarray(gray) if pixels is None else pixels, PAPER_JOIN)
    h, w = small.shape
    big = [c for c in contours if cv2.contourArea(c) >= MIN_PAPER_SHARE * w * h]
    if len(big) != 2:
        return ()
    boxes = []
    for region in big:
        quad = _quadrilateral(region)
        if quad is None or cv2.contourArea(region) < MIN_SOLIDITY * cv2.contourArea(quad.astype(np.float32)):
            return ()
        if _sides_with_background(quad, w, h) < 4:
            return ()
        x, y, bw, bh = cv2.boundingRect(region)
        boxes.append((x, y, x + bw, y + bh))
    (_, t0, l1, b0), (r0, t1, _, b1) = sorted(boxes)
    shared = min(b0, b1) - max(t0, t1)
    if shared < MIN_PAPERS_ROWS_SHARED * min(b0 - t0, b1 - t1) or r0 - l1 < MIN_PAPER_GAP * w:
        return ()
    inside = np.zeros_like(small)
    cv2.drawContours(inside, big, -1, 255, thickness=cv2.FILLED)
    paper, desk = small[inside > 0], small[inside == 0]
    if float(np.median(paper)) - float(np.median(desk)) < MIN_CONTRAST:
        return ()
    return ((l1 + r0) / 2 / factor,)


def _quadrilateral(region: npt.NDArray[np.integer[Any] | np.floating[Any]]) -> npt.NDArray[np.float64] | None:
    """Four corners (tl, tr, br, bl) of a region's convex hull, or None when it is no quadrilateral.

    The hull is simplified to a polygon and its four longest edges, extended, meet at the corners:
    a corner hidden under a dark printed triangle or a thumb is restored, not cut off. The result
    must look like a page seen at a slant: every corner 90 +- ``MAX_CORNER_SKEW_DEG``, opposite
    edges within ``MAX_OPPOSITE_DEG`` of parallel, and the hull inside it.
    """
    import cv2

    hull = cv2.convexHull(region)
    perimeter = cv2.arcLength(hull, True)
    poly = cv2.approxPolyDP(hull, 0.01 * perimeter, True).reshape(-1, 2).astype(np.float64)
    if len(poly) < 4:
        return None
    edges = [(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly))]
    longest = sorted(sorted(range(len(edges)), key=lambda i: -np.linalg.norm(edges[i][1] - edges[i][0]))[:4])
    corners = []
    for k in range(4):
        point = _meet(edges[longest[k - 1]], edges[longest[k]])
        if point is None:
            return None
        corners.append(point)
    quad = _order(np.array(corners))
    if not _page_shaped(quad):
        return None
    tolerance = 0.01 * perimeter
    contour = quad.astype(np.float32).reshape(-1, 1, 2)
    if any(cv2.pointPolygonTest(contour, (float(x), float(y)), True) < -tolerance for x, y in poly):
        return None
    return quad


MAX_CORNER_SKEW_DEG = 30.0
MAX_OPPOSITE_DEG = 20.0


def _meet(
    a: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]],
    b: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]],
) -> npt.NDArray[np.float64] | None:
    """Where the lines through edges ``a`` and ``b`` cross (None: nearly parallel)."""
    d1, d2 = a[1] - a[0], b[1] - b[0]
    cross = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(cross) < 1e-6 * float(np.linalg.norm(d1) * np.linalg.norm(d2)) or cross == 0:
        return None
    t = ((b[0][0] - a[0][0]) * d2[1] - (b[0][1] - a[0][1]) * d2[0]) / cross
    return np.asarray(a[0] + t * d1, dtype=np.float64)


def _page_shaped(quad: npt.NDArray[np.float64]) -> bool:
    directions = []
    for i in range(4):
        dx, dy = quad[(i + 1) % 4] - quad[i]
        directions.append(float(np.degrees(np.arctan2(dy, dx))))
    for i in range(4):
        turn = abs((directions[i] - directions[i - 1] + 180) % 360 - 180)  # the exterior angle
        if abs(turn - 90) > MAX_CORNER_SKEW_DEG:
            return False
    for i in (0, 1):
        opposite = abs((directions[i] - directions[i + 2]) % 360 - 180)
        if min(opposite, 360 - opposite) > MAX_OPPOSITE_DEG:
            return False
    return True


def _order(pts: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Corners as top-left, top-right, bottom-right, bottom-left (by their angle around the centre)."""
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    ring = pts[np.argsort(angles)]  # clockwise on screen from the left, starting at the top-left-most
    start = int(np.argmin(ring.sum(axis=1)))
    return np.roll(ring, -start, axis=0)


def _sides_with_background(quad: npt.NDArray[np.float64], w: int, h: int) -> int:
    """How many of the frame's four sides the page stays clear of."""
    xs, ys = quad[:, 0], quad[:, 1]
    clear = (
        xs.min() > MIN_SIDE_MARGIN * w,
        xs.max() < (1 - MIN_SIDE_MARGIN) * w,
        ys.min() > MIN_SIDE_MARGIN * h,
        ys.max() < (1 - MIN_SIDE_MARGIN) * h,
    )
    return sum(clear)


def _tilt(quad: npt.NDArray[np.float64]) -> float:
    """The largest angle (degrees) between an edge of the quadrilateral and its nearer frame axis."""
    worst = 0.0
    for i in range(4):
        dx, dy = quad[(i + 1) % 4] - quad[i]
        angle = abs(float(np.degrees(np.arctan2(dy, dx)))) % 90
        worst = max(worst, min(angle, 90 - angle))
    return worst


def warp_to_rectangle(
    gray: Image.Image, corners: npt.NDArray[np.float64]
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The quadrilateral ``corners`` of ``gray`` as an upright rectangle (its sides' longer lengths),
    with the rest of the photo around it warped alike (up to ``MAX_MARGIN`` of the page's size on
    each side); the rectangle's box (left, top, right, bottom) in the result with it."""
    import cv2

    tl, tr, br, bl = corners
    width = float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = float(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    ix, iy = _INSET * width, _INSET * height
    page = np.array(
        [[-ix, -iy], [width + ix, -iy], [width + ix, height + iy], [-ix, height + iy]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), page)
    # Where the photo's own corners land: the canvas reaches them, within the margin's bounds.
    frame = np.array([[0, 0], [gray.width, 0], [gray.width, gray.height], [0, gray.height]], np.float32)
    landed = cv2.perspectiveTransform(frame.reshape(-1, 1, 2), matrix).reshape(-1, 2)
    left = round(min(max(-float(landed[:, 0].min()), 0.0), MAX_MARGIN * width))
    top = round(min(max(-float(landed[:, 1].min()), 0.0), MAX_MARGIN * height))
    right = round(min(max(float(landed[:, 0].max()) - width, 0.0), MAX_MARGIN * width))
    bottom = round(min(max(float(landed[:, 1].max()) - height, 0.0), MAX_MARGIN * height))
    shift = np.array([[1, 0, left], [0, 1, top], [0, 0, 1]], dtype=np.float64)
    size = (round(width) + left + right, round(height) + top + bottom)
    arr = np.asarray(gray)
    inside = np.zeros(arr.shape, dtype=np.uint8)
    cv2.fillPoly(inside, [np.rint(corners).astype(np.int32)], 1)
    fill = float(np.median(arr[inside == 0])) if (inside == 0).any() else 255.0
    flat = cv2.warpPerspective(
        arr, shift @ matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )
    return Image.fromarray(flat, mode="L"), (left, top, left + round(width), top + round(height))


_LIGHT_WORK_PX = 400  # the paper's brightness is estimated on a copy this long
_LIGHT_KERNEL = 15  # px on that copy: wider than any stroke of print, narrower than a shadow's falloff


def even_out_light(gray: Image.Image, *, sharp_edges: bool = False) -> Image.Image:
    """Shadows and falloff divided away: each pixel over the paper's local brightness (a dilated,
    smoothed small copy: print is thinner than the kernel, so only paper survives the maximum).

    ``sharp_edges``: the paper's brightness is a closing instead (the maximum eroded back), lightly
    smoothed, so a shadow's edge stays where it is: the maximum alone carries the lit paper a
    kernel's width into the shade, and that strip stays dark (a ridge that cuts words in two).
    """
    import cv2

    arr = np.asarray(gray)
    factor = min(1.0, _LIGHT_WORK_PX / max(arr.shape))
    small = cv2.resize(arr, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_LIGHT_KERNEL, _LIGHT_KERNEL))
    if sharp_edges:
        paper = cv2.GaussianBlur(cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel), (0, 0), 1.5)
    else:
        paper = cv2.GaussianBlur(cv2.dilate(small, kernel), (0, 0), _LIGHT_KERNEL / 2)
    paper = cv2.resize(paper, (arr.shape[1], arr.shape[0]), interpolation=cv2.INTER_LINEAR)
    out = arr.astype(np.float32) * (245.0 / np.maximum(paper.astype(np.float32), 24.0))
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), mode="L")


_SHADOW_WORK_PX = 400  # shadows are looked for on a copy about this long
SHADOW_MAX_LIGHT = 0.78  # of the paper's brightness: shade takes away more light than this leaves...
SHADOW_MIN_LIGHT = 0.25  # ...but leaves this much (darker is a printed band or a dark desk)
SHADOW_MIN_AREA = 0.05  # of the page: a shadow, not a logo or a photo on the page
MAX_PRINT_SPECK = 0.002  # of the page: a light region this small is print (a letter), not lit paper
MIN_SHADE_LEVEL = 0.38  # of the paper's brightness: a shadow's median; darker is a printed band or a desk
SHADE_PRINT = 0.6  # of the local paper's brightness: print in shade is darker than this
MIN_SHADE_PRINT = 0.005  # share of a shadow that is print
MAX_NEAR_PRINT = 0.0  # share of a shadow that may lie that near light print
PRINT_REACH = 0.05  # of the long side: grey this near light print is a printed band, not shade
_PAPER_KERNEL = 0.025  # of the long side: wider than a stroke of print (the local maximum is paper)


def even_out_shadows(gray: Image.Image, pixels: npt.NDArray[np.uint8] | None = None) -> Image.Image:
    """``gray`` with its light evened out where a shadow lies over the page, else unchanged.

    Shade (a hand's, a phone's, a fold's panel facing away from the lamp) is where the paper itself
    is grey: the local maximum over a window wider than print is 22-62 % below the page's paper. A
    region of such grey paper (``SHADOW_MIN_AREA`` of the page or more) is shade only when it also

    - lies clear (``PRINT_REACH``) of light print: small light specks are print on a band (the
      issuer in white on a grey header or sidebar); in shade all print is darker than the shade,
      and the only light beside it is the lit paper beyond its edge, one large region;
    - holds print darker than itself (``MIN_SHADE_PRINT``): a band's empty stretch holds none;
    - has its median no darker than ``MIN_SHADE_LEVEL`` of the paper (darker: a band, a desk);
    - does not enclose most of the lit paper (a desk, wall or frame around a photographed page).

    There (and over its soft edge) the page takes ``even_out_light``'s pixels, with the paper's
    brightness found by a closing so the shadow's edge stays sharp; everything else keeps its pixels.
    A shadow touching lit print is left alone (measured: evening such pages changes tesseract's
    reading of words by the edge, once a holder's surname cut in two). ``pixels``: ``gray``'s pixels
    as an array, when the caller has them.
    """
    import cv2

    arr = np.asarray(gray) if pixels is None else pixels
    step = max(1, round(max(arr.shape) / _SHADOW_WORK_PX))
    small = np.ascontiguousarray(arr[::step, ::step])
    long_side = max(small.shape)
    bright = float(np.percentile(small, 95))
    light = (small >= SHADOW_MAX_LIGHT * bright).astype(np.uint8)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(light, connectivity=8)
    specks = stats[:, cv2.CC_STAT_AREA] < MAX_PRINT_SPECK * small.size
    specks[0] = False  # the background label: what is not light
    reach = 2 * round(PRINT_REACH * long_side) + 1
    near_print = cv2.dilate(specks[labels].astype(np.uint8), np.ones((reach, reach), np.uint8))
    k = 2 * round(_PAPER_KERNEL * long_side / 2) + 1
    paper = cv2.dilate(small, np.ones((k, k), np.uint8))
    grey = (paper < SHADOW_MAX_LIGHT * bright) & (paper >= SHADOW_MIN_LIGHT * bright)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(grey.astype(np.uint8), connectivity=8)
    # a region much of which lies near light print is a printed band
    near = np.bincount(labels[near_print > 0], minlength=len(stats))
    area = stats[:, cv2.CC_STAT_AREA]
    big = np.flatnonzero((area >= SHADOW_MIN_AREA * small.size) & (near <= MAX_NEAR_PRINT * area))
    big = big[big > 0]
    # and shade worth evening holds print darker than itself (a printed band's empty stretch holds none)
    inked = np.bincount(labels[grey & (small < SHADE_PRINT * paper)], minlength=len(stats))
    big = big[inked[big] >= MIN_SHADE_PRINT * area[big]]
    big = np.array(
        [i for i in big if float(np.median(small[labels == i])) >= MIN_SHADE_LEVEL * bright], dtype=np.intp
    )
    big = np.array([i for i in big if not _around_the_page(labels == i, light)], dtype=np.intp)
    if big.size == 0:
        return gray
    shade = np.isin(labels, big).astype(np.uint8) * 255
    grown = cv2.dilate(shade, np.ones((k, k), np.uint8))  # the shadow's soft edge with it
    weight = cv2.GaussianBlur(grown, (0, 0), k / 2)
    weight = cv2.resize(weight, (arr.shape[1], arr.shape[0]), interpolation=cv2.INTER_LINEAR)
    w = weight.astype(np.float32) / 255
    evened = np.asarray(even_out_light(gray, sharp_edges=True), dtype=np.float32)
    out = arr.astype(np.float32) * (1 - w) + evened * w
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), mode="L")


def _around_the_page(region: npt.NDArray[np.bool_], light: npt.NDArray[np.uint8]) -> bool:
    """Whether ``region`` encloses most of the light paper: a desk, a wall or a frame around the page
    (a photo the outline search left whole), not shade over part of it."""
    import cv2

    contours, _ = cv2.findContours(region.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros(region.shape, dtype=np.uint8)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    lit = light > 0
    return int(np.count_nonzero(lit & (filled > 0) & ~region)) >= 0.5 * max(int(np.count_nonzero(lit)), 1)
