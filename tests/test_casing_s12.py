"""Capitalisation restoration, session 12: glued sentences, quote marks written as "?", clitics, news
acronyms and names that the English word list also has (invented lower-case sentences)."""

from __future__ import annotations

from newsgraph.ingest.casing import restore_case
from newsgraph.pipeline import analyze_text

FILLER = " officials said the matter would be examined by a committee over the coming weeks."


def restored(text: str) -> str:
    out = restore_case(text + FILLER)
    assert out is not None
    assert len(out) == len(text + FILLER) and out.lower() == (text + FILLER).lower()
    return out


def test_sentences_glued_without_a_space_start_with_a_capital() -> None:
    out = restored(
        "the man was found dead in the lock-up on tuesday.the police denied any role in the death."
    )
    assert "Tuesday.The police" in out


def test_question_mark_after_a_comma_is_a_closing_quote() -> None:
    out = restored("?it was only a hoax,? said the officer, adding that the case was closed.")
    assert "hoax,? said" in out


def test_quotation_opened_after_a_comma_starts_with_a_capital() -> None:
    out = restored('the minister told reporters on sunday, "we will not allow any violence in the town."')
    assert '"We will' in out


def test_possessive_ending_is_no_initial() -> None:
    out = restored("the district’s largest hospital treated the injured after the clash near the market.")
    assert "district’s largest" in out


def test_news_acronyms_that_are_also_dictionary_words() -> None:
    out = restored("the mps and mlas met the cm at his residence; the wall was 5 cm thick near the gate.")
    assert "MPs" in out and "MLAs" in out and "the CM" in out and "5 cm" in out


def test_surname_after_honorific_is_a_name_throughout() -> None:
    out = restored("mr brown met party workers in the city. later brown told supporters the plan would work.")
    assert "Mr Brown" in out and "Later Brown told" in out


def test_party_name_that_is_a_word_depends_on_the_country() -> None:
    british = restored("labour won the vote in london and manchester, where britain's voters backed it.")
    assert "Labour won" in british
    indian = restored("child labour was found in factories in mumbai and pune, the report from india said.")
    assert "Child labour was" in indian


def test_lower_case_article_names_mps_and_a_british_party() -> None:
    text = (
        "labour mps in london criticised the plan on monday. the labour party said britain would not"
        " accept it, and mr brown told the commons that police had arrested three men."
    )
    analysis = analyze_text(text)
    orgs = {e.name for e in analysis.entities if e.type == "ORG"}
    people = {e.name for e in analysis.entities if e.type == "PERSON"}
    assert "Labour Party" in orgs
    assert any("Brown" in p for p in people)


def test_labour_is_the_party_only_before_a_party_word() -> None:
    out = restored(
        "the labour market in britain tightened as wages rose in london, and ministers said labour costs"
        " were rising. labour mps met, and labour's leader spoke."
    )
    assert "The labour market" in out and "said labour costs" in out
    assert "Labour MPs" in out and "Labour's leader" in out


def test_conservatives_stay_a_common_noun() -> None:
    out = restored("the conservatives in britain and conservatives in america disagreed in london.")
    assert "conservatives in Britain" in out and "Conservatives" not in out


def test_congress_is_a_party_name_but_not_a_party_congress() -> None:
    indian = restored("the congress won in delhi and mumbai, india, and congress leaders met.")
    assert "The Congress won" in indian and "Congress leaders" in indian
    chinese = restored("the party congress opened in delhi, india; congress of the communist party met.")
    assert "party congress" in chinese and "congress of" in chinese


def test_possessive_ends_a_name() -> None:
    out = restored("hailey's health began to deteriorate in the summer. the gallery's director said so.")
    assert "Hailey's health" in out and "gallery's director" in out


def test_given_name_before_a_known_name_or_with_a_form_of_its_own() -> None:
    out = restored("comic graham norton met olympic champion christian olsson in london.")
    assert "Graham Norton" in out and "Christian Olsson" in out


def test_second_half_of_a_split_quote_and_listed_quoted_words_stay_lower_case() -> None:
    out = restored('"we are ready," he said, "now we have to decide," and added: "it is hard."')
    assert '"now we have' in out and '"It is hard' in out
    listed = restored("they called the flood ?tragic?, ?terrifying? and ?sad? on monday.")
    assert "?terrifying?" in listed


def test_compass_adjective_is_no_region() -> None:
    out = restored('he said: "in southern and rural seats in britain the vote fell," and london agreed.')
    assert "In southern and rural" in out


def test_initials_kept_lower_case_after_a_number_are_capitals_before_a_name() -> None:
    out = restored("the bn singh report was filed in delhi. the budget was $5 bn this year.")
    assert "BN Singh" in out and "$5 bn" in out
