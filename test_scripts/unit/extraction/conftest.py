"""Fixtures shared by the Document AI backend tests."""

from __future__ import annotations

import pytest

from test_scripts.fakes.docai_fake import DocumentAiFake
from test_scripts.fakes.docai_grpc_fake import DocumentAiGrpcFake


@pytest.fixture(params=["grpc", "rest"])
def fake_for(request):
    """Fakes of one transport: gRPC (what production uses) and REST (``http://`` endpoints)."""
    fakes: list[DocumentAiFake] = []
    kind = DocumentAiGrpcFake if request.param == "grpc" else DocumentAiFake

    def make(mode="ok", **kwargs) -> DocumentAiFake:
        fakes.append(kind(mode, **kwargs))
        return fakes[-1]

    yield make
    for fake in fakes:
        fake.close()
