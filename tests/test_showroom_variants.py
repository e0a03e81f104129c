"""app/showroom.py ``variants_from_drapes``: the showroom's hook into the workbench, the drape
shown and the one before it as two variants captioned with what differs."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from studio_fakes import FakeDrape, fake_body

from mtm.app.project import BodyMeshData
from mtm.app.showroom import variants_from_drapes


def _key(fit: str, chest: float, fabric: str = "cotton_jersey") -> tuple:
    """A workbench drape key: measurements, sex, garment, options, fabric, mesh size."""
    return ((("chest_girth", chest), ("height", 162.6)), "female", "tshirt",
            (("fit", fit), ("length", "2.0")), fabric, 3.0)


def _drape():
    garment = SimpleNamespace(name="tshirt")
    draped = FakeDrape(seconds=0.0)(garment, None, "cotton_jersey", 3.0)
    body = fake_body()
    return draped, BodyMeshData(body.vertices, body.faces)


def test_two_drapes_become_two_captioned_variants():
    (now_drape, body), (old_drape, _) = _drape(), _drape()
    current = (now_drape, body, _key("slim", 94.0))
    previous = (old_drape, body, _key("regular", 94.0))
    now, before = variants_from_drapes(current, previous, "jersey", "#b3202a", "light")
    assert now.label == "Tshirt: fit slim" and before.label == "Tshirt: fit regular"
    assert now.look == before.look == "jersey" and now.color == before.color == "#b3202a"
    assert now.skin == "light"
    assert np.allclose(now.garment.vertices, now_drape.vertices)
    assert now.body is not None and len(now.body.vertices) == len(body.vertices)


def test_a_size_change_is_captioned_with_the_measurement():
    (drape, body) = _drape()
    now, before = variants_from_drapes((drape, body, _key("slim", 98.0)),
                                       (drape, body, _key("slim", 94.0)), "solid", "", "")
    assert now.label == "Tshirt: chest girth 98 cm"
    assert before.label == "Tshirt: chest girth 94 cm"


def test_without_a_previous_drape_there_is_one_variant():
    (drape, body) = _drape()
    now, before = variants_from_drapes((drape, body, _key("slim", 94.0)), None, "solid",
                                       "#336699", "")
    assert before is None and now.label == "Tshirt"


def test_an_outfit_is_one_variant_with_its_other_garment_in_its_own_look():
    (shirt, body), (skirt, _) = _drape(), _drape()
    key = _key("slim", 94.0) + ("skirt",)
    alone = _key("slim", 94.0) + ("",)
    now, before = variants_from_drapes((shirt, body, key, [(skirt, "denim", "skirt")]),
                                       (shirt, body, alone, []), "solid", "#336699", "")
    assert now.label == "Tshirt + Skirt" and before.label == "Tshirt"
    assert before.under == ()
    (mesh, look), = now.under
    assert np.allclose(mesh.vertices, skirt.vertices)
    assert look.name == "denim"  # the skirt's fabric's look, not the swatch's "solid"
