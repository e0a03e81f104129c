"""Which fabric a garment is draped in: the fabric follows the garment.

Each garment is draped in the fabric the user last chose for it (remembered in the studio's
settings as ``fabric/<garment>``), else in the fabric it is designed for
(``GarmentSpec.fabric``, known once the catalogue is read). Switching the garment switches the
fabric panel to that garment's fabric; the user choosing a fabric remembers it for the garment
shown (choosing the garment's own fabric forgets the choice). A remembered fabric that is no
longer a preset is forgotten with a message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .i18n import tr
from .settings import get_str

if TYPE_CHECKING:
    from .workbench import Workbench


class FabricChoice(QObject):
    """Keeps the fabric panel on the fabric of the garment shown."""

    def __init__(self, bench: Workbench):
        super().__init__(bench)
        self.bench = bench
        #: not yet set by the garment, a project or the user (the catalogue decides it)
        self.pending = True
        #: the fabric panel is being set from the garment, not by the user
        self.automatic = False

    def garment_fabric(self, garment: str) -> str:
        """The fabric ``garment`` is draped in: the one the user last chose for it, else the
        one it is designed for (``GarmentSpec.fabric``); '' while neither is known. A
        remembered choice that is no longer a preset (removed or renamed) is forgotten."""
        bench = self.bench
        chosen = get_str(bench.settings, f"fabric/{garment}", "")
        if chosen and not bench.fabric_panel.offers(chosen):
            bench.settings.remove(f"fabric/{garment}")
            bench.status(tr("The fabric remembered for the {garment} ({fabric}) is no longer "
                            "a preset; using the garment's own fabric.").format(
                                garment=garment, fabric=chosen), 8000)
            chosen = ""
        if chosen:
            return chosen
        spec = bench.garment_panel.spec(garment)
        return spec.fabric if spec is not None else ""

    def follow_garment(self, garment: str) -> None:
        """Switch the fabric panel to ``garment``'s fabric (a switched garment is draped in
        its own cloth, not in the previous garment's)."""
        fabric = self.garment_fabric(garment)
        if not fabric:
            return
        self.automatic = True
        try:
            self.bench.fabric_panel.set_fabric(fabric)
        finally:
            self.automatic = False
        self.pending = False

    def catalogue_read(self) -> None:
        """The catalogue is known: a fabric nobody set yet becomes the garment's own."""
        if self.pending:
            fabric = self.garment_fabric(self.bench.garment_panel.garment())
            if fabric:
                self.bench.fabric_panel.set_fabric(fabric, emit=False)
            self.pending = False

    def fabric_chosen(self, fabric: str) -> None:
        """The fabric panel changed to ``fabric``: when the user chose it, remember it for
        the garment shown (the garment's own fabric needs no remembering)."""
        if self.automatic:
            return
        bench = self.bench
        garment = bench.garment_panel.garment()
        spec = bench.garment_panel.spec(garment)
        if spec is not None and fabric == spec.fabric:
            bench.settings.remove(f"fabric/{garment}")
        else:
            bench.settings.setValue(f"fabric/{garment}", fabric)
        self.pending = False
