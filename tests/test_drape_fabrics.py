"""Fabric presets: the six required fabrics load, carry sources and sensible magnitudes."""

import json

import pytest

from mtm.core.drape.fabrics import fabric_names, load_fabric
from mtm.core.errors import InputError

REQUIRED = ("cotton_jersey", "cotton_poplin", "denim", "wool_suiting", "silk_charmeuse", "linen")


@pytest.mark.parametrize("name", REQUIRED)
def test_required_fabrics_load_with_a_source(name):
    assert name in fabric_names()
    f = load_fabric(name)
    assert f.name == name
    assert "Kawabata" in f.source and f.source.strip()
    assert 50 <= f.density_gsm <= 500
    assert 0.1 <= f.thickness_mm <= 2.0 and 0.1 <= f.friction <= 1.0
    assert f.stretch_bias < min(f.stretch_warp, f.stretch_weft)  # bias is the soft direction


def test_knit_stretches_more_than_wovens_and_denim_is_stiffest_in_bending():
    jersey, denim = load_fabric("cotton-jersey"), load_fabric("denim")
    silk = load_fabric("silk_charmeuse")
    assert not jersey.woven and denim.woven
    assert jersey.stretch_warp < 0.2 * denim.stretch_warp
    assert denim.bending > 10 * silk.bending


def test_unknown_fabric_and_bad_file_are_user_errors(tmp_path):
    with pytest.raises(InputError, match="unknown fabric 'velvet'"):
        load_fabric("velvet")
    bad = tmp_path / "mine.json"
    bad.write_text(json.dumps({"name": "mine", "density_gsm": "heavy"}))
    with pytest.raises(InputError, match="density_gsm"):
        load_fabric(bad)
    good = dict(json.loads((tmp_path / "mine.json").read_text()), density_gsm=200,
                stretch_warp_n_per_m=1000, stretch_weft_n_per_m=800, stretch_bias_n_per_m=100,
                bending_n_m=1e-5, friction=0.4, thickness_mm=0.5)
    bad.write_text(json.dumps(good))
    assert load_fabric(bad).density_gsm == 200


def test_every_garment_has_a_default_fabric_a_maker_would_choose():
    from mtm.patterns import garment_names, get_garment

    defaults = {name: get_garment(name).fabric for name in garment_names()}
    for name, fabric in defaults.items():
        assert load_fabric(fabric).name == fabric, name
        assert get_garment(name).to_dict()["fabric"] == fabric
    assert defaults["tshirt"] == "cotton_jersey"  # knit
    for woven in ("shirt", "skirt", "trousers", "sheath_dress"):
        assert load_fabric(defaults[woven]).woven, woven


def test_drape_command_uses_the_garments_default_fabric():
    from mtm.app.commands.drape import _default_fabric
    from mtm.core.drape.fabrics import DEFAULT_FABRIC

    assert _default_fabric("trousers") == "wool_suiting"
    assert _default_fabric("shirt") == "cotton_poplin"
    assert _default_fabric("pattern.json") == DEFAULT_FABRIC
    assert _default_fabric("no_such_garment") == DEFAULT_FABRIC  # reported when drafting
