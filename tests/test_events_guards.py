"""Event precision guards from the s80 tuning sample: word senses and recipients that are no party."""

from __future__ import annotations

from newsgraph.pipeline import analyze_text


def _events(text: str):
    a = analyze_text(text, published="2024-05-02")
    return [(e.plover, a.text[e.actor2.start : e.actor2.end] if e.actor2 else None) for e in a.events]


def test_a_quarrel_that_blows_up_is_no_attack():
    events = _events("The row blew up after the mayor was approached by a reporter at a party.")
    assert all(plover != "ASSAULT" for plover, _ in events)


def test_a_goal_hit_is_no_threat_or_attack():
    events = _events("The government will only hit its target for improving adult literacy, a report says.")
    assert all(plover not in ("ASSAULT", "THREATEN") for plover, _ in events)


def test_ruling_out_any_alliance_targets_the_other_party():
    events = _events("Mishra ruled out any alliance with the Bahujan Samaj Party.")
    assert ("REJECT", "Bahujan Samaj Party") in [(p, t and t.replace("the ", "")) for p, t in events]


def test_the_judge_of_a_demanded_enquiry_is_not_its_addressee():
    events = _events(
        "Congress leader Ashok Mehta called for an enquiry by a sitting judge of the Supreme Court."
    )
    requests = [t for p, t in events if p == "REQUEST"]
    assert requests and all(t is None or "judge" not in t for t in requests)


def test_the_place_of_a_topic_is_no_party():
    events = _events("The businessman also voiced concern about the ongoing violence in Iraq.")
    assert all(t != "Iraq" for _, t in events)


def test_a_protest_song_is_no_demonstration():
    events = _events("The song is in protest of a new casino vessel, promoted by a Haryana politician.")
    assert all(plover != "PROTEST" for plover, _ in events)


def test_his_complaint_is_not_the_officers():
    text = "The victim said that officers came to the police station and registered his complaint."
    a = analyze_text(text, published="2024-05-02")
    sources = [a.text[e.actor1.start : e.actor1.end] for e in a.events if e.plover == "ACCUSE" and e.actor1]
    assert "officers" not in sources


def test_a_leaders_namesake_is_not_the_leader():
    from newsgraph.events.roles import leader

    assert leader("Mr Blair") == ("GBR", "GOV")
    assert leader("Cherie Blair") is None


def test_the_person_met_is_not_the_companion():
    events = _events(
        "Governor Raval admitted that he had met Bhandari twice, once with party president Ravi Kumar."
    )
    met = [t for p, t in events if p == "CONSULT"]
    assert met and all(t is None or "Kumar" not in t for t in met)


def test_a_duty_to_defend_is_no_defence():
    events = _events("The US is bound by law to help Taiwan defend itself.")
    assert all(plover != "SUPPORT" for plover, _ in events)
