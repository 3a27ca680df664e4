"""Police killings (issue 5, IndiaPoliceEvents KILL) told by a toll in a "which" clause the parser hung
on the act's own day or place, by a lathi-charge with no agent named (a baton charge is the
police's), by people who "lay dead" after police fired, and by a death on police premises with no
other cause stated (a custodial death without the word "custody"). Not: a party's or a truck's
killing, an earlier toll, deaths on other premises or of natural causes, police who die,
bystanders killed in a fight "between" police and others (whose bullet it was is not told), and
the police's targets who died of a hurt told with another cause ("hit by bricks").
Passages are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (earlier sentences of an article, the sentence judged)
KILLS = [
    (
        "",
        "The CISF firing at the Dhanbad pit gate on Thursday, which claimed two lives, sparked a strike.",
    ),
    ("", "The police firing in Kharsawan on Friday, which left four dead, will be debated in the assembly."),
    ("", "A lathi-charge on the teachers at the Ranchi secretariat left a 52-year-old dead."),
    ("", "The tribunal will ask whether the lathi-charge in which a cobbler died was needed."),
    ("", "When the havildars opened fire near the octroi post, two carters lay dead on the spot."),
    ("", "Sukhdev Oraon, a 33-year-old mason, died at the Bariatu police station a day after his arrest."),
    ("", "A labourer from Giridih was found dead in the lock-up of the Hirapur police station on Tuesday."),
    ("", "Three smugglers were shot dead in a gunfight between the BSF and the smugglers near Raiganj."),
    (
        "Constables fired on tanners who had blocked the bypass at Jajmau.",
        "Two of the tanners hit in the firing died.",
    ),
    (
        "Constables fired on tanners who had blocked the bypass at Jajmau.",
        "A tanner who was hit in the neck died.",
    ),
    (
        "",
        "Three Naxalites were shot dead in an exchange of fire between rebels and CRPF jawans near Latehar.",
    ),
]

NOT_KILLS = [
    ("", "Police fired at a runaway tanker, which killed two cyclists before it overturned."),
    ("", "The police fired on the march at the chowk, which had claimed two lives a month earlier."),
    ("", "The police firing in Kharsawan on Friday, which left four hurt, will be debated in the assembly."),
    ("", "A cobbler was beaten to death with lathis outside the Kali temple."),
    ("", "When the havildars opened fire near the octroi post, two carters lay injured on the spot."),
    ("", "A havildar died of a heart attack at the Bariatu police station on Monday night."),
    ("", "A hawker died at the Doranda police station after he swallowed rat poison."),
    ("", "A hawker died after a cardiac arrest at the Doranda police station on Monday."),
    ("", "A pickpocket died of a heart attack at the Lalpur police station a day after his arrest."),
    ("", "A retired clerk died of a stroke at the Hatia railway station on Monday."),
    ("", "A ticket checker died at the Hatia bus station after a long illness."),
    ("", "A tea vendor was killed in the crossfire between the police and the dacoits near Gumla."),
    ("", "A milkman was killed in an exchange of fire between the police and a gang of robbers."),
    (
        "Constables fired on tanners who had blocked the bypass at Jajmau.",
        "Two of the tanners hit by bricks died.",
    ),
    (
        "Constables fired on tanners who had blocked the bypass at Jajmau.",
        "Two of the tanners hurt in the stampede died.",
    ),
]


@pytest.mark.parametrize(("before", "sentence"), KILLS)
def test_police_killing_found(before: str, sentence: str) -> None:
    assert police_kills(f"{before} {sentence}".strip(), sentence), sentence


@pytest.mark.parametrize(("before", "sentence"), NOT_KILLS)
def test_no_police_killing(before: str, sentence: str) -> None:
    assert not police_kills(f"{before} {sentence}".strip(), sentence), sentence
