"""Every command is documented: help text in the CLI and a mention in the README."""

from pathlib import Path

import typer
from typer.main import get_command

from marsad.serve.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=""):
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        yield full, cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, prefix=f"{full} ")


def test_cli_every_command_has_help_and_is_in_the_readme():
    root = get_command(app)
    assert isinstance(root, typer.core.TyperGroup) or hasattr(root, "commands")
    names = list(_commands(root))
    assert {"analyze", "ingest", "search", "export", "demo", "tag", "train ner", "eval events"} <= {
        n for n, _ in names
    }
    for name, cmd in names:
        assert (cmd.help or "").strip(), f"`marsad {name}` has no help text"
        if not hasattr(cmd, "commands"):
            assert f"marsad {name}" in README, f"`marsad {name}` is not documented in README.md"
