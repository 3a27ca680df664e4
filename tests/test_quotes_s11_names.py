"""Speaker names (invented sentences): a document speaks for whoever made it when a verb of making names
them as its "by" agent; a bare "Police" is the one force the article names, and stays as written when it
names two. Near misses keep dates, papers that only printed a document, and bodies that only ordered one."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

# (text, words inside the statement, the speaker's canonical name)
MADE_BY = [
    (
        "A survey carried out by the Marrowby Angling Society found that anglers catch fewer trout each "
        "spring.",
        "fewer trout",
        "Marrowby Angling Society",
    ),
    # the document as a passive subject, quoted two sentences on
    (
        "The analysis was compiled by Quellan Partners over the winter. Ferry fares rose twice in that time. "
        "The analysis found that crossings were often cancelled.",
        "often cancelled",
        "Quellan Partners",
    ),
    # researchers at a university: the university
    (
        "The study was conducted by vets at Brenford University. The study found that the vaccine "
        "protected goats from the fever.",
        "protected goats",
        "Brenford University",
    ),
    (
        "The report, which was drawn up by the Orsk Heritage Trust, said that forty chapels needed new "
        "roofs.",
        "forty chapels",
        "Orsk Heritage Trust",
    ),
]

MADE_BY_NEAR_MISSES = [
    # a date is no maker
    ("Data gathered by October showed that ticket sales had slumped.", "ticket sales", "Data"),
    # a paper that printed a document did not make it ("carried", not "carried out")
    (
        "The article, carried by the Evening Lantern on Friday, claimed that the mayor would stand down.",
        "stand down",
        "The article",
    ),
    # who ordered a document did not write it
    (
        "A review commissioned by Pellworth District Council found that bins were emptied late.",
        "emptied late",
        "A review",
    ),
    # who reacted to a document did not write it
    (
        "A document praised by the harbour master said that the quay was unsafe.",
        "quay was unsafe",
        "A document",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), MADE_BY + MADE_BY_NEAR_MISSES)
def test_document_maker(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


FORCES = [
    (
        "Officers from Kestrel County Police searched the marsh near Holbury on Tuesday. Police said a boat "
        "had been found.",
        "a boat had been found",
        "Kestrel County Police",
    ),
    (
        "Wyre Forest Police closed the coast road after a lorry overturned. Police said the driver was "
        "unhurt.",
        "driver was unhurt",
        "Wyre Forest Police",
    ),
    # two forces: which one spoke is not said
    (
        "Crews from Norland Police and Kestrel Police dredged the canal at dawn. Police said nothing had "
        "been found.",
        "nothing had",
        "Police",
    ),
    # a surname still takes its given name
    (
        "Ines Talbrook, who breeds alpacas, sold her first herd. Talbrook said the wool fetched a good "
        "price.",
        "wool fetched",
        "Ines Talbrook",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), FORCES)
def test_force(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


# Guards from rules tried and withdrawn: a different document, body or pair named near the speaker is not it.
NOT_THEM = [
    (
        "Most dentists work past six, according to a new poll.\n\nAn inquiry by the Harbin Dental Circle "
        "last spring showed that surgeries had grown busier.",
        "work past six",
        "Harbin Dental Circle",
    ),
    (
        "A union has warned that two bakeries will close.\n\nThe African Union lifted its ban on grain "
        "exports on Friday.",
        "two bakeries",
        "African Union",
    ),
    (
        "The Ministry of Fisheries and Peru agreed a quota. The ministry said the catch would be checked.",
        "catch would be checked",
        "Ministry of Fisheries and Peru",
    ),
    (
        "Monzo and Nationwide trimmed their loan rates. Aldi and Lidl cut the price of milk. Both banks said "
        "that demand had eased.",
        "demand had eased",
        "Aldi and Lidl",
    ),
]


@pytest.mark.parametrize(("text", "words", "wrong"), NOT_THEM)
def test_not_them(text: str, words: str, wrong: str) -> None:
    assert speaker_at(text, words) != wrong
