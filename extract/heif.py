"""HEIC/HEIF (iPhone photos) and AVIF decoding for Pillow, where the installation has it.

HEIC comes from pillow-heif (a Pillow plugin wheel with libheif inside); AVIF from Pillow itself when
it was built with libavif. ``heif_available`` registers the plugin once, so any ``Image.open`` after it
(the read path, upload checks, page images) decodes HEIC.
"""

from __future__ import annotations

import functools


@functools.cache
def heif_available() -> bool:
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


@functools.cache
def avif_available() -> bool:
    from PIL import features

    return bool(features.check("avif"))
