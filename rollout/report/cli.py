"""``python -m rollout report|gate``: the A/B report and the stage gate, from request logs.

    python -m rollout report --logs requests.jsonl --html report.html
    python -m rollout report --project my-project --days 3 --png charts.png
    python -m rollout gate --logs requests.jsonl [--stage initial] [--hours 30]
    python -m rollout simulate --stage initial --out drill.jsonl   (a synthetic log for drills)

Exit status: 0 when the report or verdict was produced (whatever the verdict), 1 when there
was nothing usable to analyse or the logs could not be read, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from rich.console import Console

from rollout.report.analysis import Report, build_report, stage_run
from rollout.report.cloud_logs import SourceError, read_entries
from rollout.report.gate import GateDecision, evaluate
from rollout.report.html import render
from rollout.report.records import LoadResult, load_file, parse_time
from rollout.report.simulate import GEMINI_PROFILE, simulate
from rollout.report.table import comparison_table, gate_text, vendor_table
from rollout.stages import STAGE_ORDER, Stage, parse_stage

console = Console(stderr=False, width=160)
errors = Console(stderr=True)


def _when(text: str) -> datetime:
    try:
        value = parse_time(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 time: {text!r} (e.g. 2026-11-22T10:00:00Z)")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m rollout", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("report", "A/B report per variant and vendor"), ("gate", "ADVANCE / HOLD / ROLLBACK")):
        sub = commands.add_parser(name, help=text, description=text)
        source = sub.add_mutually_exclusive_group(required=True)
        source.add_argument("--logs", metavar="FILE", help="request records: JSON lines or a Cloud Logging export")
        source.add_argument("--project", help="read from Cloud Logging in this Google Cloud project")
        sub.add_argument("--days", type=float, default=7, help="with --project: how far back to read (default 7)")
        sub.add_argument("--service", default="", help="with --project: only this function's records")
        sub.add_argument("--stage", type=str, choices=[s.value for s in STAGE_ORDER],
                         help="only this stage's requests (gate default: the stage of the latest request)")
        sub.add_argument("--html", metavar="PATH", help="also write an HTML report with the charts")
        sub.add_argument("--png", metavar="PATH", help="also write the charts as a PNG")
        sub.add_argument("--alpha", type=float, default=0.05, help="significance level (default 0.05)")
    _simulate_parser(commands)
    gate = commands.choices["gate"]
    gate.add_argument("--hours", type=float, help="how long the stage has run (default: since its first request)")
    gate.add_argument("--now", type=_when, help="the time to measure the stage's age at (default: now)")
    return parser


def _simulate_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sim = commands.add_parser("simulate", help="write a synthetic request log (drills, demos)",
                              description="Synthetic invoice_request records routed like production.")
    sim.add_argument("--out", required=True, metavar="FILE")
    sim.add_argument("--stage", choices=[s.value for s in STAGE_ORDER], default="initial")
    sim.add_argument("--requests", type=int, default=4000)
    sim.add_argument("--hours", type=float, default=30)
    sim.add_argument("--seed", type=int, default=1)
    sim.add_argument("--gemini-accuracy", type=float, default=GEMINI_PROFILE.accuracy)
    sim.add_argument("--gemini-timeout-rate", type=float, default=GEMINI_PROFILE.timeout_rate)
    sim.add_argument("--gemini-median-ms", type=float, default=GEMINI_PROFILE.median_ms)


def _simulate(args: argparse.Namespace) -> int:
    gemini = replace(GEMINI_PROFILE, accuracy=args.gemini_accuracy, timeout_rate=args.gemini_timeout_rate,
                     median_ms=args.gemini_median_ms)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=args.hours)
    records = simulate(args.requests, Stage(args.stage), seed=args.seed, start=start, hours=args.hours,
                       treatment=gemini)
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)
    console.print(f"{len(records)} records at stage {args.stage} written to {args.out}")
    return 0


def _load(args: argparse.Namespace) -> LoadResult:
    if args.logs:
        return load_file(args.logs)
    since = datetime.now(UTC) - timedelta(days=args.days)
    return read_entries(args.project, since, service=args.service)


def _write_outputs(args: argparse.Namespace, report: Report, summary: str,
                   decision: GateDecision | None = None) -> None:
    if args.png:
        from rollout.report.charts import png_bytes

        with open(args.png, "wb") as handle:
            handle.write(png_bytes(report))
        console.print(f"charts written to {args.png}")
    if args.html:
        with open(args.html, "w", encoding="utf-8") as handle:
            handle.write(render(report, summary, decision))
        console.print(f"HTML report written to {args.html}")


def _report(args: argparse.Namespace, loaded: LoadResult) -> int:
    requests = [r for r in loaded.requests if not args.stage or r.stage == args.stage]
    report = build_report(requests, alpha=args.alpha)
    console.print(comparison_table(report))
    console.print(vendor_table(report))
    _write_outputs(args, report, loaded.summary())
    return 0


def _gate(args: argparse.Namespace, loaded: LoadResult) -> int:
    stage_name, requests = stage_run(loaded.requests, args.stage or "")
    stage = parse_stage(stage_name)
    if stage is None:
        errors.print("no request records carry a rollout stage: pass --stage")
        return 1
    now = args.now or datetime.now(UTC)
    first = next((r.time for r in requests if r.time is not None), None)
    hours = args.hours if args.hours is not None else ((now - first).total_seconds() / 3600 if first else 0.0)
    report = build_report(requests, alpha=args.alpha)
    decision = evaluate(report, stage, hours)
    console.print(comparison_table(report))
    console.print(gate_text(decision, hours))
    _write_outputs(args, report, loaded.summary(), decision)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "simulate":
        return _simulate(args)
    try:
        loaded = _load(args)
    except (OSError, SourceError) as error:
        errors.print(f"cannot read the logs: {error}")
        return 1
    (errors if loaded.skipped else console).print(loaded.summary())
    for example in loaded.examples:
        errors.print(f"  {example}")
    if not loaded.requests:
        errors.print("no usable invoice_request records: nothing to analyse")
        return 1
    return _report(args, loaded) if args.command == "report" else _gate(args, loaded)

