"""The generic rules on real invoices (shared/data/real-invoices, not part of the project).

These documents were never seen by the generator: European, Indian and US layouts in several
languages. The floors below are what the rules achieve today; a change that lowers them is a
regression. Skips when the folder is absent. Scoring is ``bench.real_accuracy``'s.
"""

from __future__ import annotations

import pytest

from bench.real_accuracy import score_set
from test_scripts.paths import REAL_INVOICES

FOLDER = REAL_INVOICES
pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason="real invoices folder not present")


def test_generic_rules_on_real_invoices_hold_their_floor():
    total = score_set(FOLDER)
    assert total.docs == 11
    assert total.header_right >= 32, f"header fields right: {total.header_right}/33"
    assert total.matched >= 29 and total.expected == 33, f"lines matched {total.matched}/{total.expected}"
    assert total.got - total.matched <= 2, f"extra lines: {total.got - total.matched}"
