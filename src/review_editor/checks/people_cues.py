"""Context cues for people named in text (C1.1), kept apart from the logic in ``people.py``:
what before or after a capitalised name makes it someone in the case ("Our Kayden", "Freya
9,", "née Burke", "Lee's story") or a professional, an author or no person ("Munro (2011)",
"Mrs Patel presented the findings", "Clare's Law")."""

from __future__ import annotations

import re

#: "Love, Nan x": a letter's closing, not a name.
VALEDICTIONS = frozenset({"Love", "Thanks", "Regards", "Cheers", "Yours", "Best", "Lots"})
#: "a shift manager at KFC in Larne": a town after "in", not the manager's name.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|to)\s+\Z")


def locative_before(text: str, start: int, end: int) -> bool:
    """Whether a place's preposition ends ``text[start:end]``; a message's "from" ("Text
    from Brooke") is its sender's."""
    return _LOCATIVE_BEFORE.search(text, start, end) is not None \
        and MESSAGE_FROM.search(text, max(0, end - 20), end) is None
#: "me and Lewis went": someone in the company of a child or parent quoted.
COMPANION_BEFORE = re.compile(r"\b[Mm]e and\s+\Z")
#: "Tracey Hall (née Burke)": a name before marriage.
MAIDEN_BEFORE = re.compile(r"\b(?:née|nee|formerly|born|maiden name(?:,| was| of)?)\s+\Z",
                           re.IGNORECASE)
#: "Lee's story", "Kayla's wishes": something only a person has.
PERSON_POSSESSIVE = re.compile(
    r"\A['’]s\s+(?:own\s+)?(?:story|account|voice|life|views|wishes|feelings|experience|"
    r"experiences|words|journey|birthday|memory|diary|bedroom|mum|dad|nan|grave|records|"
    r"attendance|behaviour|injuries|bruises|weight|needs|school|nursery|GP|teacher|"
    r"social worker|health visitor|foster carers?|placement)\b", re.IGNORECASE)
#: "A relative known as Bubbles": someone's everyday-word name.
KNOWN_AS_PERSON = re.compile(
    r"\b(?:relative|friend|man|woman|boy|girl|lad|someone|person|uncle|aunt|cousin|neighbour|"
    r"partner|boyfriend|girlfriend|associate|male|female|youth|adult)\s+(?:known as|called|"
    r"named|nicknamed)\s+[\"“‘']?\Z", re.IGNORECASE)
#: "Ffion Price and her team at Ceredigion Council": a professional's team.
TEAM_AFTER = re.compile(r"\A\s+and\s+(?:his|her|their)\s+(?:team|colleagues|staff)\b")
#: "Our Kayden was a lovely lad": a relative as families speak of them.
OUR_BEFORE = re.compile(r"\b[Oo]ur\s+\Z")
OUR_AFTER = re.compile(r"\A(?:['’]s\b|\s*[,.;!?\"”’]|\s+(?:was|is|had|has|would|used|never|"
                        r"always|did|were|loved|went|could|just|still|wouldn['’]t|didn['’]t|"
                        r"couldn['’]t|wasn['’]t|won['’]t)\b)")
#: "Freya 9, Oscar 6 and Lily 18 months": a given name set beside an age.
AGE_NEXT = re.compile(r"\A\s+(?:1[01]\d|\d{1,2})(?:\s+(?:months?|years?|weeks?))?"
                       r"(?=\s*(?:,|;|\)|\.(?!\d)|and\b|\Z))")
#: "Tayler, aged 13,", "Brooklyn, then aged four": an age set beside a name not in the list.
AGED_AFTER = re.compile(
    r"\A\s*(?:,|\()\s*(?:then\s+|now\s+)?aged\s+(?:\d{1,2}|[a-z]+(?:teen|ty)?\b)")
#: "When Mason was in Reception", "Sienna played netball", "Hunter started at": a given name
#: that is also a word ("mason", "sienna"), taken as a name only when a child's doing follows.
SINGLE_NAME_ACTS = re.compile(
    r"\A(?:\s+(?:had|has|would|did not|didn['’]t|never|then|later|also|still|often))?\s+"
    r"(?:told|said|says|disclosed|explained|asked|played|plays|joined|started|stopped|moved|"
    r"walked|ran|went|lived|stayed|attended|cried|refused|wanted|wants|missed|left|loved|"
    r"loves|liked|likes|hid|was\s+(?:in|at|seen|found|taken|born|living|staying|excluded|"
    r"placed|moved|missing|upset|scared|frightened|crying|aged|only)|is\s+(?:in|at|aged|now|"
    r"living|staying|placed|missing)|had\s+(?:stopped|started|been|gone|moved|left|told|"
    r"said|missed))\b")
#: "recorded that Lee was working", "told the nurse that Ruby has": a given name that is also
#: a word, as the one a report or a telling is about.
THAT_BEFORE = re.compile(r"\bthat\s+\Z")
REPORTED_ACTS = re.compile(
    r"\A\s+(?:(?:often|always|never|usually|sometimes|still|then|had|has|was|is|would|could|"
    r"did not|didn['’]t)\s+)?(?:was|is|had|has|would|could|came|went|wanted|needed|seemed|"
    r"felt|showed|lived|stayed|slept|ate|cried|wet|soiled|hid|ran|[a-z]+ed)\b")
#: "recorded that Lee was working": what only a person is doing, after a name that is also a
#: place ("agreed that Reading was a fair comparison" is the town).
PERSONS_DOING = re.compile(
    r"\A\s+(?:was|is|had been|has been)\s+(?:working|sleeping|drinking|smoking|crying|"
    r"self-harming|pregnant|staying with|living with|using|selling|dealing|missing school|"
    r"frightened|scared)\b")


#: "Text from Brooke:", "a call from Lee": a message's sender, though her name is a place's.
MESSAGE_FROM = re.compile(r"\b(?:[Tt]ext|[Mm]essage|[Cc]all|[Vv]oicemail|DM|[Ss]nap)s?\s+from\s+\Z")


def reported_about(before: str, after: str, a_place: bool) -> bool:
    """A given name after "that", before what is reported of it; one that is also a place
    ``a_place`` only before what only a person does, or as a message's sender."""
    if a_place and MESSAGE_FROM.search(before) is not None:
        return True
    acts = PERSONS_DOING if a_place else REPORTED_ACTS
    return THAT_BEFORE.search(before) is not None and acts.match(after) is not None


#: "Bailey told his teacher": a sentence's first word is a name only before a telling verb
#: (or before what only a person does, below).
SINGLE_NAME_TELLS = re.compile(r"\A\s+(?:told|said|says|tells|disclosed|explained|asked)\b")
#: "Precious missed", "Blessing arrived", "Sienna played netball": what a child does, after a
#: given name that is also a word opening a sentence.
_CHILD_DOINGS = (
    r"missed|went missing|ran away|played\s+(?:for|with|outside|football|netball|rugby|"
    r"cricket|hockey|truant)|stopped\s+(?:going|attending|eating|talking|speaking|engaging)|"
    r"started\s+(?:school|nursery|college|attending|Year)|"
    r"(?:was|had been)\s+(?:not\s+)?seen\s+(?:by|at|in|with|alone)|"
    r"was\s+(?:excluded|placed|born|taken into|reported missing)")
SINGLE_NAME_STARTS = re.compile(
    rf"\A\s+(?:arrived|presented|refused|attended|was known to|{_CHILD_DOINGS}|"
    rf"moved\s+(?:from|to|in|out|back|schools?|house|home|placements?))\b")
#: The same for a word no dictionary holds ("Teigan stopped attending"); "Serco refused" and
#: "Capita attended" are firms.
UNKNOWN_NAME_STARTS = re.compile(rf"\A\s+(?:{_CHILD_DOINGS})\b")
#: "Kerry fled", "Mason was six weeks old", "Amber (15)", "Brandon (Year 9)": what no town or
#: council does or has, so a sentence's first word is a name before it even when a town has
#: the name too.
SINGLE_NAME_LIVES = re.compile(
    r"\A(?:\s*\((?:aged\s+)?\d{1,2}\)|\s*\((?:Year|Yr|P|S)\s?\d{1,2}\)|"
    r"\s*,\s*(?:aged\s+)?\d{1,2}\s*,|"
    r"\s*,\s*as\s+(?:she|he|they)\s+(?:signed|called|named|styled)\b|"
    r"\s+(?:was|is)\s+in\s+(?:[A-Z][a-z]+\s+)?(?:House|Year|Class|Form|Reception|Nursery)\b|"
    r"\s+(?:told|tells)\s+(?:her|his|their)\s+(?:mum|mother|dad|father|nan|gran|teacher|"
    r"friend|sister|brother|aunt|auntie|foster)|"
    r"\s+(?:fled|died|cried|screamed|absconded|self-harmed|overdosed|wept|texted|confided|"
    r"(?:was|had been|has been)\s+(?:stabbed|assaulted|arrested|killed|murdered|groomed|raped|"
    r"exploited|abused|bullied|adopted|fostered|sentenced|convicted|charged|cautioned|"
    r"remanded|excluded|reported missing)\b|"
    r"(?:was|is)\s+(?:(?:only|just|then|"
    r"now)\s+)?(?:aged\b|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen)\s+(?:years?|months?|weeks?|days?)(?:[- ]old\b|\s+of age\b))|"
    r"turn(?:ed|s)\s+(?:\d{1,2}|[a-z]+teen)\b))")
#: ", the ward sister", "charge nurse": a nurse's rank, not a relative ("Sister Mary Flanagan,
#: the ward sister on the night").
NURSING_SISTER = re.compile(r"\b(?:ward|nursing|charge|night|theatre|senior|junior|clinical|"
                            r"duty)\s+sisters?\b", re.IGNORECASE)
#: "Hi Sarah," / "Dear Jo,": a greeting at the start of a quoted message.
GREETING_BEFORE = re.compile(r"(?:^|[\"“‘'(]\s*)(?:Hi|Hello|Hiya|Dear|Morning|Good morning|"
                             r"Afternoon|Good afternoon|Evening)\s+\Z", re.MULTILINE)
#: A message that speaks of the family in the third person ("Ms Okafor's name", "Child Q's
#: mum", "the children") is between professionals; "your son" speaks to the family.
THIRD_PERSON_FAMILY = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][\w'’-]+|(?:Child|Adult|Baby) [A-Z]\b|(?:the|his|her|"
    r"their) (?:mum|mother|dad|father|family|children|child|boy|girl|baby|tenant|parents|"
    r"grandmother|grandparents|carer))")
SECOND_PERSON_FAMILY = re.compile(
    r"\byour (?:son|daughter|child|children|baby|family|boy|girl|grandson|granddaughter)\b",
    re.IGNORECASE)
#: "Through the interpreter, Ms Demir, the father told the panel": after a professional who
#: opens the sentence, a family word that goes on as the clause's subject ("the father told")
#: is not set beside the name; the name is the professional's.
FAMILY_SUBJECT_AFTER = re.compile(
    r"\A\s*,\s*(?:the|his|her|their)\s+(?:[\w'’-]+\s+)?(?:mother|father|mum|dad|parents?|"
    r"grandmother|grandfather|grandparents|aunt|uncle|stepfather|stepmother|sister|brother|"
    r"son|daughter|family|wife|husband|partner)\s+(?:said|told|explained|described|asked|"
    r"confirmed|reported|shared|spoke|recalled|added|agreed|felt|thought|had|was|were|did|"
    r"could|would|[a-z]+ed)\b", re.IGNORECASE)
#: "Jade R was…": a given name with its surname's initial.
SURNAME_INITIAL_AFTER = re.compile(r"\A\s+(?![AI]\b)[A-Z]\.?(?![\w'’&-])")
#: "saw Willow outside", "look after Ruby", "tell Kyle": someone spoken to or seen.
SINGLE_NAME_BEFORE = re.compile(
    r"\b(?:saw|seen|see|tell|told|ask|asked|look after|looks after|looking after|looked after|"
    r"visited|met|describe|describes|described|texted|messaged|phoned|rang|"
    r"(?:[Tt]ext|[Mm]essage|[Cc]all|[Vv]oicemail|"
    r"[Ee]mail|[Ll]etter|[Nn]ote|DM|[Ss]nap)s?\s+from)\s+\Z")
#: "Jan 2022:", "3 Jan": a month's short form ("Jan" is a given name too) beside a year or day.
SHORT_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
SHORT_MONTH_AFTER = re.compile(r"\.?\s+(?:\d{4}|\d{2})\b")
SHORT_MONTH_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+\Z")
#: "14/03/2019 – Kai …", "June 2020 — Ruby started": a chronology line's date before a name.
CHRONOLOGY_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
                               r"(?:\s+\d{1,2}[:.]?\d{2}(?:\s*(?:hrs|am|pm))?)?\s*[–—:-]\s*\Z")
#: "Munro (2011)", "Eileen Munro argued in 2011": an author cited for a work.
CITED_AFTER = re.compile(
    r"\A(?:['’]s)?\s+(?:argued|wrote|found|concluded|observed|noted|warned|recommended|showed|"
    r"reported|called for|identified)\s+(?:in\s+)?\(?(?:19|20)\d\d\b")
#: "Munro (2011)", "Brandon et al. (2008)": a surname cited with a year ("Anne (2022)", a
#: given name, is how listings name a review's subject).
CITED_YEAR_AFTER = re.compile(r"\A(?:\s+et al\.?)?\s+\((?:19|20)\d\d[a-z]?\)")
#: Kinds of pet, the dogs' by breed too ("a Staffy called Diesel").
_PET_KINDS = ("dog|puppy|puppies|cat|kitten|pony|horse|rabbit|hamster|guinea pig|snake|python|"
              "lizard|parrot|budgie|ferret|pet|bulldog|terrier|spaniel|collie|staffy|staffie|"
              "bully|husky|lurcher|labrador|rottweiler|alsatian|shepherd|chihuahua|pug|cockapoo|"
              "poodle|greyhound|whippet|mastiff")
#: "the family's dog, Max", "a cat called Bella": a pet named after its kind.
PET_BEFORE = re.compile(rf"\b(?:{_PET_KINDS})s?\s*(?:,|called|named|\()\s*\Z", re.IGNORECASE)
#: "Storm, the family's Staffordshire bull terrier": a pet's name with its kind set beside it.
PET_AFTER = re.compile(
    rf"\A\s*,\s*(?:the|a|an|his|her|their|our|\w+['’]s)\s+(?:\w+['’]s\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_PET_KINDS})s?\b", re.IGNORECASE)
#: "their dog Bruiser", "the family's cat Misty": a pet's kind after its owner, then its name.
PET_OWNED_BEFORE = re.compile(
    rf"\b(?:his|her|their|our|\w+['’]s)\s+(?:\w+\s+)?(?:{_PET_KINDS})\s+\Z", re.IGNORECASE)
#: The last words of dog breeds written like names ("German Shepherd", "Jack Russell").
DOG_BREED_WORDS = frozenset(
    "Shepherd Terrier Spaniel Collie Bulldog Retriever Russell Labrador Rottweiler Mastiff "
    "Husky Poodle Dachshund Pointer Setter Whippet Greyhound Lurcher Akita Doberman".split())
#: "Clare's Law", "Sarah's Law", "Gilbert's syndrome": a law, a scheme or a condition named
#: after someone, not the person.
NAMED_LAW_AFTER = re.compile(r"\A['’]s?\s+(?:Law|[Ss]yndrome|[Dd]isease|[Pp]alsy)\b")
#: Organisation words that are also surnames: "Tracey Hall", "Dean Church".
SURNAME_WORDS = frozenset(
    "Hall House Church Chapel Court Field Green Lane Wood Hill Street Bank Park Mill Bridge "
    "Castle Cross Temple Abbey Tower Wells Lodge".split())
#: "Mrs Patel presented the findings", "Ms Shah and Mr O'Connell represented education":
#: someone doing a professional's part in the review.
DEED_AFTER = re.compile(
    r"\A(?:\s+and\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+"
    r"(?:(?:presented|introduced)\s+(?:the|her|his|their|its)\s+(?:\w+\s+)?(?:findings|report|"
    r"review|recommendations|learning|briefing|action plan)|represented\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:education|health|housing|police|policing|probation|social care|"
    r"children['’]s services|council|trust|board|panel|partnership|local authority|agency|"
    r"agencies)\b)")

#: "known as Bobby", "a friend called Hope": someone named.
NAMED_BEFORE = re.compile(r"\b(?:known as|called|named|nicknamed|call(?:s|ed|ing)? (?:her|him)self|"
                          r"(?:named|identified|recorded|listed) as|gave (?:his|her|their) "
                          r"names? as)\s+\Z", re.IGNORECASE)
QUOTE = "[\"“‘']"
#: "Liam, 17, from Workington": an age set off after a name.
PRESS_AGE_AFTER = re.compile(r"\A\s*,\s*\d{1,2}\s*,")
#: "J. Sutcliffe", "A.J. Moss": initials before a surname.
INITIAL_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,2}\Z")
#: A name given as a nickname: an everyday word counts here too ("nicknamed Tank").
NICKNAME_BEFORE = re.compile(
    rf"\b(?:nicknamed|aka|a\.k\.a\.?|alias|nickname(?: was| of| (?:at|in|on) [\w ]{{1,20}}?,)?|"
    rf"(?:street|gang|road) name(?: was| is)?|"
    rf"(?:went|goes|go|going) by(?: the name(?: of)?)?|"
    rf"known to (?:his|her|their|the) [\w ]{{1,30}}?as|"
    rf"(?:knew|know|knows)(?: \w+){{0,5}}? as|known (?:\w+ ){{0,3}}?as(?= {QUOTE})|"
    rf"refer(?:s|red|ring)? to (?:him|her|them|the (?:\w+ ){{1,2}}?)(?:only )?as|"
    rf"\bto (?:his|her|their) \w+ as(?= {QUOTE})|"
    rf"(?:he|she|they|who) (?:was|were|is|are) (?:\w+ )?known as|"
    rf"call(?:s|ed|ing)? (?:him|her|them)sel(?:f|ves)|(?:called|calls|"
    rf"call|calling) (?:him|her|them|the (?:baby|child|boy|girl|toddler|twins)))\s+{QUOTE}?\Z",
    re.IGNORECASE)
#: How every ``NICKNAME_BEFORE`` match's words end (in lower case), before the white space
#: and the opening quote that follow them: "nicknamed", "a.k.a.", "went by the name of",
#: "known to the family as", "called herself", "calls the baby".
_NICKNAME_CUE_ENDS = (
    "nicknamed", "aka", "a.k.a", "a.k.a.", "alias", "nickname", "was", "of", ",", "name", "is",
    "by", "as", "self", "selves", "him", "her", "them", "baby", "child", "boy", "girl",
    "toddler", "twins")
_QUOTES = frozenset("\"“‘'")


def may_be_nicknamed(before: str) -> bool:
    """False only when neither ``NICKNAME_BEFORE`` nor ``QUOTED_NAME_BEFORE`` can match
    ``before``: the last words are read first, as most names follow no nickname's cue."""
    if before[-1:] in _QUOTES:
        return True  # "called 'Smudge'"
    if not before[-1:].isspace():
        return False  # each ends in white space, or in white space and a quote
    last = before.rstrip()[-max(map(len, _NICKNAME_CUE_ENDS)):]
    return not last.isascii() or last.lower().endswith(_NICKNAME_CUE_ENDS)


#: "He called her Princess in front of us": a word of endearment someone was called by, which
#: names no one ("Princess, as her mother always called her" is still a name).
ENDEARMENTS = frozenset(
    "Princess Angel Babe Baby Darling Sweetheart Sweetie Gorgeous Beautiful Honey Pet Love Duck "
    "Hen Petal Treacle Flower Doll Sunshine Handsome Champ Mate Sweetpea Cupcake".split())
CALLED_BEFORE = re.compile(r"\bcall(?:ed|s|ing)?\s+(?:her|him|them|me)\s+[\"“‘']?\Z",
                           re.IGNORECASE)
QUOTED_NAME_BEFORE = re.compile(rf"\b(?:known as|called|named)\s+{QUOTE}\Z", re.IGNORECASE)
#: The review's own name for a subject: "the review calls her 'Ellie'", "Sam (not his real
#: name)", "Jo, a pseudonym".
PSEUDONYM_BEFORE = re.compile(
    rf"\b(?:review|report|reviewer|panel|author|we)s?\s+(?:will\s+|has\s+|have\s+)?"
    rf"(?:calls?|called|refers? to|referred to|names?|named)\s+(?:him|her|them|the [\w ]{{1,30}}?)"
    rf"?\s*(?:as\s+)?{QUOTE}?\Z|\bpseudonym(?:s)?\s*(?:of\s+|is\s+|:\s*)?{QUOTE}?\Z",
    re.IGNORECASE)
PSEUDONYM_AFTER = re.compile(
    rf"\A{QUOTE}?\s*(?:,|\(|–)?\s*(?:a|the|which is a|is a)?\s*(?:pseudonym|name chosen|"
    rf"not (?:his|her|their) real name)", re.IGNORECASE)
#: A rank written in capitals before a name: "PC Aled Rhys", "DS Karen Platt".
RANK_BEFORE = re.compile(r"\b(?:PC|DC|DS|DI|DCI|DCS|DSU|PCSO|ACC|DCC|HHJ|Cllr|Sgt|Insp|Supt)"
                         r"\.?\s+(?:\d{1,5}\s+)?\Z")  # "PC 2210 Ahmed": a collar number
#: "a large German Shepherd", "their Jack Russell": a dog's breed, not a person.
A_BREED_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|our|its|large|small|big|young|old|pet|family['’]s)\s+"
    r"(?:(?:large|small|big|young|old|male|female|black|white|brown|tan)\s+)?\Z", re.IGNORECASE)
#: "Amanda Lowe from Barnardo's said", "Jenny Park (NSPCC)": someone speaking for a body.
FROM_BODY = re.compile(
    r"\A\s*(?:\(|,?\s+(?:from|of|at)\s+(?:the\s+)?)(?P<body>(?:[A-Z][\w'’&-]*|of|for|and)"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the)){0,6})\s*(?:\)|,|\s+(?:said|told|explained|"
    r"presented|welcomed|added|spoke|led|chaired|wrote|gave|described|set out))")


def greets_a_colleague(text: str, s_start: int, s_end: int, start: int, end: int) -> bool:
    """"Hi Sarah, the tenancy is in Ms Okafor's name": a first name greeted in a message that
    speaks of the family in the third person is a colleague's; "Hi Stacey, the repairs…" or
    "Dear Jo, your son…" may well be the family's own."""
    if not GREETING_BEFORE.search(text, max(s_start, start - 16), start):
        return False
    rest = text[end:s_end]
    return bool(THIRD_PERSON_FAMILY.search(rest)) and not SECOND_PERSON_FAMILY.search(rest)
