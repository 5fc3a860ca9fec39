"""The sheet edge: an invoice becomes rows (B..G) and is written once.

``rows`` (cells and formula neutralising), ``content`` (what makes two invoices the same),
``writer`` (the ``SheetWriter`` interface and the ledger entry), ``csv_sheet`` (the embedded
default), ``google_sheet`` (Google Sheets), with: ``cells`` (typed cells), ``data_tab`` (the
write and where it landed), ``ledger`` (the append-only log and its rule), ``ledger_index``
(what an instance has read of it), ``ledger_tab`` (its HTTP), ``compaction``, ``quota`` (the
instance's write budget), ``tabs`` and ``tab_cache`` (tab ids, the grid limit, ``{year}``),
``client`` (HTTP), ``retry`` (bounded retries) and ``a1`` (range helpers).
"""
