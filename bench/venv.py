"""The bench-only virtualenv (``.cache/bench-venv``) for packages the function never uses.

Created on first use with the interpreter running the bench, from ``bench/requirements.txt``
through pip's default configuration; rebuilt when that file changes (a stamp keeps its hash).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys

from .timing import ROOT

VENV = ROOT / ".cache" / "bench-venv"
REQUIREMENTS = ROOT / "bench" / "requirements.txt"


def python() -> str:
    """Path of the bench virtualenv's interpreter, creating or updating the env as needed."""
    binary = VENV / "bin" / "python"
    stamp = VENV / ".requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if binary.exists() and stamp.exists() and stamp.read_text() == wanted:
        return str(binary)
    print(f"setting up {VENV.relative_to(ROOT)} from {REQUIREMENTS.relative_to(ROOT)} ...", flush=True)
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(binary), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r",
                    str(REQUIREMENTS)], check=True, timeout=900)
    stamp.write_text(wanted)
    return str(binary)
