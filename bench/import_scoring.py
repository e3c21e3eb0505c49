"""Scoring the importer against hand-labelled real pages (tests/fixtures/real-pages/).

Each corpus file is imported exactly as an officer would import it, from a copy named
``page.txt`` (the corpus's file names describe the pages and must not give facts away):

    review-editor import PAGE.txt --out RECORD.json --accept-suggestions

and, for a listing page, also

    review-editor import PAGE.txt --split --out DIR --accept-suggestions

The facts are read from the record(s) written, so "what the import gives" is the field's value
once the suggestions that ``--accept-suggestions`` applies (the confident ones) are in the
record. A suggestion the command does not apply does not count.

Rules, per labelled fact (labels.json; its README explains the labels):

- ``title``: equal after normalising case, Unicode quotes and dashes, "&"/"and", punctuation
  and whitespace. A page whose stored text has no headline is labelled null and not scored.
- ``published_on``: the same ISO string (a label of "2019-04" needs "2019-04").
- ``review_type``: the same vocabulary value (``review.review_type``).
- ``publisher``: ``publisher.name`` equal to the label after the title's normalisation and
  without a leading "The", or equal to one of the label's former names when the importer ships
  a gazetteer (see ``publisher_names``).
- ``subject``: a pseudonym in ``sensitivity.subjects`` (where the model keeps pseudonyms) or
  ``review.review_name`` equal to the label after normalisation (quotes removed). For a label of
  null only ``sensitivity.subjects`` counts (``review_name`` may rightly hold a thematic title).
- ``language``: the same primary language subtag ("en-GB" and "en" agree; "cy" is Welsh).
- ``reviews`` (listing pages only): each labelled review counts once, right when one record
  written by ``--split`` has its title (normalised as above) and its review type; each record
  the split writes that matches no labelled review counts as one wrong fact (one with a
  labelled review's title but another type is that review's miss, not counted twice). A
  listing page's own title, review type and subject are not scored (without ``--split`` the
  record is the first review, not the page); its publisher, date and language are.

A fact labelled null is right when the import gives nothing for it. Nothing here is lenient
enough to count a different value as right: normalisation removes only case, punctuation,
spacing and the typographic variants of the same characters.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "real-pages"
LABELS = CORPUS / "labels.json"
FIELDS = ("title", "published_on", "review_type", "publisher", "subject", "language",
          "reviews")
LISTING = "listing"
NOTHING = "(nothing)"

_TYPOGRAPHIC = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " ", "`": "'",
})
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Case, Unicode variants, "&", punctuation and spacing removed; the words kept."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC).casefold()
    text = text.replace("&", " and ")
    text = _NOT_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def normalise_org(name: str) -> str:
    text = normalise(name)
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class Fact:
    file: str
    field: str
    expected: Any
    got: Any
    right: bool


@dataclass
class Scores:
    facts: list[Fact] = field(default_factory=list)

    def by_field(self) -> dict[str, tuple[int, int]]:
        """field -> (right, total), in FIELDS order, fields with no facts left out."""
        counts: dict[str, tuple[int, int]] = {}
        for name in FIELDS:
            facts = [fact for fact in self.facts if fact.field == name]
            if facts:
                counts[name] = (sum(fact.right for fact in facts), len(facts))
        return counts

    def accuracy(self, name: str | None = None) -> float:
        facts = [fact for fact in self.facts if name is None or fact.field == name]
        return sum(fact.right for fact in facts) / len(facts) if facts else 1.0

    @property
    def misses(self) -> list[Fact]:
        return [fact for fact in self.facts if not fact.right]


# running the command ----------------------------------------------------------------------

def _run_cli(args: list[str]) -> tuple[int, str]:
    """Run ``review-editor ARGS`` in this process: (exit code, what it printed)."""
    from review_editor.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = main(args)
        except SystemExit as stop:  # argparse refusing an option it does not know
            code = stop.code if isinstance(stop.code, int) else 2
    return code, out.getvalue()


def neutral_copy(source: Path, workdir: Path) -> Path:
    """A copy of ``source`` named ``page.txt`` in a folder of its own.

    The corpus's file names describe the pages; an importer must not read facts from them.
    """
    folder = workdir / source.stem
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / f"page{source.suffix}"
    copy.write_bytes(source.read_bytes())
    return copy


def import_record(source: Path, workdir: Path) -> dict[str, Any] | str:
    """The record ``import --accept-suggestions`` writes, or the command's complaint."""
    out = workdir / "record.json"
    code, printed = _run_cli(["import", str(source), "--out", str(out),
                              "--accept-suggestions", "--force"])
    if code != 0 or not out.exists():
        return f"(import failed, exit {code}: {' '.join(printed.split())[:200]})"
    return dict(json.loads(out.read_text(encoding="utf-8")))


def import_split(source: Path, workdir: Path) -> list[dict[str, Any]] | str:
    """The records ``import --split`` writes, or why there are none."""
    folder = workdir / "split"
    folder.mkdir(parents=True, exist_ok=True)
    code, printed = _run_cli(["import", str(source), "--split", "--out", str(folder),
                              "--accept-suggestions", "--force"])
    if code != 0:
        return f"(split failed, exit {code}: {' '.join(printed.split())[:200]})"
    records = []
    for path in sorted(folder.rglob("*.json")):
        if path.name.startswith("."):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "kind" in data:
            records.append(data)
    return records


# what the record gives ----------------------------------------------------------------------

def _review(record: dict[str, Any]) -> dict[str, Any]:
    return record.get("review") or {}


def _given(value: Any) -> Any:
    return None if value in (None, "", [], {}) else value


def record_title(record: dict[str, Any]) -> Any:
    return _given(record.get("title"))


def record_date(record: dict[str, Any]) -> Any:
    return _given(record.get("published_on"))


def record_type(record: dict[str, Any]) -> Any:
    return _given(_review(record).get("review_type"))


def record_publisher(record: dict[str, Any]) -> Any:
    return _given((record.get("publisher") or {}).get("name"))


def record_pseudonyms(record: dict[str, Any]) -> list[str]:
    subjects = (record.get("sensitivity") or {}).get("subjects") or []
    return [subject["pseudonym"] for subject in subjects
            if isinstance(subject, dict) and _given(subject.get("pseudonym"))]


def record_language(record: dict[str, Any]) -> Any:
    return _given(record.get("language"))


# the importer's gazetteer, when it ships one ------------------------------------------------

def _gazetteer_lookup() -> Callable[[str], Iterable[str]] | None:
    """A function name -> every name of that body (current and former), if one is shipped.

    Accepted shapes: ``review_editor.importers.gazetteer.all_names(name)`` returning names,
    or ``lookup(name)`` / ``find(name)`` returning an entry with ``name`` and
    ``former_names`` (strings, or objects with a ``name``).
    """
    try:
        module = importlib.import_module("review_editor.importers.gazetteer")
    except ImportError:
        return None
    all_names = getattr(module, "all_names", None)
    if callable(all_names):
        return lambda name: list(all_names(name) or [])
    finder = getattr(module, "lookup", None) or getattr(module, "find", None)
    if not callable(finder):
        return None

    def names(name: str) -> list[str]:
        entry = finder(name)
        if entry is None:
            return []
        if isinstance(entry, tuple):  # (entry, evidence) or similar
            entry = entry[0]
        found = [getattr(entry, "name", "")]
        for former in getattr(entry, "former_names", []) or []:
            found.append(former if isinstance(former, str) else getattr(former, "name", ""))
        return [item for item in found if item]

    return names


def publisher_names(expected: str) -> set[str]:
    """The label's name and, from the shipped gazetteer, its former names (normalised)."""
    names = {normalise_org(expected)}
    lookup = _gazetteer_lookup()
    if lookup is not None:
        with contextlib.suppress(Exception):
            known = [normalise_org(name) for name in lookup(expected)]
            if normalise_org(expected) in known:
                names.update(known)
    return names


# comparing ----------------------------------------------------------------------------------

def _same_text(expected: str, got: Any) -> bool:
    return isinstance(got, str) and normalise(expected) == normalise(got)


def _language_tag(value: str) -> str:
    return value.split("-")[0].casefold()


def _fact(file: str, name: str, expected: Any, got: Any, right: bool) -> Fact:
    return Fact(file, name, expected, NOTHING if got is None else got, right)


def score_fields(file: str, label: dict[str, Any], record: dict[str, Any] | str
                 ) -> list[Fact]:
    """The page-level facts of one corpus file."""
    listing = label.get("page_kind") == LISTING
    facts: list[Fact] = []
    names = ["published_on", "publisher", "language"] if listing else \
        ["title", "published_on", "review_type", "publisher", "subject", "language"]
    for name in names:
        expected = label.get(name)
        if name == "title" and expected is None:
            continue  # no headline in the stored text: nothing to compare
        if isinstance(record, str):
            facts.append(Fact(file, name, expected, record, False))
            continue
        facts.append(_compare(file, name, expected, record))
    return facts


def _compare(file: str, name: str, expected: Any, record: dict[str, Any]) -> Fact:
    if name == "subject":
        pseudonyms = record_pseudonyms(record)
        if expected is None:
            got = pseudonyms[0] if pseudonyms else None
            return _fact(file, name, None, got, got is None)
        candidates = [*pseudonyms, _given(_review(record).get("review_name"))]
        candidates = [item for item in candidates if item]
        right = any(_same_text(expected, item) for item in candidates)
        got = next((item for item in candidates if _same_text(expected, item)),
                   candidates[0] if candidates else None)
        return _fact(file, name, expected, got, right)
    got = {"title": record_title, "published_on": record_date, "review_type": record_type,
           "publisher": record_publisher, "language": record_language}[name](record)
    if expected is None:
        return _fact(file, name, None, got, got is None)
    if got is None:
        return _fact(file, name, expected, None, False)
    if name == "title":
        right = _same_text(expected, got)
    elif name == "publisher":
        right = isinstance(got, str) and normalise_org(got) in publisher_names(expected)
    elif name == "language":
        right = isinstance(got, str) and _language_tag(expected) == _language_tag(got)
    else:
        right = str(expected) == str(got)
    return _fact(file, name, expected, got, right)


def score_reviews(file: str, expected: list[dict[str, Any]],
                  records: list[dict[str, Any]] | str) -> list[Fact]:
    """One fact per labelled review, and one wrong fact per record that matches none.

    A record with a labelled review's title but another type is that review's miss (it is
    not counted again as an extra record).
    """
    if isinstance(records, str):
        return [Fact(file, "reviews", _describe(review), records, False)
                for review in expected]
    unused = list(records)
    matches: list[dict[str, Any] | None] = []
    for review in expected:
        match = next((record for record in unused
                      if _same_text(review["title"], record_title(record))
                      and review.get("review_type") == record_type(record)), None)
        if match is not None:
            unused.remove(match)
        matches.append(match)
    facts = []
    for review, match in zip(expected, matches, strict=True):
        if match is not None:
            facts.append(Fact(file, "reviews", _describe(review), _describe_record(match), True))
            continue
        near = next((record for record in unused
                     if _same_text(review["title"], record_title(record))), None)
        if near is not None:
            unused.remove(near)
        facts.append(Fact(file, "reviews", _describe(review),
                          _describe_record(near) if near else NOTHING, False))
    facts.extend(Fact(file, "reviews", NOTHING, _describe_record(record), False)
                 for record in unused)
    return facts


def _describe(review: dict[str, Any]) -> str:
    return f"{review['title']} [{review.get('review_type')}]"


def _describe_record(record: dict[str, Any]) -> str:
    return f"{record_title(record)} [{record_type(record)}]"


# the whole corpus ---------------------------------------------------------------------------

def load_labels(path: Path = LABELS) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["pages"])


def evaluate(corpus: Path = CORPUS, labels_path: Path | None = None) -> Scores:
    labels = load_labels(labels_path or corpus / "labels.json")
    scores = Scores()
    with tempfile.TemporaryDirectory(prefix="import-accuracy-") as temp:
        workdir = Path(temp)
        for file, label in sorted(labels.items()):
            source = neutral_copy(corpus / file, workdir)
            record = import_record(source, source.parent)
            scores.facts.extend(score_fields(file, label, record))
            if label.get("page_kind") == LISTING:
                records = import_split(source, source.parent)
                scores.facts.extend(score_reviews(file, label.get("reviews") or [], records))
    return scores
