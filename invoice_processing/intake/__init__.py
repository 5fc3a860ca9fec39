"""Intake: an HTTP request becomes a ``PdfInput``.

``request`` (the four request modes, method and token checks), ``download`` (safe URL download,
pinned to the checked address), ``url_safety`` (which URLs and addresses may be fetched),
``trello`` (Trello attachment links through Trello's API).
"""
