"""Police killings (issue 5, IndiaPoliceEvents KILL: "Did police kill someone?"): the ways news
reports that police or troops killed people, in normal and lower case (Indian archives often lose
capitalisation), and what is not a police killing (mob killings, police as victims, injuries,
threats, "private firing"). Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

POLICE_KILLS = [
    "Three men were killed in police firing at Palanpur on Tuesday.",
    "Police opened fire, killing three people in the old city.",
    "Three people died when police fired on a mob in Godhra.",
    "One person was killed as police fired to disperse the rioting mob.",
    "The toll in police firing rose to 12 on Sunday.",
    "A youth was shot dead by the police in Naroda.",
    "Two men were killed in an encounter with the police near Ahmedabad.",
    "Police firing claimed two lives in Kalupur on Thursday.",
    "He succumbed to injuries sustained in police firing on Friday.",
    "A man arrested for rioting died in police custody on Monday.",
    "The SRP fired on the mob, killing two.",
    "RAF personnel opened fire, killing a youth.",
    "Police shot dead two rioters in Vadodara.",
    "Four persons were killed in firing by the police.",
    "Of the 20 deaths, eight were in police firing.",
    "The police had to open fire in which one person died.",
    "Two persons were killed and four injured in police firing.",
    "Five persons, including a woman, were killed in police firing in Godhra.",
    "Three rioters fell to police bullets in Vadodara.",
    "Security forces shot dead two militants.",
    "Two persons, one of them a woman, lost their lives in police firing.",
    "The dead include two persons killed in police firing at Kalupur.",
    "The death of two persons in police firing sparked fresh tension.",
    "The killing of three youths in police firing has angered residents.",
    "At least four people were killed as troops flushed out insurgents from the hills.",
    "Rioters ran amok in Shahpur, which forced the police to open fire in which one youth was killed.",
    "The police had to open fire to disperse the mob, resulting in the death of one person.",
    "Police firing in the city has so far claimed 30 lives.",
    "The army, which was deployed in the city on Friday, fired at a mob in the old city, killing one person.",
    "Two rioters were shot dead by the armymen.",
    "The police fired at the mob, which resulted in the death of two persons.",
    "The opposition asked a judge to look into the police firing in which three youths died.",
    "A magisterial inquiry has been ordered into the police firing that killed two persons at Modasa.",
    "Congress leaders condemned the police firing in which three persons died.",
    "The state government has ordered an inquiry into the killing of two youths in police firing at Modasa.",
    "The NHRC has sought a report on the deaths in police firing.",
    "The toll rose to 50, including 10 in police firing.",
    "When the mob refused to disperse, the police fired, killing two.",
    "The youth, hit by a police bullet, died on the way to hospital.",
    "Police fired at a mob trying to set fire to a mosque, killing one person.",
    "Police fired at the mob which had gathered outside the mosque, killing two.",
    "He sustained bullet injuries in police firing and died in hospital.",
    "Two persons died in the police shooting.",
    "The dead included a boy who was hit by a police bullet.",
    "A bullet fired by the police killed a youth.",
    "A man died in the police lathi-charge on the protesters.",
    "Police beat a vendor to death in Kanpur.",
    "An undertrial died in the police lock-up on Sunday.",
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize("text", POLICE_KILLS)
def test_police_killing_phrasings(text: str, lower: bool):
    text = text.lower() if lower else text
    assert police_kills(text), text


# (text, the sentence that reports the death): the shooter is named in an earlier sentence only
CONTEXT_KILLS = [
    (
        "Police opened fire at several places in the city on Friday. The situation was tense in "
        "Dariapur. Two persons were killed in the firing.",
        "Two persons were killed in the firing.",
    ),
    (
        "The police fired 40 rounds to disperse mobs in the walled city. Mobs torched shops in "
        "Kalupur. One person died of bullet injuries.",
        "One person died of bullet injuries.",
    ),
    (
        "Army columns fired at the mob in Vadodara on Saturday. Curfew was clamped on the area. "
        "Three more persons succumbed to bullet injuries on Sunday.",
        "Three more persons succumbed to bullet injuries on Sunday.",
    ),
    (
        "The police resorted to firing at Bapunagar on Friday. The mob had torched two shops. "
        "A youth, identified as Salim, was shot dead.",
        "A youth, identified as Salim, was shot dead.",
    ),
    (
        "Police fired on the mob in Naroda. Curfew was imposed. Two persons were killed in firing.",
        "Two persons were killed in firing.",
    ),
    (
        "Police opened fire on the mob in Shahpur. A boy watching from his balcony was killed by a stray "
        "bullet.",
        "A boy watching from his balcony was killed by a stray bullet.",
    ),
    (
        "The police opened fire at Dariapur, injuring three persons. They were rushed to the civil hospital. "
        "One of the injured died on Sunday.",
        "One of the injured died on Sunday.",
    ),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("text", "sentence"), CONTEXT_KILLS)
def test_shooting_death_takes_the_earlier_police_shooter(text: str, sentence: str, lower: bool):
    if lower:
        text, sentence = text.lower(), sentence.lower()
    kills = police_kills(text, sentence)
    assert kills, sentence
    assert all(k.actor1.text.lower().startswith(("police", "army")) for k in kills)


NOT_POLICE_KILLS = [
    ("A mob killed two persons in Naroda on Friday.", None),
    ("The police found the body of a man in the canal.", None),
    ("A police constable was killed by the mob.", None),
    ("Two policemen were shot dead by militants.", None),
    ("Three persons were injured in police firing.", None),
    ("The police threatened to open fire on the mob.", None),
    ("Two persons were killed in private firing in Shahpur.", None),
    ("The police recovered the bodies of six people killed by the mob.", None),
    ("The mob forced the police to retreat.", None),
    ("Rioters fired at the police, resulting in the death of a constable.", None),
    ("The army was asked to fire at the rioters.", None),
    ("The police fired in the air, resulting in panic.", None),
    ("The opposition asked a judge to look into the mob attack in which three youths died.", None),
    ("The toll rose to 50, including 10 in stabbing incidents.", None),
    ("The police demanded a probe into the killing of two constables.", None),
    (
        "Police fired at a mob in Kalupur. Elsewhere, two persons were killed in private firing.",
        "Elsewhere, two persons were killed in private firing.",
    ),
    (
        "The police fired teargas shells at Shahpur. Mobs set shops on fire. Two persons were burnt to "
        "death.",
        "Two persons were burnt to death.",
    ),
    ("The police fired at the mob. Two persons died of burn injuries.", "Two persons died of burn injuries."),
    (
        "The police fired 20 rounds. The mob fired back. One person died of bullet injuries.",
        "One person died of bullet injuries.",
    ),
    (
        "Police fired at the mob in Kalupur. A mob killed two persons in Shahpur. Another person was shot "
        "dead in Dariapur.",
        "Another person was shot dead in Dariapur.",
    ),
    (
        "Police opened fire on the mob. Two persons were injured. A policeman was later shot dead by a "
        "rioter.",
        "A policeman was later shot dead by a rioter.",
    ),
    (
        "A mob attacked the house in Naroda. A boy was killed by a stray bullet.",
        "A boy was killed by a stray bullet.",
    ),
    (
        "The police opened fire at Dariapur, injuring three persons. A mob stabbed two men in Kalupur. "
        "One of them died later.",
        "One of them died later.",
    ),
    (
        "The police opened fire at the mob. Three policemen were injured in stone pelting. One of them "
        "died later.",
        "One of them died later.",
    ),
    (
        "The police opened fire at the mob. One of the injured policemen died later.",
        "One of the injured policemen died later.",
    ),
    ("The police fired at a mob which had killed three persons.", None),
    ("The toll in the riots rose to 500, including 60 in Ahmedabad.", None),
    ("The VHP demanded a probe into the killing of kar sevaks at Godhra.", None),
    ("Residents protested against the police firing in which two persons were injured.", None),
    ("The police lathi-charge left ten persons injured.", None),
    ("The film's shooting was stopped by the police.", None),
    # near misses of the further phrasings (tests/test_events_kill_phrasings.py)
    ("The accused died in judicial custody.", None),
    (
        "A man died in police custody on Monday. A murder accused died in judicial custody on Tuesday.",
        "A murder accused died in judicial custody on Tuesday.",
    ),
    ("Three militants were killed when their bomb exploded prematurely.", None),
    (
        "Two terrorists were shot dead in the forest. A militant died when his bomb went off.",
        "A militant died when his bomb went off.",
    ),
    ("The death of a man in judicial custody is being probed.", None),
    ("An undertrial died in jail custody after a heart attack.", None),
    ("Deaths in custody are rising at an alarming rate, a parliamentary panel said.", None),
    ("A constable was killed in an encounter.", None),
    ("The gangster was killed in an encounter with a rival gang.", None),
    ("Two policemen died in an encounter with militants.", None),
    ("He was kept in the lock-up overnight.", None),
    ("He sustained police bullet injuries.", None),
    ("Three victims of police firing were treated in hospital.", None),
    ("Police action left three persons injured.", None),
    ("Two youths were injured in BSF firing on the border.", None),
    ("The army eliminated the need for permits.", None),
    ("Three civilians were shot dead in Kupwara.", None),
    ("Two terrorists were killed in a blast while assembling a bomb.", None),
    ("Two militants were killed in infighting between rival groups.", None),
    ("A youth was injured in police firing on Friday.", None),
    ("A man died in a road accident after the police lathi-charge on Friday.", None),
    ("The police lathi-charged the mob after two persons died in stabbing.", None),
    ("The police arrested five rioters for killing a constable.", None),
    ("The police booked 50 rioters for killing three persons in the village.", None),
    ("Rioters attacked the police. Two of them were killed.", "Two of them were killed."),
    ("Two rioters were killed in retaliatory fire by a rival group.", None),
    ("The villagers said two of their men were killed in retaliatory fire.", None),
    ("The police said the gangster was killed in an exchange of fire between rival gangs.", None),
    ("A policeman was killed in crossfire between two gangs.", None),
    ("The government will not tolerate the killing of innocent people.", None),
    ("The police accused the rioters of killing two persons.", None),
    ("A boy was killed when a shell fired by the militants hit him.", None),
    ("The police were accused of failing to stop the killing of 20 persons.", None),
    ("The police will take action against those who killed two persons in the riots.", None),
    (
        "The police lathi-charged the crowd. The dead were taken to the civil hospital.",
        "The dead were taken to the civil hospital.",
    ),
    (
        "Police fired in the air. The dead in the recent riots were buried on Sunday.",
        "The dead in the recent riots were buried on Sunday.",
    ),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("text", "sentence"), NOT_POLICE_KILLS)
def test_not_police_killings(text: str, sentence: str | None, lower: bool):
    if lower:
        text, sentence = text.lower(), sentence.lower() if sentence else None
    assert not police_kills(text, sentence), sentence or text
