"""marsad (مرصد): Arabic-native news reading and event coding with evidence."""

from marsad.api import analyze
from marsad.errors import MarsadError
from marsad.model import (
    SCHEMA_VERSION,
    Article,
    Entity,
    Event,
    Quantity,
    Quote,
    Sentence,
    Span,
    Story,
    TimeExpr,
    Token,
)
from marsad.pipeline import Context, Pipeline, Stage
from marsad.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Context",
    "Entity",
    "Event",
    "MarsadError",
    "Pipeline",
    "Quantity",
    "Quote",
    "Sentence",
    "Settings",
    "Span",
    "Stage",
    "Story",
    "TimeExpr",
    "Token",
    "__version__",
    "analyze",
]
