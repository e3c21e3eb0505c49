"""Plain-English headings for the checks' codes, for officers (the code stays beside them).

A data table: what each check is about, said as an officer would say it. A code without its
own heading falls back on its family's.
"""

from __future__ import annotations

FAMILY_TITLES = {
    "C1": "Could identify someone",
    "C2": "Legal restrictions",
    "C3": "Needed before publishing",
    "C4": "Wording and style",
    "C5": "Dates and numbers",
    "C6": "Accessibility",
    "C7": "Links and files",
    "C8": "Embargo and timing",
}

TITLES = {
    "C1.1": "A person's name",
    "C1.2": "A person's exact age",
    "C1.3": "An exact date about a person",
    "C1.4": "An address or small place",
    "C1.5": "A school, workplace or setting",
    "C1.6": "A phone number, email or other identifier",
    "C1.7": "Details that together could identify someone",
    "C1.8": "Pseudonym used inconsistently",
    "C1.9": "An image that could identify someone",
    "C1.10": "Hidden details in an attached file",
    "C1.11": "A practitioner or team named",
    "C2.1": "Sexual-offence anonymity",
    "C2.2": "Criminal proceedings not yet over",
    "C2.3": "A reporting restriction order",
    "C2.4": "The family has not been told",
    "C2.5": "Family quote without consent",
    "C3.1": "Children's review requirements",
    "C3.2": "Review taking longer than six months",
    "C3.3": "Domestic homicide review requirements",
    "C3.4": "Safeguarding adults review requirements",
    "C3.5": "Annual report requirements",
    "C3.6": "Yearly report requirements",
    "C3.7": "A rapid review must not be published",
    "C3.8": "Learning brief requirements",
    "C3.9": "A field to fill in before publishing",
    "C3.10": "Approval and scheduling",
    "C3.11": "Reviewers and cases",
    "C3.12": "Guidance and review type",
    "C3.13": "Recommendations",
    "C3.14": "Key facts disagree with the text",
    "C4.1": "A long sentence",
    "C4.2": "Hard to read",
    "C4.3": "A word to avoid",
    "C4.4": "An abbreviation not explained",
    "C4.5": "Tone and format",
    "C4.6": "How ages are written",
    "C4.7": "Left over from a web page",
    "C4.8": "Passive wording",
    "C4.9": "Too long or too short",
    "C4.10": "Placeholder text left in",
    "C4.11": "Title style",
    "C4.12": "Spelling",
    "C4.13": "Apostrophes",
    "C4.14": "Wording that could blame the victim",
    "C5.1": "How a date is written",
    "C5.2": "Weekday does not match the date",
    "C5.3": "Text and fields disagree",
    "C5.4": "A relative date (\"last year\")",
    "C5.5": "Dates out of order",
    "C5.6": "A date range",
    "C5.7": "Numbers in the text and fields disagree",
    "C5.8": "Statutory timescales",
    "C5.9": "Publication date in the text",
    "C6.1": "Heading order",
    "C6.2": "Image description (alt text)",
    "C6.3": "Link text that does not say where it goes",
    "C6.4": "Tables",
    "C6.5": "Language of the text",
    "C6.6": "Meaning shown by colour alone",
    "C6.7": "PDF accessibility",
    "C6.8": "A web page before the PDF",
    "C6.9": "Accessibility statement",
    "C7.1": "A web address",
    "C7.3": "An attached file",
    "C7.4": "A file name",
    "C7.5": "The main document",
    "C7.6": "Related records",
    "C7.7": "How long the page stays online",
    "C7.8": "Contact details",
    "C7.9": "Web address ending (slug)",
    "C8.1": "Schedule and embargo disagree",
    "C8.2": "Exported while embargoed",
    "C8.3": "Time zone",
    "C8.4": "Embargo details disagree",
    "C8.5": "Statutory order of events",
}


def check_title(code: str) -> str:
    """The plain-English heading of a check code ("C6.3" → "Link text that does not say
    where it goes"); codes outside the table get their family's, else the code itself."""
    title = TITLES.get(code)
    if title:
        return title
    family = code.split(".", 1)[0]
    return FAMILY_TITLES.get(family, code)
