"""Who speaks on a page that is not a safeguarding body's: a news site naming itself, or a
council answering in its headline.

A local news site, a trade magazine or an investigative site writes its own name only in
passing: a line of its own ("Keep up with Armagh i", "More from Community Care"), "In an
interview with The Detail, the board's chair confirmed …" (the body interviewed is news, not
the publisher), or a blurb inviting contributions ("Our articles are written by experts …
Family Law provides a platform for debate …"). A council's newsroom heads its answer
"Child Q update report: Fenmoor Council responds".

A news site also names itself in its furniture ("This article has been reviewed according to
Science X's editorial process"), in its photographs' captions ("Fenmoor Echo: the court.
Credit: police") and where it credits a writer ("Jo Bloggs, who writes for The Detail").
A report by a news site that names no site at all still tells itself apart from a body's own
page: it quotes the body in the third person ("the partnership wrote", "the report said", "a
spokesman said") and reports the courts ("Crown Court", "was jailed"), so the body it
reports on is not its publisher.
"""

from __future__ import annotations

import re

_NAME = r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|i|of|and|&)){0,4}"
#: A line of its own naming the site: "Keep up with X", "More from X", "Subscribe to X".
_OWN_LINE = re.compile(rf"^(?i:keep up with|more from|the latest from|subscribe to|"
                       rf"sign up to|sign up for)\s+(?P<name>{_NAME})\W*$")
#: Words that end a news outlet's name ("… News", "… Times", "Community Care").
_MEDIA_WORD = (r"News|Times|Post|Today|Care|Magazine|Journal|Echo|Gazette|Herald|Mail|Telegraph|"
               r"Guardian|Observer|Mirror|Express|Chronicle|Standard|Press|Radio|TV|Online|"
               r"Detail|Independent|Review")
#: "In an interview with The Detail, …": the outlet that asked the questions.
_INTERVIEW = re.compile(rf"\b(?i:(?:in|during)\s+an?\s+(?:exclusive\s+)?interview\s+with)\s+"
                        rf"(?P<name>The\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,3}}|"
                        rf"(?:[A-Z][\w'’&.-]*\s+){{0,3}}(?:{_MEDIA_WORD}))\s*,")
#: A site's blurb about itself: "Family Law provides a platform for debate …", said where
#: it invites contributions ("Our articles are written by …", "please email editor@…").
_SELF_DESCRIBED = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<name>{_NAME})\s+(?:provides|offers|is)\s+"
                             r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:platform|forum|home|source|"
                             r"magazine|journal|website|publication|news service)\b")
_INVITING = re.compile(r"(?i)\bour (?:articles|writers|contributors|authors)\b|"
                       r"\b(?:would like to|wish to|want to) (?:contribute|write for us)\b")
_COUNCIL = (r"(?:The\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:Borough\s+|County\s+|City\s+|District\s+|"
            r"Metropolitan\s+)?Council")
#: A headline in which a council answers: "… : Fenmoor Council responds", "Statement from
#: Fenmoor Council", "Fenmoor Council's response to …".
_ANSWERING = re.compile(rf"(?:^|:\s*)(?P<name>{_COUNCIL})\s+(?:responds|welcomes|replies)\b|"
                        rf"\b(?i:statement|response)\s+(?:from|by)\s+(?P<by>{_COUNCIL})\b|"
                        rf"(?:^|:\s*)(?P<own>{_COUNCIL})(?:'s|’s)\s+(?:response|statement)\b")


#: Words of a site's sections ("More from News", "More from Safeguarding Adults"): no outlet.
_SECTION_WORDS = frozenset("""news latest adults adult children child safeguarding resources
    reviews review learning training events section category topic topics board partnership
    our this the and of policy practice professionals public blog blogs updates""".split())


def self_named_outlet(lines: list[str]) -> str | None:
    """The news site a page's text names as its own, if any."""
    for line in lines:
        text = " ".join(line.split())
        own = _OWN_LINE.match(text) if len(text) <= 80 else None
        words = own["name"].lower().split() if own else []
        if own and len(words) >= 2 and not all(word in _SECTION_WORDS for word in words):
            return own["name"]
    for line in lines:
        interview = _INTERVIEW.search(line)
        if interview:
            return interview["name"]
    for line in lines[:3]:
        described = _SELF_DESCRIBED.search(line) if _INVITING.search(line) else None
        if described and not all(w in _SECTION_WORDS for w in described["name"].lower().split()):
            return described["name"]
    return None


#: "according to Science X's editorial process", "Jo Bloggs, who writes for The Detail", a
#: caption "Fenmoor Echo: Jo Bloggs. Credit: Fenmoor Police".
_CREDITED = re.compile(
    rf"\b(?i:according\s+to)\s+(?P<editor>{_NAME}?)(?:'s|’s)\s+(?i:editorial)\b|"
    rf"\bwho\s+(?:writes|reports)\s+for\s+(?P<writer>The\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)"
    rf"{{0,3}}|(?:[A-Z][\w'’&.-]*\s+){{0,3}}(?:{_MEDIA_WORD}))\b|"
    rf"^(?P<caption>(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){{0,3}}(?:{_MEDIA_WORD})):\s+[^:\n]{{3,120}}"
    rf"\.\s+(?i:credit)\s*:", re.MULTILINE)


#: How many of a page's blocks a news site's credits and reporting words are looked for in:
#: they stand at the top and in the story, not in a long document's later pages.
_READ = 60


def credited_outlet(lines: list[str]) -> str | None:
    """The news site a page credits in its furniture, a caption or a writer's credit."""
    found = _CREDITED.search("\n".join(" ".join(line.split()) for line in lines[:_READ]))
    return str(found["editor"] or found["writer"] or found["caption"]) if found else None


#: A news report's telling words: it quotes a body or a report in the third person, names a
#: news agency, or reports the courts.
_REPORTING = [re.compile(pattern) for pattern in (
    r"\b(?:[Tt]he|[Aa]) (?:report|review|partnership|board|council)(?:, external)? (?:said|wrote|"
    r"has revealed)\b",
    r"\b(?:Board|Partnership|Boards|Partnerships) said\b|"
    r"\b[Aa]uthorities (?:in|at) [A-Z][^,.]{2,40} (?:say|said)\b",
    r"\b[Aa] (?:spokes(?:man|woman|person)|source) (?:for [^,.]{3,60} )?said\b",
    r"\bReporting Services?\b|\bPress Association\b",
    r"\b(?:Crown|Magistrates'?|Family|High|Youth) Court\b|\b(?:[Tt]he )?court heard\b",
    r"\b(?:was|were|been) (?:jailed|sentenced|convicted|charged)\b|\bpleaded guilty\b|"
    r"\badmitted (?:\w+ )?counts? of\b")]
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def reports_on_others(lines: list[str]) -> bool:
    """Whether a page is a news report about a body (two kinds of reporting words, and no
    "we" of its own outside quotations), so that no body it names is its publisher."""
    text = "\n".join(lines[:_READ])
    if sum(1 for pattern in _REPORTING if pattern.search(text)) < 2:
        return False
    # a quotation running on over paragraphs closes only in its last one
    return not _FIRST_PERSON.search(_QUOTATION.sub(" ", text))


_QUOTATION = re.compile(r"[“\"][^”\"\n]*(?:[”\"]|$)", re.MULTILINE)


def answering_council(title: str) -> str | None:
    """The council a headline says answers or makes a statement, if any."""
    found = _ANSWERING.search(" ".join(title.split()))
    if found is None:
        return None
    return str(found["name"] or found["by"] or found["own"])
