"""Word senses of business, technology and arts reports (blind round 16 and tuning sample s96), on
made-up sentences: a ceremony "held" somewhere, a complaint or an avowal "protested", a condition
"blamed" for poor sales, a product "withdrawn" from shops, a resource "called on", money "charged",
a computer virus "investigated" and "bankruptcy protection" sought are no arrest, demonstration,
accusation, retreat or request, nor are a film "shot" in two languages, a team that "rallied"
or "threatened" in a match report, a decline "arrested" and a film that "bombed"; the
counterparts that must still be coded stay."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    # held: convened, not detained
    "ceremony_held": "The film awards ceremony was held on Thursday at the Grand Theatre in Leeds.",
    "they_held": (
        "The book fairs began in a school hall. Over the years they moved from town to town. They are "
        "now held every spring at the Harbour Centre in Hull."
    ),
    "men_held": "Police held three men after the raid on a warehouse in Leeds.",
    "they_detained": (
        "Police arrested four men in Leeds on Sunday. They were held at a police station overnight."
    ),
    # protested: a complaint or an avowal, not a demonstration
    "protested_that": "The unions protested that the government had broken its promise on pensions.",
    "innocence": "Several of the banned players protested their innocence on the company's forums.",
    "protest": "Hundreds of protesters protested outside parliament against the new tax on Monday.",
    # blamed: a cause, not a culprit
    "blamed_prices": "Two carmakers blamed high fuel prices for weak sales of large trucks in May.",
    "blamed_actor": "The minister blamed the opposition for the unrest in the capital.",
    # withdrew: a product taken off sale, not a retreat
    "product": "The drugmaker withdrew its arthritis pill from the market in September.",
    "from_shops": "Brightola was withdrawn from stores in March, though the company hopes to relaunch it.",
    "troops": "Troops withdrew from the town on Sunday after a week of fighting.",
    # called on: a resource used, not a request
    "resource": "The search site is calling on its own dictionary database to supply word meanings.",
    "called_on": "The UN called on Israel to halt the raids in Gaza.",
    # charged: billed
    "billed": "We were charged a fee by the bank on top of the interest.",
    "charged_with": "The opposition charged the government with misleading parliament.",
    # investigated: a technical inquiry
    "virus": "Adobe is investigating a virus that tries to wipe its customers' files.",
    "claims": "Police are investigating claims of fraud against the company's chairman.",
    # sought protection: a bankruptcy filing
    "bankruptcy": "The so-called queen of payday loans is seeking bankruptcy protection.",
    "protection": "The refugees sought protection from the United Nations.",
    # sample s96: a film shot, a comeback and a chance in a match
    "film_shot": "Monsoon Road was shot in Tamil and Hindi, and the Hindi version runs 20 minutes shorter.",
    "soldiers_shot": "Rebels shot two soldiers in Kashmir on Monday.",
    "comeback": (
        "The striker and the goalkeeper were fine after the derby. Wales led 30-28 at half-time, but "
        "the hosts rallied to a 45-31 win over the visitors in the rugby international."
    ),
    "fans_rally": (
        "The striker and the goalkeeper had a quiet derby. Hundreds of fans rallied against the "
        "club's owners outside the ground on Saturday."
    ),
    # a trend halted, a film that flopped
    "decline": "The new chief arrested the decline in sales within a year.",
    "arrested": "Police arrested the gang leader in Leeds on Friday.",
    "flop": "His latest movie bombed in the US, taking only $2m.",
    "bombed": "Jets bombed the town on Monday.",
    "chance": (
        "The goalkeeper made two saves in the derby. United threatened twice before the striker hit "
        "the crossbar in the second half."
    ),
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


@pytest.mark.parametrize("key", ["ceremony_held", "they_held"])
def test_ceremonies_held_are_no_arrest(events, key):
    assert "COERCE" not in types(events, key)


@pytest.mark.parametrize("key", ["men_held", "they_detained"])
def test_people_held_are_arrested(events, key):
    held = [e for e in events[key] if e.plover == "COERCE" and "held" in SENTENCES[key][e.trigger.start :]]
    assert held, events[key]


def test_protested_that_is_a_complaint(events):
    assert "PROTEST" not in types(events, "protested_that")


def test_protested_innocence_is_a_denial(events):
    assert not events["innocence"]


def test_protesters_protest(events):
    assert one(events, SENTENCES, "protest", "PROTEST").actor1 is not None


def test_causes_blamed_for_sales_accuse_no_one(events):
    assert "ACCUSE" not in types(events, "blamed_prices")


def test_opposition_blamed_for_unrest_is_accused(events):
    assert one(events, SENTENCES, "blamed_actor", "ACCUSE").actor2.sector == "OPP"


@pytest.mark.parametrize("key", ["product", "from_shops"])
def test_product_withdrawn_from_sale_is_no_retreat(events, key):
    assert "RETREAT" not in types(events, key)


def test_troops_withdraw(events):
    assert one(events, SENTENCES, "troops", "RETREAT").actor1.sector == "MIL"


def test_calling_on_a_resource_requests_nothing(events):
    assert "REQUEST" not in types(events, "resource")


def test_calling_on_a_state_is_a_request(events):
    assert one(events, SENTENCES, "called_on", "REQUEST").actor2.code == "ISR"


def test_charged_vat_is_billing(events):
    assert not {"ACCUSE", "COERCE", "SANCTION"} & types(events, "billed")


def test_charged_with_misleading_is_an_accusation(events):
    assert "ACCUSE" in types(events, "charged_with")


def test_investigating_a_virus_accuses_no_one(events):
    assert "ACCUSE" not in types(events, "virus")


def test_investigating_claims_is_an_investigation(events):
    assert one(events, SENTENCES, "claims", "ACCUSE").mode == "investigate"


def test_bankruptcy_protection_is_no_request(events):
    assert "REQUEST" not in types(events, "bankruptcy")


def test_protection_sought_from_the_un_is_a_request(events):
    assert "REQUEST" in types(events, "protection")


def test_film_shot_in_languages_is_filmed(events):
    assert "ASSAULT" not in types(events, "film_shot")
    assert one(events, SENTENCES, "soldiers_shot", "ASSAULT").actor1.sector == "REB"


def test_comeback_in_a_match_is_no_protest(events):
    assert not events["comeback"]
    assert "PROTEST" in types(events, "fans_rally")


def test_chance_in_a_match_is_no_threat(events):
    assert "THREATEN" not in types(events, "chance")


def test_arrested_decline_is_halted(events):
    assert "COERCE" not in types(events, "decline")
    assert one(events, SENTENCES, "arrested", "COERCE").actor1.sector == "COP"


def test_film_that_bombed_flopped(events):
    assert "ASSAULT" not in types(events, "flop")
    assert one(events, SENTENCES, "bombed", "ASSAULT").actor1.sector == "MIL"


@pytest.mark.parametrize(
    "text",
    [
        # a tennis report told with words the tokenizer splits ("quarter-final")
        "Second seed Mara Kostova rallied from a set down to win her quarter-final on Tuesday. The WTA "
        "event continues with the semi-final on Friday, when Kostova meets a tiebreak specialist.",
        # "defending" as a title
        "The defending champion Ole Brandt won in straight sets in Rotterdam on Monday.",
    ],
)
def test_sports_titles_and_comebacks_are_no_events(text: str):
    assert not {"PROTEST", "SUPPORT"} & types(analyse({"s": text}), "s"), text


def test_a_rally_against_a_tax_stays_a_protest():
    text = "Thousands of farmers rallied in the capital on Monday against the new tax."
    assert "PROTEST" in types(analyse({"s": text}), "s")
