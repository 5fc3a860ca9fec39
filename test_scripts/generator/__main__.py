"""``python -m test_scripts.generator OUTDIR [--seeds N]``: write the generated corpus."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import write_corpus

parser = argparse.ArgumentParser(prog="python -m test_scripts.generator")
parser.add_argument("outdir", type=Path)
parser.add_argument("--seeds", type=int, default=3)
args = parser.parse_args()
paths = write_corpus(args.outdir, range(args.seeds))
print(f"wrote {len(paths)} files to {args.outdir}")
