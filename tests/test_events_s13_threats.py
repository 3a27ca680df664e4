"""Session 13, wave 3 (conditional threats and style-2 misses), on invented sentences: a named actor's
conflict act in the plain future held over another party's conduct ("will impose an embargo ...
unless it withdraws") is a threat coded by the act (CAMEO 13x), as is a stated act aimed at "anyone
who ..." and a warning that any step would bring force or sanctions; a reporter's hypothetical
("would ... if"), a modal ("may"), a condition on the actor's own fortunes ("if it wins") and a
warning of prices or markets are none. "Stopped cooperating with" by a state cuts relations (not a
private person); "delivered blankets" to a town is aid (not a bakery's flour); "suspended its strike"
concedes (not a club suspending its striker); "arrived for three days of talks" consults (not "a
week of concerts"). The counter-examples of review 2 (procedure, figurative war, sport, trade) give none."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

from newsgraph.model import Event

SENTENCES = {
    "unless_embargo": "Ankara will impose a trade embargo on Yerevan unless Yerevan withdraws its troops.",
    "if_shell": "The army will shell the rebel villages if the rebels do not free the hostages.",
    "unless_they": "The government will arrest the strikers unless they return to work by Monday.",
    "would_embargo": "Ankara would impose a trade embargo on Yerevan if it kept its troops there.",
    "may_embargo": "Ankara may impose a trade embargo on Yerevan unless it withdraws its troops.",
    "if_wins": "The party will ban the rallies if it wins the election.",
    "if_elected": "If re-elected, the governor will ban the rallies.",
    "anyone_detain": "The interior ministry said it would detain anyone who joined the march.",
    "anyone_passive": "Anyone who joins the march will be detained.",
    "any_landing_force": "Beijing warned Manila that any landing on the reef would be met with force.",
    "any_attack_sanctions": "Brussels warned Belgrade that any attack on monitors would trigger sanctions.",
    "any_delay_costs": "The finance minister warned that any delay in the budget would mean higher costs.",
    "brokers_war": "Brokers warned that any rise in rates would mean war on the bond markets.",
    "stop_cooperating_unless": (
        "Iran will stop cooperating with the inspectors unless the sanctions are lifted, the minister said."
    ),
    "stopped_cooperating": "Serbia stopped cooperating with the war crimes tribunal last year.",
    "footballer_cooperating": "The footballer stopped cooperating with the club's doctors.",
    "blankets_delivered": "The Red Cross delivered 500 blankets to the besieged town.",
    "bakery_flour": "The bakery delivered the flour on Tuesday.",
    "suspended_strike": "The miners' union suspended its strike pending talks with the mine owners.",
    "suspended_striker": "The club suspended its striker for two matches.",
    "days_of_talks": "The Japanese trade minister arrived in Seoul for three days of talks with his host.",
    "week_of_concerts": "The singer arrived in Rome for a week of concerts.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "cameo", "source"),
    [
        ("unless_embargo", "131", "Ankara"),
        ("if_shell", "138", "army"),
        ("unless_they", "137", "government"),
        ("anyone_detain", "137", "interior ministry"),
        ("any_landing_force", "138", "Beijing"),
        ("any_attack_sanctions", "131", "Brussels"),
        ("stop_cooperating_unless", "131", "Iran"),
    ],
)
def test_a_conditional_or_open_threat_is_coded_by_the_act(events, key, cameo, source):
    threat = one(events, SENTENCES, key, "THREATEN")
    assert threat.cameo == cameo
    assert threat.actor1 is not None and source in threat.actor1.text


def test_the_target_of_an_any_move_warning_is_the_warned(events):
    assert one(events, SENTENCES, "any_landing_force", "THREATEN").actor2.text == "Manila"


@pytest.mark.parametrize(
    "key", ["would_embargo", "may_embargo", "if_wins", "if_elected", "anyone_passive", "any_delay_costs"]
)
def test_hypotheticals_own_fortunes_and_forecasts_are_no_threats(events, key):
    assert not types(events, key) & {"THREATEN", "SANCTION", "COERCE"}, SENTENCES[key]


def test_a_warning_by_market_people_is_no_threat(events):
    assert "THREATEN" not in types(events, "brokers_war")


def test_a_state_that_stops_cooperating_cuts_relations(events):
    sanction = one(events, SENTENCES, "stopped_cooperating", "SANCTION")
    assert sanction.actor1.text == "Serbia"
    assert "SANCTION" not in types(events, "footballer_cooperating")


def test_blankets_delivered_by_a_relief_body_are_aid_a_bakery_delivery_is_not(events):
    aid = one(events, SENTENCES, "blankets_delivered", "AID")
    assert aid.actor1.text == "Red Cross"
    assert "AID" not in types(events, "bakery_flour")


def test_a_suspended_strike_is_a_concession_a_suspended_player_is_not(events):
    concede = one(events, SENTENCES, "suspended_strike", "CONCEDE")
    assert concede.cameo == "082" and "union" in concede.actor1.text
    assert "CONCEDE" not in types(events, "suspended_striker")


def test_arriving_for_days_of_talks_is_a_visit(events):
    visit = one(events, SENTENCES, "days_of_talks", "CONSULT")
    assert "trade minister" in visit.actor1.text
    assert "CONSULT" not in types(events, "week_of_concerts")


# Review 2 counter-examples: each gives no event of the listed types.
COUNTER = {
    # A: procedure, conditions on events or on the actor's own lot, a conditional promise
    "arrest_if_fails": (
        "Police will arrest the accused if he fails to appear in court on Monday.",
        "THREATEN",
    ),
    "if_first_arrest": ("If the accused fails to appear, police will arrest him.", "THREATEN"),
    "warrant_if": ("The court will issue an arrest warrant if the defendant does not appear.", "THREATEN"),
    "customs_seize": ("Customs will seize the goods if the importer does not pay the duty.", "THREATEN"),
    "cbi_bail": ("The CBI will arrest the minister if the court rejects his bail plea.", "THREATEN"),
    "deport_if_fail": ("The government will deport migrants if their asylum claims fail.", "THREATEN"),
    "fire_if_ordered": ("Troops will fire on protesters if they are ordered to.", "THREATEN"),
    "arrest_if_orders": ("The police will arrest the leaders if they receive orders from Delhi.", "THREATEN"),
    "ban_if_works": ("The state will ban plastic bags if the pilot scheme works.", "THREATEN"),
    "deploy_if_worse": ("The US will deploy more troops if the situation deteriorates.", "THREATEN"),
    "curfew_if_violence": ("The government will impose a curfew if the violence continues.", "THREATEN"),
    "strike_unless_own": ("Israel will strike Iran unless it gets American approval.", "THREATEN"),
    # B: figurative war, a third party's reaction, sport, a union's warning
    "price_war": ("Saudi Arabia warned that any increase in output would trigger a price war.", "THREATEN"),
    "trade_war": (
        "The European Commission warned that any cut would mean a trade war with the US.",
        "THREATEN",
    ),
    "union_war": ("The union warned that any attempt to cut jobs would mean war.", "THREATEN"),
    "virus_war": (
        "The WHO warned that any delay in vaccination would mean a long war against the virus.",
        "THREATEN",
    ),
    "war_with_unions": (
        "The ministry warned that any move to privatise the railways would spark a war with the unions.",
        "THREATEN",
    ),
    "retaliation_from": (
        "The German government warned that any EU tariffs would trigger retaliation from Beijing.",
        "THREATEN",
    ),
    "signal_invasion": ("NATO warned that any further troop build-up would signal an invasion.", "THREATEN"),
    "creditor_sanctions": (
        "The IMF warned that any default would trigger sanctions from creditors.",
        "THREATEN",
    ),
    "uefa_sanctions": ("UEFA warned clubs that any breach of the rules would bring sanctions.", "THREATEN"),
    # C: "nobody" is no target of a threat
    "arrest_nobody": ("Police said they would arrest nobody at the rally.", "THREATEN"),
    # D: private people and firms stop cooperating with the police or each other
    "family_cooperating": (
        "The victim's family said they will stop cooperating with the police.",
        "THREATEN",
    ),
    "they_cooperating": ("They stopped cooperating with the investigators.", "SANCTION"),
    "farmer_cooperating": ("We stopped cooperating with them years ago, the farmer said.", "SANCTION"),
    "company_cooperating": ("The company stopped cooperating with regulators after the raid.", "SANCTION"),
    "hospital_cooperating": ("The hospital ceased cooperating with the insurer.", "SANCTION"),
    # E: campaigns, blockades and protests suspended by the state, courts or police
    "candidate_campaign": ("The presidential candidate suspended his campaign.", "CONCEDE"),
    "vaccination_campaign": ("The health ministry suspended its vaccination campaign.", "CONCEDE"),
    "court_strike": ("The court suspended the strike for two weeks.", "CONCEDE"),
    "government_march": ("The government suspended the march citing security concerns.", "CONCEDE"),
    "police_protest": ("Police suspended the protest after clashes.", "CONCEDE"),
    "army_campaign": ("The army suspended its campaign against the rebels.", "CONCEDE"),
    "naval_blockade": ("Russia suspended its naval blockade of the port.", "CONCEDE"),
    # F: the grain trade
    "wheat_contract": (
        "Russia delivered two million tonnes of wheat to Egypt under a commercial contract.",
        "AID",
    ),
    "grain_record": ("Ukraine sent record amounts of grain to China last year.", "AID"),
    "maize_spain": ("Argentina sent 50,000 tonnes of maize to Spain.", "AID"),
    "rice_trade_deal": ("India will send rice to Bangladesh under a trade deal.", "AGREE"),
    "trader_maize": ("The trader delivered the maize to the buyer in Mombasa.", "AID"),
    # G: a sports tour
    "cricket_tour": ("The Australian cricket team arrived for a five-week tour.", "CONSULT"),
}


@pytest.fixture(scope="module")
def counter_events() -> dict[str, list[Event]]:
    return analyse({key: text for key, (text, _) in COUNTER.items()})


@pytest.mark.parametrize("key", list(COUNTER))
def test_review_counter_examples_give_no_such_event(counter_events, key):
    text, plover = COUNTER[key]
    assert plover not in types(counter_events, key), text


def test_force_held_over_any_attack_is_no_target():
    text = {"force": "Iran warned that any attack on its nuclear sites would be met with force."}
    assert one(analyse(text), text, "force", "THREATEN").actor2 is None


def test_some_of_the_threatened_stay_the_target():
    text = {"some": "The rebels threatened some of the villagers."}
    threat = one(analyse(text), text, "some", "THREATEN")
    assert threat.actor2 is not None and threat.actor2.text == "villagers"


def test_staples_given_as_relief_are_aid():
    text = {"charity": "The charity sent emergency wheat to the refugees."}
    assert one(analyse(text), text, "charity", "AID").actor1.text == "charity"
