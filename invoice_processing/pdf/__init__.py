"""PDF handling with PDFium, kept out of the worker process where it could hurt it.

``checks`` (size, magic bytes, page cap, a parse of every page), ``document`` (open safely,
split into page ranges), ``text_layer`` (words with boxes, grouped into lines), ``isolation``
(the pool of killable helper processes) and ``helper`` (the helper process's main loop).
"""
