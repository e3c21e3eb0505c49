"""C4: plain English and house style."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat
from operator import add
from typing import Any

from ...field_cache import per_text
from .. import spelling
from ..batch import most_words, with_capitals
from ..context import CheckContext
from ..facts import RecordFacts
from ..issue import BLOCKING, INFO, WARNING, Issue, issues_from
from ..language import (
    CAPITAL_AFTER_BOUNDARY,
    WORD_CAPITAL,
    cached_phrases,
    case_blind,
    count_words,
    holds_any,
    matches_at,
    scan,
    sentences,
)
from ..readability import measure
from ..registry import check
from ..text import FieldText
from .common import field_issue, quoted, text_issue

ACRONYM = re.compile(r"(?<![\w&’'-])(?P<acronym>[A-Z]{2,6})(?P<plural>s)?(?P<suffix>-\d+)?"
                     r"(?![\w&-])")
_TWO_CAPITALS = re.compile("[A-Z]{2}")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_INVISIBLE = re.compile("[\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f]")
# Characters that reorder or hide the text around them: what readers see is not what the
# checks read ("\u202eevil" shows as "live"); and control characters, which pages leave out.
_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069\u061c]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_STRAIGHT = re.compile(r"['\"]")
_CURLY = re.compile("[‘’“”]")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+\w+ed\b", re.IGNORECASE)
_PASSIVE_LOWER = re.compile(_PASSIVE.pattern)  # for lower-cased text (``case_blind``)
_AGE_HYPHENS = re.compile(r"\b(\d{1,3})-(year|month|week|day)s?-old\b", re.IGNORECASE)
_OLD = frozenset({"old"})  # a whole word in every ``_AGE_HYPHENS`` match
_TIME_POSSESSIVE = re.compile(
    r"\b\d+\s+(?:years|months|weeks|days|hours)['’]\s*(?:and|,)\s*\d+\s+"
    r"(?:years|months|weeks|days|hours)['’](?P<rest>\s+imprisonment)?", re.IGNORECASE)
_NUMBER_START = re.compile(r"\d(?<!\w\d)")  # where \b\d matches: _TIME_POSSESSIVE's start
_DECADE = re.compile(r"\b(?:\d{2})?\d0['’]s\b|(?<![\w])['’]\d0s\b")
#: What every ``_DECADE`` match holds ("1990's", "’90s").
_DECADE_MARKS = re.compile(r"0['’]?s")
_DECADE_START = re.compile(r"[\d'’](?<!\w[\d'’])")  # a digit or apostrophe after a non-word
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of",
                "on", "or", "the", "to", "with", "about", "after", "over", "its", "vs"}
_CHILD_WORDS = re.compile(r"\b(?:child|children|girl|girls|boy|boys|young (?:person|people)|"
                          r"teenager|teenagers|baby|pupil|under-?18s?|aged? (?:1[0-7]|[0-9]))\b",
                          re.IGNORECASE)
_CHILD_WORDS_LOWER = re.compile(_CHILD_WORDS.pattern)
_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")  # a word in capitals: it starts at a capital
_QUOTE_FIELD = re.compile(r"^(?:quotes\.\d+\.text|review\.external_assessments\.\d+\.quote)$")
_TITLE_FIELDS = {"title", "summary"}


def _prose(record: Any, ctx: CheckContext) -> list[FieldText]:
    return ctx.facts(record).prose_fields


# -- C4.1, C4.2, C4.3 (information by default) --------------------------------------------
@check("C4.1", INFO, "Long sentences")
def long_sentences(record: Any, ctx: CheckContext) -> list[Issue]:
    limit = ctx.settings.long_sentence_words
    issues = []
    for field in _prose(record, ctx):
        spans = [span for block in field.blocks
                 for span in sentences(field.text, block.start, block.end)]
        # n words take at least 2n - 1 characters, and are at most ``most_words``
        long = [(s, e, n) for s, e in spans
                if e - s > 2 * limit and most_words(sentence := field.text[s:e]) > limit
                and (n := count_words(sentence)) > limit]
        share = round(100 * len(long) / len(spans)) if spans else 0
        for start, end, words in long:
            issues.append(text_issue(
                "C4.1", INFO, field, start, end,
                f"a sentence of {words} words ({share}% of this field's sentences are over "
                f"{limit})", "split it into shorter sentences"))
    return issues


@check("C4.2", INFO, "Reading age")
def reading_age(record: Any, ctx: CheckContext) -> list[Issue]:
    limit = ctx.settings.reading_age_max
    issues = []
    for field in _prose(record, ctx):
        if _QUOTE_FIELD.match(field.path) or count_words(field.text) < 30:
            continue
        score = measure(field.text)
        if score.reading_age > limit:
            issues.append(field_issue(
                "C4.2", INFO, field.path,
                f"reading age about {score.reading_age:.0f} (Flesch reading ease "
                f"{score.reading_ease:.0f}); the aim is {limit:g}",
                "use shorter sentences and everyday words"))
    return issues


@check("C4.3", INFO, "Words to avoid")
def words_to_avoid(record: Any, ctx: CheckContext) -> list[Issue]:
    words = ctx.settings.words_to_avoid
    pattern = cached_phrases(tuple(words))
    if pattern is None:
        return []
    lookup = {k.lower(): v for k, v in words.items()}
    issues = []
    for field in _prose(record, ctx):
        if _QUOTE_FIELD.match(field.path):
            continue
        for match in pattern.finditer(field.text):
            key = " ".join(match.group().lower().split())
            issues.append(text_issue("C4.3", INFO, field, match.start(), match.end(),
                                     f"a word to avoid: “{match.group()}”",
                                     f"try: {lookup.get(key, 'a plainer word')}"))
    return issues


# -- C4.4 acronyms ----------------------------------------------------------------------
def _known_acronyms(facts: RecordFacts) -> set[str]:
    def allowed() -> set[str]:
        return set(facts.settings.acronym_allow_list) | facts.post_nominals

    return facts.remember("C4.4 known acronyms", allowed)  # once per run, not per field


def _expanded_here(text: str, start: int, end: int) -> bool:
    """"Full Name (ACR)" or "ACR (Full Name)"."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if before.endswith("(") and after.startswith(")"):
        preceding = text[max(0, start - 80):start - 1].rstrip()
        return bool(re.search(r"[A-Za-z’']{2,}$", preceding))
    follow = re.match(r"\s*\(([^)]{4,120})\)", text[end:])
    return bool(follow and len(follow.group(1).split()) >= 2)


def _shouting(word: str, facts: RecordFacts) -> bool:
    """An all-capital ordinary word ("URGENT"), as opposed to an acronym."""
    settings = facts.settings
    if word in settings.glossary or word in settings.acronym_allow_list:
        return False
    return len(word) >= 4 and spelling.is_common_word(word)


def acronym_uses(field: FieldText, facts: RecordFacts) -> list[tuple[int, int, str]]:
    allowed = _known_acronyms(facts)
    uses = []
    for start, end, word, token in _acronym_matches(field.text):
        if word in allowed or token in allowed or _ROMAN.match(word) and len(word) <= 4 and (
                word not in facts.settings.glossary):
            continue
        if _shouting(word, facts):
            continue
        uses.append((start, end, word))
    return uses


@per_text(4096)
def _acronym_matches(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Each capitalised run's span, the acronym and the acronym with its number suffix."""
    found: list[tuple[int, int, str, str]] = []
    if _TWO_CAPITALS.search(text) is None:
        return ()  # what every acronym holds (most fields have none)
    # every match starts at a capital starting a word (the C1 name patterns' start offsets)
    for match in matches_at(ACRONYM, text, WORD_CAPITAL):
        word = match.group("acronym")
        found.append((match.start(), match.end("acronym"), word,
                      word + (match.group("suffix") or "")))
    return tuple(found)


@check("C4.4", WARNING, "Acronyms")
def acronyms(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    glossary = ctx.settings.glossary
    issues = []
    seen_in_body: set[str] = set()
    # a field without two capitals in a row holds no acronym, and leaves ``seen`` as it is
    for field in with_capitals(_prose(record, ctx), 2):
        alone = field.path in _TITLE_FIELDS
        seen = set() if alone else seen_in_body
        for start, end, word in acronym_uses(field, facts):
            if word in seen:
                continue
            seen.add(word)
            if _expanded_here(field.text, start, end):
                continue
            expansion = glossary.get(word)
            if alone:
                suggestion = (f"a {field.path} is read on its own: write “{expansion}”"
                              if expansion else f"a {field.path} is read on its own: write "
                              "the words in full")
            else:
                suggestion = (f"expand it at first use: “{expansion} ({word})”" if expansion
                              else f"expand it at first use: “full name ({word})”")
            issues.append(text_issue("C4.4", WARNING, field, start, end,
                                     f"the acronym “{word}” is not explained", suggestion))
    return issues


# -- C4.5 to C4.8 ------------------------------------------------------------------------
@check("C4.5", WARNING, "Tone and format")
def tone(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    names = cached_phrases(tuple(n for n in facts.allowed_names if "&" in n), False)
    issues = []
    for field in _prose(record, ctx):
        text = field.text
        for match in matches_at(_CAPITALS, text, CAPITAL_AFTER_BOUNDARY):
            word = match.group()
            if len(word) > 6 and word not in ctx.settings.glossary or _shouting(word, facts):
                if word in ctx.settings.acronym_allow_list:
                    continue
                issues.append(text_issue("C4.5", WARNING, field, match.start(), match.end(),
                                         f"a word in capitals: “{word}”",
                                         "use bold for emphasis, sparingly"))
        if field.markdown is not None:
            for start, end in field.markdown.emphasis:
                if count_words(text[start:end]) > 5:
                    issues.append(text_issue("C4.5", WARNING, field, start, end,
                                             "a long passage in italics is hard to read",
                                             "keep italics to a few words"))
        if _QUOTE_FIELD.match(field.path):
            continue
        for match in re.finditer(r"!", text):
            issues.append(text_issue("C4.5", WARNING, field, match.start(), match.end(),
                                     "an exclamation mark", "use a full stop"))
        if "&" not in text:
            continue
        ampersand_ok = [(m.start(), m.end()) for m in names.finditer(text)] if names else []
        for match in re.finditer(r"\s&\s", text):
            if any(s <= match.start() < e for s, e in ampersand_ok):
                continue
            issues.append(text_issue("C4.5", WARNING, field, match.start() + 1,
                                     match.end() - 1, "an ampersand", "write “and”"))
    return issues


@check("C4.6", INFO, "Ages style")
def ages_style(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for field in _prose(record, ctx):
        if not holds_any(field.text, _OLD, ignore_case=True):
            continue
        for match in scan(_AGE_HYPHENS, field.text):  # a digit, on one line
            issues.append(text_issue("C4.6", INFO, field, match.start(), match.end(),
                                     f"GOV.UK writes ages without hyphens: {quoted(match.group())}",
                                     match.group().replace("-", " ")))
    return issues


@check("C4.7", WARNING, "Scrape hygiene")
def scrape_hygiene(record: Any, ctx: CheckContext) -> list[Issue]:
    title = " ".join(record.title.split()).casefold()
    issues = []
    patterns = tuple(ctx.settings.boilerplate)
    for field in ctx.facts(record).fields:
        text = field.text
        boilerplate = configured_pattern(patterns, text) if field.prose else None
        if boilerplate is not None:
            for match in boilerplate.finditer(text):
                block = field.block_at(match.start())
                start, end = (block.start, block.end) if block else (match.start(), match.end())
                issues.append(text_issue("C4.7", WARNING, field, start, end,
                                         f"web page furniture: {quoted(text[start:end])}",
                                         "remove it (it is logged in the provenance)"))
        if field.path != "title" and field.prose:
            for block in field.blocks:
                content = " ".join(text[block.start:block.end].split()).casefold()
                if content and content == title:
                    issues.append(text_issue("C4.7", WARNING, field, block.start, block.end,
                                             "a paragraph or heading repeats the title",
                                             "remove it: the title is shown once"))
        invisible = list(_INVISIBLE.finditer(text))
        if invisible:
            first = invisible[0]
            issues.append(text_issue("C4.7", WARNING, field, first.start(), first.end(),
                                     f"{len(invisible)} non-breaking or zero-width "
                                     "character(s)", "replace them with ordinary spaces"))
        for pattern, what in ((_REORDERING, "text-direction control character(s): readers "
                               "see the text around them reordered"),
                              (_CONTROL, "control character(s), which the page leaves out")):
            found = list(pattern.finditer(text))
            if found:
                issues.append(text_issue("C4.7", WARNING, field, found[0].start(),
                                         found[0].end(), f"{len(found)} {what}",
                                         "remove them"))
        if field.markdown is not None:
            for block in field.blocks:
                if not text[block.start:block.end].strip():
                    issues.append(text_issue("C4.7", WARNING, field, block.start, block.end,
                                             "an empty paragraph", "remove it"))
        if field.prose:
            straight = [m for m in _STRAIGHT.finditer(text)]
            curly = [m for m in _CURLY.finditer(text)]
            if straight and curly:
                odd = straight if len(straight) <= len(curly) else curly
                issues.append(text_issue("C4.7", WARNING, field, odd[0].start(), odd[0].end(),
                                         "straight and curly quotes are mixed",
                                         "use one style throughout"))
    return issues


@check("C4.8", INFO, "Passive voice")
def passive_voice(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for field in _prose(record, ctx):
        lowered = case_blind(field.text)
        passive, source = (_PASSIVE, field.text) if lowered is None else (_PASSIVE_LOWER, lowered)
        for block in field.blocks:
            found = list(passive.finditer(source, block.start, block.end))
            count = sum(1 for _ in sentences(field.text, block.start, block.end)) or 1
            if len(found) >= 2 and len(found) / count > 0.5:
                issues.append(text_issue("C4.8", INFO, field, block.start, block.end,
                                         f"{len(found)} passive phrases in {count} sentence(s)",
                                         "say who did what: \"the review found\""))
    return issues


# -- C4.9 to C4.11 ------------------------------------------------------------------------
@check("C4.9", WARNING, "Lengths")
def lengths(record: Any, ctx: CheckContext) -> list[Issue]:
    s = ctx.settings
    issues = []
    title = record.title.strip()
    if len(title) > s.title_max:
        issues.append(field_issue("C4.9", WARNING, "title",
                                  f"the title has {len(title)} characters (GOV.UK: at most "
                                  f"{s.title_max})", "shorten it"))
    elif len(title) < s.title_min:
        issues.append(field_issue("C4.9", WARNING, "title",
                                  f"the title has {len(title)} characters (at least {s.title_min})",
                                  "say what the page is about"))
    summary = (record.summary or "").strip()
    if len(summary) > s.summary_max:
        issues.append(field_issue("C4.9", WARNING, "summary",
                                  f"the summary has {len(summary)} characters (GOV.UK: at most "
                                  f"{s.summary_max})", "shorten it"))
    if record.slug and len(record.slug) > s.slug_max:
        issues.append(field_issue("C4.9", WARNING, "slug",
                                  f"the slug has {len(record.slug)} characters (at most "
                                  f"{s.slug_max})", "shorten it"))
    if len(record.themes) > s.themes_max:
        issues.append(field_issue("C4.9", WARNING, "themes",
                                  f"{len(record.themes)} themes (at most {s.themes_max})",
                                  "keep the main themes"))
    if record.review is not None and record.review.executive_summary:
        words = count_words(record.review.executive_summary)
        if words > s.executive_summary_max_words:
            issues.append(field_issue("C4.9", WARNING, "review.executive_summary",
                                      f"the executive summary has {words} words (at most "
                                      f"{s.executive_summary_max_words})", "shorten it"))
    return issues


@check("C4.10", BLOCKING, "Leftovers")
def leftovers(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for severity, listed in ((BLOCKING, ctx.settings.placeholders_blocking),
                             (WARNING, ctx.settings.placeholders_warning)):
        if not listed:
            continue
        patterns = tuple(listed)
        for field in ctx.facts(record).fields:
            pattern = configured_pattern(patterns, field.text)
            for match in pattern.finditer(field.text) if pattern is not None else ():
                end = match.end()
                if match.group().startswith("["):
                    close = field.text.find("]", end)
                    end = close + 1 if 0 <= close < end + 60 else end
                issues.append(text_issue("C4.10", severity, field, match.start(), end,
                                         f"a placeholder is left in: "
                                         f"{quoted(field.text[match.start():end])}",
                                         "replace it with the real text"))
    return issues


@check("C4.11", WARNING, "Title style")
def title_style(record: Any, ctx: CheckContext) -> list[Issue]:
    title = record.title.strip()
    issues = []
    if title.endswith("."):
        issues.append(Issue("C4.11", WARNING, "title", (len(title) - 1, len(title)),
                            "a title has no full stop", "remove the full stop"))
    letters = [c for c in title if c.isalpha()]
    words = re.findall(r"[A-Za-z][\w’'-]*", title)
    if len(letters) > 3 and title.upper() == title and len(words) > 1:
        issues.append(field_issue("C4.11", WARNING, "title", "the title is in capitals",
                                  "use sentence case"))
    elif len(words) > 2:
        later = [w for w in words[1:] if w.lower() not in _SMALL_WORDS and not w.isupper()]
        capitalised = [w for w in later if w[0].isupper()]
        if len(later) >= 2 and len(capitalised) >= max(2, round(0.6 * len(later))):
            issues.append(field_issue("C4.11", INFO, "title",
                                      "the title is in Title Case",
                                      "GOV.UK uses sentence case: capitals only for the "
                                      "first word and names"))
    return issues


# -- C4.12 to C4.14 -----------------------------------------------------------------------
def record_words(facts: RecordFacts) -> set[str]:
    settings = facts.settings
    words: set[str] = set(settings.word_list) | set(settings.domain_words)
    words |= set(settings.glossary)
    for phrase in [*settings.glossary.values(), *facts.allowed_names]:
        words.update(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", phrase))
    return words


@check("C4.12", WARNING, "Spelling")
def spelling_check(record: Any, ctx: CheckContext) -> list[Issue]:
    if not ctx.settings.spelling:
        return []
    facts = ctx.facts(record)
    speller = record_speller(record, ctx)
    fields = [field for field in facts.prose_fields
              if not (field.path.startswith("links.") and field.path.endswith(".url"))]
    return misspellings("C4.12", "British English", speller, fields)


def record_speller(record: Any, ctx: CheckContext) -> spelling.Speller:
    """The speller knowing the record's and the settings' own words (made once per run,
    not once per field)."""
    facts = ctx.facts(record)
    return facts.remember("C4.12 speller", lambda: spelling.speller_for(
        frozenset(record_words(facts))))  # type: ignore[no-any-return]


def misspellings(code: str, dictionary: str, speller: Any,
                 fields: list[FieldText]) -> list[Issue]:
    """A warning for each word of the fields' blocks that ``speller`` does not know."""
    issues: list[Issue] = []
    message = _Messages(dictionary).__getitem__  # one message a word, however often misspelt
    severity, suggestion = repeat(WARNING), repeat(_SPELLING_SUGGESTION)
    for field in fields:
        text = field.text
        segments = None if field.markdown is None else field.markdown.segments
        for block in field.blocks:
            starts, ends, words = speller.unknown_words(text[block.start:block.end])
            if not words:
                continue
            offset = block.start
            spans: Iterable[tuple[int, int]]
            # a block read as it is written maps every span in it back to itself
            if segments is not None and not segments.same_offsets(block.start, block.end):
                spans = [field.source_span(offset + start, offset + end)
                         for start, end in zip(starts, ends, strict=True)]
            elif offset:
                spans = zip(map(add, starts, repeat(offset)), map(add, ends, repeat(offset)),
                            strict=True)
            else:
                spans = zip(starts, ends, strict=True)
            issues.extend(issues_from(zip(repeat(code), severity, repeat(field.path), spans,
                                          map(message, words), suggestion)))
    return issues


_SPELLING_SUGGESTION = "correct it, or add it to the partnership's word list"


class _Messages(dict[str, str]):
    """The spelling warning's message for each word, made on its first use."""

    def __init__(self, dictionary: str) -> None:
        super().__init__()
        self.dictionary = dictionary

    def __missing__(self, word: str) -> str:
        message = self[word] = f"“{word}” is not in the {self.dictionary} dictionary"
        return message


@check("C4.13", WARNING, "Apostrophes")
def apostrophes(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for field in _prose(record, ctx):
        for match in matches_at(_TIME_POSSESSIVE, field.text, _NUMBER_START):
            end = match.start("rest") if match.group("rest") else match.end()
            phrase = field.text[match.start():end]
            fixed = re.sub(r"['’]", "", phrase)
            if match.group("rest"):
                fixed += " in prison"
            issues.append(text_issue("C4.13", WARNING, field, match.start(), end,
                                     f"time possessives: {quoted(phrase)}", quoted(fixed)))
        decades = matches_at(_DECADE, field.text, _DECADE_START) \
            if _DECADE_MARKS.search(field.text) else ()
        for match in decades:
            fixed = re.sub(r"['’]", "", match.group())
            issues.append(text_issue("C4.13", WARNING, field, match.start(), match.end(),
                                     f"a decade takes no apostrophe: {quoted(match.group())}",
                                     quoted(fixed)))
    return issues


@check("C4.14", WARNING, "Victim-blaming language")
def victim_blaming(record: Any, ctx: CheckContext) -> list[Issue]:
    always = ctx.settings.victim_blaming
    with_child = ctx.settings.victim_blaming_with_child
    pattern = cached_phrases(tuple(always))
    child_pattern = cached_phrases(tuple(with_child))
    lookup = {k.lower(): v for k, v in {**always, **with_child}.items()}
    issues = []
    for field in _prose(record, ctx):
        text = field.text
        found = list(pattern.finditer(text)) if pattern else []
        if child_pattern is not None:
            lowered = case_blind(text)
            child, source = (_CHILD_WORDS, text) if lowered is None else \
                (_CHILD_WORDS_LOWER, lowered)
            for block in field.blocks:
                for s_start, s_end in sentences(text, block.start, block.end):
                    if not child.search(source, s_start, s_end):
                        continue
                    found += list(child_pattern.finditer(text, s_start, s_end))
        for match in found:
            key = " ".join(match.group().lower().replace("’", "'").split())
            issues.append(text_issue("C4.14", WARNING, field, match.start(), match.end(),
                                     f"language that can blame the victim: "
                                     f"{quoted(match.group())}", lookup.get(key, "rephrase it")))
    return issues



# -- configured patterns (C4.7, C4.10) ----------------------------------------------------
def configured_pattern(patterns: tuple[str, ...], text: str) -> re.Pattern[str] | None:
    """The configured patterns as one alternation matched in any case, without those whose
    leading text ``text`` lacks (they cannot match there, so leaving them out changes
    nothing), or None when none is left: most fields then need no pass at all."""
    lowered = case_blind(text)
    if lowered is None:
        return _alternation(patterns) if patterns else None
    kept = tuple([pattern for pattern, lead in _leads(patterns) if lead in lowered])
    return _alternation(kept) if kept else None


@lru_cache(maxsize=64)
def _leads(patterns: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each pattern with its leading text (``_leading_text``), looked up once a list."""
    return tuple((pattern, _leading_text(pattern)) for pattern in patterns)


@lru_cache(maxsize=64)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_QUANTITY = re.compile(r"\{(\d+)")


@lru_cache(maxsize=256)
def _leading_text(pattern: str) -> str:
    """The text (lower case) every match of ``pattern`` starts with, read up to its first
    regex construct ("skip to " for "Skip to (?:main )?content", "xxx" for "\\bX{3,}"); ""
    when it cannot tell (alternatives, back-references)."""
    if "|" in pattern or re.search(r"\\\d|\(\?P=", pattern):
        return ""
    at = 0
    while pattern.startswith("\\b", at):
        at += 2
    found = []
    while at < len(pattern):
        if pattern[at] == "\\" and at + 1 < len(pattern) and not pattern[at + 1].isalnum():
            char, at = pattern[at + 1], at + 2  # an escaped character: "\\[", "\\."
        elif (pattern[at].isascii() and pattern[at].isalnum()) or pattern[at] in " ,'’&-":
            char, at = pattern[at], at + 1
        else:
            break
        following = pattern[at:at + 1]
        if following in ("*", "?") or pattern.startswith("{0", at):
            break  # optional
        if following == "+":
            found.append(char)
            break
        if following == "{":  # "X{3,}": three at least; "X{,3}" or a literal brace: unsure
            count = _QUANTITY.match(pattern, at)
            found.append(char * int(count.group(1)) if count else "")
            break
        found.append(char)
    return "".join(found).lower()
