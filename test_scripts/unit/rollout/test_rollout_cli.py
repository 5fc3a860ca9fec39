"""``python -m rollout report|gate`` end to end on a simulated log file."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rollout.report.cli import main
from rollout.report.simulate import GEMINI_PROFILE, simulate
from rollout.stages import Stage
from test_scripts.paths import ROOT


@pytest.fixture
def log_file(tmp_path) -> Path:
    records = simulate(4000, Stage.INITIAL, seed=1, start=datetime(2026, 11, 20, tzinfo=UTC), hours=30,
                       treatment=replace(GEMINI_PROFILE, accuracy=0.90, median_ms=16_000))
    path = tmp_path / "requests.jsonl"
    lines = [json.dumps({"jsonPayload": r, "timestamp": r["time"]} if i % 2 else r) for i, r in enumerate(records)]
    path.write_text("\n".join(lines + ["{broken"]) + "\n")
    return path


def test_report_prints_the_table_and_writes_html_and_png(log_file, tmp_path, capsys):
    html, png = tmp_path / "report.html", tmp_path / "charts.png"
    assert main(["report", "--logs", str(log_file), "--html", str(html), "--png", str(png)]) == 0
    out, err = capsys.readouterr()
    assert "accuracy" in out and "Mann-Whitney U" in out and "By vendor and variant" in out
    assert "skipped 1 unusable lines (1 not JSON)" in err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = html.read_text()
    assert "data:image/png;base64," in page and "HarperCollins" in page and '<td class="better">better</td>' in page


def test_gate_prints_the_verdict_and_the_exact_terraform_command(log_file, capsys):
    assert main(["gate", "--logs", str(log_file), "--now", "2026-11-21T08:00:00Z"]) == 0
    out = capsys.readouterr().out
    assert "ADVANCE  stage initial, running 32.0 h -> expanded" in out
    assert "terraform -chdir=terraform apply -var-file=prod.tfvars -var gemini_rollout_stage=expanded" in out


def test_gate_holds_before_the_dwell_when_told_the_stage_age(log_file, capsys):
    assert main(["gate", "--logs", str(log_file), "--stage", "initial", "--hours", "12"]) == 0
    assert "has run 12.0 h of its minimum 24 h" in capsys.readouterr().out


def test_unreadable_or_empty_logs_exit_1_with_a_message(tmp_path, capsys):
    assert main(["report", "--logs", str(tmp_path / "missing.jsonl")]) == 1
    assert "cannot read the logs" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text('{"event": "startup"}\n')
    assert main(["gate", "--logs", str(empty)]) == 1
    assert "no usable invoice_request records" in capsys.readouterr().err


def test_the_module_runs_as_a_command():
    result = subprocess.run([sys.executable, "-m", "rollout", "gate", "--help"], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert "--hours" in result.stdout and "--project" in result.stdout


def test_a_simulated_timeout_regression_drill_ends_in_rollback(tmp_path, capsys):
    drill = tmp_path / "drill.jsonl"
    assert main(["simulate", "--stage", "expanded", "--requests", "2000", "--hours", "50",
                 "--gemini-timeout-rate", "0.08", "--out", str(drill)]) == 0
    assert main(["gate", "--logs", str(drill), "--hours", "50"]) == 0
    out = capsys.readouterr().out
    assert "ROLLBACK  stage expanded" in out and "significant regression in timeout rate" in out
    assert "-var gemini_rollout_stage=disabled" in out
