"""Shared test set-up: Qt runs offscreen unless a test asks for a real X server itself."""

import hashlib
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and recent files written by tests stay out of the user's home.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="explorer-tests-config-")

SHIPPED = Path(__file__).resolve().parents[1] / "presets"


def _fingerprints() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SHIPPED.glob("*.yaml")}


@pytest.fixture(autouse=True, scope="session")
def shipped_presets_stay_untouched():
    """No test may save over the bundled presets (a fuzzed Save once did)."""
    before = _fingerprints()
    yield
    assert _fingerprints() == before, "a test changed the bundled presets in presets/"
