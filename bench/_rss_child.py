"""Child for figure 6: one invoice through the whole embedded-default pipeline, then peak RSS.

``python bench/_rss_child.py PDF_PATH SHEET_DIR`` prints ``{"peak_kb": ..., "imports_kb": ...}``:
the peak resident set of this fresh process (functions-framework and ``main`` imported first, as
in the function's own process), and the peak after imports only, so a reader can
tell the interpreter's share from the invoice's. On Linux the peak is ``VmHWM`` from
/proc/self/status: ``getrusage``'s ``ru_maxrss`` also keeps the high-water mark of the parent
that forked us (Linux carries it across exec), which made every case read as the bench
process's own size.
"""

import json
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from invoice_processing.config import load_settings  # noqa: E402
from invoice_processing.deadline import Deadline  # noqa: E402
from invoice_processing.models import Backend, PdfInput  # noqa: E402
from invoice_processing.pipeline import process  # noqa: E402
from invoice_processing.wiring import build_deps  # noqa: E402


def peak_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    pdf_path, sheet_dir = sys.argv[1], sys.argv[2]
    # The function's process: the runtime, main.py and PDFium (loaded by the first request).
    import functions_framework  # noqa: F401
    import pypdfium2  # noqa: F401

    import main  # noqa: F401

    imports_kb = peak_kb()
    settings = load_settings({"LOCAL_SHEET_PATH": str(Path(sheet_dir) / "sheet.csv")})
    outcome = process(PdfInput(Path(pdf_path).read_bytes(), "bench"), Backend.LOCAL, settings,
                      build_deps(settings), Deadline(120))
    print(json.dumps({"peak_kb": peak_kb(), "imports_kb": imports_kb, "items": outcome.items_count}))


if __name__ == "__main__":
    main()
