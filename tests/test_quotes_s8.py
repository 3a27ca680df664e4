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
        'A fundraising email sent out by Jane Ortiz on Tuesday warned that "the fight ahead is tough."'
    )
    assert speaker_name(quote_with(a, "the fight ahead is tough")) == "Jane Ortiz"


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
        "As for the Reyes campaign, its staff are showing signs of strain. On Monday night, Reyes "
        'campaign manager Paul Vance released a memo titled "Where the Race Stands."\n\n'
        'He writes Reyes has "built a nearly insurmountable lead among voters."'
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
        "Addressing about 100 committee members at the spring meeting here, many of them deeply skeptical "
        "about the plan, the campaign chief, Paul Vance, bluntly suggested that the candidate's style "
        "amounted to an act."
    )
    assert speaker_name(quote_with(a, "amounted to an act")) == "Paul Vance"


def test_a_description_is_not_the_person_its_own_statement_names():
    a = analyze_text(
        '"At that point in time," Mr Sullivan said, "I knew it was wrong." Mr Ebbers, 63, has always '
        "insisted that he was unaware of any shortfalls. The former finance officer said Mr Ebbers knew "
        "about the improper entries."
    )
    assert "Sullivan" in speaker_name(quote_with(a, "knew about the improper entries"))


def test_the_pair_is_the_two_people_named_together_before():
    a = analyze_text(
        "Greek sprinters Kostas Marinos and Elena Vlachou have appeared before a tribunal.\n\n"
        "They withdrew from the Games last August. The pair spent four days in a hospital, claiming they had "
        "been injured in a crash."
    )
    assert speaker_name(quote_with(a, "been injured in a crash")) == "Kostas Marinos and Elena Vlachou"


def test_the_pair_with_no_pair_named_stays_as_written():
    a = analyze_text("The couple said they would appeal.")
    assert speaker_name(quote_with(a, "they would appeal")) == "The couple"


def test_unattributed_figures_inside_a_statement_are_the_speakers():
    a = analyze_text(
        "Greg Tolland, program director at the firm, said its figures suggested that sports-based games "
        "attracted 90% of young males."
    )
    assert speaker_name(quote_with(a, "attracted 90% of young males", shortest=True)) == "Greg Tolland"


def test_a_post_relaying_someone_named_gives_them_that_sentence():
    a = analyze_text(
        "Paramedics in the province are stretched thin, officials say.\n\n"
        "Calls to 9-1-1 have increased each year. Ambulances are supposed to arrive in nine minutes but the "
        "paramedics union says ambulances are too often missing the mark. pic.twitter.com/HRlO8uT0x0 — "
        "Dana Kirby (@DanaKirby) January 15, 2019\n\n"
        "The union started a campaign last year."
    )
    assert speaker_name(quote_with(a, "Calls to 9-1-1 have increased")) == "Dana Kirby"
    relayed = quote_with(a, "too often missing the mark")
    assert "Calls to" not in relayed.text and "union" in speaker_name(relayed)
