"""The generic rules on the project's own real dev set (test_scripts/real_dev_set, PDFs rebuilt
into .cache/real-dev-set by ``python scripts/real_dev_set.py build``; skips when absent).

The floors are what the rules achieve today; a change that lowers them is a regression.
"""

from __future__ import annotations

import pytest

from bench.real_accuracy import score_set
from test_scripts.paths import ROOT

FOLDER = ROOT / ".cache" / "real-dev-set"
pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason="real dev set not built (scripts/real_dev_set.py build)")


def test_generic_rules_on_the_real_dev_set_hold_their_floor():
    total = score_set(FOLDER)
    assert total.docs == 26
    assert total.header >= 0.97, f"header {total.header:.1%}"
    assert total.f1 >= 0.94, f"line F1 {total.f1:.1%}"
