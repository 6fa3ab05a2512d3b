"""The `marsad` command: parses arguments, calls the library, turns MarsadError into one line and an
exit code (0 all read, 1 some inputs failed, 2 bad usage). Each group of commands lives in its own
``cli_*.py`` module beside this one and registers itself on :data:`app`."""

from __future__ import annotations

import logging

import typer

from marsad.serve import cli_analyze, cli_events, cli_ner, cli_store

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): Arabic news in, checkable events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (cli_analyze, cli_store, cli_ner, cli_events):
    module.register(app)


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details.")) -> None:
    """marsad (مرصد): Arabic news in, checkable events out."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        force=True,  # a fresh handler on the current stderr each run (tests invoke the app many times)
    )


def main() -> None:
    app()
