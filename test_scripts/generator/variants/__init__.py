"""Building blocks of ``vendor_variants``: documents whose layout varies dimension by dimension.

``sheet`` records drawing operations page by page and writes the PDF; ``words`` and ``goods``
hold printed vocabulary per language; ``style`` draws every layout dimension from the seed on
its own; ``table`` and ``header`` draw the parts of an invoice; ``books``, ``brands`` and
``suppliers`` build the documents of each vendor family with their ground truth.
"""
