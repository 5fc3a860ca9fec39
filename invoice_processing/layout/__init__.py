"""Layout: pages of words → product tables and header fields, driven by the document's own labels
and geometry, for every vendor and every backend.

``lexicon`` (the words documents use, as data), ``numbers`` (the document's number format),
``header_labels`` and ``header_row`` (column headers, also stacked over two lines), ``columns``
(cells into columns, with ``column_bands`` and ``cell_units``),
``tables`` (rows, wrapped descriptions, page breaks, where a table ends) and ``products``
(quantity and unit price, with arithmetic to choose among price columns).
"""

from __future__ import annotations


def clear_caches() -> None:
    """Empty the caches the engine keeps across documents (parsed numbers, placed lines, read
    labels): for measuring what a document the process has not seen costs."""
    from invoice_processing.layout import column_bands, header_labels, label_roles, lexicon, numbers

    for cached in (numbers.parse_amount, numbers.parse_quantity, numbers.is_numeric, label_roles.role_of,
                   label_roles.known_role, label_roles.after_discount, lexicon.normal_label,
                   header_labels.is_label_word, header_labels.labels_of):
        cached.cache_clear()
    column_bands.BANDS.clear()
