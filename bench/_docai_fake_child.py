"""Child for figure 7: the Document AI loopback fake in a process of its own.

``python bench/_docai_fake_child.py DELAY [grpc|rest]`` prints the fake's URL, then serves until stdin
closes. A real Document AI server does its work on Google's machines, so the fake must not
take CPU time or the interpreter lock from the client being measured; its page layouts are
also computed once per PDF (the fake's own cost, not the product's).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from test_scripts.fakes import docai_fake  # noqa: E402
from test_scripts.fakes.docai_grpc_fake import DocumentAiGrpcFake, content_key  # noqa: E402

_layouts: dict[str, dict] = {}
_compute = docai_fake.layout_document


def _cached_layout(pdf: bytes) -> dict:
    key = content_key(pdf)
    if key not in _layouts:
        _layouts[key] = _compute(pdf)
    return _layouts[key]


docai_fake.layout_document = _cached_layout


def main() -> None:
    kind = DocumentAiGrpcFake if sys.argv[2:] == ["grpc"] else docai_fake.DocumentAiFake
    fake = kind(delay=float(sys.argv[1]))
    print(fake.url, fake.processor, flush=True)
    sys.stdin.read()
    fake.close()


if __name__ == "__main__":
    main()
