"""The page's pixels are taken out of the image once, for the cache key and for tesseract's image file:
the file is byte for byte the one Pillow's PPM writer makes, and tesseract reads the same words from it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from extract import ocr


def _page(mode: str) -> Image.Image:
    image = Image.new("RGB", (900, 260), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    draw.text((30, 40), "Certificate of Completion", fill=(20, 20, 20), font=font)
    draw.text((30, 140), "Basic SRO Course 40 hours", fill=(60, 0, 0), font=font)
    return image.convert(mode)


def _file_bytes(image: Image.Image, pixels: bytes | None) -> bytes:
    with ocr._image_file(image, pixels) as name:
        return Path(name).read_bytes()


def test_image_file_from_the_taken_out_pixels_is_pillows_own_file() -> None:
    for mode in ("L", "RGB", "1"):
        image = _page(mode)
        assert _file_bytes(image, image.tobytes()) == _file_bytes(image, None), mode
    grey = _page("L")
    assert _file_bytes(grey, grey.tobytes()).startswith(b"P5\n900 260\n255\n")


def test_the_key_is_the_same_with_or_without_the_pixels_handed_in() -> None:
    image = _page("L")
    key = ocr.image_key(image, "tesseract", "eng")
    assert ocr.image_key(image, "tesseract", "eng", image.tobytes()) == key
    assert ocr.image_key(image.point(lambda v: min(v + 1, 255)), "tesseract", "eng") != key


def test_tesseract_reads_the_same_words_from_the_shared_pixels() -> None:
    image = _page("L")
    handed: list[bytes] = []

    def run(im: Image.Image, pixels: bytes) -> list[ocr.PixelWord]:
        handed.append(pixels)
        return ocr._run(im, pixels, 60.0)

    ocr.clear_memory_cache()
    words = ocr.cached_read(image, "test-pixels", "x", None, run)
    assert handed == [image.tobytes()]
    assert words == ocr._run(image, None, 60.0)
    assert "Certificate" in [w[0] for w in words] and "40" in [w[0] for w in words]
