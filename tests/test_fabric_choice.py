"""app/fabric_choice.py: each garment is draped in the fabric the user last chose for it, else
in its own; on real garment and fabric panels (the workbench around them is a stand-in)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from mtm.app.fabric_choice import FabricChoice
from mtm.app.fabric_panel import FabricPanel, fabric_presets
from mtm.app.garment_panel import GarmentPanel, catalogue
from mtm.app.settings import studio_settings

pytestmark = pytest.mark.gui


class Bench(QObject):
    """What FabricChoice uses of the workbench."""

    def __init__(self, specs, presets=None):
        super().__init__()
        self.settings = studio_settings()
        self.garment_panel = GarmentPanel(None, "tshirt", specs=specs)
        self.fabric_panel = FabricPanel(None, "cotton_jersey")
        if presets is not None:
            self.fabric_panel.set_presets(presets)
        self.said: list[str] = []
        self.fabric_choice = FabricChoice(self)
        self.fabric_panel.fabricChanged.connect(self.fabric_choice.fabric_chosen)

    def status(self, text: str, ms: int = 6000) -> None:
        self.said.append(text)


@pytest.fixture(scope="module")
def specs():
    return catalogue()


@pytest.fixture(scope="module")
def presets():
    return fabric_presets()


@pytest.fixture
def bench(qtbot, specs, presets, tmp_path, monkeypatch):
    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path))
    made = Bench(specs, presets)
    qtbot.addWidget(made.garment_panel)
    qtbot.addWidget(made.fabric_panel)
    return made


def test_a_garment_is_draped_in_its_own_fabric_until_the_user_chooses(bench, specs):
    choice = bench.fabric_choice
    assert choice.garment_fabric("skirt") == specs["skirt"].fabric
    assert choice.garment_fabric("ao_dai") == "silk_charmeuse"
    assert choice.garment_fabric("no_such_garment") == ""

    bench.fabric_panel.set_fabric("denim")  # the user's choice for the T-shirt shown
    assert bench.settings.value("fabric/tshirt") == "denim"
    assert choice.garment_fabric("tshirt") == "denim" and not choice.pending
    bench.fabric_panel.set_fabric(specs["tshirt"].fabric)  # its own again: nothing to keep
    assert bench.settings.value("fabric/tshirt") is None


def test_switching_the_garment_switches_the_fabric_without_remembering_it(bench, specs):
    choice = bench.fabric_choice
    bench.garment_panel.set_garment("skirt")
    choice.follow_garment("skirt")
    assert bench.fabric_panel.fabric() == specs["skirt"].fabric
    assert bench.settings.value("fabric/skirt") is None  # set automatically: not a choice
    assert bench.settings.value("fabric/tshirt") is None
    assert not choice.automatic and not choice.pending


def test_a_remembered_fabric_that_is_gone_is_forgotten_with_a_message(bench, specs):
    bench.settings.setValue("fabric/skirt", "velvet_discontinued")
    assert bench.fabric_choice.garment_fabric("skirt") == specs["skirt"].fabric
    assert bench.settings.value("fabric/skirt") is None
    assert len(bench.said) == 1 and "velvet_discontinued" in bench.said[0]


def test_the_catalogue_sets_a_fabric_nobody_chose(qtbot, specs, presets, tmp_path,
                                                  monkeypatch):
    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path))
    bench = Bench(specs)  # presets not read yet
    qtbot.addWidget(bench.garment_panel)
    qtbot.addWidget(bench.fabric_panel)
    bench.garment_panel.set_garment("ao_dai")
    choice = bench.fabric_choice
    assert choice.pending
    bench.fabric_panel.set_presets(presets)
    choice.catalogue_read()
    assert bench.fabric_panel.fabric() == "silk_charmeuse" and not choice.pending
    bench.fabric_panel.set_fabric("denim")
    choice.catalogue_read()  # no longer pending: the user's fabric stays
    assert bench.fabric_panel.fabric() == "denim"
