"""Session 13, wave 3 (conditional threats and style-2 misses), on invented sentences: a named actor's
conflict act in the plain future held over another party's conduct ("will impose an embargo ...
unless it withdraws") is a threat coded by the act (CAMEO 13x), as is a stated act aimed at "anyone
who ..." and a warning that any step would bring force or sanctions; a reporter's hypothetical
("would ... if"), a modal ("may"), a condition on the actor's own fortunes ("if it wins") and a
warning of prices or markets are none. "Stopped cooperating with" by a state cuts relations (not a
private person); "delivered tonnes of wheat" is aid (not a bakery's flour); "suspended its strike"
concedes (not a club suspending its striker); "arrived for three days of talks" consults (not "a
week of concerts")."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

from newsgraph.model import Event

SENTENCES = {
    "unless_embargo": "Ankara will impose a trade embargo on Yerevan unless it withdraws its troops.",
    "if_shell": "The army will shell the rebel villages if the hostages are not freed.",
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
        "We will stop cooperating with the monitors unless the blockade ends, the rebel spokesman said."
    ),
    "stopped_cooperating": "Serbia stopped cooperating with the war crimes tribunal last year.",
    "footballer_cooperating": "The footballer stopped cooperating with the club's doctors.",
    "wheat_delivered": "The Red Cross delivered 500 tonnes of wheat to the besieged town.",
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
        ("anyone_detain", "137", "interior ministry"),
        ("any_landing_force", "138", "Beijing"),
        ("any_attack_sanctions", "131", "Brussels"),
        ("stop_cooperating_unless", "131", "rebel spokesman"),
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


def test_tonnes_of_grain_delivered_are_aid_a_bakery_delivery_is_not(events):
    aid = one(events, SENTENCES, "wheat_delivered", "AID")
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
