"""Numbers as a document prints them."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA, POINT, parse_amount


def test_cents_printed_without_the_zero_before_them():
    assert parse_amount(".01", POINT) == Decimal("0.01")
    assert parse_amount("$.50", POINT) == Decimal("0.50")
    assert parse_amount(",50", COMMA) == Decimal("0.50")
    assert parse_amount(".5", POINT) is None  # one digit: no amount
    assert parse_amount(",50", POINT) is None  # the other decimal mark


def test_thousands_grouped_by_narrow_spaces_and_typographic_apostrophes():
    assert parse_amount("1\u202f234,56 €", COMMA) == Decimal("1234.56")
    assert parse_amount("1\u2009234.56", POINT) == Decimal("1234.56")
    assert parse_amount("CHF 1’954.00", POINT) == Decimal("1954.00")


def test_amounts_in_any_common_currency_are_read_and_a_code_is_only_a_word_of_its_own():
    # a Kuwaiti order's "2.150 KD" (three decimals), a Czech "300,00 Kč", a Polish "12,50 zł", a Swedish
    # "95 SEK" and a Brazilian "R$ 49,90" are amounts; "PENS 12" is no Peruvian amount
    assert parse_amount("2.150 KD", POINT) == Decimal("2.150")
    assert parse_amount("300,00 Kč", COMMA) == Decimal("300.00")
    assert parse_amount("12,50 zł", COMMA) == Decimal("12.50")
    assert parse_amount("95 SEK", POINT) == Decimal("95")
    assert parse_amount("R$ 49,90", COMMA) == Decimal("49.90")
    assert parse_amount("PENS 12", POINT) is None
    assert parse_amount("43,08PLN", COMMA) == Decimal("43.08")  # a code set against its digits
    assert parse_amount("12USDA", POINT) is None


def test_a_document_without_cents_whose_points_group_thousands_reads_them_as_thousands():
    from invoice_processing.layout.numbers import detect_format

    chilean = ["CANTIDAD DESCRIPCIÓN PRECIO UNIT. TOTAL ITEM", "5 unid Stock Varios 3.500 - 1.667 15.833",
               "SUBTOTAL (=) $27.166", "TOTAL (=) $32.328"]
    assert detect_format(chilean) == COMMA
    assert detect_format(["Total Operación: 1.560.000", "Servicio 195.000 8"]) == COMMA  # points every 3 digits
    assert detect_format(["Wisme X56 Smart Watch 12 2.150 KD 25.800 KD"]) == POINT  # a dinar's three decimals
    assert detect_format(["Brass Pitcher 8 7.992 63.94"]) == POINT  # cents elsewhere: a price in tenths of cents


def test_a_peso_sign_before_points_grouping_thousands_is_no_hint_of_us_dates():
    from invoice_processing.normalize import prefers_day_first

    assert prefers_day_first(["FACTURA ELECTRONICA", "Fecha emisión : 01-06-2024", "TOTAL (=) $32.328",
                              "NETO $27.166", "IVA $5.162"])
    assert not prefers_day_first(["INVOICE", "Date: 01-06-2024", "Total $32.33"])


def test_quantities_with_lengths_and_weights_as_their_units():
    from invoice_processing.layout.numbers import parse_quantity

    assert [parse_quantity(text, POINT) for text in ("1 Lyd", "12 yds", "3 lm", "250 gms", "2 sqm")] == [
        Decimal("1"), Decimal("12"), Decimal("3"), Decimal("250"), Decimal("2")]


def test_a_dinar_named_anywhere_keeps_three_decimals_and_codes_are_capitals():
    from invoice_processing.layout.numbers import detect_format

    assert detect_format(["Currency: KWD", "Copper Kettle 2 2.150 4.300"]) == POINT
    assert parse_amount("Pen 12", POINT) is None and parse_amount("Try 1", POINT) is None
    assert parse_amount("PEN 12.00", POINT) == Decimal("12.00")


def test_quantities_of_what_a_service_bills_by_and_of_packing_units():
    from invoice_processing.layout.numbers import parse_quantity

    assert [parse_quantity(text, POINT) for text in ("12 Products", "86 Miles", "3 Licences", "8 Items")] == [
        12, 86, 3, 8]
    assert [parse_quantity(text, COMMA) for text in ("25 VE", "3 Pck", "24 szt.")] == [25, 3, 24]
    assert [parse_quantity(text, COMMA) for text in ("12,00 Mon", "12 Monate", "2 Jahre", "6 wks", "3 mo")] == [
        12, 12, 2, 6, 3]


def test_a_quantity_of_cases_times_units_per_case():
    from invoice_processing.layout.numbers import parse_quantity

    assert [parse_quantity(text, POINT) for text in ("2 x 6", "4 × 4", "12 (2 x 6)")] == [12, 16, 12]
    assert parse_quantity("2 x 6 cm", POINT) is None


def test_a_quantity_of_lots_with_their_size_after_it():
    from invoice_processing.layout.numbers import parse_quantity

    assert [parse_quantity(text, COMMA) for text in ("1,00 Lot de 6", "3 doos 12", "2 cases of 6")] == [1, 3, 2]


def test_a_point_after_a_leading_zero_or_before_four_digits_is_the_decimal_mark():
    from invoice_processing.layout.numbers import detect_format

    # a purchase order's prices to four decimals and amounts to three: no cents, yet no thousands grouped
    assert detect_format(["59 YDS 0.6300 37.170", "24 YDS 0.6300 15.120", "15 YDS 0.6300 9.450"]) == POINT
    assert detect_format(["5 unid 3.500 15.833", "TOTAL $32.328"]) == COMMA  # pesos: points group thousands


def test_a_whole_amount_with_a_dash_for_its_cents():
    assert parse_amount("€ 1.600,–", COMMA) == Decimal("1600") and parse_amount("CHF 25.-", POINT) == Decimal("25")
    assert parse_amount("200,--", COMMA) == Decimal("200") and parse_amount("3.00-", POINT) == Decimal("-3.00")


def test_a_count_in_cases_and_eaches_is_the_eaches_a_price_per_each_is_for():
    from invoice_processing.layout.numbers import parse_quantity
    counts = ("4 cs / 48 ea", "5 CS / 120 EA", "0 cs / 0 ea", "36 ea / 3 cs")
    assert [parse_quantity(text, POINT) for text in counts] == [48, 120, 0, 36]


def test_an_amount_with_the_dirham_and_its_tax_basis_after_it():
    assert parse_amount("800 DH HT") == Decimal("800")
    assert parse_amount("960.0 DH TTC") == Decimal("960.0")
    assert parse_amount("1.200,00 € HT", COMMA) == Decimal("1200.00")
    assert parse_amount("800 HT") == Decimal("800")
    assert parse_amount("HT 800") is None  # a label before the number is not its qualifier


def test_an_amount_grouped_in_lakhs_and_crores():
    assert parse_amount("1,86,760.00") == Decimal("186760.00")
    assert parse_amount("₹ 2,20,377.00") == Decimal("220377.00")
    assert parse_amount("1,23,45,678") == Decimal("12345678")
    assert parse_amount("1,86,76.00") is None  # the last group has three digits


def test_a_count_whose_thousands_a_space_groups_keeps_its_unit_word():
    from invoice_processing.layout.numbers import parse_quantity, split_unit

    # a German invoice's "1 000 pcs" under "Menge" (its footnote: spaces group thousands)
    assert parse_quantity("1 000 pcs", COMMA) == 1000
    assert parse_quantity("1\u00a0200 Stk", COMMA) == 1200
    assert split_unit("12 500 ea") == ("12 500", "ea")
    assert split_unit("12 500 ea/") == ("12 500", "ea")  # (over its translation, as "800 pcs/")
    assert parse_amount("(12.00) (5%)", POINT) == Decimal("-12.00") and parse_amount("100.00 (100%)") == 100
    assert split_unit("3 12 ea") == ("3 12 ea", "")  # two counts, no thousands group: no quantity
    assert parse_quantity("3 12 ea", COMMA) is None
