"""One Settings object: the shipped ``defaults.toml``, then the user's file, then explicit overrides."""

from __future__ import annotations

import copy
import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import UsageError


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@dataclass(frozen=True, slots=True)
class Settings:
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        *,
        path: str | Path | None = None,
        overrides: dict[str, Any] | None = None,
    ) -> Settings:
        """Defaults, then ``path`` (or $MARSAD_CONFIG, or ./marsad.toml if present), then overrides."""
        text = resources.files("marsad").joinpath("defaults.toml").read_text(encoding="utf-8")
        data = tomllib.loads(text)
        user = path or os.environ.get("MARSAD_CONFIG")
        if user is None and Path("marsad.toml").is_file():
            user = "marsad.toml"
        if user:
            try:
                data = _merge(data, tomllib.loads(Path(user).read_text(encoding="utf-8")))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise UsageError(f"cannot read settings file: {exc}", source=str(user)) from exc
        if overrides:
            data = _merge(data, overrides)
        return cls(data)

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        return Settings(_merge(self.data, overrides))
