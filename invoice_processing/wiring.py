"""Build the pipeline's dependencies from settings: which backends exist, which sheet.

Only the entry points (``main.py`` and the CLI) call this. Cloud clients are created lazily
inside the backends and the Google sheet writer, so importing this module stays cheap.
"""

from __future__ import annotations

from .config import Settings
from .extraction.local import LocalBackend
from .models import Backend
from .pipeline import Deps
from .sheets import CsvSheet


def build_deps(settings: Settings) -> Deps:
    backends: dict = {Backend.LOCAL: LocalBackend()}
    return Deps(backends=backends, sheet=build_sheet(settings))


def build_sheet(settings: Settings):
    if settings.uses_google_sheets:
        from .google_sheet import GoogleSheet

        return GoogleSheet(settings)
    return CsvSheet(settings.local_sheet_path)
