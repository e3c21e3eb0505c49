"""Draw the application icon: a document with a check-mark badge, in a calm blue.

Writes ``resources/icons/review-editor.svg``, ``.png`` (256 px) and ``.ico`` (16-256 px)
from one set of shapes on a 256-unit grid. The small sizes (32 px and under) leave out the
text lines, which would only blur there. Pillow is needed here, at build time only:

    python packaging/make_icons.py
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SIMPLE_AT_OR_BELOW = 32
SUPERSAMPLE = 8

BLUE = "#2F6FB3"
FOLD = "#D4E3F4"
LINES = "#9DBBE0"
PAGE = "#FFFFFF"

# The shapes, in units of a 256 x 256 canvas.
PAGE_BOX = (52, 20, 200, 232)  # left, top, right, bottom
PAGE_RADIUS = 14
FOLD_SIZE = 48
OUTLINE = 10
TEXT_LINES = ((82, 98, 170), (82, 126, 170), (82, 154, 136))  # x1, y, x2
TEXT_LINE_WIDTH = 11
BADGE = (182, 186, 58)  # centre x, centre y, radius
BADGE_RING = 9
CHECK = ((154, 188), (175, 209), (211, 167))
CHECK_WIDTH = 17


def _fold_points() -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    _left, top, right, _bottom = PAGE_BOX
    return (right - FOLD_SIZE, top), (right - FOLD_SIZE, top + FOLD_SIZE), (right, top + FOLD_SIZE)


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels, drawn large and scaled down for smooth edges."""
    from PIL import Image, ImageDraw

    scale = size * SUPERSAMPLE / 256
    canvas = Image.new("RGBA", (size * SUPERSAMPLE,) * 2, (0, 0, 0, 0))
    pen = ImageDraw.Draw(canvas)

    def s(value: float) -> int:
        return round(value * scale)

    def pt(point: tuple[int, int]) -> tuple[int, int]:
        return s(point[0]), s(point[1])

    simple = size <= SIMPLE_AT_OR_BELOW
    outline = OUTLINE * (1.6 if simple else 1)
    left, top, right, bottom = PAGE_BOX
    pen.rounded_rectangle([s(left), s(top), s(right), s(bottom)], radius=s(PAGE_RADIUS),
                          fill=PAGE, outline=BLUE, width=s(outline))

    # Cut the top-right corner away (ImageDraw writes pixels, it does not blend), then draw
    # the folded-over flap in its place.
    fold_top, fold_inner, fold_side = _fold_points()
    pen.polygon([pt(fold_top), (s(right + OUTLINE), s(top - OUTLINE)), pt(fold_side)],
                fill=(0, 0, 0, 0))
    pen.polygon([pt(fold_top), pt(fold_inner), pt(fold_side)], fill=FOLD, outline=BLUE,
                width=s(outline))
    pen.line([pt(fold_top), pt(fold_side)], fill=BLUE, width=s(outline))
    for corner in (fold_top, fold_side):
        _dot(pen, pt(corner), s(outline) / 2, BLUE)

    if not simple:
        for x1, y, x2 in TEXT_LINES:
            _round_line(pen, [(s(x1), s(y)), (s(x2), s(y))], s(TEXT_LINE_WIDTH), LINES)

    cx, cy, radius = BADGE
    ring = radius + BADGE_RING
    pen.ellipse([s(cx - ring), s(cy - ring), s(cx + ring), s(cy + ring)], fill=PAGE)
    pen.ellipse([s(cx - radius), s(cy - radius), s(cx + radius), s(cy + radius)], fill=BLUE)
    check_width = CHECK_WIDTH * (1.25 if simple else 1)
    _round_line(pen, [pt(p) for p in CHECK], s(check_width), PAGE)

    return canvas.resize((size, size), Image.Resampling.LANCZOS)


def _dot(pen: ImageDraw.ImageDraw, centre: tuple[int, int], radius: float, fill: str) -> None:
    x, y = centre
    pen.ellipse([x - radius, y - radius, x + radius, y + radius], fill=fill)


def _round_line(pen: ImageDraw.ImageDraw, points: list[tuple[int, int]], width: int,
                fill: str) -> None:
    pen.line(points, fill=fill, width=width, joint="curve")
    for point in (points[0], points[-1]):
        _dot(pen, point, width / 2, fill)


def svg() -> str:
    """The same shapes as a scalable vector drawing (the detailed variant)."""
    left, top, right, bottom = PAGE_BOX
    fold_top, fold_inner, fold_side = _fold_points()
    page_path = (
        f"M{left + PAGE_RADIUS} {top}H{fold_top[0]}L{right} {fold_side[1]}"
        f"V{bottom - PAGE_RADIUS}Q{right} {bottom} {right - PAGE_RADIUS} {bottom}"
        f"H{left + PAGE_RADIUS}Q{left} {bottom} {left} {bottom - PAGE_RADIUS}"
        f"V{top + PAGE_RADIUS}Q{left} {top} {left + PAGE_RADIUS} {top}Z"
    )
    fold_path = (f"M{fold_top[0]} {fold_top[1]}V{fold_inner[1]}H{fold_side[0]}Z")
    lines = "".join(f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}"/>' for x1, y, x2 in TEXT_LINES)
    cx, cy, radius = BADGE
    check = " ".join(f"{x},{y}" for x, y in CHECK)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256">'
        "\n  <title>Review Editor</title>\n"
        f'  <path d="{page_path}" fill="{PAGE}" stroke="{BLUE}" stroke-width="{OUTLINE}" '
        'stroke-linejoin="round"/>\n'
        f'  <path d="{fold_path}" fill="{FOLD}" stroke="{BLUE}" stroke-width="{OUTLINE}" '
        'stroke-linejoin="round"/>\n'
        f'  <g stroke="{LINES}" stroke-width="{TEXT_LINE_WIDTH}" stroke-linecap="round">'
        f"{lines}</g>\n"
        f'  <circle cx="{cx}" cy="{cy}" r="{radius + BADGE_RING}" fill="{PAGE}"/>\n'
        f'  <circle cx="{cx}" cy="{cy}" r="{radius}" fill="{BLUE}"/>\n'
        f'  <polyline points="{check}" fill="none" stroke="{PAGE}" '
        f'stroke-width="{CHECK_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>\n'
        "</svg>\n"
    )


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "review-editor.svg").write_text(svg(), encoding="utf-8")
    images = {size: draw(size) for size in ICO_SIZES}
    images[256].save(ICONS / "review-editor.png", optimize=True)
    # Pillow takes each size from append_images when one matches, so the small sizes keep
    # their simplified drawing instead of being scaled down from 256 px.
    images[256].save(ICONS / "review-editor.ico", format="ICO",
                     sizes=[(size, size) for size in ICO_SIZES],
                     append_images=[images[size] for size in ICO_SIZES if size != 256])
    for name in ("svg", "png", "ico"):
        print(ICONS / f"review-editor.{name}")


if __name__ == "__main__":
    main()
