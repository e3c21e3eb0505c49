"""C1 classes fixed after the ninth fresh set's last misses and false alarms
(docs/performance.md), each held by sentences written after the fix, not taken from a scored
set; and the clean near-misses beside them."""

from __future__ import annotations

import pytest
from test_identification_classes import covered, found, names_or_blocks


@pytest.mark.parametrize(("text", "detail"), [
    # a given name before "St" and a street's name is still a street where someone was
    ("The girl was seen on Alice St near the station most nights.", "Alice St"),
    ("She lived at 14 Rosa St in the flat above the launderette.", "14 Rosa St"),
    # a school year is still a child's age when it is hers alone
    ("She was in Reception when the first referral came.", "Reception"),
    # a hospital where someone was treated or born is still a setting; a shop of its own name
    ("She was admitted to St Bede's Hospital with a head injury.", "St Bede's Hospital"),
    ("The baby was born at Harrowgate General Hospital in the spring.",
     "Harrowgate General Hospital"),
    ("She worked at Kwik Bargains shop on the corner.", "Kwik Bargains shop"),
    # a given name that is also a place, after "that", before what only a person is doing
    ("The youth worker recorded that Lee was working nights at a car wash.", "Lee"),
    ("His probation officer noted that Hope was pregnant again.", "Hope"),
    ("The practice recorded that Brooke was sleeping on a sofa.", "Brooke"),
    # a message's sender, though her name is also a place's
    ("Text from Brooke: \"where r u\".", "Brooke"),
    ("She got a call from Lee at midnight and left the house.", "Lee"),
    # after a nickname's cue, nicknames no name pattern holds: capitals in quotes, a letter
    # joined to a word, a size before a letter
    ("Friends knew her as \"JJ\" and she used it online.", "JJ"),
    ("The case notes refer to the uncle only as 'TJ' throughout.", "TJ"),
    ("Her boyfriend, aka B-Rad, sold the cannabis.", "B-Rad"),
    ("The older man went by Little T in the group chat.", "Little T"),
    ("Police knew the dealer as K-Money from his drill videos.", "K-Money"),
    # someone's home by their name typed in lower case with an "s", in someone's own words
    ("Her message said \"going round jaydens after school\".", "jaydens"),
    ("She texted \"at ellies til late\" and switched her phone off.", "ellies"),
    # a birthday's age; a school year "onwards" as a time in a child's life
    ("The man paid for her sweet 16 at a hotel in town.", "sweet 16"),
    ("He was bullied from Year 7 onwards and stopped going.", "Year 7"),
    # a school year in a profile's bio, "@" its school
    ("Her TikTok bio said 'Y9 @ Oakfield Academy' and gave her first name.", "Y9"),
    # a small setting by its kind and the town or district it is in
    ("She trained with the boxing club in Splott twice a week.", "boxing club in Splott"),
    ("Her friend from the dance troupe in Thornaby saw the messages.",
     "dance troupe in Thornaby"),
    # a district named as a time of someone's life there
    ("His granny talked about the years in Drumchapel.", "Drumchapel"),
    ("She recalled the weeks in Sighthill as the worst of her life.", "Sighthill"),
    # a hospital unit or ward by its own name, where someone stayed
    ("He spent six weeks on the Rowan Unit at Eastfield Hospital.", "Rowan Unit"),
    ("After the overdose she was admitted to the Heron Ward for a month.", "Heron Ward"),
])
def test_round10_classes_are_found(text: str, detail: str) -> None:
    assert covered(text, detail), found(text)


@pytest.mark.parametrize("text", [
    # a saint's surname after a given name is a person's name, not a street
    "The panel heard from Amber St John, the school's safeguarding lead.",
    "Letters were sent to Rosa St Clair, the named nurse, in June.",
    # a list of school years is the classes something reached, no one's age
    "The girls in Reception, Year 1 and Year 2 had the same teacher.",
    "Children in Year 3, Year 4 and Year 5 were given the talk by the school nurse.",
    # an abbreviation of a country or a body written with stops is no one's initials
    "The U.S. guidance was not used by the panel.",
    "Advice from the U.N. and the E.U. was compared in the appendix.",
    # a hospital taking part in the review is an agency; a national charity's shop names nowhere
    "St Bede's Hospital contributed a chronology to the review.",
    "Staff from Harrowgate General Hospital attended the learning event.",
    "Eastmoor Royal Infirmary provided a chronology and an IMR.",
    "Kingsway Hospital took part in the practitioners' workshop.",
    "The mother volunteered at the Oxfam shop two mornings a week.",
    "She bought the boy a coat in the British Red Cross shop.",
    "The panel agreed that Reading was a fair comparison for the data.",
    "The report found that Leeds was working on a new protocol with the police.",
    "The review refers to him as \"AJ\" throughout.",
    "The team knew the service as \"MASH\" at the time.",
    "She was known to the school as a quiet girl.",
    "From Year 7 onwards, pupils are taught about consent in PSHE.",
    "The school teaches online safety from Year 7 onwards.",
    "The sweet shop was next to the school.",
    "The safeguarding team in Cardiff took the referral.",
    "The panel thanked the church in Wales for the use of its hall.",
    "She joined the gym in January with her sister.",
    "They went to the club in town most weekends.",
    "The review covers two years in Wealdmoor before the child's death.",
    "The panel heard about the months in SystmOne before the change.",
    "Data from five years in Kent were compared with the national figures.",
    "The baby was transferred to the Neonatal Unit at the hospital.",
    "He was admitted to the Adolescent Unit after the overdose.",
    "The hospital's Maternity Unit changed its discharge policy.",
    "The school's account posted \"Year 7 @ the museum today\".",
    "He texted \"im at tescos now\" at six.",
    "A message from Dover said the ferry was late.",
    "The practice sent a text from Reading Borough Council's template.",
    "She wrote \"at mums tonight\" and nothing else.",
    "The note said \"we went to the parks and the shops\".",
])
def test_round10_clean_sentences_draw_nothing(text: str) -> None:
    assert names_or_blocks(text) == [] and found(text) == [], found(text)


@pytest.mark.parametrize(("text", "detail"), [
    # a unit or ward named with "and" is still named where someone stayed
    ("After the overdose she was admitted to the Willow and Beech Unit.", "Willow and Beech Unit"),
    ("He was transferred to the Kestrel & Swift Ward from the assessment unit.",
     "Kestrel & Swift Ward"),
    # a unit named with family words is still a hospital by the name beside it
    ("She was admitted to the Parent and Infant Unit at Fernbrook Hospital.",
     "Fernbrook Hospital"),
])
def test_round10_units_named_with_and_are_found(text: str, detail: str) -> None:
    assert covered(text, detail), found(text)


@pytest.mark.parametrize("text", [
    # a unit, ward or group named by the family it serves is a kind of setting, not a name
    "After the birth she was admitted to the Mother and Baby Unit for six weeks.",
    "The mother and her son were transferred to the Parent and Infant Ward.",
    "She was discharged from the Mothers and Babies Unit in the spring.",
    "She took her son to the Parent and Toddler group on Tuesdays.",
    "The father attended the Dads and Toddlers group once.",
    "The baby was admitted to the Family Unit with her mother.",
])
def test_round10_family_named_units_draw_nothing(text: str) -> None:
    assert names_or_blocks(text) == [] and found(text) == [], found(text)


@pytest.mark.parametrize(("text", "detail"), [
    # a named workplace after someone's "employer", as after "her employer"
    ("The victim's employer, Pentre Hardware, confirmed she had asked for new shifts.",
     "Pentre Hardware"),
    ("The father's employer was Dyfed Builders until the spring.", "Dyfed Builders"),
])
def test_round10_an_employer_after_a_possessive_is_found(text: str, detail: str) -> None:
    assert covered(text, detail), found(text)


@pytest.mark.parametrize("text", [
    "The social worker's employer, the council, carried out its own review.",
    "The mother's employer was not told about the assault.",
])
def test_round10_an_unnamed_employer_draws_nothing(text: str) -> None:
    assert names_or_blocks(text) == [] and found(text) == [], found(text)


@pytest.mark.parametrize(("text", "detail"), [
    # a message's sender is still named when a surname, not a trade, follows the given name
    ("She got a voicemail from Harvey Lomax late that night.", "Harvey Lomax"),
    ("A text from Chester Banks told her where to wait.", "Chester Banks"),
    ("She got a call from Lee at two in the morning.", "Lee"),
    # a business by its trade is still a workplace where someone worked
    ("Her stepfather worked at Kemble Motors until the arrest.", "Kemble Motors"),
])
def test_round10_senders_beside_trades_are_found(text: str, detail: str) -> None:
    assert covered(text, detail), found(text)


@pytest.mark.parametrize("text", [
    # a capitalised name before a trade's or a venue's word is a business, not a sender
    "She had a call from Chester Zoo about a work placement.",
    "A text from Harvey Dental reminded the mother of the appointment.",
    "The father had a voicemail from Lincoln Motors about the car.",
    "She got a message from Ellis Vets about the dog's injections.",
    "A call from Preston Jobcentre was missed the same week.",
    "A text from Morgan Lettings asked about the arrears.",
])
def test_round10_trades_after_a_name_draw_nothing(text: str) -> None:
    assert names_or_blocks(text) == [] and found(text) == [], found(text)


@pytest.mark.parametrize(("text", "detail"), [
    # a street named "Bank" is still where someone lived or went
    ("The family lived at 7 Tanner Bank for a year.", "Tanner Bank"),
    ("He was seen walking from Tanner Bank towards the river.", "Tanner Bank"),
])
def test_round10_a_bank_street_is_found(text: str, detail: str) -> None:
    assert covered(text, detail), found(text)


@pytest.mark.parametrize("text", [
    # a message from a bank named after a town is the bank's, not a street nor a town
    "The mother got a text from Northgate Bank about the overdraft.",
    "She had a call from Halifax Bank about the missed payments.",
    "A voicemail from Yorkshire Bank asked her to ring back.",
])
def test_round10_a_message_from_a_bank_draws_nothing(text: str) -> None:
    assert names_or_blocks(text) == [] and found(text) == [], found(text)
