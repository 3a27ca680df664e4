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
        "The Indian Navy said they also captured the 15 Somali pirates who jumped into the sea and took "
        "them into custody.",
        "custody",
    )
    assert e.actor1 is None or "pirates" not in e.actor1.text
    assert e.actor1 is not None and e.actor1.sector == "MIL"


def test_co_welcomer_is_no_recipient():
    e = _event(
        "Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott have welcomed "
        "his return.",
        "welcomed",
    )
    assert e.actor1 is not None and "Jowell" in e.actor1.text and not e.actor1.text.startswith("Both")
    assert e.actor2 is None or "Prescott" not in e.actor2.text


def test_coordinated_states_upgrading_ties_are_counterparts():
    e = _event("The United States and Sudan are upgrading diplomatic ties.", "upgrading")
    assert e.actor2 is not None and e.actor2.country == "SDN"


def test_place_arrested_in_is_no_recipient():
    e = _event(
        "He said he was interrogated by a British man shortly after his arrest in Zambia in March 2002.",
        "arrest",
    )
    assert e.actor2 is None or e.actor2.country != "ZMB"


def test_visited_region_is_no_government():
    events = _events(
        "Congress leaders Amar Singh and Shabana Azmi visited the strife-torn state last week but were "
        "refused security."
    )
    visits = [e for e in events if "visit" in e.trigger.text]
    assert all(e.actor2 is None or e.actor2.sector != "GOV" for e in visits)


def test_weapon_is_not_the_attacker():
    e = _event(
        "The U.S. military launched air and artillery strikes on Syrian government-backed troops.", "strikes"
    )
    assert e.actor1 is not None and "military" in e.actor1.text and e.actor1.code == "USAMIL"


def test_inquiry_leader_did_not_riot():
    events = _events(
        "Lord Scarman will be remembered for the public inquiry he led into a string of race riots which "
        "began in Brixton."
    )
    riots = [e for e in events if "riot" in e.trigger.text]
    assert all(e.actor1 is None or "Scarman" not in e.actor1.text for e in riots)


def test_spokeswoman_reports_the_presidents_act():
    e = _event(
        '"In this quarter, the president will be donating his salary to the Department of Education," '
        "White House Press Secretary Sarah Sanders told reporters.",
        "donating",
    )
    assert e.actor1 is not None and "president" in e.actor1.text and "Sanders" not in e.actor1.text


def test_wire_credit_is_not_the_presidents_party():
    e = _event(
        "By John Smith Washington, Jul 27 (PTI) President Donald Trump has decided to donate his second "
        "quarter salary to the US education department to help students, the White House said Wednesday.",
        "donate",
    )
    assert e.actor1 is not None and e.actor1.text == "President Donald Trump"
    assert e.actor1.sector == "GOV"


def test_heads_of_charity_church_and_university():
    charity = _event(
        "Charity boss Gordon Lishman said older voters matter. Mr Lishman urged the next government to boost "
        "the state pension.",
        "urged",
    )
    assert charity.actor1 is not None and charity.actor1.sector == "NGO"
    church = _event(
        "Archbishop of Canterbury Dr Rowan Williams spoke at length. Dr Williams has since criticised the "
        "government over its case for war.",
        "criticised",
    )
    assert church.actor1 is not None and church.actor1.sector == "REL"
    campus = _event(
        "Anandadev Mukherjee, vice-chancellor of the Vidyasagar University, demanded immediate arrest of "
        "the culprits.",
        "demanded",
    )
    assert campus.actor1 is not None and campus.actor1.sector == "EDU"


def test_ultimatum_by_its_issuer_not_a_deadline():
    e = _event(
        "Russia has issued an ultimatum to Ukrainian forces in the Crimea to clear out by 5 a.m. Tuesday.",
        "ultimatum",
    )
    assert e.actor1 is not None and e.actor1.code == "RUS"
    assert e.actor2 is not None and e.actor2.code == "UKRMIL"


def test_state_that_expels_and_force_that_fires():
    expelled = _event("Two inspectors of the agency have been expelled from North Korea.", "expelled")
    assert expelled.actor1 is not None and expelled.actor1.country == "PRK"
    struck = _event(
        "The missiles fired by the Israeli military struck an arms depot of the Syrian army.", "struck"
    )
    assert struck.actor1 is not None and struck.actor1.code == "ISRMIL"
    assert struck.actor2 is not None and struck.actor2.country == "SYR"


def test_a_ruling_is_no_actor():
    events = _events(
        "Mrs Robinson said the Law Lords' ruling was in line with legal opinion and praised their decisive "
        "majority."
    )
    assert all(e.actor1 is None or "ruling" not in e.actor1.text for e in events)


def test_money_is_no_recipient():
    e = _event("Ireland has provided 3.5 million in humanitarian funding to Lebanon this year.", "provided")
    assert e.actor2 is not None and e.actor2.code == "LBN"


def test_office_keeps_its_place():
    detained = _event(
        "Reportedly, the police in the Gaza Strip had detained several suspects in the attack.", "detained"
    )
    assert detained.actor1 is not None and detained.actor1.text == "police in the Gaza Strip"
    released = _event("Israel on Wednesday released the mayor of the West Bank city of Nablus.", "released")
    assert released.actor2 is not None and released.actor2.text.endswith("Nablus")


def test_visitor_not_the_hosts_own_country():
    e = _event(
        "Bulgaria's Minister for Foreign Affairs, Ekaterina Zaharieva, has welcomed the visit by the "
        "Sudanese Foreign Minister, Ibrahim Ghandour, to her country.",
        "welcomed",
    )
    assert e.actor2 is not None and e.actor2.country == "SDN"


def test_they_is_not_the_single_person_before():
    events = _events(
        "NSW Premier Gladys Berejiklian has issued an ultimatum to her Nationals colleagues after they "
        "threatened to sit on the cross bench."
    )
    ultimatum = next(e for e in events if "ultimatum" in e.trigger.text)
    assert ultimatum.actor2 is not None and "colleagues" in ultimatum.actor2.text
    threats = [e for e in events if e.trigger.text == "threatened"]
    assert all(e.actor1 is None or "Berejiklian" not in e.actor1.text for e in threats)
