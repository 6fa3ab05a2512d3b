"""Reader tests: the fixture builders beside this file (ingest_fixtures.py) are importable."""

from __future__ import annotations

import sys
from pathlib import Path

# importlib mode does not put test folders on sys.path; the builders are plain helpers, not tests.
sys.path.insert(0, str(Path(__file__).parent))
