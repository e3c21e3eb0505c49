"""C1: identifying details, one check at a time, positive and negative."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest
from check_samples import NOW

from review_editor.checks import (
    BLOCKING,
    WARNING,
    CheckContext,
    CheckSettings,
    DenyList,
    Issue,
    run_checks,
)
from review_editor.checks.detection import nhs_number_valid
from review_editor.model import parse_record


def news(text: str, *, subjects: tuple[str, ...] = ("Child A",), soaa: bool = False,
         **extra: Any) -> Any:
    data: dict[str, Any] = {
        "schema_version": "1.0", "id": "0b8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a01",
        "kind": "news_item", "title": "Learning from a local review",
        "publisher": {"name": "Greyhaven Safeguarding Children Partnership",
                      "short_name": "Greyhaven SCP",
                      "publisher_type": "safeguarding_children_partnership",
                      "url": "https://greyhaven-scp.example",
                      "statutory_partners": ["Greyhaven City Council", "Northmarsh Police"]},
        "body": [{"id": "main", "heading": "", "markdown": text}],
        "sensitivity": {"subjects": [{"pseudonym": s, "role": "child"} for s in subjects],
                        "sexual_offence_context": soaa},
    }
    data.update(extra)
    return parse_record(data)


def run(record: Any, code: str, **kwargs: Any) -> list[Issue]:
    ctx = CheckContext(now=NOW, **kwargs)
    return [i for i in run_checks(record, ctx, {code}) if i.code == code]


def texts(record: Any, issues: list[Issue]) -> list[str]:
    markdown = record.body[0].markdown
    return [markdown[i.span[0]:i.span[1]] for i in issues
            if i.span and i.field_path == "body.0.markdown"]


# -- C1.1 ---------------------------------------------------------------------------------
def test_c1_1_deny_list_terms_block_wherever_they_appear() -> None:
    denylist = DenyList.create()
    denylist.add("Kai Brennan")
    record = news("Child A was known as *Kai Brenan* at school.",
                  links=[{"text": "Kai Brennan's story", "url": "https://x.example/a"}])
    issues = run(record, "C1.1", denylist=denylist)
    assert {(i.field_path, i.severity) for i in issues} == {("body.0.markdown", BLOCKING),
                                                            ("links.0.text", BLOCKING)}
    assert texts(record, issues) == ["Kai Brenan"]


def test_c1_1_deny_list_checks_link_addresses_and_file_names() -> None:
    denylist = DenyList.create()
    denylist.add("Kai Brennan")
    record = news("Read [the report](https://x.example/files/kai-brennan-report.pdf).")
    assert [i.field_path for i in run(record, "C1.1", denylist=denylist)] == ["body.0.markdown"]


def test_c1_1_heuristic_flags_unknown_capitalised_pairs() -> None:
    record = news("The review spoke to Child A and her aunt Marnie Kettleby about school.")
    issues = run(record, "C1.1")
    assert texts(record, issues) == ["Marnie Kettleby"]
    assert issues[0].severity == WARNING


def test_c1_1_heuristic_skips_allowed_names_organisations_and_common_words() -> None:
    record = news("Greyhaven City Council and Northmarsh Police met. Nobody said so. "
                  "The Home Office and the Care Act apply, as does Working Together.")
    assert run(record, "C1.1") == []


def test_c1_1_heuristic_finds_a_name_that_starts_a_sentence() -> None:
    record = news("The agencies met. Marnie Kettleby said so.")
    assert texts(record, run(record, "C1.1")) == ["Marnie Kettleby"]


def test_c1_1_heuristic_blocks_when_sexual_offences_are_involved() -> None:
    record = news("Child A told Marnie Kettleby about the abuse.", soaa=True)
    assert [i.severity for i in run(record, "C1.1")] == [BLOCKING]


# -- C1.2 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Child A was aged 14 when the referral was made.", "aged 14"),
    ("The girl, then a 15-year-old, was not seen.", "15-year-old"),
    ("The baby was 6 weeks old.", "6 weeks old"),
    ("Child A, 12, lived with her grandmother.", "12"),
    ("Child A (6) was not seen alone.", "6"),
])
def test_c1_2_exact_ages_near_a_person(text: str, expected: str) -> None:
    record = news(text)
    assert texts(record, run(record, "C1.2")) == [expected]


@pytest.mark.parametrize("text", [
    "Child A was a baby under 3 months old.",
    "The service works with children aged 10 to 15.",
    "Young people aged 18 and over can ask for help.",
    "The policy is 12 years old and needs review.",
    "The building, 1901, was listed.",
])
def test_c1_2_bands_and_ages_not_about_people_pass(text: str) -> None:
    assert run(news(text), "C1.2") == []


def test_c1_2_blocks_under_a_sexual_offence_context() -> None:
    assert [i.severity for i in run(news("Child A was aged 14.", soaa=True), "C1.2")] == [BLOCKING]


# -- C1.3 ---------------------------------------------------------------------------------
def test_c1_3_date_of_birth_blocks_and_other_dates_warn() -> None:
    record = news("Child A was born on 4 June 2019. Child A was seen on 3 May 2022. "
                  "In March 2021 Child A moved.")
    issues = run(record, "C1.3")
    assert [(i.severity, t) for i, t in zip(issues, texts(record, issues), strict=True)] == [
        (BLOCKING, "4 June 2019"), (WARNING, "3 May 2022"), (WARNING, "March 2021")]


def test_c1_3_years_and_the_records_own_dates_pass() -> None:
    record = news("Child A moved in 2021. The review, commissioned in April 2023, was "
                  "published on 3 June 2025.", published_on="2025-06-03",
                  review={"review_type": "lcspr", "review_name": "Child A",
                          "commissioned_on": "2023-04"})
    assert run(record, "C1.3") == []


# -- C1.4 ---------------------------------------------------------------------------------
def test_c1_4_postcodes_streets_house_numbers_and_places() -> None:
    record = news("Child A lived at 12 Harlow Close, GH4 7QT, near Little Brindle.")
    settings = CheckSettings(places=["Little Brindle"])
    issues = run(record, "C1.4", settings=settings)
    assert texts(record, issues) == ["12 Harlow Close", "GH4 7QT", "Little Brindle"]
    assert {i.severity for i in issues} == {BLOCKING}


def test_c1_4_courts_and_ordinary_words_are_not_addresses() -> None:
    record = news("The case went to the Crown Court. Close working helped. The Way Forward "
                  "plan and the Family Court agreed.")
    assert run(record, "C1.4") == []


# -- C1.5 ---------------------------------------------------------------------------------
def test_c1_5_named_schools_settings_and_workplaces() -> None:
    record = news("Child A went to Brindle Vale Primary School and was seen at Greyhaven "
                  "General Hospital. Her mother worked at Tillworth Foods.")
    issues = run(record, "C1.5")
    assert texts(record, issues) == ["Brindle Vale Primary School",
                                     "Greyhaven General Hospital", "Tillworth Foods"]
    assert {i.severity for i in issues} == {WARNING}


def test_c1_5_blocks_under_a_sexual_offence_context() -> None:
    record = news("Child A attended Brindle Vale Academy.", soaa=True)
    assert [i.severity for i in run(record, "C1.5")] == [BLOCKING]


def test_c1_5_generic_settings_pass() -> None:
    record = news("Child A was registered with a GP surgery and went to a local nursery. "
                  "The school nurse and the hospital ward staff worked with the family.")
    assert run(record, "C1.5") == []


# -- C1.6 ---------------------------------------------------------------------------------
def test_c1_6_direct_identifiers_block() -> None:
    record = news("Call 07700 900123 or email kai.b@mailbox.example. NHS number 999 000 0018, "
                  "NI number JK 12 34 56 C, car AB12 CDE, case no. LV21C01234, @kaib_2009.")
    found = texts(record, run(record, "C1.6"))
    assert found == ["07700 900123", "kai.b@mailbox.example", "999 000 0018",
                     "JK 12 34 56 C", "AB12 CDE", "case no. LV21C01234", "@kaib_2009"]


def test_c1_6_allow_list_and_publisher_addresses_pass() -> None:
    record = news("Call Childline on 0800 1111, the NSPCC on 0808 800 5000, us on "
                  "01632 960 418 or email help@greyhaven-scp.example.",
                  contact={"telephone": "01632 960 418"})
    assert run(record, "C1.6") == []


def test_nhs_numbers_need_a_valid_check_digit() -> None:
    assert nhs_number_valid("9990000018")
    assert not nhs_number_valid("9990000019")


# -- C1.7 ---------------------------------------------------------------------------------
def test_c1_7_scores_a_paragraph_and_flags_at_the_threshold() -> None:
    record = news("Child A, 14, was a Polish-speaking twin living in a village.")
    issues = run(record, "C1.7")
    assert len(issues) == 1
    assert "score 9" in issues[0].message


@pytest.mark.parametrize("condition", ["Tourettes", "Tourette's", "Downs syndrome",
                                       "Down's syndrome"])
def test_c1_7_reads_a_word_its_lexicon_writes_as_a_stem(condition: str) -> None:
    """A lexicon entry whose word continues in the pattern ("Tourette['’]?s") is found even
    when the paragraph holds no other lexicon word."""
    plain = news("Child A, 14, was a twin living in a village.")
    record = news(f"Child A, 14, was a twin with {condition} living in a village.")
    assert "disability" not in run(plain, "C1.7")[0].message
    assert "disability" in run(record, "C1.7")[0].message


def test_c1_7_low_scores_and_paragraphs_without_people_pass() -> None:
    record = news("Child A was in the care of the Council.\n\nThe village hall, the mosque "
                  "and the Polish club hosted events for 30 years.")
    assert run(record, "C1.7") == []
    assert run(record, "C1.7", settings=CheckSettings(jigsaw_threshold=2)) != []


# -- C1.8 ---------------------------------------------------------------------------------
def test_c1_8_mixed_forms_and_initials() -> None:
    record = news("Adult R lived alone. Mr R said no. J.S. visited.", subjects=("Adult R",))
    assert texts(record, run(record, "C1.8")) == ["Mr R", "J.S."]


def test_c1_8_declared_pseudonyms_pass() -> None:
    record = news("Adult R lived alone. Child B visited.", subjects=("Adult R", "Child B"))
    assert run(record, "C1.8") == []


# -- C1.9 ---------------------------------------------------------------------------------
def _jpeg_with_gps(path: Path) -> None:
    tiff = b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 1) + \
        struct.pack(">HHII", 0x8825, 4, 1, 26) + b"\x00\x00\x00\x00"
    app1 = b"Exif\x00\x00" + tiff
    path.write_bytes(b"\xff\xd8\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 +
                     b"\xff\xda\x00\x02\xff\xd9")


def test_c1_9_images_in_records_about_people(tmp_path: Path) -> None:
    _jpeg_with_gps(tmp_path / "garden.jpg")
    record = news("![The garden](garden.jpg)\n\n![](divider.png)")
    issues = run(record, "C1.9", base_dir=tmp_path)
    assert [i.message for i in issues] == ["an image in a record about people in a case",
                                           "the image file holds GPS location data"]


def test_c1_9_decorative_and_confirmed_images_pass() -> None:
    record = news("![The garden](garden.jpg)", sensitivity={
        "subjects": [{"pseudonym": "Child A"}],
        "identifier_review": {"images_show_no_subject": True}})
    assert run(record, "C1.9") == []
    assert run(news("![](divider.png)"), "C1.9") == []


# -- C1.10 --------------------------------------------------------------------------------
def _pdf(path: Path, author: str | None, title: str) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    metadata = {"/Title": title}
    if author:
        metadata["/Author"] = author
    writer.add_metadata(metadata)
    with path.open("wb") as stream:
        writer.write(stream)


def test_c1_10_attachment_metadata_leaks(tmp_path: Path) -> None:
    _pdf(tmp_path / "report.pdf", "Kai's social worker", "Microsoft Word - Child A draft v3")
    record = news("Text.", attachments=[{"title": "Report", "path": "report.pdf",
                                         "media_type": "application/pdf"}])
    messages = [i.message for i in run(record, "C1.10", base_dir=tmp_path)]
    assert any("Author" in m for m in messages)
    assert any("title metadata" in m for m in messages)


def test_c1_10_clean_files_pass(tmp_path: Path) -> None:
    _pdf(tmp_path / "report.pdf", None, "Learning from a local review")
    record = news("Text.", attachments=[{"title": "Report", "path": "report.pdf",
                                         "media_type": "application/pdf"}])
    assert run(record, "C1.10", base_dir=tmp_path) == []


# -- C1.11 --------------------------------------------------------------------------------
def test_c1_11_named_practitioners_and_teams() -> None:
    record = news("Child A's social worker Petra Lindqvist and the Eastfold Duty Team met.")
    assert texts(record, run(record, "C1.11")) == ["Petra Lindqvist", "Eastfold Duty Team"]


def test_c1_11_roles_without_names_pass() -> None:
    record = news("Child A's social worker and the duty team met the Early Help Team.")
    assert run(record, "C1.11") == []
