"""Event precision guards from the s80 tuning sample: word senses and recipients that are no party."""

from __future__ import annotations

from newsgraph.pipeline import analyze_text


def _events(text: str):
    a = analyze_text(text, published="2024-05-02")
    return [(e.plover, a.text[e.actor2.start : e.actor2.end] if e.actor2 else None) for e in a.events]


def test_a_quarrel_that_blows_up_is_no_attack():
    events = _events(
        "The quarrel blew up when the councillor was stopped by a photographer outside a wedding."
    )
    assert all(plover != "ASSAULT" for plover, _ in events)


def test_a_goal_hit_is_no_threat_or_attack():
    events = _events("The council will only hit its goal for recycling household waste, auditors say.")
    assert all(plover not in ("ASSAULT", "THREATEN") for plover, _ in events)


def test_ruling_out_any_alliance_targets_the_other_party():
    events = _events("Verma ruled out any alliance with the Samajwadi Party.")
    assert ("REJECT", "Samajwadi Party") in [(p, t and t.replace("the ", "")) for p, t in events]


def test_the_judge_of_a_demanded_enquiry_is_not_its_addressee():
    events = _events("Opposition MP Kiran Joshi demanded a probe by a retired judge of the High Court.")
    requests = [t for p, t in events if p == "REQUEST"]
    assert requests and all(t is None or "judge" not in t for t in requests)


def test_the_place_of_a_topic_is_no_party():
    events = _events("The banker also expressed worry about the continuing unrest in Sudan.")
    assert all(t != "Sudan" for _, t in events)


def test_a_protest_song_is_no_demonstration():
    events = _events("The song is in protest against a planned chemical plant backed by a local landlord.")
    assert all(plover != "PROTEST" for plover, _ in events)


def test_his_complaint_is_not_the_officers():
    text = "The shopkeeper said officers visited the police post and recorded her complaint."
    a = analyze_text(text, published="2024-05-02")
    sources = [a.text[e.actor1.start : e.actor1.end] for e in a.events if e.plover == "ACCUSE" and e.actor1]
    assert "officers" not in sources


def test_a_leaders_namesake_is_not_the_leader():
    from newsgraph.events.roles import leader

    assert leader("Mr Blair") == ("GBR", "GOV")
    assert leader("Cherie Blair") is None


def test_the_person_met_is_not_the_companion():
    events = _events(
        "Senator Okafor admitted that she had met Bello twice, once with party chairman Musa Ade."
    )
    met = [t for p, t in events if p == "CONSULT"]
    assert met and all(t is None or "Ade" not in t for t in met)


def test_a_duty_to_defend_is_no_defence():
    events = _events("France is bound by treaty to help Djibouti protect itself.")
    assert all(plover != "SUPPORT" for plover, _ in events)
