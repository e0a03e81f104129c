"""Turntables: the figure seen from all round, as an animated GIF or an MP4 video."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image

from mtm.core.errors import CancelledError, InputError
from mtm.render.files import atomic_output
from mtm.render.scene import Scene

Progress = Callable[[float], bool | None]


def turntable_frames(scene: Scene, n_frames: int = 36, *, start: float | None = None,
                     progress: Progress | None = None) -> list[np.ndarray]:
    """``n_frames`` images with the camera stepping once round the figure (360 / n degrees a
    frame) from ``start`` (default: the scene's current azimuth). ``progress(fraction)``
    returning False cancels."""
    if n_frames < 1:
        raise InputError(f"{n_frames}: a turntable needs at least one frame", field="frames")
    start = scene.azimuth if start is None else float(start)
    frames = []
    for i in range(n_frames):
        scene.set_view(start + 360.0 * i / n_frames)
        frames.append(scene.image())
        if progress is not None and progress((i + 1) / n_frames) is False:
            raise CancelledError("turntable cancelled")
    scene.set_view(start)
    return frames


def save_gif(path: str | os.PathLike[str], frames: Sequence[np.ndarray], fps: float = 12.0
             ) -> None:
    """An endlessly looping GIF with one shared 256-colour palette (dithered), atomically."""
    if not frames:
        raise InputError("no frames to write", source=str(path))
    images = [Image.fromarray(f) for f in frames]
    # one palette from a few frames side by side, so colours do not flicker between frames
    picks = images[:: max(1, len(images) // 6)][:6]
    w, h = picks[0].size
    sample = Image.new("RGB", (w * len(picks), h))
    for i, im in enumerate(picks):
        sample.paste(im, (i * w, 0))
    sample = sample.resize((max(1, sample.width // 4), max(1, h // 4)))
    palette = sample.quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    indexed = [im.quantize(palette=palette, dither=Image.Dither.FLOYDSTEINBERG) for im in images]
    with atomic_output(path) as tmp:
        indexed[0].save(tmp, format="GIF", save_all=True, append_images=indexed[1:],
                        duration=int(round(1000 / fps)), loop=0, optimize=False, disposal=1)


def save_mp4(path: str | os.PathLike[str], frames: Sequence[np.ndarray], fps: float = 24.0
             ) -> None:
    """An H.264 MP4 (yuv420p, plays on phones and in browsers) through imageio-ffmpeg."""
    import imageio.v2 as imageio

    if not frames:
        raise InputError("no frames to write", source=str(path))
    h, w = frames[0].shape[:2]
    h2, w2 = h - h % 2, w - w % 2  # yuv420p needs even sizes
    with atomic_output(path) as tmp:
        writer = imageio.get_writer(tmp, format="FFMPEG", mode="I", fps=fps, codec="libx264",
                                    quality=8, pixelformat="yuv420p", macro_block_size=1,
                                    ffmpeg_log_level="error",
                                    output_params=["-movflags", "+faststart"])
        try:
            for f in frames:
                writer.append_data(np.ascontiguousarray(f[:h2, :w2, :3]))
        finally:
            writer.close()


TURNTABLE_SUFFIXES = (".gif", ".mp4", ".m4v")


def check_turntable_path(path: str | os.PathLike[str]) -> None:
    """Refuse, before any rendering, a turntable file type we cannot write."""
    suffix = Path(path).suffix.lower()
    if suffix not in TURNTABLE_SUFFIXES:
        raise InputError(f"cannot write a turntable as {suffix or 'a file without extension'};"
                         " expected .gif or .mp4", source=str(path))


def save_turntable(path: str | os.PathLike[str], frames: Sequence[np.ndarray],
                   seconds_per_turn: float = 3.0) -> None:
    """Write the frames as a GIF or an MP4, chosen by the file's extension; one turn takes
    ``seconds_per_turn``."""
    check_turntable_path(path)
    fps = len(frames) / seconds_per_turn
    if Path(path).suffix.lower() == ".gif":
        save_gif(path, frames, fps)
    else:
        save_mp4(path, frames, fps)
