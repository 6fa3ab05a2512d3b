"""Commands of the ner area; they register themselves on the main app."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to `app`."""
