"""Police killings (issue 5, IndiaPoliceEvents KILL) whose police agent is a unit name, a "they" or far
back in the article: units the actor coder knew not ("the District Reserve Guard", "men of the India
Reserve Battalion"), a "they" whose antecedent is a police group ("a police contingent", "when the
policemen were stoned, they fired"), a death two or three sentences after a police shooting of the
act's own targets ("two of the sand miners died") or of someone hurt in it ("a worker hit in the
firing died"), and a toll "in the firing". Every rule has near misses where it must not fire. All
passages are invented for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (earlier sentences of an article, the sentence judged)
KILLS = [
    # units of the police the actor coder did not know
    ("", "Personnel of the District Reserve Guard shot dead two Maoists near Konta on Thursday."),
    ("", "Men of the India Reserve Battalion fired at a crowd at Thoubal, killing a student."),
    ("", "Gendarmes fired on rioters in the port city, killing three people."),
    # "they": the police group the sentence before named as its subject, or a clause before it
    (
        "A large contingent of armed police reached Bhadohi after the clashes.",
        "They opened fire on a mob that was looting shops, killing a youth.",
    ),
    ("", "When the policemen were surrounded by the rioters, they opened fire, killing two of them."),
    # the act's own targets or someone hurt in it, two or three sentences after a police shooting
    (
        "Police fired at sand miners who attacked a revenue team at Sonbhadra on Friday. The district "
        "magistrate visited the spot on Saturday.",
        "Two of the sand miners died in hospital on Sunday.",
    ),
    (
        "Police fired on a crowd of strikers at the foundry gate on Monday. The union called off the "
        "strike on Tuesday.",
        "A worker hit in the police action died on Wednesday.",
    ),
    # a speaker's own men, by any group word ("their boys", "their colleagues")
    ("", "The police said their boys returned fire in self-defence, killing two smugglers."),
    ("", "Police said their colleagues shot dead the leader of the gang near the canal."),
    # "they" after a clause in which the police were acted on, or when "they" fire
    ("", "After the police party was ambushed near the forest, they fired back, killing a cadre."),
    # a crowd of the targets counted by its "of" object
    (
        "The police fired on a crowd of tribal farmers at Kalahandi on Monday. The collector ordered a "
        "probe on Tuesday.",
        "Two of the farmers died in hospital on Thursday.",
    ),
    # a toll in the police act told before
    (
        "The police fired on quarry workers at Pakur on Monday. Shops stayed closed on Tuesday.",
        "The toll in the police action rose to four on Wednesday.",
    ),
]

NOT_KILLS = [
    # the units as victims, or other men
    ("", "Maoists shot dead two jawans of the District Reserve Guard near Konta on Thursday."),
    ("", "Gunmen killed two gendarmes at a checkpoint outside the port city."),
    ("", "Men of the village beat a suspected thief to death before the police arrived."),
    # "they" is not the police: the group named before, or the clause before, is someone else's
    (
        "A gang of armed dacoits reached Bhadohi late at night.",
        "They opened fire on the villagers, killing a farmer.",
    ),
    ("", "When the dacoits were surrounded, they opened fire, killing a farmer who had guided the police."),
    (
        "A raid party of excise officials reached Bhadohi after a tip-off.",
        "They said the brewer had been killed by his partners a week earlier.",
    ),
    (
        "The police station at Gola was attacked by a mob of villagers.",
        "They set fire to a jeep parked outside, killing its driver.",
    ),
    # "their" victims' rivals, relatives or neighbours are not the speaking police's own men
    ("", "Police said the two brothers were stabbed to death by their neighbours over a boundary wall."),
    ("", "Police said their rivals shot dead the two brothers over a boundary wall."),
    # "they" after a clause that only tells the police came or went: the act is someone else's
    ("", "Once the police van had driven off, they set the huts of the labourers ablaze, killing an infant."),
    (
        "",
        "As soon as the police party reached the village, they ran towards the canal after gunning "
        "down a grocer.",
    ),
    # "they" after a police act on people or a gang: those people may be "they"
    (
        "A police squad picked up four youths at Arrah on Tuesday.",
        "They had gunned down a goldsmith in August.",
    ),
    (
        "A police team searched the den of the gang at Bettiah on Saturday.",
        "They had killed two cattle traders in April.",
    ),
    (
        "The police party held the two cousins on Sunday.",
        "They later admitted to killing their grandfather.",
    ),
    # someone linked to the targets is not one of them
    (
        "Police fired at students at Dumka on Monday. The college was shut on Tuesday.",
        "A lecturer of the students died in hospital on Wednesday.",
    ),
    (
        "Police fired at coal miners at Dhanbad on Monday. The mine was shut on Tuesday.",
        "A brother of two of the miners died in hospital on Wednesday.",
    ),
    (
        "Police fired at agitating farmers at Mandsaur on Monday. Shops were shut on Tuesday.",
        "The leader of the farmers died of a heart attack in hospital on Wednesday.",
    ),
    (
        "Police fired on a crowd of nurses at Ranchi on Friday. Hospitals stayed shut on Saturday.",
        "A nurse struck by a falling hoarding died on Sunday.",
    ),
    # someone hurt in another harm, or a trooper hurt in an exchange, is no victim of the police act
    (
        "Police fired in the air to scatter pilgrims at the fair on Monday. A stampede followed.",
        "A girl injured in the stampede died on Wednesday.",
    ),
    (
        "Police fired at robbers outside a bank at Hajipur on Monday. Shops were shut on Tuesday.",
        "A cashier wounded in the bank robbery died on Wednesday.",
    ),
    (
        "Police and rebels exchanged fire near Ukhrul on Monday. Shops were shut on Tuesday.",
        "A jawan wounded in the firing died on Wednesday.",
    ),
    # an acronym that names other things than a police unit
    ("", "The clinic's DRG coding desk was blamed for the death of an elderly patient."),
    # a fire that raged is a blaze, not police gunfire
    (
        "Police opened fire on a mob at Sojat.",
        "A fire that raged through the cloth market killed three traders.",
    ),
    # a death of plain "persons", far back, may be anyone's; a death with its own cause is not the act's
    (
        "Police fired at sand miners who attacked a revenue team at Sonbhadra on Friday. The district "
        "magistrate visited the spot on Saturday.",
        "Two persons died in hospital on Sunday.",
    ),
    (
        "Police fired at sand miners who attacked a revenue team at Sonbhadra on Friday. The district "
        "magistrate visited the spot on Saturday.",
        "Two of the sand miners drowned in the river on Sunday.",
    ),
    # the targets' own violence spares only the targets' deaths, not their victims'
    (
        "Police fired at dacoits who had waylaid a bus near Etah on Friday. The dacoits fled into the "
        "ravines.",
        "Two of the passengers died in hospital on Sunday.",
    ),
    (
        "Police fired at a mob that stormed a shrine at Kairana on Friday. Shops stayed shut on Saturday.",
        "A caretaker of the shrine died in hospital on Sunday.",
    ),
    # someone hurt by others, or a policeman hurt, is no victim of the police act
    (
        "Police fired on a crowd of strikers at the foundry gate on Monday. The union called off the "
        "strike on Tuesday.",
        "A worker hit by a speeding lorry died on Wednesday.",
    ),
    (
        "Police fired on a crowd of strikers at the foundry gate on Monday. The union called off the "
        "strike on Tuesday.",
        "A constable hit in the stone-pelting died on Wednesday.",
    ),
    # "a fire that broke out" is a blaze, not police gunfire
    (
        "Police opened fire on a mob at Sojat.",
        "Three persons died in a fire that broke out in a timber depot later that night.",
    ),
    # a toll in another harm
    (
        "The police fired on quarry workers at Pakur on Monday. On Tuesday a bomb went off in the bazaar.",
        "The toll in the blast rose to four on Wednesday.",
    ),
    (
        "The police fired in the air at Pakur on Monday. Rival groups then fought with swords.",
        "The toll in the riots rose to four on Wednesday.",
    ),
]


def _text(context: str, sentence: str) -> str:
    return f"{context} {sentence}".strip()


@pytest.mark.parametrize(("context", "sentence"), KILLS)
def test_police_killing(context: str, sentence: str):
    assert police_kills(_text(context, sentence), sentence), sentence


@pytest.mark.parametrize(("context", "sentence"), NOT_KILLS)
def test_not_police_killing(context: str, sentence: str):
    assert not police_kills(_text(context, sentence), sentence), sentence
