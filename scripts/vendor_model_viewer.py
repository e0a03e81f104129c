"""Vendor Google's <model-viewer> (Apache-2.0) into resources/viewer/ for the share page.

Run once by a developer with npm (nothing is fetched at run time)::

    python scripts/vendor_model_viewer.py            # npm pack @google/model-viewer@4.4.0

It keeps the self-contained UMD build (three.js and lit bundled in), which a page opened
from ``file://`` can run as a classic inline script, and its licence. The build's fallback
addresses for the Draco, KTX2 and Lottie decoders (used only for compressed models and
Lottie textures, which our GLBs never have) are blanked, so the page names no network address
a browser could load.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@google/model-viewer"
VERSION = "4.4.0"
OUT = Path(__file__).resolve().parents[1] / "resources" / "viewer"
BUILD = "package/dist/model-viewer-umd.min.js"
DECODER_DEFAULTS = (
    "https://www.gstatic.com/draco/versioned/decoders/1.5.6/",
    "https://www.gstatic.com/basis-universal/versioned/2021-04-15-ba1c3e4/",
    "https://cdn.jsdelivr.net/npm/three@0.149.0/examples/jsm/loaders/LottieLoader.js",
)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}"], cwd=tmp, check=True,
                       capture_output=True)
        (tarball,) = Path(tmp).glob("*.tgz")
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="data")
        script = (Path(tmp) / BUILD).read_text(encoding="utf-8")
        for address in DECODER_DEFAULTS:
            if script.count(address) != 1:
                raise SystemExit(f"{address} not found once in {BUILD}: check the new build")
            script = script.replace(address, "")
        if "</script" in script.lower():
            raise SystemExit(f"{BUILD} contains '</script': it cannot be inlined as is")
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "model-viewer-umd.min.js").write_text(script, encoding="utf-8")
        shutil.copy(Path(tmp) / "package" / "LICENSE", OUT / "LICENSE-model-viewer.txt")
        (OUT / "VERSION").write_text(f"{PACKAGE} {VERSION}\n", encoding="utf-8")
    print(f"vendored {PACKAGE} {VERSION} into {OUT}")


if __name__ == "__main__":
    main()
