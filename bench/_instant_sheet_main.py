"""functions-framework source for figure 5b: ``main.process_invoice`` with an instant sheet.

Diagnostic only: the same function as ``main.py`` except that rows go to a sheet fake that
answers at once, so the worker-scaling figure can be read without the CSV sheet's file lock.
"""

import main
from bench.overhead import InstantSheet
from invoice_processing import wiring

wiring.build_sheet = lambda settings: InstantSheet()  # build_deps looks it up at call time
process_invoice = main.process_invoice
