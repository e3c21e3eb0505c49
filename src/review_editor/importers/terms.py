"""Words that name things in safeguarding pages: review types, themes, document roles."""

from __future__ import annotations

import re

from ..model.vocab import AttachmentRole, ReviewType


def _phrases(phrase: str, acronym: str | None = None) -> re.Pattern[str]:
    """Phrases match in any case; an acronym only in capitals ("SAR", never "sar")."""
    pattern = rf"(?i:\b(?:{phrase})\b)"
    if acronym:
        pattern += rf"|\b(?:{acronym})\b"
    return re.compile(pattern)


#: Most specific first: "domestic abuse related death review" before "learning review".
REVIEW_TYPES: list[tuple[ReviewType, re.Pattern[str]]] = [
    (ReviewType.dardr, _phrases(r"domestic abuse[- ]related death reviews?", r"DARDRs?")),
    (ReviewType.dhr, _phrases(r"domestic homicide reviews?", r"DHRs?")),
    (ReviewType.mental_health_homicide_review, _phrases(r"mental health homicide reviews?")),
    (ReviewType.sar, _phrases(r"safeguarding adults? reviews?", r"SARs?")),
    (ReviewType.national_cspr, _phrases(r"national child safeguarding practice reviews?")),
    (ReviewType.lcspr, _phrases(r"(?:local )?child safeguarding practice reviews?",
                                r"L?CSPRs?")),
    (ReviewType.serious_case_review_legacy, _phrases(r"serious case reviews?", r"SCRs?")),
    (ReviewType.child_practice_review_wales, _phrases(r"child practice reviews?")),
    (ReviewType.adult_practice_review_wales, _phrases(r"adult practice reviews?")),
    (ReviewType.susr_wales, _phrases(r"single unified safeguarding reviews?")),
    (ReviewType.case_management_review_ni, _phrases(r"case management reviews?")),
    (ReviewType.rapid_review, _phrases(r"rapid reviews?")),
    (ReviewType.thematic_review, _phrases(r"thematic reviews?")),
    (ReviewType.multi_agency_audit, _phrases(r"multi-agency audits?")),
    (ReviewType.leder, _phrases(r"learning from lives and deaths", r"LeDeR")),
    (ReviewType.learning_review_non_statutory, _phrases(r"learning reviews?")),
]

#: Topic acronyms a review's name may use, and what they stand for.
ACRONYMS = {
    "CSE": "child sexual exploitation",
    "CCE": "child criminal exploitation",
    "FGM": "female genital mutilation",
    "SUDI": "sudden unexpected death in infancy",
    "DA": "domestic abuse",
}

#: The words that suggest each of the starting themes (``model.themes.THEMES``), by id.
THEME_WORDS: dict[str, re.Pattern[str]] = {
    "child-sexual-exploitation": _phrases(r"child sexual exploitation", r"CSE"),
    "child-criminal-exploitation": _phrases(r"child criminal exploitation|county lines",
                                             r"CCE"),
    "neglect": re.compile(r"(?i)(?<!self-)(?<!self )\bneglect(?:ed|ful)?\b"),
    "domestic-abuse": _phrases(r"domestic (?:abuse|violence)"),
    "coercive-control": _phrases(r"coercive (?:and controlling )?(?:control|behaviour)"),
    "self-neglect": _phrases(r"self[- ]neglect"),
    "hoarding": _phrases(r"hoarding"),
    "fire-risk": _phrases(r"fire risks?|fire safety|house fire"),
    "mental-capacity": _phrases(r"mental capacity"),
    "professional-curiosity": _phrases(r"professional curiosity"),
    "voice-of-the-child": _phrases(r"voice of the child|child's voice|child’s voice"),
    "information-sharing": _phrases(r"information[- ]sharing|sharing (?:of )?information"),
    "escalation": _phrases(r"escalation"),
    "transitions": _phrases(r"transitions?(?: to adult(?:hood| services))?"),
    "safe-sleep": _phrases(r"safe sleep(?:ing)?|co-sleeping"),
    "non-accidental-injury": _phrases(r"non-accidental injur(?:y|ies)", r"NAI"),
    "parental-substance-use": _phrases(r"parental (?:substance|drug|alcohol) (?:use|misuse)"),
    "parental-mental-health": _phrases(r"parental mental health"),
    "children-not-in-school": _phrases(r"children (?:missing education|not in school)|"
                                        r"elective home education"),
    "racism-and-cultural-identity": _phrases(r"racism|cultural identity"),
    "disability": _phrases(r"disabilit(?:y|ies)|disabled"),
    "exploitation-outside-the-home": _phrases(r"exploitation outside the home|"
                                               r"extra-familial harm"),
    "mappa-marac-interface": _phrases(r"MAPPA|MARAC"),
    "impact-of-covid-19": _phrases(r"impact of (?:the )?COVID(?:-19)?(?: pandemic)?"),
}

#: Link text (and address) to the role of the document it leads to; first match wins.
LINK_ROLES: list[tuple[AttachmentRole, re.Pattern[str]]] = [
    (AttachmentRole.executive_summary, _phrases(r"executive summary")),
    (AttachmentRole.seven_minute_briefing, _phrases(r"(?:7|seven)[- ]minute")),
    (AttachmentRole.easy_read, _phrases(r"easy[- ]read")),
    (AttachmentRole.learning_brief, _phrases(r"learning (?:brief|briefing|summary)|briefing")),
    (AttachmentRole.action_plan, _phrases(r"action plan")),
    (AttachmentRole.ho_qa_letter, _phrases(r"home office|quality assurance (?:panel )?letter")),
    (AttachmentRole.partnership_response, _phrases(r"(?:partnership|board)(?:'s|’s)? response")),
    (AttachmentRole.terms_of_reference, _phrases(r"terms of reference")),
    (AttachmentRole.slides, _phrases(r"slides|presentation")),
    (AttachmentRole.recording, _phrases(r"recording|video|podcast|webinar")),
    (AttachmentRole.annual_report, _phrases(r"annual report")),
    (AttachmentRole.press_release, _phrases(r"press release|media statement")),
    (AttachmentRole.full_report, _phrases(r"report|full review|overview report|read the review")),
]


def link_role(text: str) -> AttachmentRole:
    for role, pattern in LINK_ROLES:
        if pattern.search(text):
            return role
    return AttachmentRole.other
