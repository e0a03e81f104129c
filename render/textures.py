"""Fabric looks: one seamless repeat tile of a fabric, drawn at its real size in cm.

A garment's UVs are its pattern coordinates in cm (the grain runs along +V), so a tile that
covers ``tile_cm = (width, height)`` maps onto the garment with ``uv / tile_cm`` and repeats:
stripes and checks then follow the grain and land where the pattern puts them.
Every look is procedural (Pillow + numpy), deterministic and periodic, or the user's own image.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageColor, UnidentifiedImageError

from mtm.core.errors import InputError

RGB = tuple[int, int, int]

#: Pixels per cm of the procedural tiles: 0.25 mm per pixel resolves a twill line.
PX_PER_CM = 40.0


@dataclass(frozen=True, eq=False)
class FabricTexture:
    """One repeat of a fabric: ``image`` (H, W, 3) uint8 covering ``tile_cm`` (width, height) cm.

    Image row 0 is the top of the tile (largest V); column 0 is U = 0.
    ``color`` is the fabric's main colour (what a customer would call it).
    """

    name: str
    image: np.ndarray
    tile_cm: tuple[float, float]
    color: RGB

    def tex_coords(self, uvs_cm: np.ndarray) -> np.ndarray:
        """Texture coordinates (repeating, 1.0 = one tile) for pattern UVs in cm."""
        uv = np.asarray(uvs_cm, dtype=np.float64)
        return (uv / np.asarray(self.tile_cm, dtype=np.float64)).astype(np.float32)

    def to_pil(self) -> Image.Image:
        """The tile as a Pillow image."""
        return Image.fromarray(self.image, "RGB")

    @property
    def mean_color(self) -> RGB:
        """Average colour of the tile: what the fabric looks like from a distance."""
        m = self.image.reshape(-1, 3).mean(axis=0)
        return (int(round(m[0])), int(round(m[1])), int(round(m[2])))


def parse_color(value: str | RGB | None, default: RGB, *, field: str = "color") -> RGB:
    """An RGB triple from '#RRGGBB', a CSS colour name, or a triple; ``default`` for None."""
    if value is None:
        return default
    if isinstance(value, str):
        try:
            rgb = ImageColor.getrgb(value.strip())
        except ValueError:
            raise InputError(
                f"{value!r} is not a colour; expected #RRGGBB or a colour name like 'navy'",
                field=field,
            ) from None
        return (int(rgb[0]), int(rgb[1]), int(rgb[2]))
    r, g, b = (int(c) for c in value)
    if not all(0 <= c <= 255 for c in (r, g, b)):
        raise InputError(f"{value!r} is not an RGB colour (0-255 each)", field=field)
    return (r, g, b)


# --------------------------------------------------------------------------- helpers


def _px(cm: float) -> int:
    return max(2, int(round(cm * PX_PER_CM)))


def _grid(w_px: int, h_px: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates in cm: x (weft, U) across, y (warp, V) up; shape (H, W)."""
    x = (np.arange(w_px) + 0.5) / PX_PER_CM
    y = (np.arange(h_px)[::-1] + 0.5) / PX_PER_CM  # row 0 is the top of the tile
    return np.meshgrid(x, y)


def _periodic_noise(h: int, w: int, sigma_px: tuple[float, float], seed: int) -> np.ndarray:
    """Smooth noise that tiles seamlessly (white noise low-passed in Fourier space), std 1."""
    rng = np.random.default_rng(seed)
    white = rng.standard_normal((h, w))
    fy = np.fft.fftfreq(h)[:, None]
    fx = np.fft.fftfreq(w)[None, :]
    sy, sx = sigma_px
    gauss = np.exp(-2.0 * np.pi**2 * ((fy * sy) ** 2 + (fx * sx) ** 2))
    out = np.real(np.fft.ifft2(np.fft.fft2(white) * gauss))
    std = out.std()
    return out / std if std > 0 else out


def _mix(a: RGB, b: RGB, t: np.ndarray) -> np.ndarray:
    """Per-pixel blend from colour ``a`` (t=0) to ``b`` (t=1); returns float (H, W, 3)."""
    a_ = np.asarray(a, dtype=np.float64)
    b_ = np.asarray(b, dtype=np.float64)
    return a_ + (b_ - a_) * t[..., None]


def _shade(rgb: np.ndarray, factor: np.ndarray | float) -> np.ndarray:
    f = factor[..., None] if isinstance(factor, np.ndarray) else factor
    return rgb * f


def _finish(name: str, rgb: np.ndarray, tile_cm: tuple[float, float], color: RGB) -> FabricTexture:
    img = np.clip(np.rint(rgb), 0, 255).astype(np.uint8)
    img.setflags(write=False)
    return FabricTexture(name=name, image=img, tile_cm=(float(tile_cm[0]), float(tile_cm[1])),
                         color=color)


def _smoothstep_band(d: np.ndarray, half_width: float, soft: float) -> np.ndarray:
    """1 inside a band |d| < half_width, 0 outside, with an anti-aliased edge ``soft`` cm wide."""
    return np.clip((half_width - np.abs(d)) / soft + 0.5, 0.0, 1.0)


def _lighter(c: RGB, amount: float) -> RGB:
    h, l_, s = colorsys.rgb_to_hls(*(v / 255.0 for v in c))
    l_ = l_ + (1.0 - l_) * amount if amount > 0 else l_ * (1.0 + amount)
    r, g, b = colorsys.hls_to_rgb(h, l_, s)
    return (int(round(r * 255)), int(round(g * 255)), int(round(b * 255)))


WHITE: RGB = (244, 242, 236)


# --------------------------------------------------------------------------- looks


def solid(color: RGB = (40, 70, 140), *, weave_cm: float = 0.05) -> FabricTexture:
    """Plain-weave cloth in one colour, with a faint yarn texture so it does not look like
    plastic."""
    tile = (2.0, 2.0)
    w, h = _px(tile[0]), _px(tile[1])
    x, y = _grid(w, h)
    weave = np.cos(2 * np.pi * x / weave_cm / 2) * np.cos(2 * np.pi * y / weave_cm / 2)
    slub = _periodic_noise(h, w, (1.5, 6.0), seed=1)
    f = 1.0 + 0.025 * weave + 0.03 * slub
    return _finish("solid", _shade(_mix(color, color, np.zeros_like(x)), f), tile, color)


def stripes(color: RGB = (30, 50, 120), ground: RGB = WHITE, *, width_cm: float = 0.5,
            repeat_cm: float = 1.5, along: str = "warp") -> FabricTexture:
    """Stripes of ``color`` on ``ground``; ``along='warp'`` runs them along the grain (shirting),
    ``'weft'`` across it (Breton)."""
    if along not in ("warp", "weft"):
        raise InputError(f"{along!r}: expected 'warp' or 'weft'", field="along")
    tile = (repeat_cm, 2.0) if along == "warp" else (2.0, repeat_cm)
    w, h = _px(tile[0]), _px(tile[1])
    x, y = _grid(w, h)
    d = (x if along == "warp" else y) - repeat_cm / 2
    band = _smoothstep_band(d, width_cm / 2, 1.0 / PX_PER_CM)
    noise = _periodic_noise(h, w, (1.0, 4.0), seed=2)
    rgb = _shade(_mix(ground, color, band), 1.0 + 0.025 * noise)
    return _finish("stripes" if along == "warp" else "breton", rgb, tile, color)


def gingham(color: RGB = (200, 40, 50), ground: RGB = WHITE, *, square_cm: float = 0.6
            ) -> FabricTexture:
    """Gingham: equal bands of colour and white both ways; crossings full colour, the rest half."""
    rep = 2 * square_cm
    tile = (rep, rep)
    w, h = _px(rep), _px(rep)
    x, y = _grid(w, h)
    soft = 1.0 / PX_PER_CM
    bx = _smoothstep_band(x - rep / 2, square_cm / 2, soft)
    by = _smoothstep_band(y - rep / 2, square_cm / 2, soft)
    t = 0.5 * bx + 0.5 * by  # 0 white, 0.5 one band, 1 crossing
    weave = np.cos(np.pi * x / 0.05) * np.cos(np.pi * y / 0.05)
    rgb = _shade(_mix(ground, color, t), 1.0 + 0.03 * weave)
    return _finish("gingham", rgb, tile, color)


def check(color: RGB = (60, 60, 70), line: RGB = (190, 60, 40), *, repeat_cm: float = 5.0,
          line_cm: float = 0.3) -> FabricTexture:
    """Windowpane check: thin lines of ``line`` colour both ways over a ``color`` twill ground;
    large enough that matching it across seams shows."""
    tile = (repeat_cm, repeat_cm)
    w, h = _px(repeat_cm), _px(repeat_cm)
    x, y = _grid(w, h)
    soft = 1.0 / PX_PER_CM
    lx = _smoothstep_band(x - repeat_cm / 2, line_cm / 2, soft)
    ly = _smoothstep_band(y - repeat_cm / 2, line_cm / 2, soft)
    t = np.maximum(lx, ly) * 0.85
    twill = np.sin(2 * np.pi * (x + y) / 0.12)
    rgb = _shade(_mix(color, line, t), 1.0 + 0.05 * twill)
    return _finish("check", rgb, tile, color)


def denim(color: RGB = (38, 62, 110), weft: RGB = (222, 218, 205), *, wale_cm: float = 0.25
          ) -> FabricTexture:
    """3/1 right-hand twill: indigo warp over an off-white weft, diagonal wales rising to the
    right, slubby warp yarns (streaks along the grain) and a faint fade."""
    tile = (6.0, 6.0)
    w, h = _px(tile[0]), _px(tile[1])
    x, y = _grid(w, h)
    # phase of the twill: lines x - y = const rise to the right; 3 of 4 parts show the warp
    phase = np.mod((x - y) / wale_cm, 1.0)
    weft_show = _smoothstep_band(phase - 0.875, 0.125, 0.08)
    weft_show = 0.35 * weft_show  # the weft is mostly hidden, a glint between the wales
    slub = _periodic_noise(h, w, (30.0, 0.8), seed=3)  # long streaks along the warp
    fade = _periodic_noise(h, w, (40.0, 40.0), seed=4)
    warp_rgb = _shade(_mix(color, color, np.zeros_like(x)), 1.0 + 0.08 * slub + 0.03 * fade)
    rgb = warp_rgb * (1 - weft_show[..., None]) + np.asarray(weft, float) * weft_show[..., None]
    return _finish("denim", rgb, tile, color)


def herringbone(color: RGB = (90, 88, 84), light: RGB | None = None, *,
                column_cm: float = 0.8, wale_cm: float = 0.22) -> FabricTexture:
    """Herringbone: twill columns ``column_cm`` wide whose diagonals reverse every column (a V
    pointing along the grain), in two tones of ``color``."""
    light = light or _lighter(color, 0.45)
    rep_x = 2 * column_cm
    tile = (rep_x, 2.0)
    w, h = _px(tile[0]), _px(tile[1])
    # the V must close over the tile height: an integer number of wales
    n_wales = max(1, int(round(tile[1] / wale_cm)))
    wale = tile[1] / n_wales
    x, y = _grid(w, h)
    left = x < column_cm
    diag = np.where(left, x + y, (rep_x - x) + y)
    phase = np.mod(diag / wale, 1.0)
    t = _smoothstep_band(phase - 0.5, 0.25, 0.12)
    # a thin dark break line where the columns meet
    brk = np.minimum(np.abs(x - column_cm), np.minimum(x, rep_x - x))
    t = t * np.clip(brk / 0.04, 0.3, 1.0)
    noise = _periodic_noise(h, w, (1.0, 3.0), seed=5)
    rgb = _shade(_mix(color, light, t), 1.0 + 0.04 * noise)
    return _finish("herringbone", rgb, tile, color)


def jersey(color: RGB = (170, 40, 60), *, gauge_per_cm: float = 7.0,
           heather: float = 0.06) -> FabricTexture:
    """Single jersey knit face: columns (wales) of V-shaped stitches along the grain at
    ``gauge_per_cm`` wales per cm, with a heathered yarn."""
    tile = (2.0, 2.0)
    wale = 1.0 / gauge_per_cm
    n_x = max(1, int(round(tile[0] / wale)))
    course = wale * 0.8
    n_y = max(1, int(round(tile[1] / course)))
    wale, course = tile[0] / n_x, tile[1] / n_y
    w, h = _px(tile[0]), _px(tile[1])
    x, y = _grid(w, h)
    fx = np.mod(x / wale, 1.0) - 0.5  # -0.5..0.5 across a wale
    fy = np.mod(y / course, 1.0)
    # each stitch is a V: two legs leaning in; brightness peaks along the legs
    leg = np.abs(np.abs(fx) - 0.25 - 0.2 * (fy - 0.5))
    t = np.clip(1.0 - leg / 0.18, 0.0, 1.0)
    gap = np.clip(np.abs(fx) / 0.06, 0.0, 1.0)  # dark line between the two legs of a V
    noise = _periodic_noise(h, w, (0.6, 2.0), seed=6)
    f = (0.82 + 0.22 * t) * (0.9 + 0.1 * gap) * (1.0 + heather * noise)
    rgb = _shade(_mix(color, color, np.zeros_like(x)), f)
    return _finish("jersey", rgb, tile, color)


def image_texture(path: str | Path, repeat_cm: float | tuple[float, float]) -> FabricTexture:
    """The user's own fabric photo or print, tiled every ``repeat_cm`` (width, or (width, height);
    with one number the height follows the image's aspect ratio)."""
    p = Path(path)
    try:
        with Image.open(p) as im:
            rgb = np.asarray(im.convert("RGB"))
    except FileNotFoundError:
        raise InputError("file not found; expected a fabric image (PNG or JPEG)",
                         source=str(p)) from None
    except (UnidentifiedImageError, OSError) as error:
        raise InputError(f"not a readable image ({error})", source=str(p)) from None
    h, w = rgb.shape[:2]
    if isinstance(repeat_cm, (int, float)):
        tile = (float(repeat_cm), float(repeat_cm) * h / w)
    else:
        tile = (float(repeat_cm[0]), float(repeat_cm[1]))
    if not (tile[0] > 0 and tile[1] > 0):
        raise InputError(f"{repeat_cm!r}: the repeat size must be positive (cm)",
                         field="repeat_cm")
    mean = rgb.reshape(-1, 3).mean(axis=0)
    color = (int(mean[0]), int(mean[1]), int(mean[2]))
    return _finish(p.stem, rgb.astype(np.float64), tile, color)


#: Fabric looks by name: ``look(color)`` (``None`` keeps the look's own default colour).
LOOKS: dict[str, Callable[..., FabricTexture]] = {
    "solid": solid,
    "stripes": lambda color=None: stripes(color or (30, 50, 120), along="warp"),
    "breton": lambda color=None: stripes(color or (25, 35, 80), width_cm=1.0, repeat_cm=2.5,
                                         along="weft"),
    "gingham": gingham,
    "check": check,
    "denim": denim,
    "herringbone": herringbone,
    "jersey": jersey,
}


def fabric_look(name: str, color: str | RGB | None = None) -> FabricTexture:
    """A named procedural look (see ``LOOKS``) in ``color`` (#RRGGBB, a name, or RGB)."""
    key = name.strip().lower()
    if key not in LOOKS:
        raise InputError(f"unknown fabric look {name!r}; expected one of {', '.join(LOOKS)}",
                         field="fabric-look")
    rgb = None if color is None else parse_color(color, (0, 0, 0), field="color")
    return LOOKS[key](rgb) if rgb is not None else LOOKS[key]()
