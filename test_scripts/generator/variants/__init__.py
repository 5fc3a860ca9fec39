"""Building blocks of ``vendor_variants``: documents whose layout varies dimension by dimension.

``sheet`` records drawing operations page by page and writes the PDF; ``words``, ``formats``,
``goods`` and ``catalogs`` hold what gets printed (labels per language, number and date
spellings, parties and products); ``style`` draws every layout dimension from the seed on its
own; ``lines``, ``table``, ``header`` and ``compose`` lay out an invoice; ``books``, ``brands``
and ``suppliers`` build the documents of each vendor family with their ground truth.
"""
