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

#: DOMAIN's starting list of themes, each with the words that suggest it.
THEMES: list[tuple[str, re.Pattern[str]]] = [
    ("Child sexual exploitation", _phrases(r"child sexual exploitation", r"CSE")),
    ("Child criminal exploitation", _phrases(r"child criminal exploitation|county lines",
                                             r"CCE")),
    ("Neglect", re.compile(r"(?i)(?<!self-)(?<!self )\bneglect(?:ed|ful)?\b")),
    ("Domestic abuse", _phrases(r"domestic (?:abuse|violence)")),
    ("Coercive control", _phrases(r"coercive (?:and controlling )?(?:control|behaviour)")),
    ("Self-neglect", _phrases(r"self[- ]neglect")),
    ("Hoarding", _phrases(r"hoarding")),
    ("Fire risk", _phrases(r"fire risks?|fire safety|house fire")),
    ("Mental capacity", _phrases(r"mental capacity")),
    ("Professional curiosity", _phrases(r"professional curiosity")),
    ("Voice of the child", _phrases(r"voice of the child|child's voice|child’s voice")),
    ("Information sharing", _phrases(r"information[- ]sharing|sharing (?:of )?information")),
    ("Escalation", _phrases(r"escalation")),
    ("Transitions", _phrases(r"transitions?(?: to adult(?:hood| services))?")),
    ("Safe sleep", _phrases(r"safe sleep(?:ing)?|co-sleeping")),
    ("Non-accidental injury", _phrases(r"non-accidental injur(?:y|ies)", r"NAI")),
    ("Parental substance use", _phrases(r"parental (?:substance|drug|alcohol) (?:use|misuse)")),
    ("Parental mental health", _phrases(r"parental mental health")),
    ("Children not in school", _phrases(r"children (?:missing education|not in school)|"
                                        r"elective home education")),
    ("Racism and cultural identity", _phrases(r"racism|cultural identity")),
    ("Disability", _phrases(r"disabilit(?:y|ies)|disabled")),
    ("Exploitation outside the home", _phrases(r"exploitation outside the home|"
                                               r"extra-familial harm")),
    ("MAPPA/MARAC interface", _phrases(r"MAPPA|MARAC")),
    ("Impact of COVID-19", _phrases(r"impact of (?:the )?COVID(?:-19)?(?: pandemic)?")),
]

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
