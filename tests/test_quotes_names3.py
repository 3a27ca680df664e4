"""Speaker full names, round 3 (benchmarks/quote_names_round3.jsonl): paragraphs an archive ran together,
the reporter's question, participles hung from a reported clause, pronouns linked to a possessor or to a
name inside a quotation, split party names, group phrases listing members."""

from __future__ import annotations

from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text


def test_paragraphs_run_together_stay_one_quotation() -> None:
    text = (
        'Council leader Mary Collins wrote to the two members.\n\nShe said: "The council has taken legal '
        'advice and we could take action against you. "We would however like you to reflect on what you '
        'have done and return the seats." Mr Harold Finch said the rules worked in exactly the same way for '
        "the council as for any other body."
    )
    assert speaker_at(text, "return the seats") == "Mary Collins"
    assert speaker_at(text, "the rules worked") == "Harold Finch"


def test_reporters_question_is_no_ones_statement() -> None:
    text = (
        "Singer Tom Baxter spoke to reporters on Monday.\n\nAsked whether he thought the station should have "
        'aired the show he said: "I don\'t know if they should have had it on television. "My show is about '
        'ordinary people and I defy anyone to say otherwise."'
    )
    analysis = analyze_text(text)
    assert analysis.quotes and all(q.speaker and q.speaker.name == "Tom Baxter" for q in analysis.quotes)
    assert speaker_at(text, "My show is about") == "Tom Baxter"


def test_participle_after_reported_clause_is_the_reporters() -> None:
    text = (
        "Lord Whitby urged voters to back his party. \"I just don't think voters in these seats could resist "
        'the temptation to use their votes against the government." He denied this plan was cynical, '
        "insisting the party had broad appeal."
    )
    assert speaker_at(text, "broad appeal") == "Lord Whitby"
    assert speaker_at(text, "resist the temptation") == "Lord Whitby"


def test_pronoun_not_linked_to_possessor_or_quoted_name() -> None:
    text = (
        'Tim Dams, the editor of a trade magazine, says the film was overlooked. "If you look at past Oscar '
        'winners, the very conservative Oscar voters tend to go for epic pictures," he said.\n\nThe problem '
        "with Mel Gibson's film, he believed, was that the panel may have been cautious in nominating it."
    )
    assert speaker_at(text, "very conservative") == "Tim Dams"
    assert speaker_at(text, "may have been cautious") == "Tim Dams"


def test_split_party_name_is_the_full_one() -> None:
    text = (
        "Support for the Liberal Democrats rose in the poll. The Liberal Democrats say they suspect the move "
        "is part of a package of measures."
    )
    assert speaker_at(text, "suspect the move") == "Liberal Democrats"


def test_group_phrase_ends_before_its_members() -> None:
    text = (
        "The reforms were opposed in the past by leftist parties, including Mr Silva's Workers Party. "
        "President Silva later backed them."
    )
    assert speaker_at(text, "in the past") == "leftist parties"


def test_pronoun_before_anyone_named_is_the_person_named_next() -> None:
    text = (
        "The central bank told Reuters the funds had been returned. However, the withdrawal did not mean "
        'that the country had cut its ties with the US, he added.\n\n"We are in the process of opening new '
        "accounts in banks abroad,\" the bank's vice president Omar Hadi Barrani said."
    )
    assert speaker_at(text, "cut its ties") == "Omar Hadi Barrani"
