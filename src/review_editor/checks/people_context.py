"""Context patterns for people named in text (C1.1, C1.11), built from the word lists in
``people_words``: a family role or a professional's beside a name, something only people do,
a role set beside a name. The logic that reads them is in ``people.py``."""

from __future__ import annotations

import re

from .cue_before import NounLedCue
from .people_words import (
    FAMILY_MODIFIERS,
    FAMILY_NOUNS,
    PERSON_BEFORE,
    PERSON_VERBS,
    POST_NOMINALS,
    PROFESSIONAL_NOUNS,
    PROFESSIONAL_TITLES,
    WORK_NOUNS,
)

_LOWER = "a-zà-öø-ÿā-žșț"  # Latin-1 and Latin Extended-A: "Lăcătuș", "Błaszczyk"
#: "O'Neill", "D'Marcus", "Ja'Niyah": a capital and at most one letter before an apostrophe.
_PREFIX = r"(?:[A-Z][a-z]?['’](?=[A-Z]))?"
_WORD = rf"{_PREFIX}(?:Mc|Mac)?[A-Z][{_LOWER}]+(?:-[A-Z]?[{_LOWER}]+)*(?:['’]s)?"


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_FAMILY = _alternatives(FAMILY_NOUNS)
_FAMILY_MOD = _alternatives(FAMILY_MODIFIERS)
_PROFESSIONAL = _alternatives(PROFESSIONAL_NOUNS)
_POSSESSOR = (r"(?:his|her|their|its|my|our|your|the|a|an|[A-Z]\w*['’]s|\w+['’]s|"
              r"[A-Z]\w* [A-Z]['’]s)")

#: "the Minister for Children, ", "Commissioner of Families": a capitalised family noun after
#: "for" or "of" belongs to an office's title.
_NOT_IN_A_TITLE = r"(?!(?<=for )(?-i:[A-Z]))(?!(?<=of )(?-i:[A-Z]))"
# "… his older sister, " / "the children stayed with their uncle " / "the stepfather's name, "
# (whatever precedes the noun, "his older", never decides whether there is a match)
_FAMILY_BEFORE = NounLedCue(FAMILY_NOUNS, rf"\b{_NOT_IN_A_TITLE}(?:{{nouns}})\b"
    rf"(?:\s+(?:at the time|then))?(?:['’]s name)?\s*(?:,|\(|:|–)?\s*"
    rf"(?:(?:who was |who is |was |is )?(?:called|named|known as)\s+|(?:was|is|as)\s+)?"
    rf"(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?(?:[A-Z]\.\s?){{0,2}}[\"“‘']?\Z")  # "(Mrs A. Hussain)"
#: "a friend of the family, " / "the couple's eldest, ": someone in the family's circle
#: "her little sister ", "their daughter, ": a relative named by an everyday word next
_RELATIVE_RIGHT_BEFORE = re.compile(
    rf"\b(?:his|her|their|my|our|[A-Z]\w*['’]s|\w+['’]s)\s+(?:(?:{_FAMILY_MOD})[- ]?\s*)*"
    rf"(?:{_FAMILY})\s*,?\s*[\"“‘']?\Z", re.IGNORECASE)  # 'her brother "Tiny"'
_FAMILY_WORDS = frozenset(noun.lower() for noun in FAMILY_NOUNS if " " not in noun)


def _family_word_before(text: str, start: int, end: int) -> bool:
    """A family word right before ``end`` ("her little sister Poppy"); the word is tested
    first, as most capitalised words follow no family word."""
    before = text[start:end]
    stripped = before.rstrip(" ,:–-\"“‘'")
    if not stripped or stripped.rsplit(None, 1)[-1].lower() not in _FAMILY_WORDS:
        return False
    return _RELATIVE_RIGHT_BEFORE.search(text, start, end) is not None \
        or _RELATIVE_LABEL.search(before) is not None


#: "Mother: Jade (24); father: Callum (26)": a relative set out as a label
_RELATIVE_LABEL = re.compile(rf"(?:^|[;\n(•]\s*)(?:{_FAMILY})\s*[:–-]\s*\Z", re.IGNORECASE)
_FAMILY_FRIEND = re.compile(rf"\b(?:friend of the family|{_POSSESSOR}\s+(?:eldest|youngest|"
                            rf"oldest|middle one)|{_POSSESSOR}\s+(?:wee|little|baby|youngest|"
                            rf"eldest|oldest|middle) one)\s*,?\s*\Z", re.IGNORECASE)
#: "Tracey Hall (née Burke) is the children's maternal aunt": a family role as the predicate.
_FAMILY_PREDICATE = re.compile(
    rf"\A(?:\s*\([^)]{{1,40}}\))?\s+(?:is|was|had been|has been)\s+(?:the|his|her|their|"
    rf"[A-Z]\w*['’]s|\w+['’]s)\s+(?:\w+['’]s\s+)?(?:(?:{_FAMILY_MOD})[- ]?\s*)*(?:{_FAMILY})\b",
    re.IGNORECASE)
#: A family noun that heads its phrase ("the girl's aunt, said"), not a modifier ("the
#: Children's Commissioner", "children's services").
_NOT_PREP = r"(?!(?:of|for|at|in|on|with|from|to|by|and|or)\b)"
#: A verb after the comma makes a clause, not an apposition (", examined the baby").
_NOT_A_VERB = (r"(?!(?:\w+ed|was|were|is|are|had|has|have|said|told|saw|met|took|gave|made|sent|"
               r"spoke|asked|found|left|went|came|brought|took|kept|held|knew|rang|wrote)\b)")
_HEAD = (r"(?!['’]s|\s+(?-i:[A-Z])|\s+(?:services|social|commissioner|centre|home|trust|"
         r"society|act|liaison|court|team|panel|board|partnership|hospital|charity|worker|"
         r"officer)\b)")
# ", the girl's aunt," / " (the mother)" / ", who was Child D's stepfather" / " and her partner"
_FAMILY_AFTER = re.compile(
    rf"\A(?:['’]s)?\s*(?:,|\(|–|-)\s*(?:who (?:was|is|had been)\s+)?(?:then\s+)?"
    rf"(?:{_POSSESSOR}\s+)?(?:{_NOT_PREP}{_NOT_A_VERB}[\w'’-]+\s+){{0,3}}?"
    rf"(?:(?:{_FAMILY_MOD})[- ]?\s*)*"
    rf"(?:{_FAMILY})\b{_HEAD}|\A\s+and\s+{_WORD},\s+(?:the|his|her|their)\s+"
    rf"(?:(?:{_FAMILY_MOD})[- ]?\s*)*(?:{_FAMILY})\b|"
    rf"\A\s+and\s+(?:his|her|their)\s+(?:(?:{_FAMILY_MOD})[- ]?\s*)*"
    rf"(?:{_FAMILY})\b", re.IGNORECASE)
#: "Bryony (parent)", "Holly (mother)": a family role in brackets, as minutes list people.
_ROLE_IN_BRACKETS = re.compile(rf"\A\s*\((?:the\s+|child['’]s\s+)?(?:{_FAMILY})\)", re.IGNORECASE)
_FAMILY_POSSESSIVE = re.compile(
    rf"\A['’]s\s+(?:(?:{_FAMILY_MOD})[- ]?\s*)*(?:{_FAMILY}|family|home|house|flat|bedroom|"
    rf"death|body|school|nursery|case|funeral|phone|car|room|daughter|son)\b", re.IGNORECASE)
_NOT_VERB = (r"(?!(?:was|were|is|are|had|has|have|been|be|who|which|that|did|does|do|would|"
             r"could|will|not|never|registered|said|told|saw|seen)\b)")
# ", the independent reviewer" / ", chief executive of …" / " (Chair)" / ", then First Minister"
_PROFESSIONAL_AFTER = re.compile(
    rf"\A\s*(?:,|\(|–)\s*(?:the\s+|a\s+|an\s+|then\s+|our\s+|its\s+|their\s+|former\s+|now\s+|"
    rf"\w+['’]s\s+)*(?:{_NOT_VERB}[\w'’-]+\s+){{0,4}}?(?:{_PROFESSIONAL})s?\b", re.IGNORECASE)
# "The author, " / "Independent reviewer " / "The Mayor of London, " / "chaired by "
_PROFESSIONAL_BEFORE = re.compile(
    # (the words after "of" never hold a clause: "the teacher of 2G wrote that Amira")
    rf"(?:\b(?:{_PROFESSIONAL})s?(?:\s+(?:of|for|at)\s+(?:that\s+)?"
    rf"(?:(?!(?:that|who|whom|whose|which|when|where)\b)[\w'’ ]){{2,40}}?)?"
    # "Vice chair: Ruth Lloyd", "Panel members: …", not "Key family members: Bethan — mother"
    rf"\s*(?:,|(?<!member)(?<!members):|(?<!family members):)?\s*"
    rf"(?:(?:was|were|is|are)\s+)?|"
    rf"(?:^|[.;]\s+)(?:[Pp]resent|[Ii]n attendance|[Aa]lso present|[Aa]pologies|[Aa]ttendees|"
    rf"[Mm]inutes taken by)\s*(?::|,)\s*(?:[^.;:\n]{{0,160}}?,\s+)?|"
    rf"\b(?:chaired|written|led|authored|presented|introduced|opened|signed|commissioned|"
    rf"edited|produced|prepared|undertaken|conducted|carried out)\s+by\s+(?:the\s+)?|"
    rf"\bcites?\s+|\bby\s+(?:the\s+)?(?=(?:Revd|Rev|Dr|Professor))|"
    rf"\bthanks\s+)\Z", re.IGNORECASE)
#: "Via the Arabic interpreter, Hamza said": the professional opens the sentence as the way
#: someone spoke; the name after the comma is the speaker's (unless set off as the
#: professional's own: "Through the interpreter, Mr Rahimi, the mother said").
_THROUGH_A_PROFESSIONAL = re.compile(
    rf"(?:^|[.;:]\s+|\A)(?:[Vv]ia|[Tt]hrough|[Uu]sing|[Ww]ith the help of)\s+(?:the|an?|his|her|"
    rf"their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PROFESSIONAL})s?\s*,\s*\Z", re.MULTILINE)
_WORK_POSSESSIVE = re.compile(
    rf"\A(?:['’]s\s+(?:\d{{4}}\s+|[a-z-]+\s+){{0,3}}?(?:{_alternatives(WORK_NOUNS)})|"
    rf"\s+(?:letter|report|review|statement|foreword|speech|blog))\b")
# ", who chairs the panel" / ", who was the independent reviewer"
_PROFESSIONAL_WHO = re.compile(
    rf"\A\s*,\s*who\s+(?:chairs|chaired|leads|led|heads|headed|manages|managed|authored|"
    rf"oversees|oversaw|co-ordinates|coordinates|(?:is|was|has been)\s+(?:the|a|an|our)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_PROFESSIONAL}))\b", re.IGNORECASE)
_POST_NOMINAL = re.compile(rf"\A,?\s+(?:{_alternatives(POST_NOMINALS)})(?![\w])")
_PERSON_AFTER = re.compile(
    rf"\A(?:['’]s)?\s*(?:,\s*)?(?:{_alternatives(PERSON_VERBS)})\b|\A\s*,\s*who\b|"
    rf"\A\s+(?:told|said to|explained to)\s+(?:the|us|our)\b|\A\s*,\s*\d{{1,3}}\s*,", re.IGNORECASE)
_PERSON_BEFORE = re.compile(rf"\b(?:{_alternatives(PERSON_BEFORE)})\s+(?:the\s+)?\Z",
                            re.IGNORECASE)
_LIST_JOIN = re.compile(rf"(?:,?\s+(?:{_alternatives(POST_NOMINALS)}))*\s*(?:,|,?\s+and|&)\s+")
_ROLE_LINE = re.compile(rf"(?:(?:{_alternatives(PROFESSIONAL_TITLES)})\b|(?:[\w'’-]+\s+){{0,3}}"
                        rf"(?:{_PROFESSIONAL})\b)", re.IGNORECASE)
# "Derek Brown  Chief Executive, …" / "Jane Roe | Review Co-ordinator": a role set beside a name
_ROLE_BESIDE = re.compile(rf"\A(?:\s{{2,}}|\t|\s*[|–]\s*)(?:{_ROLE_LINE.pattern})",
                          re.IGNORECASE)
#: The last word of each family noun: every _FAMILY_BEFORE match holds one as a whole word.
_FAMILY_ENDS = frozenset(re.findall(r"\w+", noun.lower())[-1] for noun in FAMILY_NOUNS)
_WORD_RUN = re.compile(r"\w+")


def _holds(window: str, ends: frozenset[str]) -> bool:
    """False only when none of ``ends`` stands in ``window`` as a whole word, in any case: a
    case-blind pattern that needs one cannot match there (the pattern is slow to fail on a
    window of 80 characters). Only an ASCII window is read so: its lower case shows every
    spelling of its words."""
    if not window.isascii():
        return True
    return not ends.isdisjoint(_WORD_RUN.findall(window.lower()))


#: What a system's or a language's name stands before, and no one's name does.
_SYSTEM_OR_LANGUAGE_AFTER = re.compile(
    r"\s+(?:record|records|log|logs|entry|entries|system|interpreter|interpreters|translator|"
    r"translators|dialect)\b")
_AFTER_A_DASH = re.compile(r"\b(?P<language>[A-Z][a-z]+)\s*[—–-]\s*\Z")
#: Single quotes round one name: how reviews write their own names for people ("'Alina'").
_OPENING_QUOTES = frozenset("'‘")
_CLOSING_QUOTES = frozenset("'’")
_PLAIN_BEFORE_INITIALS = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Mx)\.?\s+\Z")
_KNOWN_AS_FAMILY = re.compile(r"\b(?:known|knew [\w ]{1,40}?) as the\s+\Z", re.IGNORECASE)
