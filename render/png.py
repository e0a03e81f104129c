"""Still images: one view of a scene as a PNG of any size."""

from __future__ import annotations

import os

import numpy as np
from PIL import Image

from mtm.render.files import atomic_output
from mtm.render.meshes import BodyMesh, GarmentMesh
from mtm.render.scene import Scene, SceneStyle


def save_png(path: str | os.PathLike[str], image: np.ndarray | Image.Image) -> None:
    """Write an RGB image (array (H, W, 3) uint8 or Pillow image) as a PNG, atomically."""
    im = image if isinstance(image, Image.Image) else Image.fromarray(np.asarray(image))
    with atomic_output(path) as tmp:
        im.save(tmp, format="PNG", optimize=False)


def render_image(body: BodyMesh | None, garment: GarmentMesh | None,
                 style: SceneStyle | None = None, view: str | float = "front") -> np.ndarray:
    """Render one view of a new scene and free it: RGB uint8 (H, W, 3)."""
    with Scene(body, garment, style) as scene:
        scene.set_view(view)
        return scene.image()


def render_png(path: str | os.PathLike[str], body: BodyMesh | None,
               garment: GarmentMesh | None, style: SceneStyle | None = None,
               view: str | float = "front") -> np.ndarray:
    """Render one view and write it to ``path``; returns the image."""
    image = render_image(body, garment, style, view)
    save_png(path, image)
    return image
