"""The wheel and the sdist a user builds from the clone carry the licence text."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

pytest.importorskip("flit_core", reason="flit_core (the build backend) is in the test extra")


def build(kind: str, out: Path) -> Path:
    """Build with the project's own backend, as pip (wheel) or ``flit build`` (sdist) do."""
    code = f"from flit_core import buildapi; print(buildapi.build_{kind}({str(out)!r}))"
    name = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return out / name


def test_the_wheel_ships_the_licence(tmp_path: Path) -> None:
    wheel = build("wheel", tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        licence = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        assert b"MIT License" in archive.read(licence)
        assert b"sphinx-meetup contributors" in archive.read(licence)
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert b"License-Expression: MIT" in metadata
    assert b"License-File: LICENSE" in metadata


def test_the_sdist_ships_the_licence(tmp_path: Path) -> None:
    sdist = build("sdist", tmp_path)
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        licence = next(n for n in names if n.endswith("/LICENSE"))
        assert b"sphinx-meetup contributors" in archive.extractfile(licence).read()


def test_pip_installs_from_the_clone(tmp_path: Path) -> None:
    """Issue 14, item 1: the package is not on PyPI, so the docs say ``python -m pip
    install ./sphinx-meetup``: that works from this checkout (offline: no dependencies,
    the backend from this environment), with the CSS, the catalogs and the command."""
    target = tmp_path / "site-packages"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-build-isolation", "--no-index", "--target", str(target), str(ROOT)],
                   check=True, capture_output=True, text=True)
    package = target / "sphinx_meetup"
    assert (package / "cli" / "__init__.py").is_file()
    assert list((package / "static").glob("*.css"))
    assert list(package.glob("locale/*/LC_MESSAGES/sphinx_meetup.mo"))
    assert (target / "bin" / "sphinx-meetup").is_file()
    licence = next(target.glob("sphinx_meetup-*.dist-info/licenses/LICENSE"))
    assert "MIT" in licence.read_text(encoding="utf-8")
