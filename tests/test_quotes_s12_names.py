"""Speaker names that are names (invented sentences): a phrase headed by a thing ("the economy") names no
speaker; a document introduced without its maker in a lead is by the maker the next sentence names, and a
study "for" a named firm speaks for that firm; an epithet by nationality is the person just named; a part of
a double-barrelled surname is its bearer; a short form ("Lib Dems") is the name the article spells out.
Near misses keep people, groups and documents as written."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

# (text, words inside the statement, the speaker's canonical name; None for no speaker)
NAMED = [
    # a thing is no speaker, not even a place's
    ("Chile's economy shows that the reforms have worked.", "reforms have worked", None),
    ("Higher oil prices show that demand for fuel is recovering.", "demand for fuel", None),
    # a thing named like a doer
    ("All indicators suggest that growth will slow next year.", "growth will slow", None),
    # a document with no maker in its lead: the maker the next sentence names
    (
        "Shoppers want music rather than films on the move, says a report.\n\nProduced by Acme Research "
        "the analysis of the player market found only 13% of buyers want video.",
        "music rather than films",
        "Acme Research",
    ),
    (
        "Most drivers ignore speed limits on rural roads, a survey suggests.\n\nThe survey, by the "
        "Motorists Trust, questioned 2,000 drivers across the country.",
        "ignore speed limits",
        "Motorists Trust",
    ),
    # a study done for a named firm speaks for it
    (
        "The study, for security firm Vantrix, shows that most surfers ignore browser warnings.",
        "ignore browser warnings",
        "Vantrix",
    ),
    # an epithet by nationality: the one person the sentence before names
    (
        "Rovers have released striker Pavel Drozd after he failed a fitness test.\n\nIt emerged that Drozd "
        "had missed training twice in March. The Czech international later said he had been injured.",
        "had been injured",
        "Pavel Drozd",
    ),
    # a part of a double-barrelled surname
    (
        "Nadia Magnenat-Thalman leads the robotics lab in Geneva.\n\nThe robots can now recognise faces, "
        "said Thalman.",
        "recognise faces",
        "Nadia Magnenat-Thalman",
    ),
    # a short form of an organisation the article names in full
    (
        "Nat Textiles said it would bid for the contract.\n\nShares in National Textiles rose 3%.",
        "bid for the contract",
        "National Textiles",
    ),
    # near misses: a short form beside a longer place or group name stays as written
    (
        "South Africa says it will send troops.\n\nThe Southern African Development Community met on Monday.",
        "send troops",
        "South Africa",
    ),
    # a report "for" a body not named as a firm, or for an occasion, is not theirs: kept as written
    (
        "A report for Parliament says that prisons are overcrowded.",
        "prisons are overcrowded",
        "A report for Parliament",
    ),
    (
        "A study for Christmas shows that shoppers will spend less.",
        "shoppers will spend less",
        "A study for Christmas",
    ),
    # an epithet by nationality: never a person the sentence before does not have as subject (kept as
    # written)
    (
        '"We lost," said manager Bill Groves.\n\nThe club has signed a new forward from Lyon. The French '
        "international said he was delighted.",
        "was delighted",
        "The French international",
    ),
    # a body with a nationality is no epithet
    (
        '"We lost," said manager Bill Groves.\n\nThe Irish government has backed the bid. The Irish '
        "minister said the plan was sound.",
        "plan was sound",
        "The Irish minister",
    ),
]

KEPT = [
    # people, groups and documents keep their phrase as written
    (
        "Dock workers walked out on Friday.\n\nThe strike will last a week, union members said.",
        "last a week",
        "union members",
    ),
    ("Reports say the ferry company will cut 300 jobs.", "cut 300 jobs", "Reports"),
    (
        "Nearly a quarter of listeners said the new schedule was worse.",
        "schedule was worse",
        "Nearly a quarter of listeners",
    ),
    # counts and shares of people
    (
        "Fares rose again in March. A small number said the fares were now too high.",
        "now too high",
        "A small number",
    ),
    (
        "Only 18% of all searchers said they trusted the results.",
        "trusted the results",
        "Only 18% of all searchers",
    ),
    # people and bodies outside any word list keep their phrase
    ('"I am thrilled," the star said.', "I am thrilled", "the star"),
    ('"We played well," the champion said.', "We played well", "the champion"),
    ('"We will appeal," the studio said.', "We will appeal", "the studio"),
    ("The indictment alleges that the firm lied.", "firm lied", "The indictment"),
    ("Backbenchers disagree and the whips say the vote is close.", "vote is close", "the whips"),
    # an age epithet with no one named before
    ("The 24-year-old said he was tired.", "he was tired", "The 24-year-old"),
    # shares of those polled, with or without "of"
    (
        "Voters were asked about the plans. Three-quarters said they were opposed.",
        "were opposed",
        "Three-quarters",
    ),
    ("A third said they had never voted.", "never voted", "A third"),
    ("Half of the population says the tax is unfair.", "tax is unfair", "Half of the population"),
    # a plural-looking word with a singular verb is a surname the tagger misread
    (
        "The council met on Monday.\n\nPellings believes that the bridge is safe.",
        "bridge is safe",
        "Pellings",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED)
def test_speaker_named(text: str, words: str, name: str | None) -> None:
    assert speaker_at(text, words) == name


@pytest.mark.parametrize(("text", "words", "name"), KEPT)
def test_speaker_kept(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


def test_pairing_is_no_surname() -> None:
    """ "the Blair-Brown feud" is no double-barrelled name: the person keeps their own name."""
    text = (
        "Labour minister Tessa Harlow spoke about the Harlow-Brent feud on Monday.\n\n"
        "The party is united, Harlow said."
    )
    assert speaker_at(text, "party is united") == "Tessa Harlow"
