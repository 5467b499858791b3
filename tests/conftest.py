from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

CORPUS = Path(__file__).parent / "corpus"
SEED_RAW = CORPUS / "seed" / "raw" / "hindustantimes-austin-shoigu.txt"
SEED_GOLD = CORPUS / "seed" / "gold" / "hindustantimes-austin-shoigu.json"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seed_gold() -> dict[str, Any]:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))
