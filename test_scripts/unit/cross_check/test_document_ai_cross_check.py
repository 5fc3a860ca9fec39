"""Document AI through its fake on the generated corpus: the known vendors' rules on its lines
are as exact as the local tier, and the processor's entities cross-check them."""

from __future__ import annotations

import copy

import pytest

from bench.accuracy import backend_extract, groups, measure
from invoice_processing import cross_check
from invoice_processing.deadline import Deadline
from invoice_processing.models import PdfInput
from invoice_processing.vendors import interpret
from test_scripts.fakes.clients import docai_backend
from test_scripts.fakes.docai_fake import DocumentAiFake
from test_scripts.generator import rifle_paper_invoice

CLASSIC = [(name, make) for name, make in groups() if "variants" not in name]
SEEDS = range(3)


@pytest.fixture(scope="module")
def fake():
    fake = DocumentAiFake()
    yield fake
    fake.close()


@pytest.mark.parametrize(("group", "make"), CLASSIC, ids=[name for name, _ in CLASSIC])
def test_the_corpus_through_document_ai_is_as_exact_as_the_local_tier(fake, group, make):
    extract = backend_extract(docai_backend(fake), fake.know)
    for seed in SEEDS:
        generated = make(seed)
        local, through_docai = measure(generated), measure(generated, extract)
        assert local.perfect, local.misses  # header 100%, every line right, nothing extra
        assert through_docai.perfect, through_docai.misses
        assert through_docai.flagged == local.flagged  # the cross-check adds no flag to a right reading


@pytest.mark.parametrize(("group", "make"), CLASSIC, ids=[name for name, _ in CLASSIC])
def test_the_entities_agree_with_the_known_vendors_rules(fake, group, make):
    generated = make(0)
    fake.know(generated.pdf, generated.truth)
    document = docai_backend(fake).extract(PdfInput(generated.pdf, "raw"), Deadline(60))
    checked = cross_check.check(interpret(document), document, interpret)
    known = not group.startswith("generic")
    assert checked.second_reading == ("document_ai_entities" if known else "")
    assert checked.status == "agree", [f.message for f in checked.findings]


def _entities_disagree(fake, truth: dict) -> cross_check.CrossCheck:
    invoice = rifle_paper_invoice(1)
    fake.know(invoice.pdf, truth)
    document = docai_backend(fake).extract(PdfInput(invoice.pdf, "raw"), Deadline(60))
    return cross_check.check(interpret(document), document, interpret)


def test_an_entity_line_the_rules_read_otherwise_is_named(fake):
    truth = copy.deepcopy(rifle_paper_invoice(1).truth)
    truth["line_items"][1]["qty"] += 5  # the processor read another quantity for line 2
    checked = _entities_disagree(fake, truth)
    assert checked.record()["reasons"] == ["line_values"]
    [finding] = checked.findings
    assert finding.line == 1 and "Document AI's invoice entities reads 15.00 × 17" in finding.message


def test_a_line_the_entities_lack_is_named(fake):
    truth = copy.deepcopy(rifle_paper_invoice(1).truth)
    del truth["line_items"][6]
    checked = _entities_disagree(fake, truth)
    assert checked.record()["reasons"] == ["line_count", "line_extra"]
    assert "line 7 (CAL631 - Juliet Rose 2025 17-Month Pl...) is not in Document AI's invoice entities" in [
        f.message for f in checked.findings]
