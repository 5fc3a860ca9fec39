"""The sheet edge: an invoice becomes rows (B..G) and is written once.

``rows`` (cells and formula neutralising), ``writer`` (the ``SheetWriter`` interface and the
ledger entry), ``csv_sheet`` (the embedded default), ``google_sheet`` (Google Sheets, with
``ledger`` the idempotency rule, ``ledger_tab`` its tab, ``client`` the HTTP client, ``retry``
bounded retries and ``a1`` range helpers).
"""
