"""Style option declarations (FreeSewing-like) and their validation.

A garment declares its options as ``Option`` records; the command line, the studio and the
grader read these declarations, and ``resolve_options`` turns what a user typed into checked
values (an option out of range raises ``MtmError`` naming the option and its range).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mtm.core.errors import MtmError


@dataclass(frozen=True)
class Option:
    """One style option: numeric (min/max, unit), a choice from ``choices``, or a bool."""

    name: str
    default: float | int | str | bool  # an int default makes a whole-number option
    help: str
    min: float | None = None
    max: float | None = None
    unit: str = ""  # 'cm', '%', 'deg', '' for counts, choices and bools
    choices: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        if self.choices:
            return "choice"
        if isinstance(self.default, bool):
            return "bool"
        return "number"

    @property
    def whole(self) -> bool:
        """A number option that takes whole numbers only (its default is an int)."""
        return self.kind == "number" and isinstance(self.default, int)

    def describe(self) -> str:
        """A one-line human description: range or choices, default and unit."""
        if self.kind == "choice":
            rng = "|".join(self.choices)
        elif self.kind == "bool":
            rng = "true|false"
        else:
            rng = f"{_fmt(self.min)}..{_fmt(self.max)}{(' ' + self.unit) if self.unit else ''}"
        return f"{self.name} [{rng}] default {self.default}: {self.help}"

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "whole": self.whole,
            "default": self.default,
            "min": self.min,
            "max": self.max,
            "unit": self.unit,
            "choices": list(self.choices),
            "help": self.help,
        }

    def parse(self, value: object) -> float | int | str | bool:
        """Check and convert one value (a string from the command line or a typed value)."""
        if self.kind == "choice":
            v = str(value).strip()
            if v not in self.choices:
                raise MtmError(
                    f"must be one of {', '.join(self.choices)} (got {value!r})",
                    field=f"option {self.name}",
                )
            return v
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            v = str(value).strip().lower()
            if v in ("1", "true", "yes", "on"):
                return True
            if v in ("0", "false", "no", "off"):
                return False
            raise MtmError(f"must be true or false (got {value!r})", field=f"option {self.name}")
        try:
            v = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise MtmError(
                f"must be a number in {_fmt(self.min)}..{_fmt(self.max)} {self.unit}"
                f" (got {value!r})",
                field=f"option {self.name}",
            ) from None
        if self.whole and v == v and not v.is_integer():
            raise MtmError(
                f"must be a whole number in {_fmt(self.min)}..{_fmt(self.max)} (got {value!r})",
                field=f"option {self.name}",
            )
        if (
            v != v
            or (self.min is not None and v < self.min)
            or (self.max is not None and v > self.max)
        ):
            raise MtmError(
                f"{_fmt(v)} is out of range {_fmt(self.min)}..{_fmt(self.max)}"
                f"{(' ' + self.unit) if self.unit else ''}",
                field=f"option {self.name}",
            )
        return int(v) if self.whole else v


def _fmt(v) -> str:
    if v is None:
        return "any"
    return f"{v:g}" if isinstance(v, float | int) else str(v)


def resolve_options(
    declared: Sequence[Option], given: Mapping[str, object] | None, *, garment: str = ""
) -> dict[str, float | str | bool]:
    """Defaults overlaid with ``given``; unknown names and bad values raise ``MtmError``."""
    by_name = {o.name: o for o in declared}
    out: dict[str, float | str | bool] = {o.name: o.default for o in declared}
    for k, v in (given or {}).items():
        if k not in by_name:
            known = ", ".join(by_name) or "none"
            where = f" for {garment}" if garment else ""
            raise MtmError(f"unknown option{where}; known options: {known}", field=f"option {k}")
        out[k] = by_name[k].parse(v)
    return out


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """``['fit=slim', 'length=4']`` -> ``{'fit': 'slim', 'length': '4'}`` (else MtmError)."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise MtmError(f"expected key=value, got {item!r}", field="--option")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out
