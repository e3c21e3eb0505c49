"""Per-partnership check settings, with defaults that follow DOMAIN section (c).

A partnership keeps its own values in a JSON object; ``CheckSettings.from_dict`` fills the
rest with these defaults. Word lists are extended rather than replaced through the ``extra_*``
fields, so a partnership adds its own terms without losing the seeded ones.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .issue import Severity

GLOSSARY: dict[str, str] = {
    "CSPR": "child safeguarding practice review",
    "LCSPR": "local child safeguarding practice review",
    "SAR": "safeguarding adults review",
    "DHR": "domestic homicide review",
    "DARDR": "domestic abuse related death review",
    "CSE": "child sexual exploitation",
    "CCE": "child criminal exploitation",
    "MASH": "multi-agency safeguarding hub",
    "MARAC": "multi-agency risk assessment conference",
    "MAPPA": "multi-agency public protection arrangements",
    "ILACS": "inspection of local authority children’s services",
    "ICB": "integrated care board",
    "LSCP": "local safeguarding children partnership",
    "SAB": "safeguarding adults board",
    "CSP": "community safety partnership",
    "SIN": "serious incident notification",
}

ACRONYM_ALLOW_LIST: list[str] = [
    "UK", "NHS", "BBC", "COVID-19", "PDF", "DOCX", "KB", "MB", "GB", "HTML", "URL",
    "MBE", "OBE", "CBE", "KBE", "DBE", "QPM", "KC", "QC", "JP", "MP", "PhD", "GP",
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    "AM", "PM", "BST", "GMT", "OK", "TV",
]

#: Role words used as modifiers in fixed terms: here they are not subject references.
MODIFIER_TERMS: list[str] = [
    "child sexual exploitation", "child sexual abuse", "child criminal exploitation",
    "child protection", "child safeguarding", "child practice review", "child death",
    "child in need", "children in need", "child and adolescent", "children's services",
    "children’s services", "children's social care", "children’s social care",
    "children's home", "children’s home", "children and young people", "children's trust",
    "children’s trust", "adult social care", "adult safeguarding", "adult services",
    "adults board", "adults review", "adult practice review", "adults at risk",
    "safeguarding adults", "safeguarding children", "young people's services",
    "partner agencies", "partner agency", "partner organisations", "partner organisation",
    "parent company", "mother tongue", "adult education", "child health", "adult health",
]

SUBJECT_ROLE_WORDS: list[str] = [
    "child", "children", "baby", "babies", "boy", "boys", "girl", "girls", "young person",
    "young people", "woman", "women", "man", "men", "victim", "victims", "adult", "adults",
    "mother", "father", "parent", "parents", "sibling", "siblings", "partner", "son",
    "daughter", "brother", "sister", "stepfather", "stepmother", "grandmother",
    "grandfather", "infant", "toddler", "teenager",
]

SEXUAL_OFFENCE_WORDS: list[str] = [
    "rape", "raped", "sexual exploitation", "sexually exploited", "grooming", "groomed",
    "indecent", "trafficking", "trafficked", "sexual abuse", "sexually abused",
    "sexual assault", "sexually assaulted",
]

SEXUAL_OFFENCE_THEMES: list[str] = [
    "child-sexual-exploitation", "child-sexual-abuse", "trafficking", "human-trafficking",
    "modern-slavery", "sexual-abuse", "sexual-exploitation",
]

LIVE_PROCEEDINGS_PHRASES: list[str] = [
    "charged with", "awaiting trial", "due to appear", "due to stand trial",
    "investigation is ongoing", "ongoing investigation", "pleaded not guilty",
    "remanded in custody", "released on bail",
]

#: Published helpline and organisation numbers: never identifiers. [verify each]
HELPLINE_NUMBERS: list[str] = [
    "999", "101", "111", "116 123", "0800 1111", "0808 800 5000", "0808 2000 247",
]

#: Courts and other capitalised phrases ending in a street word that are not addresses.
NOT_ADDRESSES: list[str] = [
    "Crown Court", "High Court", "Family Court", "County Court", "Magistrates Court",
    "Magistrates' Court", "Magistrates’ Court", "Coroner's Court", "Coroner’s Court",
    "Coroners Court", "Youth Court", "Supreme Court", "Appeal Court", "Old Bailey",
    "Working Together", "Court of Protection", "Court of Appeal",
]

#: Well-known public bodies whose names are not people's names (C1.1's heuristic).
KNOWN_BODIES: list[str] = [
    "Ofsted", "Care Quality Commission", "Home Office", "Department for Education",
    "Department of Health and Social Care", "Ministry of Justice", "Crown Prosecution Service",
    "National Panel", "Child Safeguarding Practice Review Panel", "Safeguarding Practice Review",
    "Local Government Association", "Social Care Institute for Excellence", "Cafcass",
    "NSPCC", "Barnardo's", "Barnardo’s", "Childline", "Samaritans", "Refuge", "Women's Aid",
    "Women’s Aid", "Victim Support", "British Red Cross", "Red Cross", "Salvation Army",
    "Oxfam", "Age UK", "Cancer Research UK", "British Heart Foundation",
    "Probation Service", "Youth Justice Service",
    "Integrated Care Board", "Fire and Rescue Service", "Ambulance Service",
    "Sexual Offences", "Amendment Act", "Care Act", "Children Act", "Mental Capacity Act",
    "Mental Health Act", "Domestic Abuse Act", "Crime and Victims Act", "Working Together",
    "Easy Read", "Quality Assurance Panel", "Learning Together", "Signs of Safety",
    "Early Help", "Multi-Agency Safeguarding Hub", "Operation Encompass",
    "Northern Ireland", "Greater Manchester", "West Yorkshire", "South Yorkshire",
    "North Yorkshire", "West Midlands", "United Kingdom", "New Zealand",
]

WORDS_TO_AVOID: dict[str, str] = {
    "agenda": "plan", "advancing": "improving", "collaborate": "work with",
    "combat": "solve, fix", "commit": "plan to, will", "countering": "answering, preventing",
    "deliver": "make, create, provide", "deploy": "use, put into place",
    "dialogue": "talk, discussion", "disincentivise": "discourage",
    "empower": "allow, give permission", "facilitate": "help, make possible",
    "focusing": "working on",
    "going forward": "in future, from now on", "impact": "effect, influence",
    "incentivise": "encourage", "initiate": "start", "key": "important, main",
    "leverage": "use, influence", "liaise": "work with",
    "one-stop shop": "a single place", "overarching": "general, main",
    "progress": "work on, develop", "promote": "recommend, support", "robust": "strong, thorough",
    "slimming down": "making smaller", "streamline": "simplify", "strengthening": "increasing",
    "tackling": "stopping, solving", "transforming": "changing", "utilise": "use",
    "in order to": "to", "with regard to": "about", "in relation to": "about",
}

VICTIM_BLAMING: dict[str, str] = {
    "child prostitute": "a child who has been sexually exploited",
    "child prostitution": "child sexual exploitation",
    "promiscuous": "describe what was done to the child: \"sexually exploited\", \"abused by\"",
    "putting themselves at risk": "\"at risk of being exploited\"",
    "putting herself at risk": "\"at risk of being exploited\"",
    "putting himself at risk": "\"at risk of being exploited\"",
    "put themselves at risk": "\"were at risk of being exploited\"",
    "put herself at risk": "\"was at risk of being exploited\"",
    "put himself at risk": "\"was at risk of being exploited\"",
    "risk-taking behaviour": "\"at risk of exploitation\", or describe what happened",
    "risk taking behaviour": "\"at risk of exploitation\", or describe what happened",
    "lifestyle choice": "describe the exploitation or abuse",
    "lifestyle choices": "describe the exploitation or abuse",
    "streetwise": "describe the child's vulnerability and the risk of exploitation",
}

#: Said of a child, these suggest consent to abuse, which a child cannot give.
VICTIM_BLAMING_WITH_CHILD: dict[str, str] = {
    "consented": "a child cannot consent to abuse: \"was sexually abused\"",
    "consensual": "a child cannot consent to abuse: \"was sexually abused\"",
    "sexual relationship": "\"was sexually abused by\"",
    "sexual activity": "\"was sexually abused by\"",
    "boyfriend": "\"abuser\" or \"perpetrator\", not \"boyfriend\"",
}

BOILERPLATE: list[str] = [
    r"Cookie Consent by", r"We use cookies", r"Skip to (?:main )?content", r"Accept all",
    r"Share this page", r"Print this page",
]

PLACEHOLDERS_BLOCKING: list[str] = [r"\[insert", r"lorem ipsum", r"\bX{3,}\b"]
PLACEHOLDERS_WARNING: list[str] = [r"\bTBC\b", r"\bTBA\b", r"\bto follow\b(?=\s*[.)\]]|\s*$)"]

BANNED_LINK_TEXTS: list[str] = [
    "click here", "here", "read more", "more", "link", "link to report", "report link",
    "click", "this link", "this page", "find out more", "more information",
]

#: Words the en-GB dictionary lacks that safeguarding pages use.
DOMAIN_WORDS: list[str] = [
    "safeguarding", "multi-agency", "multiagency", "pseudonym", "pseudonymised", "thematic",
    "practitioner", "practitioners", "carer", "carers", "neglectful", "self-neglect",
    "relaunch", "relaunched", "signposting", "signpost", "dardr", "lcspr", "cspr",
    "reoffending", "misogyny", "grooming", "coercive", "cuckooing", "county lines",
    "ofsted", "cafcass", "childline", "wellbeing", "healthwatch", "e-learning",
    "stepfamily", "co-parent", "co-parenting", "neurodivergent", "neurodiversity",
    "preverbal", "antenatal", "postnatal", "perinatal", "paediatrician", "co-sleeping",
    "safeguard", "thematically", "audited", "codesigned", "co-designed", "co-produced",
    "coproduced", "coproduction", "co-production", "triaged", "triage",
]

SETTING_WORDS: list[str] = [
    "primary school", "secondary school", "high school", "junior school", "infant school",
    "infants school", "grammar school", "special school", "school", "academy", "college",
    "nursery", "pupil referral unit", "care home", "children's home", "children’s home",
    "residential home", "nursing home", "surgery", "medical centre", "health centre",
    "hospital", "ward", "pharmacy", "clinic", "family centre",
    "children's centre", "children’s centre", "youth centre", "leisure centre", "hostel",
    "medical practice", "hospice", "club", "fc", "gym", "takeaway", "newsagents", "newsagent",
    "church", "mosque", "gurdwara", "mandir", "synagogue", "hotel", "pub", "salon", "barbers",
    "garage", "restaurant", "café", "cafe", "scouts", "brownies", "cadets", "family practice",
    "group practice", "dental practice", "health practice",
    "arcade", "shop", "store", "stores", "factory", "warehouse", "nightclub", "car wash",
    "cinema", "snooker hall", "bowling alley", "nail bar", "inn", "tavern", "arms", "lodge",
    "working men's club", "social club", "medical group", "infirmary", "studio", "parlour",
    "rfc", "afc", "pru", "taxis", "cabs", "pizza", "kebabs", "kebab house", "fish bar",
    "chippy", "grill", "diner", "tandoori", "balti", "fried chicken", "secure centre",
    "secure training centre", "young offender institution", "prison", "masjid", "gac", "abc",
    "shops", "shopping centre", "retail park", "precinct", "mall", "bus station",
    "coach station", "train station", "railway station", "interchange", "maternity unit",
    "neonatal unit", "mother and baby unit", "psychiatric unit", "adolescent unit",
    "mental health unit", "assessment unit", "walk-in centre", "urgent treatment centre",
    "minor injuries unit", "sports centre", "swimming pool", "skate park", "community centre",
    "day centre", "food bank", "foodbank", "wing", "register office", "registry office",
    "crematorium", "cemetery", "funeral home", "funeral directors", "utc", "studio school",
    "barracks", "dockyard", "depot", "distribution centre", "call centre", "abattoir",
    "packing plant", "refuge", "women's refuge", "women’s refuge", "fellowship", "harriers",
    "athletic club", "amateur swimming club", "fry", "fisheries", "chip shop", "launderette",
    "bakery", "off licence", "off-licence", "bookies", "tabernacle", "ministries",
    "mini market", "minimarket", "mini mart", "supermarket", "convenience store", "corner shop",
]

JIGSAW_WEIGHTS: dict[str, int] = {
    "exact_age": 3, "date": 3, "setting": 3, "address": 3,
    "ethnicity": 2, "religion": 2, "occupation": 2, "disability": 2, "immigration": 2,
    "twin": 2, "siblings": 2, "language": 2, "rural": 2,
    "care_status": 1, "agency": 1, "number_of_people": 1,
}


class CheckSettings(BaseModel):
    """Thresholds, word lists and allow-lists for one partnership."""

    model_config = ConfigDict(extra="ignore", frozen=False)

    # C1 identification
    jigsaw_threshold: int = Field(5, ge=1, description="C1.7: flag a paragraph at this score.")
    jigsaw_weights: dict[str, int] = Field(default_factory=lambda: dict(JIGSAW_WEIGHTS))
    subject_role_words: list[str] = Field(default_factory=lambda: list(SUBJECT_ROLE_WORDS))
    modifier_terms: list[str] = Field(default_factory=lambda: list(MODIFIER_TERMS))
    subject_window_tokens: int = 12
    places: list[str] = Field(default_factory=list,
                              description="C1.4: wards and villages below area_served level.")
    employers: list[str] = Field(default_factory=list, description="C1.5: employer names.")
    setting_words: list[str] = Field(default_factory=lambda: list(SETTING_WORDS))
    not_addresses: list[str] = Field(default_factory=lambda: list(NOT_ADDRESSES))
    known_bodies: list[str] = Field(default_factory=lambda: list(KNOWN_BODIES))
    allowed_names: list[str] = Field(default_factory=list,
                                     description="C1.1: names the partnership publishes.")
    helpline_numbers: list[str] = Field(default_factory=lambda: list(HELPLINE_NUMBERS))
    social_handles: list[str] = Field(default_factory=list,
                                      description="C1.6: the partnership's own @handles.")
    denylist_fuzzy_min_length: int = Field(
        5, ge=3, description="C1.1: shorter terms match exactly only.")
    sexual_offence_words: list[str] = Field(default_factory=lambda: list(SEXUAL_OFFENCE_WORDS))
    sexual_offence_themes: list[str] = Field(
        default_factory=lambda: list(SEXUAL_OFFENCE_THEMES))

    # C2 legal
    live_proceedings_phrases: list[str] = Field(
        default_factory=lambda: list(LIVE_PROCEEDINGS_PHRASES))
    family_notice_required: bool = True

    # C3 statutory
    panel_notice_working_days: int = 7
    lcspr_expected_months: int = 6
    wt2023_from: str = "2023-12-15"
    dardr_from: str = "2024-05-24"

    # C4 plain English
    long_sentence_words: int = 25
    reading_age_max: float = Field(9, description="C4.2: GOV.UK aims at a reading age of 9.")
    words_to_avoid: dict[str, str] = Field(default_factory=lambda: dict(WORDS_TO_AVOID))
    glossary: dict[str, str] = Field(default_factory=lambda: dict(GLOSSARY))
    acronym_allow_list: list[str] = Field(default_factory=lambda: list(ACRONYM_ALLOW_LIST))
    victim_blaming: dict[str, str] = Field(default_factory=lambda: dict(VICTIM_BLAMING))
    victim_blaming_with_child: dict[str, str] = Field(
        default_factory=lambda: dict(VICTIM_BLAMING_WITH_CHILD))
    boilerplate: list[str] = Field(default_factory=lambda: list(BOILERPLATE))
    placeholders_blocking: list[str] = Field(default_factory=lambda: list(PLACEHOLDERS_BLOCKING))
    placeholders_warning: list[str] = Field(default_factory=lambda: list(PLACEHOLDERS_WARNING))
    title_max: int = 65
    title_min: int = 10
    summary_max: int = 160
    slug_max: int = 80
    themes_max: int = 10
    executive_summary_max_words: int = 600
    spelling: bool = True
    word_list: list[str] = Field(default_factory=list,
                                 description="C4.12: the partnership's own words.")
    domain_words: list[str] = Field(default_factory=lambda: list(DOMAIN_WORDS))

    # C6 accessibility
    banned_link_texts: list[str] = Field(default_factory=lambda: list(BANNED_LINK_TEXTS))
    link_text_min: int = 2
    link_text_max: int = 100
    alt_text_max: int = 150
    heading_max: int = 120
    html_first_min_words: int = 150

    # C7 links
    tracking_parameters: list[str] = Field(
        default_factory=lambda: ["utm_*", "fbclid", "gclid", "mc_eid", "mc_cid"])
    retention_notice_days: int = 30

    # Severity: a partnership may raise information notes (C4.1, C4.2, C4.3) to warnings.
    severity_overrides: dict[str, Severity] = Field(
        default_factory=dict, description="Check code → severity for all its issues.")

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> CheckSettings:
        """Settings from a partnership's JSON object; ``extra_<list>`` keys extend a list."""
        data = dict(data or {})
        extended: dict[str, Any] = {}
        for key in [k for k in data if k.startswith("extra_")]:
            extended[key.removeprefix("extra_")] = data.pop(key)
        settings = cls.model_validate(data)
        for name, extra in extended.items():
            current = getattr(settings, name, None)
            if isinstance(current, list):
                setattr(settings, name, current + list(extra))
            elif isinstance(current, dict):
                setattr(settings, name, {**current, **dict(extra)})
            else:
                raise ValueError(f"extra_{name}: {name} is not a list or a mapping")
        return settings
