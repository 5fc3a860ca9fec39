"""Gemini rollout: stages from the environment, stable bucketing, routes, A/B analysis, gate.

Depends on nothing in ``invoice_processing``: it is told a key and an environment and answers
a ``Route``.
"""

from rollout.decision import CONTROL, TREATMENT, Route, decide, route_request
from rollout.stages import Stage, StageSettings, read_stage

__all__ = ["CONTROL", "TREATMENT", "Route", "Stage", "StageSettings", "decide", "read_stage", "route_request"]
