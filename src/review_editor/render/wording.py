"""The page's own words (headings, labels, dates) in the language of the text they belong to.

English is the key: ``t("Key facts")`` is "Ffeithiau allweddol" while Welsh is being
rendered. The language is set around each block's rendering (``speaking``), so one page can
hold a Welsh and an English copy of a record, each with its own labels. Dates in Welsh
follow the form Welsh public bodies use, with no mutation: "dydd Mawrth 27 Gorffennaf 2021".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import TypeVar

from ..model.dates import format_date, format_datetime, format_partial

T = TypeVar("T")
_LANGUAGE: ContextVar[str] = ContextVar("page_language", default="en")

WEEKDAYS_CY = ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener",
               "dydd Sadwrn", "dydd Sul"]
MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
             "Medi", "Hydref", "Tachwedd", "Rhagfyr"]

#: Fixed words of the page, and vocabulary labels, in Welsh.
WELSH: dict[str, str] = {
    # page furniture
    "Skip to main content": "Neidio i'r prif gynnwys",
    "Embargo": "Embargo",
    "Not for publication or broadcast before this time.":
        "Ddim i'w gyhoeddi na'i ddarlledu cyn yr amser hwn.",
    "EMBARGOED UNTIL": "EMBARGO TAN",
    "Published": "Cyhoeddwyd",
    "Last updated": "Diweddarwyd ddiwethaf",
    "Key facts": "Ffeithiau allweddol",
    "Questions for reflection": "Cwestiynau i fyfyrio arnynt",
    "Quotes": "Dyfyniadau",
    "Recommendations": "Argymhellion",
    "Number": "Rhif",
    "Recommendation": "Argymhelliad",
    "Addressed to": "I sylw",
    "Response": "Ymateb",
    "What inspectors said": "Beth ddywedodd yr arolygwyr",
    "source": "ffynhonnell",
    "inspection": "arolygiad",
    "Get support": "Cael cymorth",
    "website": "gwefan",
    "Links": "Dolenni",
    "Documents": "Dogfennau",
    "Contact": "Cysylltu",
    "Email": "E-bost",
    "Telephone": "Ffôn",
    "Website": "Gwefan",
    "Media enquiries": "Ymholiadau'r cyfryngau",
    "Notes to editors": "Nodiadau i olygyddion",
    "Updates to this page": "Diweddariadau i'r dudalen hon",
    "Topics": "Pynciau",
    "Practice points": "Pwyntiau ymarfer",
    "Executive summary": "Crynodeb gweithredol",
    "Key findings": "Canfyddiadau allweddol",
    "Good practice": "Arfer da",
    "Partnership response": "Ymateb y bartneriaeth",
    "Source reviews": "Adolygiadau ffynhonnell",
    "published": "cyhoeddwyd",
    "Untitled document": "Dogfen heb deitl",
    "Available on request.": "Ar gael ar gais.",
    "This file may not be suitable for users of assistive technology.":
        "Efallai na fydd y ffeil hon yn addas i ddefnyddwyr technoleg gynorthwyol.",
    "Known accessibility issues:": "Problemau hygyrchedd hysbys:",
    "An accessible version is available:": "Mae fersiwn hygyrch ar gael:",
    "Also available as:": "Ar gael hefyd fel:",
    "page": "tudalen",
    "pages": "tudalen",
    "since": "ers",
    "until": "hyd",
    "to": "–",
    # kickers
    "News": "Newyddion",
    "Press release": "Datganiad i'r wasg",
    "Learning briefing": "Briff dysgu",
    "Learning brief": "Briff dysgu",
    "Review notice": "Hysbysiad adolygiad",
    "DRAFT": "DRAFFT",
    "Draft: not published. This banner shows only in the preview.":
        "Drafft: heb ei gyhoeddi. Dim ond yn y rhagolwg y mae'r faner hon.",
    "Learning review": "Adolygiad dysgu",
    "7-minute briefing": "Briff 7 munud",
    # kinds of record and brief formats (the page's metadata names them)
    "News item": "Eitem newyddion",
    "One page": "Un dudalen",
    "Slide pack": "Pecyn sleidiau",
    "Podcast": "Podlediad",
    # alternative formats of a document
    "Easy read": "Hawdd ei ddeall",
    "Large print": "Print bras",
    "Welsh": "Cymraeg",
    "BSL video": "Fideo BSL",
    "Audio": "Sain",
    # audiences
    "Practitioners": "Ymarferwyr",
    "Managers": "Rheolwyr",
    "Board members": "Aelodau'r bwrdd",
    "Public": "Y cyhoedd",
    "Families": "Teuluoedd",
    "Children and young people": "Plant a phobl ifanc",
    "Media": "Y cyfryngau",
    "Elected members": "Aelodau etholedig",
    # the accessibility summary in the page's metadata
    "Web page with headings, landmarks and a single main heading":
        "Tudalen we gyda phenawdau, tirnodau ac un prif bennawd",
    "documents are tagged PDFs": "mae'r dogfennau'n PDFs wedi'u tagio",
    "Easy Read summary available": "crynodeb Hawdd ei Ddeall ar gael",
    # key facts
    "Type of review": "Math o adolygiad",
    "Review": "Adolygiad",
    "Reference": "Cyfeirnod",
    "Commissioned": "Comisiynwyd",
    "Commissioned by": "Comisiynwyd gan",
    "then": "ar y pryd",
    "What led to the review": "Beth arweiniodd at yr adolygiad",
    "Reviewer": "Adolygydd",
    "Reviewers": "Adolygwyr",
    "Period covered": "Cyfnod dan sylw",
    "Number of cases": "Nifer yr achosion",
    "Completed": "Cwblhawyd",
    "Reason for delay": "Rheswm dros yr oedi",
    # review types
    "Local child safeguarding practice review": "Adolygiad ymarfer diogelu plant lleol",
    "National child safeguarding practice review": "Adolygiad ymarfer diogelu plant cenedlaethol",
    "Safeguarding adults review": "Adolygiad diogelu oedolion",
    "Domestic homicide review": "Adolygiad dynladdiad domestig",
    "Thematic review": "Adolygiad thematig",
    "Rapid review": "Adolygiad cyflym",
    "Child practice review (Wales)": "Adolygiad ymarfer plant",
    "Adult practice review (Wales)": "Adolygiad ymarfer oedolion",
    "Single unified safeguarding review (Wales)": "Adolygiad diogelu unedig sengl",
    "Serious case review (legacy)": "Adolygiad achos difrifol (hen drefn)",
    "Domestic abuse related death review":
        "Adolygiad o farwolaeth yn gysylltiedig â cham-drin domestig",
    "Learning review (non-statutory)": "Adolygiad dysgu (anstatudol)",
    "Multi-agency audit": "Archwiliad amlasiantaethol",
    "Learning from lives and deaths (LeDeR)": "Dysgu o fywydau a marwolaethau (LeDeR)",
    "Mental health homicide review": "Adolygiad dynladdiad iechyd meddwl",
    "Learning review (Scotland)": "Adolygiad dysgu (yr Alban)",
    "Case management review (Northern Ireland)": "Adolygiad rheoli achos (Gogledd Iwerddon)",
    # recommendation responses and people's roles
    "Accepted": "Derbyniwyd",
    "Partially accepted": "Derbyniwyd yn rhannol",
    "Not accepted": "Ni dderbyniwyd",
    "independent reviewer": "adolygydd annibynnol",
    "independent chair": "cadeirydd annibynnol",
    "independent": "annibynnol",
    "reviewer": "adolygydd",
    "chair": "cadeirydd",
    "author": "awdur",
    # the starting list of themes (model.themes)
    "Child sexual exploitation": "Camfanteisio'n rhywiol ar blant",
    "Child criminal exploitation": "Camfanteisio'n droseddol ar blant",
    "Neglect": "Esgeulustod",
    "Domestic abuse": "Cam-drin domestig",
    "Coercive control": "Rheolaeth drwy orfodaeth",
    "Self-neglect": "Hunanesgeulustod",
    "Hoarding": "Celcio",
    "Fire risk": "Risg tân",
    "Mental capacity": "Galluedd meddyliol",
    "Professional curiosity": "Chwilfrydedd proffesiynol",
    "Voice of the child": "Llais y plentyn",
    "Information sharing": "Rhannu gwybodaeth",
    "Escalation": "Uwchgyfeirio",
    "Transitions": "Cyfnodau pontio",
    "Safe sleep": "Cysgu'n ddiogel",
    "Non-accidental injury": "Anaf nad yw'n ddamweiniol",
    "Parental substance use": "Defnydd rhieni o sylweddau",
    "Parental mental health": "Iechyd meddwl rhieni",
    "Children not in school": "Plant nad ydynt yn yr ysgol",
    "Racism and cultural identity": "Hiliaeth a hunaniaeth ddiwylliannol",
    "Disability": "Anabledd",
    "Exploitation outside the home": "Camfanteisio y tu allan i'r cartref",
    "MAPPA/MARAC interface": "Y cysylltiad rhwng MAPPA a MARAC",
    "Impact of COVID-19": "Effaith COVID-19",
}


def language() -> str:
    """"cy" or "en": the language being rendered."""
    return _LANGUAGE.get()


@contextmanager
def speaking(code: str) -> Iterator[None]:
    token = _LANGUAGE.set("cy" if code == "cy" else "en")
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def in_language(code: str, render: Callable[[], T]) -> Callable[[], T]:
    """``render`` made to run in language ``code``, whenever it is called."""

    def rendered() -> T:
        with speaking(code):
            return render()

    return rendered


def t(text: str) -> str:
    """A fixed word of the page in the language being rendered."""
    if _LANGUAGE.get() != "cy":
        return text
    return WELSH.get(text, text)


def date_text(value: date) -> str:
    """"Tuesday 27 July 2021", or "dydd Mawrth 27 Gorffennaf 2021"."""
    if _LANGUAGE.get() != "cy":
        return format_date(value)
    return f"{WEEKDAYS_CY[value.weekday()]} {value.day} {MONTHS_CY[value.month - 1]} {value.year}"


def partial_text(value: str | date) -> str:
    """"2001", "April 2019" / "Ebrill 2019", or a full date."""
    if _LANGUAGE.get() != "cy":
        return format_partial(value)
    return format_partial(value, months=MONTHS_CY, full=date_text)


def datetime_text(value: datetime) -> str:
    """"00:01 Wednesday 14 May 2031", in London time, in the language being rendered."""
    return format_datetime(value, full=date_text)
