"""Gemini rollout at request time: stages from the environment, stable bucketing, routes.

Standard library only, and depends on nothing in ``invoice_processing``: it is told a key and an
environment and answers a ``Route``. The offline A/B analysis and the stage gate live in
``rollout.report`` (numpy, scipy, matplotlib), which the function never imports.
"""

from rollout.decision import CONTROL, DOCUMENT_AI, GEMINI, TREATMENT, Route, decide, route_request
from rollout.stages import Stage, StageSettings, read_stage

__all__ = [
    "CONTROL", "DOCUMENT_AI", "GEMINI", "TREATMENT", "Route", "Stage", "StageSettings", "decide", "read_stage",
    "route_request",
]
