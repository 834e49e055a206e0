"""Refresh the UI translation files and compile them.

    python scripts/update_translations.py

Runs pyside6-lupdate over editor/gui (new strings appear as unfinished entries in
resources/i18n/pressestelle_de.ts; translate them there, e.g. with pyside6-linguist),
and fills the English file with the source texts (the UI is written in English). The app
compiles the .ts files into .qm files in its cache folder when it starts. Prints the
unfinished entries left.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCES = sorted(str(p) for p in (ROOT / "editor" / "gui").rglob("*.py"))


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found; install PySide6 first.")
    return found


def _fill_english(path: Path) -> None:
    """In the English file every translation is the source text itself."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            # A first guess for new texts; forms corrected by hand ("1 quote moves") stay.
            forms = translation.findall("numerusform")
            if translation.get("type") == "unfinished" or not all(f.text for f in forms):
                translation.attrib.pop("type", None)
                singular, plural = source.replace("(s)", ""), source.replace("(s)", "s")
                for number, form in enumerate(forms):
                    form.text = singular if number == 0 else plural
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            translation.text = source
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def unfinished(path: Path) -> list[str]:
    tree = ET.parse(path)
    return [m.findtext("source") or "" for m in tree.iter("message")
            if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in ("de", "en"):
        ts = I18N / f"pressestelle_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *SOURCES, "-no-obsolete",
                        "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                       check=True, cwd=ROOT)
        if lang == "en":
            _fill_english(ts)
        left = unfinished(ts)
        if left:
            print(f"{ts.name}: {len(left)} unfinished", *left, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
