"""Number, date and seller rules from the twenty-seventh session's independent documents: each case is a layout a
helper drew or found, reduced to the lines that matter."""

from __future__ import annotations

from invoice_processing.vendors.header_numbers import find_invoice_number
from test_scripts.unit.layout.lines import printed


def test_a_number_that_names_itself_an_invoice_s_beats_a_labelled_sales_order_s():
    # "INV-1187342 | Date 11/04/2025 | p.1" under the title, unlabelled; "Sales Order SO-884120" under it, labelled
    lines = [
        printed(35, 14, (35, 74, 'RIFLE'), (79, 126, 'PAPER'), (131, 154, 'CO.')),
        printed(69, 10, (34, 70, 'Customer:'), (73, 99, 'Juniper'), (102, 119, 'Lane'), (122, 157, 'Stationers'),
                (162, 197, '#C-20417'), (544, 578, 'Invoice')),
        printed(81, 8, (34, 47, '830'), (50, 68, 'Pearl'), (71, 80, 'St,'), (83, 112, 'Boulder,'), (115, 126, 'CO'),
                (129, 151, '80302'), (430, 476, 'INV-1187342'), (484, 485, '|'), (493, 509, 'Date'),
                (512, 551, '11/04/2025'), (559, 559, '|'), (567, 576, 'p.1')),
        printed(91, 8, (34, 54, 'Sales'), (57, 77, 'Order'), (79, 120, 'SO-884120'), (124, 127, '•'),
                (132, 160, 'Ordered'), (164, 203, '10/20/2025'), (208, 210, '•'), (215, 237, 'Terms'),
                (240, 252, 'Net'), (255, 263, '30')),
        printed(114, 7.8, (34, 52, 'Style'), (81, 122, 'Description'), (358, 388, 'Ordered'), (398, 428, 'Shipped'),
                (464, 482, 'Price'), (549, 578, 'Amount')),
        printed(128, 7.8, (34, 62, 'CAL054'), (80, 97, '2026'), (100, 122, 'Peony'), (125, 156, '12-Month'),
                (384, 388, '6'), (424, 428, '6'), (463, 482, '15.00'), (559, 578, '90.00')),
    ]
    assert find_invoice_number(lines) == "INV-1187342"
    # the customer's reference to an earlier invoice, beside its label, is no number of this document's
    referenced = [*lines[:2], printed(81, 8, (34, 80, 'Your ref:'), (90, 136, 'INV-1187342')), *lines[3:]]
    assert find_invoice_number(referenced) == "SO-884120"
