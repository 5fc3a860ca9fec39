"""Codes printed inside a description's text: by their labels, or in an ERP's square brackets."""

from __future__ import annotations

from invoice_processing.layout.printed_codes import bracketed_code, codes_in_text


def test_a_code_in_square_brackets_before_the_name_is_the_code_and_a_flag_in_words_is_not():
    assert bracketed_code("[NB-TEE-NA-S] Organic Crew Tee (Navy, S)") == ("NB-TEE-NA-S", "Organic Crew Tee (Navy, S)")
    assert bracketed_code("[KOS-MAT-CL] Closed Cell Foam Mat") == ("KOS-MAT-CL", "Closed Cell Foam Mat")
    for text in ("[Sample] Linen Towel", "[NEW] Mug", "Mug [KOS-MAT-CL]", "[KOS-1]", "[PRE-ORDER] Linen Throw",
                 "[3/4] Inch brass elbow", "[2-PACK] Beeswax wraps", "[2024] Planner", "[T-SHIRT] Navy", "[12] Mug"):
        assert bracketed_code(text) == ("", text)


def test_codes_in_text_keep_the_rows_own_code_and_take_a_labelled_one_first():
    assert codes_in_text("", "", "Felt Garland SKU: CM4574") == ("CM4574", "", "Felt Garland")
    assert codes_in_text("AB-100", "", "[KOS-MAT-CL] Foam Mat") == ("AB-100", "", "[KOS-MAT-CL] Foam Mat")
    assert codes_in_text("", "", "[KOS-MAT-CL] Foam Mat") == ("KOS-MAT-CL", "", "Foam Mat")


def test_a_labelled_code_of_capitals_joined_by_hyphens_is_a_code():
    assert codes_in_text("", "", "Stoneware Bud Vase SKU: HH-VAS-BUD-OAT") == (
        "HH-VAS-BUD-OAT", "", "Stoneware Bud Vase")
    assert codes_in_text("", "", "Mug SKU: NONE") == ("", "", "Mug SKU: NONE")
    assert codes_in_text("", "", "Tee Item # NON-GMO") == ("", "", "Tee Item # NON-GMO")  # (two parts: a claim)


def test_odoos_references_of_capitals_or_of_digits_in_brackets_are_codes():
    assert bracketed_code("[WEB-KON] Konzeption & Sitemap") == ("WEB-KON", "Konzeption & Sitemap")
    assert bracketed_code("[000117] GOOD MORNING 1.5kg") == ("000117", "GOOD MORNING 1.5kg")


def test_a_style_code_by_its_label_starts_with_a_letter_and_a_year_after_style_is_no_code():
    from invoice_processing.layout.printed_codes import labelled_code
    assert labelled_code("Style GCB011 · Boxed Set of 1") == ("GCB011", "· Boxed Set of 1")
    assert labelled_code("Tote Style # TOT-446") == ("TOT-446", "Tote")
    for text in ("Vase Art Deco Style 1920", "Style: Modern", "Lamp in the Style of 1970"):
        assert labelled_code(text) == ("", text)


def test_codes_leading_most_names_of_a_table_are_its_codes_and_a_word_with_digits_among_names_is_not():
    from invoice_processing.layout.printed_codes import codes_in_names

    assert codes_in_names(["HO-TY04 Letterpress Thank You card", "SB708 Ceramic Egg Cup", "LC-PEN-GEL Gel Pen 0.5mm"]) \
        == [("HO-TY04", "Letterpress Thank You card"), ("SB708", "Ceramic Egg Cup"), ("LC-PEN-GEL", "Gel Pen 0.5mm")]
    # review of the twenty-first session: one such word among names is the name's
    names = ["COVID-19 Antigen Test Kit", "Linen Tea Towel Sage", "OMEGA-3 Fish Oil capsules", "Beeswax Candle Pair"]
    assert codes_in_names(names) == [("", name) for name in names]
    for text in ("3-PIECE SET OF BOWLS", "A5 Notebook dotted", "X100 Camera body", "T-SHIRT Navy blue",
                 "NON-GMO Oats rolled", "HB-214 Card", "12-Month Planner 2025"):
        assert codes_in_names([text, text]) == [("", text), ("", text)]
    assert codes_in_text("", "", "SB708 Ceramic Egg Cup") == ("", "", "SB708 Ceramic Egg Cup")  # (a table's call)


def test_codes_in_brackets_ending_most_names_are_the_lines_codes():
    from invoice_processing.layout.printed_codes import codes_in_names

    names = ["Linen Tea Towel - Lemons (DB-197)", "Stoneware Mug (HX5678B)", "Gift Wrap (Set of 4)"]
    assert codes_in_names(names) == [("DB-197", "Linen Tea Towel - Lemons"), ("HX5678B", "Stoneware Mug"),
                                    ("", "Gift Wrap (Set of 4)")]
    assert codes_in_names(["Candle (12oz)", "Calendar (2024)", "Mug (HX5678B)"]) == [
        ("", "Candle (12oz)"), ("", "Calendar (2024)"), ("", "Mug (HX5678B)")]
