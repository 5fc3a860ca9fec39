"""Routes (SPEC §5): pinned key -> route vectors, thresholds exactly at the bucket boundary."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from rollout import Stage, StageSettings, decide
from rollout.bucketing import bucket
from rollout.stages import DEFAULT_SALT, STAGE_BASIS_POINTS, read_stage
from test_scripts.paths import ROOT

KEY_1 = hashlib.sha256(b"invoice-1").hexdigest()  # bucket 5605 under the default salt


@pytest.mark.parametrize("stage,variant,backend", [
    (Stage.DISABLED, "control", "document_ai"), (Stage.INITIAL, "control", "document_ai"),
    (Stage.EXPANDED, "control", "document_ai"), (Stage.MAJORITY, "control", "document_ai"),
    (Stage.FULL, "treatment", "gemini"),
])
def test_pinned_route_of_a_known_invoice(stage, variant, backend):
    route = decide(KEY_1, StageSettings(stage, stage.value, "test"))
    assert (route.bucket, route.variant, route.backend, route.stage) == (5605, variant, backend, stage.value)


def test_a_bucket_is_treated_exactly_when_below_the_stage_threshold():
    keys = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(20_000)]
    for stage in Stage:
        settings = StageSettings(stage, stage.value, "test")
        for key in keys[:2000]:
            route = decide(key, settings)
            assert (route.variant == "treatment") == (route.bucket < STAGE_BASIS_POINTS[stage])
    # the boundary itself: bucket 499 is in initial, 500 is not
    by_bucket = {bucket(k, DEFAULT_SALT): k for k in keys}
    initial = StageSettings(Stage.INITIAL, "initial", "test")
    assert decide(by_bucket[499], initial).variant == "treatment"
    assert decide(by_bucket[500], initial).variant == "control"


def test_the_salt_comes_from_the_environment_and_reshuffles_buckets():
    environ = {"GEMINI_ROLLOUT_STAGE": "majority", "PRODUCTION_ROLLOUT_ENABLED": "true"}
    default = decide(KEY_1, read_stage(environ))
    salted = decide(KEY_1, read_stage(environ | {"ROLLOUT_SALT": "other-salt"}))
    assert (default.bucket, salted.bucket) == (5605, 1023)
    assert (default.variant, salted.variant) == ("control", "treatment")


def test_routes_are_the_same_in_another_process_with_another_hash_seed():
    # Instances and restarts are other processes: Python's per-process string hash must not leak in.
    keys = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(50)]
    code = ("import sys; from rollout.bucketing import bucket; "
            "print(','.join(str(bucket(k, 'invoice-rollout-v1')) for k in sys.argv[1:]))")
    here = [bucket(k, DEFAULT_SALT) for k in keys]
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code, *keys], capture_output=True, text=True, check=True,
                             cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        assert [int(b) for b in out.strip().split(",")] == here


def test_routing_does_not_load_the_analysis_libraries():
    # main.py imports rollout on every cold start; numpy, scipy and matplotlib are for operators only.
    code = "import sys, rollout; print(sorted(m for m in ('numpy', 'scipy', 'matplotlib', 'rich') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
