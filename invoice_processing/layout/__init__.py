"""Layout: pages of words → product tables and header fields, driven by the document's own labels
and geometry, for every vendor and every backend.

``lexicon`` (the words documents use, as data), ``numbers`` (the document's number format),
``header_row`` (column headers, also stacked over two lines), ``columns`` (cells into columns),
``tables`` (rows, wrapped descriptions, page breaks, where a table ends) and ``products``
(quantity and unit price, with arithmetic to choose among price columns).
"""
