"""scripts/setup.sh decides which Debian packages are missing by what is installed.

Its functions run against recorded ``dpkg-query`` and ``apt-cache policy`` outputs of
Debian 13 and Ubuntu 24.04 (where Debian 12's names are provided by ``…t64`` packages),
and against the dpkg database of the machine running the tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "scripts" / "setup.sh"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASES = ("trixie", "noble")


def bash(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", f'source "{SETUP}"\n{script}'],
                          env={**os.environ, "LC_ALL": "C", **env},
                          capture_output=True, text=True, timeout=60)


def packages(name: str) -> list[str]:
    return bash(f'echo ${name}').stdout.split()


def fake_tools(tmp_path: Path, dpkg: str, release: str) -> dict[str, str]:
    """dpkg-query printing a recorded database, apt-cache printing recorded policies and
    an apt-get that only notes how it was called."""
    tools = tmp_path / "tools"
    tools.mkdir(exist_ok=True)
    scripts = {
        "dpkg-query": f'cat "{FIXTURES / f"{release}-dpkg-{dpkg}.txt"}"\n',
        "apt-cache": (f'awk -v want="$2:" \'/^[^ ]/ {{ on = ($0 == want) }} on\' '
                      f'"{FIXTURES / f"{release}-apt-cache-policy.txt"}"\n'),
        "apt-get": f'echo "$*" >> "{tmp_path / "apt-get.calls"}"\n',
    }
    for name, body in scripts.items():
        path = tools / name
        path.write_text("#!/bin/sh\n" + body)
        path.chmod(0o755)
    return {"DPKG_QUERY": str(tools / "dpkg-query"), "APT_CACHE": str(tools / "apt-cache"),
            "APT_GET": str(tools / "apt-get")}


@pytest.mark.parametrize("release", RELEASES)
def test_t64_successors_and_provided_names_count_as_installed(
    release: str, tmp_path: Path
) -> None:
    runtime = packages("RUNTIME_PACKAGES")
    assert "libglib2.0-0" in runtime
    result = bash("missing_packages $RUNTIME_PACKAGES no-such-package",
                  **fake_tools(tmp_path, "installed", release))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["no-such-package"]


@pytest.mark.parametrize("release", RELEASES)
def test_a_fresh_system_installs_the_t64_names(release: str, tmp_path: Path) -> None:
    result = bash("SETUP_UID=0 ensure_debian_packages libglib2.0-0 libgl1 pandoc python3-venv",
                  **fake_tools(tmp_path, "fresh", release))
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "apt-get.calls").read_text().splitlines()
    assert calls == [
        "update",
        "install -y --no-install-recommends libglib2.0-0t64 libgl1 pandoc python3-venv",
    ]
    lines = result.stderr.splitlines()
    assert lines == ["Updating the package lists … done",
                     "Installing 4 system packages (libglib2.0-0t64 libgl1 pandoc "
                     "python3-venv) … done"]


@pytest.mark.parametrize("release", RELEASES)
def test_nothing_missing_means_no_apt_at_all(release: str, tmp_path: Path) -> None:
    result = bash("SETUP_UID=0 ensure_debian_packages $RUNTIME_PACKAGES",
                  **fake_tools(tmp_path, "installed", release))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not (tmp_path / "apt-get.calls").exists()


def test_a_normal_user_is_told_both_sudo_and_su(tmp_path: Path) -> None:
    result = bash("SETUP_UID=1000 ensure_debian_packages libglib2.0-0 pandoc; echo unreached",
                  **fake_tools(tmp_path, "fresh", "trixie"))
    assert result.returncode == 1
    assert "unreached" not in result.stdout
    assert not (tmp_path / "apt-get.calls").exists()
    command = "apt-get update && apt-get install -y --no-install-recommends libglib2.0-0t64 pandoc"
    assert f"  sudo sh -c '{command}'" in result.stderr.splitlines()
    assert f"  su -c '{command}'" in result.stderr.splitlines()


def test_a_failing_step_names_its_log(tmp_path: Path) -> None:
    log = tmp_path / "setup.log"
    result = bash(f'SETUP_LOG="{log}"\nstep "Doing it" sh -c "echo detail; echo oops >&2; exit 3"'
                  "\necho unreached")
    assert result.returncode == 3
    first, *rest = result.stderr.splitlines()
    assert first == f"Doing it … failed (exit code 3); the whole output is in {log}, its end:"
    assert "    oops" in rest
    assert "detail" in log.read_text() and "oops" in log.read_text()
    quiet = bash(f'SETUP_LOG="{log}"\nstep "Doing more" sh -c "echo lots of output"')
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "Doing more … done\n")


# --- the machine running the tests -------------------------------------------------


needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")


def _installed_here() -> list[tuple[str, list[str]]]:
    lines = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Abbrev}|${Package}|${Provides}\n"],
        capture_output=True, text=True, check=True).stdout.splitlines()
    found = []
    for line in lines:
        status, name, provides = line.split("|", 2)
        if status.startswith("ii"):
            found.append((name, [p.split()[0].split(":")[0] for p in provides.split(",")
                                 if p.strip()]))
    return found


@needs_dpkg
def test_this_systems_packages_and_virtual_names_are_seen() -> None:
    installed = _installed_here()
    real = {name for name, _ in installed}
    virtual = sorted({p for _, provided in installed for p in provided} - real)
    assert "dpkg" in real
    probe = ["dpkg", "pressestelle-no-such-package", *virtual[:20]]
    result = bash("missing_packages " + " ".join(probe))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["pressestelle-no-such-package"]


@needs_dpkg
def test_every_needed_package_is_installed_or_installable_here() -> None:
    """Each name resolves on this release: installed (itself, a provider or its t64
    successor) or offered by the package lists under its name or the t64 one."""
    result = bash('for p in $(missing_packages $RUNTIME_PACKAGES $TEST_PACKAGES); do\n'
                  '  echo "$p $(installable_name "$p")"\n'
                  '  has_candidate "$(installable_name "$p")" || echo "UNRESOLVED $p"\n'
                  'done')
    assert result.returncode == 0, result.stderr
    assert "UNRESOLVED" not in result.stdout, result.stdout
