"""Shared fixtures: Sphinx's test harness, test roots, and the shared corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

pytest_plugins = ("sphinx.testing.fixtures",)

TESTS = Path(__file__).parent
SHARED = TESTS.parent.parent / "shared"

# CI runs the same examples every time (a red CI is then a real regression, reproduced
# by running it again), with no deadline on a busy machine; a local run keeps drawing
# new ones, which is how the property tests find what nobody wrote an example for
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where ``@pytest.mark.sphinx(testroot=...)`` finds ``roots/test-<name>``."""
    return TESTS / "roots"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository (seed, corpora); skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared seed and corpora live beside the repo")
    return SHARED


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's headless Chromium, one for the whole session (``browser_support``)."""
    from browser_support import chromium

    with chromium() as opened:
        yield opened
