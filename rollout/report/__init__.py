"""Offline A/B analysis from request logs: records, measures, statistics, sequential tests, the
stage gate, tables, charts, HTML, drills (``simulate``) and the ``python -m rollout`` CLI.

Never imported by the function (numpy, scipy, matplotlib and rich live here).
"""
