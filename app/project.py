"""The ``.mtm`` project file: one customer's garment, ready to reopen exactly as it was left.

A project is a zip archive holding ``project.json`` (format ``mtm-project/1``: customer,
measurements, garment, options, fabric and look, and the outfit's second garment when one is
worn with it) and, once draped, ``drape.npz`` (the draped garment, the outfit's second garment
draped with it, and the body they hang on, so the 3D view comes back without fitting or draping
again). The outfit keys are optional: a project saved before outfits existed opens as before.
Saves are atomic (temporary file in the same folder, then ``os.replace``); a file that is not a
readable project raises ``InputError`` naming the file and what is wrong, never anything else.
No Qt here: the window owns the timers, this module owns the bytes.
"""

from __future__ import annotations

import io
import json
import math
import os
import time
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mtm.core.errors import InputError
from mtm.core.io.atomic import atomic_write_bytes
from mtm.core.measurements import MeasurementSet

if TYPE_CHECKING:  # the drape room loads numba and scipy: only when a drape is read
    from mtm.core.drape.result import DrapedGarment

FORMAT = "mtm-project/1"
SUFFIX = ".mtm"
#: Largest project.json read (a project is a few kB; a drape lives in drape.npz).
MAX_JSON_BYTES = 4 * 1024 * 1024

_DRAPE_ARRAYS = ("vertices", "faces", "uvs", "piece_of_face", "strain_warp", "strain_weft",
                 "ease")
#: drape.npz names of the outfit's second garment: ``outfit_vertices``...
OUTFIT_PREFIX = "outfit_"


@dataclass(frozen=True)
class BodyMeshData:
    """The body mesh a drape was made on (cm, Y up, facing +Z): enough to show it again."""

    vertices: np.ndarray
    faces: np.ndarray


@dataclass(frozen=True)
class Project:
    """Everything the studio needs to show one customer's garment again."""

    customer_name: str = ""
    customer_id: int | None = None
    measurements: MeasurementSet = field(default_factory=MeasurementSet)
    units: str = "cm"
    garment: str = "tshirt"
    options: Mapping[str, object] = field(default_factory=dict)
    fabric: str = "cotton_jersey"
    look: str = "jersey"
    color: str = ""
    resolution: float = 2.5
    drape: DrapedGarment | None = None
    body: BodyMeshData | None = None
    #: In a recovery copy: the project file the user was editing ("" when never saved).
    original_path: str = ""
    #: The outfit's second garment worn with ``garment`` ("" when worn alone).
    outfit: str = ""
    #: The fabric the outfit's garment was draped in ("" when not draped).
    outfit_fabric: str = ""
    #: The outfit's garment draped with ``drape`` (None unless both are stored).
    outfit_drape: DrapedGarment | None = None

    def without_drape(self) -> Project:
        return replace(self, drape=None, body=None, outfit_drape=None, outfit_fabric="")


# -- writing ---------------------------------------------------------------------------------
def _measurements_dict(ms: MeasurementSet) -> dict:
    return {
        "name": ms.name,
        "sex": ms.sex,
        "values": {k: float(v) for k, v in ms.values.items()},
        "estimated": sorted(ms.estimated),
        "invalid": dict(ms.invalid),
        "extra": {k: float(v) for k, v in ms.extra.items()},
    }


def _plain(value: object) -> object:
    """Option values as JSON keeps them (numbers, strings, bools)."""
    if isinstance(value, bool | str | int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    return str(value)


def project_to_dict(project: Project) -> dict:
    """The ``project.json`` contents of ``project``."""
    out = {
        "format": FORMAT,
        "customer": {"name": project.customer_name, "id": project.customer_id},
        "measurements": _measurements_dict(project.measurements),
        "units": project.units,
        "garment": project.garment,
        "options": {str(k): _plain(v) for k, v in project.options.items()},
        "fabric": project.fabric,
        "look": project.look,
        "color": project.color,
        "resolution": float(project.resolution),
        "drape": None,
    }
    if project.outfit:
        out["outfit"] = {"garment": project.outfit}
    if project.drape is not None:
        out["drape"] = {"piece_names": list(project.drape.piece_names),
                        "report": _json_safe(project.drape.report),
                        "body": project.body is not None}
        if project.outfit and project.outfit_drape is not None:
            out["drape"]["outfit"] = {"piece_names": list(project.outfit_drape.piece_names),
                                      "report": _json_safe(project.outfit_drape.report),
                                      "fabric": project.outfit_fabric}
    if project.original_path:
        out["original_path"] = project.original_path
    return out


def _json_safe(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def project_bytes(project: Project) -> bytes:
    """The whole ``.mtm`` file as bytes (zip: project.json and, when draped, drape.npz)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.json", json.dumps(project_to_dict(project), indent=1))
        if project.drape is not None:
            arrays = {name: np.asarray(getattr(project.drape, name)) for name in _DRAPE_ARRAYS}
            if project.outfit and project.outfit_drape is not None:
                arrays.update({OUTFIT_PREFIX + name: np.asarray(getattr(project.outfit_drape,
                                                                        name))
                               for name in _DRAPE_ARRAYS})
            if project.body is not None:
                arrays["body_vertices"] = np.asarray(project.body.vertices)
                arrays["body_faces"] = np.asarray(project.body.faces)
            npz = io.BytesIO()
            np.savez_compressed(npz, **arrays)
            archive.writestr("drape.npz", npz.getvalue())
    return buffer.getvalue()


def save_project(project: Project, path: str | os.PathLike[str]) -> Path:
    """Write ``project`` to ``path`` atomically: a crash mid-save leaves the old file intact."""
    return atomic_write_bytes(path, project_bytes(project))


# -- reading ---------------------------------------------------------------------------------
def _need(data: Mapping, key: str, kind: type | tuple[type, ...], source: str) -> object:
    value = data.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _tuple(kind)):
        raise InputError(f"is not a readable MTM project: field {key!r} is missing or has the "
                         "wrong type", source=source)
    return value


def _tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _measurements_from(data: Mapping, source: str) -> MeasurementSet:
    values = _need(data, "values", dict, source)
    try:
        clean = {str(k): float(v) for k, v in values.items()}
        extra = {str(k): float(v) for k, v in (data.get("extra") or {}).items()}
        invalid = {str(k): str(v) for k, v in (data.get("invalid") or {}).items()}
        estimated = frozenset(str(k) for k in (data.get("estimated") or ()))
        sex = data.get("sex")
        return MeasurementSet(values=clean, sex=sex if sex in ("female", "male") else None,
                              name=str(data.get("name") or ""), estimated=estimated & set(clean),
                              invalid=invalid, extra=extra)
    except (TypeError, ValueError, AttributeError) as error:
        raise InputError(f"is not a readable MTM project: bad measurements ({error})",
                         source=source) from None


def project_from_dict(data: object, source: str = "project") -> Project:
    """Check and convert a ``project.json`` mapping; InputError naming what is wrong."""
    if not isinstance(data, dict):
        raise InputError("is not a readable MTM project: project.json is not an object",
                         source=source)
    if data.get("format") != FORMAT:
        raise InputError(f"is not a readable MTM project: format {data.get('format')!r}, "
                         f"expected {FORMAT!r}", source=source)
    customer = _need(data, "customer", dict, source)
    cid = customer.get("id")
    resolution = _need(data, "resolution", (int, float), source)
    options = _need(data, "options", dict, source)
    outfit = data.get("outfit") or {}
    if not isinstance(outfit, dict) or not isinstance(outfit.get("garment", ""), str):
        raise InputError("is not a readable MTM project: field 'outfit' has the wrong type",
                         source=source)
    return Project(
        customer_name=str(customer.get("name") or ""),
        customer_id=cid if isinstance(cid, int) and not isinstance(cid, bool) else None,
        measurements=_measurements_from(_need(data, "measurements", dict, source), source),
        units=str(data.get("units") or "cm"),
        garment=str(_need(data, "garment", str, source)),
        options=dict(options),
        fabric=str(_need(data, "fabric", str, source)),
        look=str(data.get("look") or "solid"),
        color=str(data.get("color") or ""),
        resolution=float(resolution),
        original_path=str(data.get("original_path") or ""),
        outfit=str(outfit.get("garment") or ""),
    )


def _garment_from(arrays: Mapping[str, np.ndarray], info: object, prefix: str, source: str
                  ) -> DrapedGarment:
    """One draped garment from the drape.npz arrays named ``prefix + name``."""
    from mtm.core.drape.result import DrapedGarment

    what = "the outfit's drape" if prefix else "the drape result"
    missing = [prefix + n for n in _DRAPE_ARRAYS if prefix + n not in arrays]
    if missing:
        raise InputError(f"is not a readable MTM project: {what} lacks "
                         f"{', '.join(missing)}", source=source)
    vertices, faces = arrays[prefix + "vertices"], arrays[prefix + "faces"]
    n = len(vertices)
    if (vertices.ndim != 2 or faces.ndim != 2 or faces.shape[1:] != (3,)
            or (faces.size and (faces.min() < 0 or faces.max() >= n))):
        mesh = "the outfit's drape mesh" if prefix else "the drape mesh"
        raise InputError(f"is not a readable MTM project: {mesh} is inconsistent",
                         source=source)
    names = info.get("piece_names") if isinstance(info, Mapping) else None
    report = info.get("report") if isinstance(info, Mapping) else None
    return DrapedGarment(
        vertices=vertices, faces=faces, uvs=arrays[prefix + "uvs"],
        piece_of_face=arrays[prefix + "piece_of_face"],
        piece_names=tuple(str(x) for x in (names or ())),
        strain_warp=arrays[prefix + "strain_warp"], strain_weft=arrays[prefix + "strain_weft"],
        ease=arrays[prefix + "ease"], report=dict(report) if isinstance(report, Mapping) else {})


def _drape_from(archive: zipfile.ZipFile, info: Mapping, source: str
                ) -> tuple[DrapedGarment, BodyMeshData | None, DrapedGarment | None, str]:
    """The drape, its body, and the outfit's second garment draped with it (or None) and its
    fabric, from drape.npz."""
    try:
        with np.load(io.BytesIO(archive.read("drape.npz")), allow_pickle=False) as npz:
            arrays = {name: np.array(npz[name]) for name in npz.files}
    except (KeyError, ValueError, OSError, zipfile.BadZipFile, EOFError) as error:
        raise InputError(f"is not a readable MTM project: the drape result is damaged "
                         f"({error})", source=source) from None
    drape = _garment_from(arrays, info, "", source)
    body = None
    if "body_vertices" in arrays and "body_faces" in arrays:
        body = BodyMeshData(arrays["body_vertices"], arrays["body_faces"])
    outfit_info = info.get("outfit") if isinstance(info, Mapping) else None
    worn, fabric = None, ""
    if isinstance(outfit_info, Mapping):
        worn = _garment_from(arrays, outfit_info, OUTFIT_PREFIX, source)
        fabric = str(outfit_info.get("fabric") or "")
    return drape, body, worn, fabric


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a ``.mtm`` file; any damage is an InputError naming the file, never a crash."""
    source = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("project.json")
            if info.file_size > MAX_JSON_BYTES:
                raise InputError("is not a readable MTM project: project.json is too large",
                                 source=source)
            data = json.loads(archive.read(info).decode("utf-8"))
            project = project_from_dict(data, source)
            drape_info = data.get("drape")
            if drape_info:
                drape, body, worn, fabric = _drape_from(archive, drape_info, source)
                project = replace(project, drape=drape, body=body,
                                  outfit_drape=worn if project.outfit else None,
                                  outfit_fabric=fabric if project.outfit else "")
    except FileNotFoundError:
        raise InputError("no such project file", source=source) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a project file", source=source) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", source=source) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise InputError("is not a readable MTM project: not a project archive (damaged or "
                         "another kind of file)", source=source) from None
    except KeyError:
        raise InputError("is not a readable MTM project: project.json is missing",
                         source=source) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"is not a readable MTM project: project.json is damaged ({error})",
                         source=source) from None
    except (OSError, RuntimeError, ValueError) as error:
        if isinstance(error, InputError):
            raise
        raise InputError(f"is not a readable MTM project ({error})", source=source) from None
    return project


# -- recovery --------------------------------------------------------------------------------
RECOVERY_ENV = "MTM_RECOVERY_DIR"


def recovery_dir() -> Path:
    """Where autosaves live: ``$MTM_RECOVERY_DIR``, else ``recovery`` in the user's data folder."""
    env = os.environ.get(RECOVERY_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("mtm", appauthor=False)) / "recovery"


def recovery_path(session: str) -> Path:
    """The autosave file of one studio session (``session`` keeps two studios apart)."""
    return recovery_dir() / f"autosave-{session}{SUFFIX}"


def autosave(project: Project, session: str, original_path: str = "") -> Path:
    """Write the recovery copy of ``project`` (atomic, like every save)."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return save_project(replace(project, original_path=original_path), recovery_path(session))


def new_session() -> str:
    """A session name for this process: ``<pid>-<start time>``."""
    return f"{os.getpid()}-{int(time.time())}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def recoverable() -> list[Path]:
    """Autosaves left behind by studios that did not close cleanly (their process is gone),
    newest first. A studio still running keeps its autosave to itself."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"autosave-*{SUFFIX}"):
        pid_text = path.stem.removeprefix("autosave-").split("-")[0]
        if path.is_file() and not (pid_text.isdigit() and _alive(int(pid_text))):
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)
