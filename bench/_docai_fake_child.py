"""Child for figure 7: the Document AI loopback fake in a process of its own.

``python bench/_docai_fake_child.py DELAY [grpc|rest]`` prints the fake's URL, then serves until stdin
closes. A real Document AI server does its work on Google's machines, so the fake must not
take CPU time or the interpreter lock from the client being measured (the fakes also answer a
PDF they have seen from a cache: their own cost is not the product's).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from test_scripts.fakes import docai_fake  # noqa: E402
from test_scripts.fakes.docai_grpc_fake import DocumentAiGrpcFake  # noqa: E402


def main() -> None:
    kind = DocumentAiGrpcFake if sys.argv[2:] == ["grpc"] else docai_fake.DocumentAiFake
    fake = kind(delay=float(sys.argv[1]))
    print(fake.url, fake.processor, flush=True)
    sys.stdin.read()
    fake.close()


if __name__ == "__main__":
    main()
