"""Police killings (issue 5, IndiaPoliceEvents KILL): a death on police premises of someone held
there (a suspect, an undertrial, after an arrest, found hanging in the lock-up), with no other cause
stated, is a custodial death even without the word "custody". Not when the dead were plainly
bystanders in a fight "between" police and others (a vendor, a milkman: whose bullet killed them is
not told), nor when the police's targets died of a hurt told with another cause on its own verb ("hit
by bricks", "hurt in the stampede"). Still: the sides' own dead in such a fight (suspects, gunmen,
cadres), and targets hurt near a place with a cause word in its name or in a melee. Near misses kept
out: deaths at a police station of people not held there or of a stated cause (a fire, a cardiac
arrest, poison), "lay dead" after police fired in the air, a toll in a "which" clause with a cause
of its own, a natural death during a lathi-charge.
Passages are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (earlier sentences of an article, the sentence judged)
KILLS = [
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
    # the sides' own dead in a fight "between" police and others
    ("", "Four Lashkar operatives were killed in an encounter between troops and militants in Sopore."),
    ("", "Two suspects were killed in a shootout between the police and a gang near Meerut."),
    ("", "Three gunmen were killed in an exchange of fire between the police and the abductors in Zaria."),
    ("", "Two armed men were shot dead in an exchange of fire between the police and the gang."),
    ("", "Two men wanted for dacoity were killed in a gunfight between the STF and the gang near Mainpuri."),
    ("", "Three cattle lifters died in an encounter between the police and cattle thieves near Araria."),
    # a crossfire is a fight like any other: its sides' dead are the police's or troops' foes
    ("", "Two rebels were killed in the crossfire between troops and rebels near Kohima."),
    ("", "A robber was killed in the crossfire between the police and his gang in Khulna."),
    # a job word that names one of a side is no bystander
    (
        "",
        "A driver of the gang was shot dead in an exchange of fire between police and dacoits near Bhind.",
    ),
    # a death on police premises of someone held there (custody not named)
    ("", "An undertrial died at the Gomti Nagar police station on Sunday."),
    ("", "A weaver died at the Bhadohi police station two days after his arrest."),
    (
        "",
        "A carpenter detained over a theft was found hanging in the lock-up of the Kotwali police station.",
    ),
    ("", "A suspect died in a cell at a police station in Bristol on Saturday."),
    ("", "A porter arrested for theft was found dead at the Lalganj police station."),
    # hurt with no other cause on the hurt verb itself
    (
        "Police fired on weavers who had blocked the highway at Bhiwandi.",
        "Two of the weavers wounded near the fire station died.",
    ),
    (
        "Police fired on weavers who had blocked the highway at Bhiwandi.",
        "Three of the weavers hurt during the violence died in hospital.",
    ),
    (
        "Police fired on weavers who had blocked the highway at Bhiwandi.",
        "Two of those hit in the melee died.",
    ),
    # a "by" agent that is the police's own weapon is no other cause
    (
        "Police lathi-charged the nurses who had blocked the road to the assembly.",
        "Two of the nurses struck by batons died.",
    ),
    (
        "Police fired tear gas at the crowd of weavers at the depot.",
        "Two of the weavers hit by tear gas shells died.",
    ),
]

NOT_KILLS = [
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
    # deaths at a police station of people not held there
    ("", "An old man died at the Civil Lines police station as he waited to report his missing daughter."),
    ("", "A mother who had come to see her arrested son died at the Kotwali police station on Monday."),
    (
        "",
        "A tenant who had swallowed pesticide died at the Sadar police station after a row over rent.",
    ),
    ("", "Three typists died at the police station in the blaze on Tuesday."),
    ("", "A cyclist died at the police chowki in a hit-and-run on Tuesday."),
    (
        "",
        "A drunk labourer died at the Rajpur police station on Monday, an hour after neighbours brought him.",
    ),
    ("", "A prisoner died at the Sadar police station in the fire on Sunday."),
    ("", "A pickpocket died after a cardiac arrest at the Lalpur police station a day after his arrest."),
    ("", "A suspect died at the Sadar police station after he swallowed rat poison."),
    ("", "A head constable died at the Rajpur police station on Monday."),
    ("", "A suspect died at the Hatia railway station on Monday."),
    ("", "A passer-by was found dead outside the Lalpur police station on Monday."),
    # found dead on police premises, not said to be held there
    ("", "A baby boy was found dead at the police chowki near the grain market."),
    ("", "A gardener was found dead at the Hazratganj police station on Friday morning."),
    ("", "A cashier was found hanging at the Model Town police station."),
    # a custody step of someone else
    ("", "A farmer died at the police station in Sirsa after the arrest of his nephew."),
    ("", "A widow died at the Kotwali police station during the questioning of her tenant."),
    # "lay dead" after police fired in the air or used tear gas, killed by others
    ("", "As police lobbed tear gas at the rioters, a grocer lay dead in his shop, knifed by the mob."),
    (
        "",
        "Police fired in the air at the bathing ghat as two pilgrims lay dead after falling into the river.",
    ),
    ("", "After the constables opened fire on the robbers, two of the travellers they held lay dead."),
    # a toll in a "which" clause with its own cause
    (
        "",
        "Police fired tear gas at fans in the stadium in Meerut on Sunday, which left 40 dead in the crush.",
    ),
    ("", "Police fired tear gas at a rally in Lusaka on Tuesday, which claimed five lives when a wall fell."),
    # a natural death during a lathi-charge
    ("", "A vegetable seller died of a heart attack during the lathi-charge at the market yard."),
    ("", "A marcher died of a cardiac arrest in the lathi-charge on the nurses' rally."),
]


@pytest.mark.parametrize(("before", "sentence"), KILLS)
def test_police_killing_found(before: str, sentence: str) -> None:
    assert police_kills(f"{before} {sentence}".strip(), sentence), sentence


@pytest.mark.parametrize(("before", "sentence"), NOT_KILLS)
def test_no_police_killing(before: str, sentence: str) -> None:
    assert not police_kills(f"{before} {sentence}".strip(), sentence), sentence


def test_a_station_name_of_two_words_is_the_whole_trigger() -> None:
    kills = police_kills("An undertrial died at the Civil Lines police station on Sunday.")
    assert [e.trigger.text for e in kills] == ["Civil Lines police station"]
