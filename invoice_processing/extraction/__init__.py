"""Extraction backends and the fallback chain.

``backend`` (the contract and its errors), ``chain`` (the fallback order and its one loop),
``timebox`` (cloud calls cut off at their window), ``local`` (the PDF's own text layer),
``gemini`` (+ ``gemini_schema``, ``gemini_key``), ``document_ai`` (+ ``docai_mapping``).
"""
