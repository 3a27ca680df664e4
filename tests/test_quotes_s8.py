"""Speakers behind documents and occasions they put out, and he/she not taken for someone the pronoun's
own statement names (invented sentences)."""

from __future__ import annotations

from quote_lookup import quote_with, speaker_name

from newsgraph.pipeline import analyze_text


def test_whoever_issued_a_statement_speaks_through_it():
    a = analyze_text("The Health Ministry issued a statement saying the clinic plan was dead.")
    assert speaker_name(quote_with(a, "the clinic plan was dead")) == "Health Ministry"


def test_an_organisation_pronoun_issuing_a_statement_is_the_organisation():
    a = analyze_text("Acme Corp. said it would cut jobs. It issued a statement saying the cuts were needed.")
    assert speaker_name(quote_with(a, "the cuts were needed")) == "Acme Corp."


def test_a_document_sent_out_by_someone_is_theirs():
    a = analyze_text(
        'A campaign email sent out by Jane Ortiz late on Monday warned that "the count will be close."'
    )
    assert speaker_name(quote_with(a, "the count will be close")) == "Jane Ortiz"


def test_a_statement_someone_released_is_theirs():
    a = analyze_text("A statement the Health Ministry released on Friday said the plan was dead.")
    assert speaker_name(quote_with(a, "the plan was dead")) == "Health Ministry"


def test_an_owned_statement_stays_its_owners():
    a = analyze_text(
        "Health Minister Jane Morrow visited the hospital on Friday. "
        "Her statement said the province would hire more staff."
    )
    assert speaker_name(quote_with(a, "would hire more staff")) == "Jane Morrow"


def test_a_document_without_an_issuer_stays_as_written():
    a = analyze_text("It was a long night. A statement that was released on Friday said the plan was dead.")
    assert speaker_name(quote_with(a, "the plan was dead")) == "A statement"


def test_he_is_not_the_person_his_own_statement_is_about():
    a = analyze_text(
        "The Ortega campaign had a difficult week. On Sunday its chief strategist Paul Vance circulated "
        "a note to donors.\n\n"
        'He argues Ortega has "a clear path to the nomination."'
    )
    he = next(m for e in a.entities for m in e.mentions if m.text == "He")
    vance = next(e for e in a.entities if e.name == "Paul Vance")
    assert he in vance.mentions


def test_a_possessive_before_the_subject_still_looks_ahead():
    a = analyze_text("In his speech, Tom Khan said the plan would fail.")
    khan = next(e for e in a.entities if e.name == "Tom Khan")
    assert any(m.text == "his" for m in khan.mentions)


def test_a_bare_some_speaks_for_the_group_named_before():
    a = analyze_text("Protesters marched through the city on Monday. Some said the police had been violent.")
    assert speaker_name(quote_with(a, "the police had been violent")) == "Protesters"


def test_some_of_a_named_group_stays_as_written():
    a = analyze_text("Some of the officials said the bill went too far.")
    assert speaker_name(quote_with(a, "the bill went too far")) == "Some of the officials"


def test_a_name_apposed_before_an_adverb_and_a_subjectless_cue_speaks():
    a = analyze_text(
        "Speaking to a room of party donors, several of them doubtful about the merger, the party "
        "treasurer, Paul Vance, frankly admitted that the accounts were a mess."
    )
    assert speaker_name(quote_with(a, "the accounts were a mess")) == "Paul Vance"


def test_a_description_is_not_the_person_its_own_statement_names():
    a = analyze_text(
        '"By then I could see it was fraud," Mr Rowe said. Mr Darby, 61, has long maintained that he saw '
        "nothing. The former finance officer said Mr Darby signed off on the transfers."
    )
    assert "Rowe" in speaker_name(quote_with(a, "signed off on the transfers"))


def test_the_pair_is_the_two_people_named_together_before():
    a = analyze_text(
        "Two cyclists, Marta Lind and Jonas Berg, have been suspended by their federation.\n\n"
        "They missed a test in May. The pair said they had been stuck in traffic for hours."
    )
    assert speaker_name(quote_with(a, "stuck in traffic")) == "Marta Lind and Jonas Berg"


def test_the_pair_with_no_pair_named_stays_as_written():
    a = analyze_text("The couple said they would appeal.")
    assert speaker_name(quote_with(a, "they would appeal")) == "The couple"


def test_unattributed_figures_inside_a_statement_are_the_speakers():
    a = analyze_text(
        "Rita Osei, research head at the agency, said its survey showed that rural households "
        "spent 40% of their income on food."
    )
    assert speaker_name(quote_with(a, "spent 40% of their income", shortest=True)) == "Rita Osei"


def test_a_post_relaying_someone_named_gives_them_that_sentence():
    a = analyze_text(
        "School buses in the region are often late, parents say.\n\n"
        "Drivers have quit in large numbers. Buses are meant to arrive by eight but the "
        "drivers union says the routes are far too long. pic.twitter.com/Ab12Cd34Ef — "
        "Dana Kirby (@DanaKirby) March 3, 2019\n\n"
        "The union has asked for more drivers."
    )
    assert speaker_name(quote_with(a, "Drivers have quit")) == "Dana Kirby"
    relayed = quote_with(a, "the routes are far too long")
    assert "Drivers have" not in relayed.text and "union" in speaker_name(relayed)
