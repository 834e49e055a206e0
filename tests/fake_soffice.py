"""A stand-in for LibreOffice in tests: writes a small PDF for each input and logs its call.

Called as ``fake_soffice.py --version`` or like ``soffice --convert-to … --outdir DIR
FILES``. The variable ``FAKE_SOFFICE_LOG`` names a file each call appends one JSON line to;
``FAKE_SOFFICE_SLEEP`` makes it wait that many seconds first (to test the deadline),
``FAKE_SOFFICE_EACH`` that many seconds before each file (to watch its progress).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    if argv == ["--version"]:
        print("LibreOffice 7.4.7.2 40(Build:2)")
        return 0
    log = os.environ.get("FAKE_SOFFICE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as stream:
            stream.write(json.dumps({"argv": argv, "pid": os.getpid()}) + "\n")
    time.sleep(float(os.environ.get("FAKE_SOFFICE_SLEEP", "0")))
    out = Path(argv[argv.index("--outdir") + 1])
    inputs = [a for a in argv if a.endswith(".docx")]
    for source in inputs:
        time.sleep(float(os.environ.get("FAKE_SOFFICE_EACH", "0")))
        size = Path(source).stat().st_size
        (out / (Path(source).stem + ".pdf")).write_bytes(
            b"%PDF-1.6\n% fake PDF of " + str(size).encode() + b" bytes\n%%EOF\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
