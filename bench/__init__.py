"""Benchmarks run from the command line (``python -m bench.accuracy``); not shipped with the function."""
