"""Event actors (issue 5): which party of an act is its source and which its recipient, and the
sector of the people named (the judged error classes: speaker or patient taken for the doer, a
co-agent or a place taken for the recipient, heads of charities, churches and universities coded
as government or business, a wire credit read as the president's party)."""

from __future__ import annotations

from newsgraph.model import Event
from newsgraph.pipeline import analyze_text


def _events(text: str) -> list[Event]:
    return analyze_text(text).events


def _event(text: str, trigger: str) -> Event:
    found = [e for e in _events(text) if trigger in e.trigger.text]
    assert found, f"no event triggered by {trigger!r}"
    return found[0]


def test_captors_not_captives_take_into_custody():
    e = _event(
        "The Sri Lankan Navy said they later caught the nine smugglers who dived off the boat and took "
        "them into custody.",
        "custody",
    )
    assert e.actor1 is None or "smugglers" not in e.actor1.text
    assert e.actor1 is not None and e.actor1.sector == "MIL"


def test_co_welcomer_is_no_recipient():
    e = _event(
        "Both Health Secretary Anna Forde and Home Secretary Neil Barrow have welcomed her appointment.",
        "welcomed",
    )
    assert e.actor1 is not None and "Forde" in e.actor1.text and not e.actor1.text.startswith("Both")
    assert e.actor2 is None or "Barrow" not in e.actor2.text


def test_coordinated_states_upgrading_ties_are_counterparts():
    e = _event("Canada and Vietnam are upgrading their diplomatic relations.", "upgrading")
    assert e.actor2 is not None and e.actor2.country == "VNM"


def test_place_arrested_in_is_no_recipient():
    e = _event(
        "She said she was questioned by a French officer soon after her arrest in Malawi in June 2009.",
        "arrest",
    )
    assert e.actor2 is None or e.actor2.country != "MWI"


def test_visited_region_is_no_government():
    events = _events(
        "Opposition leaders Ravi Menon and Leela Das visited the riot-hit state on Tuesday but were "
        "denied an escort."
    )
    visits = [e for e in events if "visit" in e.trigger.text]
    assert visits and all(e.actor2 is None or e.actor2.sector != "GOV" for e in visits)


def test_weapon_is_not_the_attacker():
    e = _event(
        "The French military launched drone and helicopter strikes on insurgent camps in northern Mali.",
        "strikes",
    )
    assert e.actor1 is not None and "military" in e.actor1.text and e.actor1.code == "FRAMIL"


def test_inquiry_leader_did_not_riot():
    events = _events(
        "Lady Harrow is best known for chairing the inquiry into the riots that broke out in Leeds in 1987."
    )
    riots = [e for e in events if "riot" in e.trigger.text]
    assert riots and all(e.actor1 is None or "Harrow" not in e.actor1.text for e in riots)


def test_spokeswoman_reports_the_presidents_act():
    e = _event(
        '"Next month the president will be donating his wages to veterans\' charities," the palace '
        "spokeswoman Ana Lima told journalists.",
        "donating",
    )
    assert e.actor1 is not None and "president" in e.actor1.text and "Lima" not in e.actor1.text


def test_wire_credit_is_not_the_presidents_party():
    e = _event(
        "By Maria Lopez Paris, Mar 14 (AFP) President Emmanuel Macron has decided to donate his March "
        "salary to a veterans' fund, the Elysee said Thursday.",
        "donate",
    )
    assert e.actor1 is not None and e.actor1.text == "President Emmanuel Macron"
    assert e.actor1.sector == "GOV"


def test_heads_of_charity_church_and_university():
    charity = _event(
        "Charity chief Fiona Baird said young carers need help. Ms Baird urged ministers to raise the "
        "carers' allowance.",
        "urged",
    )
    assert charity.actor1 is not None and charity.actor1.sector == "NGO"
    church = _event(
        "Bishop of Durham Dr Alan Crane preached on Sunday. Dr Crane later criticised the government over "
        "its asylum policy.",
        "criticised",
    )
    assert church.actor1 is not None and church.actor1.sector == "REL"
    campus = _event(
        "Sunita Rao, vice-chancellor of Kaveri University, demanded that the attackers be arrested at once.",
        "demanded",
    )
    assert campus.actor1 is not None and campus.actor1.sector == "EDU"


def test_ultimatum_by_its_issuer_not_a_deadline():
    e = _event(
        "Armenia has issued an ultimatum to Azerbaijani troops near the border to pull back by midnight "
        "Sunday.",
        "ultimatum",
    )
    assert e.actor1 is not None and e.actor1.code == "ARM"
    assert e.actor2 is not None and e.actor2.code == "AZEMIL"


def test_state_that_expels_and_force_that_fires():
    expelled = _event("Three monitors from the watchdog were expelled from Iran.", "expelled")
    assert expelled.actor1 is not None and expelled.actor1.country == "IRN"
    struck = _event("Shells fired by the Turkish military struck a fuel store of the Syrian army.", "struck")
    assert struck.actor1 is not None and struck.actor1.code == "TURMIL"
    assert struck.actor2 is not None and struck.actor2.country == "SYR"


def test_a_ruling_is_no_actor():
    events = _events(
        "Ms Carver said the appeal court's ruling matched expert advice and praised the judges' clear "
        "reasoning."
    )
    assert events and all(e.actor1 is None or "ruling" not in e.actor1.text for e in events)


def test_money_is_no_recipient():
    e = _event(
        "Denmark has provided 2 million euros of emergency relief to Jordan since January.", "provided"
    )
    assert e.actor2 is not None and e.actor2.code == "JOR"


def test_office_keeps_its_place():
    detained = _event(
        "The police in the West Bank reportedly detained four men over the bombing.", "detained"
    )
    assert detained.actor1 is not None and detained.actor1.text == "police in the West Bank"
    released = _event("Turkey on Monday released the mayor of the Kurdish town of Cizre.", "released")
    assert released.actor2 is not None and released.actor2.text.endswith("Cizre")


def test_visitor_not_the_hosts_own_country():
    e = _event(
        "Portugal's foreign minister, Helena Costa, welcomed the visit of the Ghanaian Foreign Minister, "
        "Kwame Asante, to her country.",
        "welcomed",
    )
    assert e.actor2 is not None and e.actor2.country == "GHA"


def test_they_is_not_the_single_person_before():
    events = _events(
        "Tasmanian Premier Joan Pratt has issued an ultimatum to her backbench colleagues after they "
        "threatened to quit the party."
    )
    ultimatum = next(e for e in events if "ultimatum" in e.trigger.text)
    assert ultimatum.actor2 is not None and "colleagues" in ultimatum.actor2.text
    threats = [e for e in events if e.trigger.text == "threatened"]
    assert threats and all(e.actor1 is None or "Pratt" not in e.actor1.text for e in threats)
