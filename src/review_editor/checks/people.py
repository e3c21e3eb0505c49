"""People named in text, found by context rather than by capitals alone (C1.1, C1.11).

A run of capitalised words is a person's name when its context says so: a family role beside it
("his older sister, Kayla", "Joanne Pike, the girl's aunt"), a plain title ("Mr Fairbrother"),
something only people do ("told the review", "Kayla's mother"), or a known given name. It is a
professional's when a professional title, post-nominals or a professional role stands beside it
("Dr Helen Marsh, the independent reviewer"), or when it is cited for a work ("Munro's 2011
review"). A family role always wins over a title: "Mr BB, the child's father" is a relative.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from . import spelling
from .community import LANGUAGE_WORDS, PEOPLES_WORDS
from .language import matches_at
from .name_runs import (
    _CALENDAR,
    _FAMILY_TITLE,
    _ORGANISATION,
    _PARTICLE,
    _PLAIN,
    _PROFESSIONAL_TITLE,
    _STRONG_ORGANISATION,
    _TITLES,
    _TOKEN,
    Verdict,
    _bare,
    _common,
    _everyday,
    _everyday_opener,
    _is_first_name,
    run_verdict,
)
from .people_context import (
    _AFTER_A_DASH,
    _CLOSING_QUOTES,
    _FAMILY_AFTER,
    _FAMILY_BEFORE,
    _FAMILY_ENDS,
    _FAMILY_FRIEND,
    _FAMILY_POSSESSIVE,
    _FAMILY_PREDICATE,
    _KNOWN_AS_FAMILY,
    _LIST_JOIN,
    _LOWER,
    _OPENING_QUOTES,
    _PERSON_AFTER,
    _PERSON_BEFORE,
    _PLAIN_BEFORE_INITIALS,
    _POST_NOMINAL,
    _PREFIX,
    _PROFESSIONAL_AFTER,
    _PROFESSIONAL_BEFORE,
    _PROFESSIONAL_WHO,
    _ROLE_BESIDE,
    _ROLE_IN_BRACKETS,
    _ROLE_LINE,
    _SYSTEM_OR_LANGUAGE_AFTER,
    _THROUGH_A_PROFESSIONAL,
    _WORK_POSSESSIVE,
    _alternatives,
    _family_word_before,
    _holds,
)
from .people_cues import (
    A_BREED_BEFORE,
    AGE_NEXT,
    AGED_AFTER,
    CALLED_BEFORE,
    CHRONOLOGY_BEFORE,
    CITED_AFTER,
    CITED_YEAR_AFTER,
    COMPANION_BEFORE,
    DEED_AFTER,
    DOG_BREED_WORDS,
    ENDEARMENTS,
    FAMILY_SUBJECT_AFTER,
    FROM_BODY,
    INITIAL_BEFORE,
    KNOWN_AS_PERSON,
    MAIDEN_BEFORE,
    NAMED_BEFORE,
    NAMED_LAW_AFTER,
    NICKNAME_BEFORE,
    NURSING_SISTER,
    OUR_AFTER,
    OUR_BEFORE,
    PERSON_POSSESSIVE,
    PET_AFTER,
    PET_BEFORE,
    PET_OWNED_BEFORE,
    PRESS_AGE_AFTER,
    PSEUDONYM_AFTER,
    PSEUDONYM_BEFORE,
    QUOTED_NAME_BEFORE,
    RANK_BEFORE,
    SHORT_MONTH_AFTER,
    SHORT_MONTH_BEFORE,
    SHORT_MONTHS,
    SINGLE_NAME_ACTS,
    SINGLE_NAME_BEFORE,
    SINGLE_NAME_LIVES,
    SINGLE_NAME_STARTS,
    SINGLE_NAME_TELLS,
    SURNAME_INITIAL_AFTER,
    SURNAME_WORDS,
    TEAM_AFTER,
    UNKNOWN_NAME_STARTS,
    VALEDICTIONS,
    greets_a_colleague,
    locative_before,
    may_be_nicknamed,
    reported_about,
)
from .people_words import (
    AREAS,
    NATIONAL_BODIES,
    ORGANISATION_WORDS,
)
from .sentence_index import SentenceIndex
from .vehicles import is_vehicle

Kind = Literal["family", "person", "professional"]


@dataclass(frozen=True)
class PersonName:
    start: int
    end: int
    kind: Kind  # family: a subject's relative or circle; person: someone; professional


#: A run of capitalised words (titles included), and "Sonia and Vik Mehra". Its words' letters
#: and hyphenated parts are taken whole (possessive, twice as fast as ``_WORD``'s): what may
#: follow them in a match (a space, a hyphen, an apostrophe or no word character) is never a
#: lower-case letter nor a hyphen after a hyphenated part, so giving any back could never
#: let a match succeed.
_RUN_WORD = rf"{_PREFIX}(?:Mc|Mac)?[A-Z][{_LOWER}]++(?:-[A-Z]?+[{_LOWER}]++)*+(?:['’]s)?"
_RUN = re.compile(
    rf"(?<![\w-])(?<!\w['’])"
    rf"(?:{_RUN_WORD}[ ]and[ ]{_RUN_WORD}(?:[ ]{_RUN_WORD}){{1,2}}(?![ ]{_RUN_WORD})|"
    rf"{_RUN_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_RUN_WORD}){{0,5}})(?![\w-])")

#: Where a run may start: a capital after no word character or hyphen, nor after a word's
#: apostrophe ("O'Neill" starts at the O); after an opening quote it may ("'Mikey hated…").
_NAME_CAPITAL = re.compile(r"[A-Z](?<![\w-][A-Z])(?<!\w['’][A-Z])")


#: "Summer arrived": a season, though "Summer" is a given name too.
_SEASONS = frozenset({"Spring", "Summer", "Autumn", "Winter"})
_KIN_TITLES = _FAMILY_TITLE | {"Baby"}
_AREAS = frozenset(AREAS)
_ORGANISATION_NEXT = re.compile(
    r"\A(?:['’]s)?\s+(?:[A-Z]{2,6}\b|of\s+[A-Z]|(?:and|&)\s+[A-Z]\w+\s+(?:" +
    _alternatives(tuple(w for w in ORGANISATION_WORDS if w[0].isupper())) + r"))")


def opens_with_everyday_word(text: str) -> bool:
    """Whether ``text`` opens with no run of capitalised words, or with one everyday word
    alone ("Section 12", "Text of section 12."): a name is never found there."""
    run = _RUN.match(text)
    return run is None or (" " not in run.group() and _everyday_opener(run.group()))


#: What may stand between a sentence's start and its first name: quotes, brackets, spaces.
_OPENERS = "\"'“‘([ "


def find_people(text: str, start: int, end: int,
                is_place: Callable[[str], bool] = lambda name: False) -> list[PersonName]:
    """People named in ``text[start:end]`` (one sentence), with what their context says."""
    return [p for _, p in people_in(text, SentenceIndex([(start, end)], text), is_place)]


def people_in(text: str, index: SentenceIndex,
              is_place: Callable[[str], bool]) -> list[tuple[int, PersonName]]:
    """(sentence index, person) for the people named in the field's sentences."""
    found: list[tuple[int, PersonName]] = []
    unnamed: re.Match[str] | None = None  # the last run that named no one
    one = index.spans[0] if len(index.spans) == 1 else None  # a field of one sentence
    for match in matches_at(_RUN, text, _NAME_CAPITAL):
        if one is not None:
            if match.start() < one[0] or match.end() > one[1]:
                continue
            at = 0
        else:
            found_at = index.at(match.start(), match.end())
            if found_at is None:
                continue
            at = found_at
        start, end = index.spans[at]
        name = _classify(text, start, end, match, is_place)
        if name is None and found and found[-1][0] == at:
            name = _listed_after(text, found[-1][1], match)  # "Kyle and Reece"
        if name is None:
            unnamed = match
            continue
        if name.kind != "professional" and unnamed is not None:
            before = _given_name_listed_before(text, unnamed, name)  # "Dean and Kelsey Farrow"
            if before is not None and index.at(before.start, before.end) == at:
                found.append((at, before))
        unnamed = None
        if name.kind == "person" and (_listed_with_a_professional(text, found, at, name)
                                      or _signed_with_a_role(text, index, at, name)):
            name = PersonName(name.start, name.end, "professional")
        found.append((at, name))
    return found


_HOUSEHOLD_AFTER = re.compile(
    r"\s+(?:family|families|household|brothers|sisters|twins|children|boys|girls)\b")


_DOUBLE_BARRELLED = re.compile(
    r"(?!(?:Anglo|Austro|Afro|Indo|Sino|Franco|Greco|Italo|Euro|Judeo|Irish|Scots)-)"
    r"[A-Z][a-z]+-[A-Z][a-z]+s")


def _household(text: str, words: list[re.Match[str]], core: list[str], opening: bool) -> bool:
    """A surname naming a household: "the Ridley family", "the Hendersons", "the Kowalskis'",
    or opening a sentence, "O'Driscoll family members" (not a people or faith, and not a
    plural the dictionary knows, such as "the Americans")."""
    first = words[0].start()
    if len(core) != 1:
        return False
    if text[max(0, first - 4):first].lower() != "the ":
        return opening and _HOUSEHOLD_AFTER.match(text, words[-1].end()) is not None \
            and core[0] not in _AREAS and core[0] not in _ORGANISATION \
            and core[0] not in PEOPLES_WORDS and not spelling.is_common_word(core[0]) \
            and not _is_first_name(core[0])
    name = core[0]
    if name in _AREAS or name in _ORGANISATION or name in PEOPLES_WORDS:
        return False
    if _HOUSEHOLD_AFTER.match(text, words[-1].end()):
        return not spelling.is_common_word(name)
    if name.endswith("s") and _DOUBLE_BARRELLED.fullmatch(name):
        return True  # "the Lewis-Barkers", not "the Anglo-Saxons"
    return name.endswith("s") and len(name) > 3 and not spelling.is_known(name) \
        and not spelling.is_common_word(name[:-1]) and name[:-1] not in _AREAS


def _listed_after(text: str, previous: PersonName, match: re.Match[str]) -> PersonName | None:
    """A single name joined to the person before it ("The boys, Kyle and Reece,") is
    that person's kind."""
    if previous.kind == "professional" or not _LIST_JOIN.fullmatch(
            text[previous.end:match.start()]):
        return None
    words = match.group().split()
    if len(words) > 3 or any(w in _ORGANISATION or w in _AREAS for w in words):
        return None
    if any(_common(w) for w in words) and not (
            len(words) == 1 and _is_first_name(words[0]) and " and " in text[
                previous.end:match.start()] and _LIST_ENDS.match(text, match.end())):
        return None  # "Ruby and Rose, were…": a given name that is a word ends the list
    return PersonName(match.start(), match.end(), previous.kind)


_LIST_ENDS = re.compile(r"\s*(?:[,;.)]|\s+(?:were|was|are|is|had|have|both|who|went|said|"
                        r"told|lived|stayed|met|left|became|began|ran|fled|saw|took|came|"
                        r"[a-z]+ed)\b)")


def _given_name_listed_before(text: str, run: re.Match[str],
                              name: PersonName) -> PersonName | None:
    """A given name joined by "and" to the person after it: "Both Dean and Kelsey Farrow"."""
    if text[run.end():name.start] != " and ":
        return None
    last = run.group().split()[-1]
    if not _is_first_name(last) or last in _TITLES:
        return None
    return PersonName(run.end() - len(last), run.end(), name.kind)


def _listed_with_a_professional(text: str, found: list[tuple[int, PersonName]], at: int,
                                name: PersonName) -> bool:
    """"… reviewers Gladys Rhodes-White OBE and Diane Beacroft": one of a list of
    professionals is one too."""
    if not found or found[-1][0] != at or found[-1][1].kind != "professional":
        return False
    between = text[found[-1][1].end:name.start]
    return bool(_LIST_JOIN.fullmatch(between))


def _signed_with_a_role(text: str, index: SentenceIndex, at: int, name: PersonName) -> bool:
    """A name alone on its line, and the next line a role: "Derek Brown" / "Chief
    Executive, The Highland Council"."""
    start, end = index.spans[at]
    if (name.start, name.end) != (start, end) or at + 1 >= len(index.spans):
        return False
    following = text[index.spans[at + 1][0]:index.spans[at + 1][1]]
    return bool(_ROLE_LINE.match(following))




def _of_an_organisation(after: str) -> bool:
    match = FROM_BODY.match(after)
    if match is None:
        return False
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in match.group("body").split()]
    return any(w in _ORGANISATION or w in NATIONAL_BODIES or (w.isupper() and len(w) >= 2)
               for w in words) or match.group("body") in NATIONAL_BODIES


def _known_as_person(text: str, start: int, end: int) -> bool:
    """"A relative known as Bubbles"; the words are looked for before the pattern runs."""
    before = text[start:end]
    return ("as " in before or "called " in before or "named " in before) \
        and KNOWN_AS_PERSON.search(before) is not None


def _nicknamed(before: str) -> bool:
    return may_be_nicknamed(before) and bool(
        NICKNAME_BEFORE.search(before) or QUOTED_NAME_BEFORE.search(before)) \
        and not PSEUDONYM_BEFORE.search(before)


def _acts_as_a_child(text: str, s_start: int, start: int, after: str, sentence_start: bool,
                     is_place: Callable[[str], bool], word: str) -> bool:
    """A given name that is also a word ("Mason", "Summer", "Grace") names someone when a
    person's doing follows it or a seeing or telling comes before it; never after "the"."""
    if sentence_start and SINGLE_NAME_LIVES.match(after):
        return word not in _AREAS
    if word in _AREAS or is_place(word):  # "that Lee was working": no place works
        return word not in _AREAS and reported_about(
            text[max(s_start, start - 14):start], after, a_place=True)
    if sentence_start:
        return SINGLE_NAME_TELLS.match(after) is not None or (
            SINGLE_NAME_STARTS.match(after) is not None and word not in _SEASONS)
    before = text[max(s_start, start - 14):start]
    if before.endswith(("the ", "The ", "a ", "A ", "of ")):
        return False
    return SINGLE_NAME_ACTS.match(after) is not None \
        or SINGLE_NAME_BEFORE.search(before) is not None \
        or (reported_about(before, after, a_place=False) and word not in _SEASONS)


def _classify(text: str, s_start: int, s_end: int, match: re.Match[str],
              is_place: Callable[[str], bool]) -> PersonName | None:
    run_start = match.start()
    sentence_start = run_start == s_start or (
        text[run_start - 1] in _OPENERS and not text[s_start:run_start].strip(_OPENERS))
    if sentence_start and " " not in match.group() and _everyday_opener(match.group()):
        # a sentence's everyday first word, the common case: a run without a space is one
        # word, the token it holds
        return None
    verdict = run_verdict(match.group(), sentence_start)
    if verdict is Verdict.NO_ONE or (verdict is Verdict.NO_ONE_UNLESS_NICKNAMED and not (
            _nicknamed(text[max(s_start, run_start - 80):run_start])
            or _known_as_person(text, max(s_start, run_start - 60), run_start))):
        return None  # "The Board", "Fenmoor Borough Council's": no one, by its words
    words = list(_TOKEN.finditer(text, run_start, match.end()))
    titles: list[str] = []
    # A title inside the run makes what precedes it part of the title ("Public Safety Minister
    # Edwin Poots", "Detective Chief Inspector Paula Grant")
    title_at = [i for i, w in enumerate(words[:-1]) if _bare(w.group()) in _PROFESSIONAL_TITLE]
    if title_at:
        titles += [_bare(w.group()) for w in words[:title_at[-1] + 1]]
        words = words[title_at[-1] + 1:]
    # Peel titles and sentence-initial everyday words off the front
    while words:
        word = _bare(words[0].group())
        if word.startswith("Great-") and word.removeprefix("Great-") in _FAMILY_TITLE:
            word = word.removeprefix("Great-")  # "Great-Grandma Jean"
        if word in _PLAIN or word in _PROFESSIONAL_TITLE or word in _FAMILY_TITLE or (
                word == "Baby" and len(words) > 1 and _is_first_name(words[1].group())):
            titles.append(word)  # "Baby Rhiannon": how a family names its baby
            words.pop(0)
            continue
        if word == "and" or (words[0].start() == match.start() and sentence_start
                             and _everyday(word)) or (
                len(words) > 1 and word in _CALENDAR and SHORT_MONTH_BEFORE.search(
                    text, max(s_start, words[0].start() - 6), words[0].start())):
            words.pop(0)  # "On 3rd May Kelsey was seen": the date's month is no one's name
            continue
        break
    if not words:  # "a horse called Major": a title alone after a pet's kind is its name
        return PersonName(run_start, match.end(), "family") if len(titles) == 1 and \
            PET_BEFORE.search(text, max(s_start, run_start - 30), run_start) else None
    core = [_bare(w.group()) for w in words if w.group() != "and"]
    if all(w in _CALENDAR for w in core) or (
            not titles and is_vehicle(text, words[0].start(), words[-1].end())):
        return None  # "Jan", "a silver Vauxhall Corsa": a month or a car, no one's name
    if len(core) == 1 and core[0] in SHORT_MONTHS and (
            SHORT_MONTH_AFTER.match(text, words[0].end())
            or SHORT_MONTH_BEFORE.search(text, max(s_start, words[0].start() - 6),
                                         words[0].start())):
        return None  # "Jan 2022:", "3 Jan": a month, not the given name
    if len(core) == 1 and core[0] in PEOPLES_WORDS and not titles:
        return None  # "went to Irish dancing", "whose mother was Somali": a people, no name
    if not titles and " ".join(core) in NATIONAL_BODIES:
        return None  # "the Lucy Faithfull approach", "Marie Curie nurses": a charity
    if not titles and not words[-1].group().endswith(("'s", "’s")) \
            and _SYSTEM_OR_LANGUAGE_AFTER.match(text, words[-1].end()):
        return None  # "Athena record 22/41963", "a Kurdish Sorani interpreter"
    endonym = _AFTER_A_DASH.search(text, max(s_start, run_start - 24), run_start)
    if endonym is not None and endonym.group("language") in LANGUAGE_WORDS:
        return None  # "Romanian — Română": a language's own name in a list of languages
    if run_start > s_start and text[run_start - 1] in _OPENING_QUOTES \
            and text[words[-1].end():words[-1].end() + 1] in _CLOSING_QUOTES \
            and len(core) == 1 and not titles \
            and not _nicknamed(text[max(s_start, run_start - 80):run_start]) \
            and not _family_word_before(text, max(s_start, run_start - 60), run_start):
        return None  # "the death of 'Alina'": the review's own name for someone, in quotes
    if NAMED_LAW_AFTER.match(text[words[-1].end() - 2:words[-1].end() + 12]):
        return None  # "Clare's Law", "Sarah's Law": a law named after someone
    if sentence_start and len(core) == 1 and core[0] in VALEDICTIONS:
        return None  # "Love, Nan x": a letter's closing
    if len(core) <= 2 and not titles and _is_first_name(core[0]) and COMPANION_BEFORE.search(
            text, max(s_start, run_start - 10), run_start):
        return PersonName(words[0].start(), words[-1].end(), "person")  # "me and Lewis went"
    if not titles and locative_before(text, max(s_start, run_start - 8), run_start) \
            and is_place(" ".join(core)):
        return None  # "a shift manager at KFC in Larne": a town, not the manager
    if not titles and not sentence_start and len(core) <= 2 and (_nicknamed(
            text[max(s_start, match.start() - 80):match.start()]) or _known_as_person(
            text, max(s_start, match.start() - 60), match.start())) and not PSEUDONYM_AFTER.match(
            text[words[-1].end():words[-1].end() + 40]):  # "called 'Orla' (not her real name)"
        if len(core) == 1 and core[0] in ENDEARMENTS and CALLED_BEFORE.search(
                text, max(s_start, match.start() - 20), match.start()):
            return None  # "he called her Princess": a word of endearment
        end = words[-1].end() - (2 if words[-1].group().endswith(("'s", "’s")) else 0)
        return PersonName(words[0].start(), end, "person")  # "nicknamed Tank", "'Smudge'"
    if not titles and all(_everyday(w) for w in core):
        if not sentence_start and len(core) == 1 and (_family_word_before(
                text, max(s_start, match.start() - 60), match.start()) or PET_BEFORE.search(
                text, max(s_start, match.start() - 30), match.start())
                or PET_OWNED_BEFORE.search(text, max(s_start, match.start() - 40), match.start())
                or PET_AFTER.match(text[words[-1].end():words[-1].end() + 80])
                or _ROLE_IN_BRACKETS.match(text[words[-1].end():words[-1].end() + 30])):
            return PersonName(words[0].start(), words[0].end(), "family")  # "sister Poppy"
        return None  # "Section", "The Board": everyday words, no one's name
    organisation = [w for w in core if w in _ORGANISATION]
    # "Dr Ruth Lane" and "Tracey Hall" (a given name no word is) stay people
    named = titles or (len(core) == 2 and _is_first_name(core[0]) and not _common(core[0])
                       and set(organisation) <= SURNAME_WORDS)
    if organisation and not (named and not set(organisation) & _STRONG_ORGANISATION):
        return None  # "Ruth Lane" after "Dr" stays a person; "Dr Barnardo's Homes" does not
    start = words[0].start()
    end = words[-1].end() - (2 if words[-1].group().endswith(("'s", "’s")) else 0)
    initial = INITIAL_BEFORE.search(text, max(s_start, start - 8), start)
    if initial is not None and start == match.start():
        start = initial.start()  # "J. Sutcliffe", "A.J. Moss": the initials are the name's
    if titles and titles[-1] in _PLAIN | _KIN_TITLES:
        # keep "Mr" and "Uncle" in the span: they are part of how the person is named
        start = match.start() + text[match.start():start].rfind(titles[-1])
    if not titles and initial is not None and start == initial.start():
        plain = _PLAIN_BEFORE_INITIALS.search(text, max(s_start, start - 6), start)
        if plain is not None:  # "Ms K. Farrant": a title, initials and a surname
            titles.append(plain.group("title"))
            start = plain.start("title")
    before = text[max(s_start, start - 80):start]
    before_run = text[max(s_start, match.start() - 80):min(start, match.start())]
    after = text[end:min(s_end, end + 90)]
    if len(core) == 1 and len(core[0]) == 1:
        return None  # "Ms T", "Child A": a pseudonym's form (C1.8)
    if not titles and core[-1] in DOG_BREED_WORDS and A_BREED_BEFORE.search(before_run):
        return None  # "a large German Shepherd", "their Jack Russell": a dog, not a name
    if len(core) <= 2 and not titles and (PET_BEFORE.search(before_run) or PET_AFTER.match(
            after) or PET_OWNED_BEFORE.search(before_run)):
        return PersonName(start, end, "family")  # "the family's dog, Max": a pet's name
    initial = SURNAME_INITIAL_AFTER.match(after) if len(core) == 1 and not titles else None
    if initial is not None and _is_first_name(core[0]):
        return PersonName(start, end + initial.end(), "person")  # "Jade R was…"
    if PSEUDONYM_BEFORE.search(before) or PSEUDONYM_AFTER.match(after):
        return None  # the review's own name for a subject
    if not titles and greets_a_colleague(text, s_start, s_end, start, end):
        return PersonName(start, end, "professional")  # "Hi Sarah, … Ms Okafor's name"

    family = bool(_household(text, words, core, sentence_start and words[0].start() == run_start)
                  or (_holds(before_run, _FAMILY_ENDS) and _FAMILY_BEFORE.found_in(before_run))
                  or _FAMILY_FRIEND.search(before)
                  or (_FAMILY_AFTER.match(after)
                      and not NURSING_SISTER.match(after.lstrip(" ,(–-").removeprefix("the "))
                      and not ((titles or len(core) > 1) and FAMILY_SUBJECT_AFTER.match(after)
                               and _THROUGH_A_PROFESSIONAL.search(before)))
                  or _FAMILY_POSSESSIVE.match(after)
                  or _KNOWN_AS_FAMILY.search(before) or set(titles) & _KIN_TITLES
                  or _FAMILY_PREDICATE.match(after))
    if not family and len(core) == 1 and not titles and OUR_BEFORE.search(before) \
            and OUR_AFTER.match(after) and (not _common(core[0]) or _is_first_name(core[0])) \
            and core[0] not in _AREAS and not is_place(core[0]):
        family = True  # "Our Kayden was a lovely lad", "'Our Jade wouldn't…'"
    if family:
        return PersonName(start, end, "family")
    professional = bool(set(titles) & _PROFESSIONAL_TITLE or RANK_BEFORE.search(before_run)
                        or _of_an_organisation(after) or _PROFESSIONAL_WHO.match(after)
                        or _POST_NOMINAL.match(after)
                        or _PROFESSIONAL_AFTER.match(after) or _ROLE_BESIDE.match(after)
                        or (_PROFESSIONAL_BEFORE.search(before)
                            and not (_THROUGH_A_PROFESSIONAL.search(before)
                                     and not after.lstrip().startswith((",", "(", "–"))))
                        or _WORK_POSSESSIVE.match(after)
                        or CITED_AFTER.match(after) or DEED_AFTER.match(after)
                        or (CITED_YEAR_AFTER.match(after)
                            and (len(core) > 1 or not _is_first_name(core[0])))
                        or TEAM_AFTER.match(after))
    if professional:
        return PersonName(start, end, "professional")
    if _ORGANISATION_NEXT.match(after) and not titles and not (
            len(core) == 1 and after.startswith(("'s", "’s")) and _is_first_name(core[0])
            and not _common(core[0])):
        return None  # "Sheffield Children's NHS …", "British Association of …", not
        # "Tyreese's GP"
    if set(titles) & _PLAIN:
        return PersonName(start, end, "person")
    cue = bool(_PERSON_AFTER.match(after) or _PERSON_BEFORE.search(before)
               or SINGLE_NAME_LIVES.match(after))
    if len(core) <= 2 and (MAIDEN_BEFORE.search(before) or PERSON_POSSESSIVE.match(after)):
        return PersonName(start, end, "person")  # "(née Burke)", "Lee's story"
    if PRESS_AGE_AFTER.match(after) and len(core) <= 3 and not any(w in _AREAS for w in core):
        return PersonName(start, end, "person")  # "Liam, 17, from Workington"
    if not sentence_start and len(core) <= 3 and NAMED_BEFORE.search(before):
        return PersonName(start, end, "person")  # "known as Bobby", "a friend called Hope"
    uncommon = [w for w in core if not _common(w)]
    if len(core) <= 2 and _is_first_name(core[0]) and not titles and (
            AGE_NEXT.match(after) or CHRONOLOGY_BEFORE.search(before)
            or (len(core) == 1 and after.startswith(", who "))):
        return PersonName(start, end, "person")  # "Lily 18 months", "– Ruby started", "Poppy, who"
    given = _is_first_name(core[0]) and not _common(core[0])
    if len(core) == 1 and not titles and not uncommon and _is_first_name(core[0]) \
            and _acts_as_a_child(text, s_start, start, after,
                                 sentence_start and start == match.start(), is_place, core[0]):
        return PersonName(start, end, "person")  # "When Mason was in Reception"
    if len(core) == 1 and not titles and AGED_AFTER.match(after) and core[0] not in _AREAS \
            and not is_place(core[0]):
        return PersonName(start, end, "person")  # "Tayler, aged 13,"
    if not uncommon:
        return None if not cue or len(core) < 2 or not _is_first_name(core[0]) \
            else PersonName(start, end, "person")  # "who Lee Marsh was"
    if len(core) == 1 and not titles and uncommon and (
            SINGLE_NAME_LIVES.match(after) or (
                (SINGLE_NAME_TELLS.match(after) or UNKNOWN_NAME_STARTS.match(after))
                and not spelling.is_known(core[0]))) \
            and core[0] not in _AREAS and core[0] not in NATIONAL_BODIES \
            and not is_place(core[0]):
        return PersonName(start, end, "person")  # "Kaden was stabbed", "Tayo said": a name
        # the list lacks
    if any(w in _AREAS for w in core):
        return None  # "Kent", "Tyrone": a county first, a name only with a family role or title
    a_place = is_place(" ".join(core))
    if a_place and not (given and (cue or reported_about(before, after, a_place=True))):
        return None
    if given or (_is_first_name(core[0]) and len(core) > 1 and len(uncommon) > 0):
        return PersonName(start, end, "person")
    if len(core) > 1 and cue and not sentence_start:
        return PersonName(start, end, "person")
    if len(core) > 1 and len(uncommon) == len(core):
        return PersonName(start, end, "person")
    return None
