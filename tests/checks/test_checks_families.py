"""C2 to C8, each with a record that passes and one that does not (from D1–D3)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from check_samples import NOW, context, mutated, record_from, sample_data

from review_editor.checks import BLOCKING, INFO, WARNING, CheckSettings, Issue, run_checks


def issues_for(data: dict[str, Any], code: str, **kwargs: Any) -> list[Issue]:
    record = record_from(data)
    return [i for i in run_checks(record, context(record, **kwargs), {code}) if i.code == code]


def severities(data: dict[str, Any], code: str, **kwargs: Any) -> list[str]:
    return [i.severity for i in issues_for(data, code, **kwargs)]


def change(name: str, fn: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    return mutated(name, lambda d: fn(d))


def section(name: str, index: int, markdown: str) -> dict[str, Any]:
    return change(name, lambda d: d["body"][index].update(markdown=markdown))


# -- C2 ------------------------------------------------------------------------------------
def test_c2_1_notes_when_sexual_offences_are_involved() -> None:
    assert severities(sample_data("bradford"), "C2.1") == [INFO]
    assert severities(sample_data("d1"), "C2.1") == []
    themed = change("d2", lambda d: d["themes"].append(
        {"id": "child-sexual-exploitation", "label": "Child sexual exploitation"}))
    assert severities(themed, "C2.1") == [INFO]
    worded = section("d2", 1, "The review found grooming online.")
    assert severities(worded, "C2.1") == [INFO]


def test_c2_1_raises_c1_severities_without_changing_the_record() -> None:
    data = section("d2", 0, "Baby M attended St Aldwyn's Nursery. Grooming was suspected.")
    assert severities(data, "C1.5") == [BLOCKING]
    assert record_from(data).sensitivity.sexual_offence_context is False


def test_c2_2_active_proceedings_need_a_legal_approval_of_this_version() -> None:
    active = change("d3", lambda d: d["sensitivity"].update(proceedings_status="active"))
    assert severities(active, "C2.2") == [BLOCKING]
    cleared = change("d3", lambda d: (d["sensitivity"].update(proceedings_status="active"),
                                      d["approvals"].append({"role": "legal", "name": "S. A.",
                                                             "date": "2026-11-06",
                                                             "decision": "approve"})))
    assert severities(cleared, "C2.2") == []


def test_c2_2_text_suggesting_live_proceedings_warns() -> None:
    data = section("d3", 1, "A man has been charged with her murder.")
    assert severities(data, "C2.2") == [WARNING]
    assert severities(section("d3", 1, "An alleged offence was reported."), "C2.2") == []


def test_c2_3_reporting_restrictions() -> None:
    open_ended = change("d1", lambda d: d["sensitivity"].update(
        reporting_restrictions=[{"type": "s45 order"}]))
    assert severities(open_ended, "C2.3") == [BLOCKING]
    expired = change("d1", lambda d: d["sensitivity"].update(
        reporting_restrictions=[{"type": "s45 order", "expires": "2024-01-01"}]))
    assert severities(expired, "C2.3") == []


def test_c2_4_family_must_be_told_before_the_release_day() -> None:
    untold = change("d1", lambda d: d["sensitivity"].pop("family_told_publication_date_on"))
    assert severities(untold, "C2.4") == [WARNING]
    late = change("d3", lambda d: d["sensitivity"].update(
        family_told_publication_date_on="2031-05-14"))
    assert severities(late, "C2.4") == [WARNING]
    assert severities(sample_data("d2"), "C2.4") == []


def test_c2_5_family_quotes_and_tributes_need_consent() -> None:
    tribute = change("d1", lambda d: d["review"]["family_contribution"].update(
        tribute_text="He loved his garden.", consent=False))
    assert severities(tribute, "C2.5") == [BLOCKING]
    assert severities(sample_data("d3"), "C2.5") == []


# -- C3 ------------------------------------------------------------------------------------
def lcspr() -> dict[str, Any]:
    def make(d: dict[str, Any]) -> None:
        d["review"].update(review_type="lcspr", legal_basis="children_act_2004_s16F",
                           panel_notified_on="2025-03-03", guidance_edition="wt2018")
        d["review"].pop("sar_basis")
        d.update(availability={"min_online_until": "2026-03-12"})
    return mutated("d1", make)


def test_c3_1_lcspr_rules() -> None:
    assert severities(lcspr(), "C3.1") == []
    late_notice = lcspr()
    late_notice["review"]["panel_notified_on"] = "2025-03-10"
    short = lcspr()
    short["availability"]["min_online_until"] = "2025-12-01"
    partial = lcspr()
    partial["review"]["publication_form"] = "executive_summary_only"
    for data in (late_notice, short, partial):
        assert severities(data, "C3.1") == [BLOCKING]


def test_c3_2_lcspr_published_long_after_commissioning_needs_a_reason() -> None:
    data = lcspr()
    data["review"].pop("publication_delay_reason")
    assert severities(data, "C3.2") == [WARNING]
    assert severities(lcspr(), "C3.2") == []


def test_c3_3_dardr_notice_needs_home_office_approval_and_documents() -> None:
    def make(d: dict[str, Any], approved: bool) -> None:
        d["review"].update(review_type="dardr", legal_basis="dvcva_2004_s9")
        d["review"].pop("sar_basis")
        if approved:
            d["review"]["home_office_qa"] = {"outcome": "approved"}
            d["attachments"][1].update(role="executive_summary")
            d["attachments"][2].update(role="ho_qa_letter")
    assert len(issues_for(mutated("d1", lambda d: make(d, False)), "C3.3")) == 3
    assert severities(mutated("d1", lambda d: make(d, True)), "C3.3") == []


def test_c3_4_sar_needs_responses_and_reasons() -> None:
    data = change("d1", lambda d: d["review"]["recommendations"][0].update(response=None))
    assert BLOCKING in severities(data, "C3.4")
    assert severities(sample_data("d1"), "C3.4") == []


def test_c3_7_rapid_reviews_are_not_published() -> None:
    data = change("d1", lambda d: d.update(title="Rapid review: Adult R"))
    assert severities(data, "C3.7") == [BLOCKING]
    brief = change("d2", lambda d: d.update(title="Learning from a rapid review"))
    assert severities(brief, "C3.7") == []


def test_c3_8_seven_minute_briefings_have_seven_sections() -> None:
    data = change("d2", lambda d: d["body"].pop())
    assert severities(data, "C3.8") == [WARNING]


def test_c3_9_required_fields_are_notes_in_a_draft_and_block_when_approving() -> None:
    data = change("d1", lambda d: (d.pop("contact"), d.update(status="draft")))
    assert severities(data, "C3.9") == [INFO]
    record = record_from(data)
    ctx = context(record, target_status="approved")
    assert [i.severity for i in run_checks(record, ctx, {"C3.9"})] == [BLOCKING]
    ctx = context(record, target_status="final_export")
    assert [i.field_path for i in run_checks(record, ctx, {"C3.9"})] == ["contact"]


def test_c3_9_an_embargo_waives_only_the_publication_date_of_a_press_pack() -> None:
    def final_paths(data: dict[str, Any], now: datetime = NOW) -> list[str]:
        record = record_from(data)
        ctx = context(record, target_status="final_export", now=now)
        return [i.field_path for i in run_checks(record, ctx, {"C3.9"})
                if i.severity == BLOCKING]

    assert sample_data("d3")["status"] == "scheduled" and "published_on" not in sample_data("d3")
    assert final_paths(sample_data("d3")) == []
    # every other requirement stands under the embargo
    no_contact = change("d3", lambda d: d.pop("contact"))
    assert final_paths(no_contact) == ["contact"]
    # no embargo, an embargo that has lifted, or a record that is not scheduled: the date is due
    assert final_paths(change("d3", lambda d: d.pop("embargo"))) == ["published_on"]
    lifted = datetime.fromisoformat(sample_data("d3")["embargo"]["until"])
    assert final_paths(sample_data("d3"), now=lifted) == ["published_on"]
    assert final_paths(change("d3", lambda d: d.update(status="approved"))) == ["published_on"]


def test_c3_9_lcspr_needs_the_panel_notification_once_approved() -> None:
    data = lcspr()
    data["review"].pop("panel_notified_on")
    paths = [i.field_path for i in issues_for(data, "C3.9")]
    assert paths == ["review.panel_notified_on"]


def test_c3_10_approval_and_schedule() -> None:
    unapproved = change("d1", lambda d: d.update(approvals=[]))
    assert severities(unapproved, "C3.10") == [BLOCKING]
    stale = change("d3", lambda d: d.update(publish_at="2026-01-01T09:00:00+00:00"))
    assert BLOCKING in severities(stale, "C3.10")


def test_c3_11_independent_reviewer_and_thematic_cases() -> None:
    data = change("d1", lambda d: d["review"]["reviewers"][0].update(independent=False))
    assert severities(data, "C3.11") == [WARNING]


def test_c3_12_dhr_commissioned_after_may_2024_suggests_dardr() -> None:
    def make(d: dict[str, Any]) -> None:
        d["review"].update(review_type="dhr", commissioned_on="2024-06")
        d["review"].pop("sar_basis")
    assert severities(mutated("d1", make), "C3.12") == [WARNING]
    assert severities(sample_data("d1"), "C3.12") == []


def test_c3_13_recommendation_numbers_are_unique() -> None:
    data = change("d1", lambda d: d["review"]["recommendations"][1].update(id="R1"))
    assert severities(data, "C3.13") == [BLOCKING, BLOCKING]


# -- C4 ------------------------------------------------------------------------------------
def test_c4_1_c4_2_c4_3_are_information_unless_raised() -> None:
    long = " ".join(["word"] * 30) + "."
    data = section("d3", 1, f"{long} We will leverage the robust plan.")
    assert set(severities(data, "C4.1")) == {INFO}
    assert set(severities(data, "C4.3")) == {INFO}
    raised = CheckSettings(severity_overrides={"C4.1": "warning"})
    assert set(severities(data, "C4.1", settings=raised)) == {WARNING}


def test_c4_2_reading_age_is_measured_per_field() -> None:
    hard = ("Notwithstanding considerable organisational reconfiguration, multidisciplinary "
            "safeguarding arrangements demonstrated insufficiently coordinated "
            "interprofessional communication regarding deteriorating circumstances. ") * 3
    easy = "The cat sat on the mat. It was a good day. We had tea. " * 4
    def notes(markdown: str) -> list[str]:
        return [i.severity for i in issues_for(section("d3", 1, markdown), "C4.2")
                if i.field_path == "body.1.markdown"]

    assert notes(hard) == [INFO]
    assert notes(easy) == []


def test_c4_4_acronyms_expanded_at_first_use() -> None:
    data = section("d3", 1, "The MASH shared it. The multi-agency safeguarding hub (MASH) met.")
    issues = issues_for(data, "C4.4")
    assert len(issues) == 1
    assert "multi-agency safeguarding hub (MASH)" in issues[0].suggestion
    fine = section("d3", 1, "The multi-agency safeguarding hub (MASH) met. The MASH agreed.")
    assert severities(fine, "C4.4") == []


def test_c4_5_tone() -> None:
    data = section("d3", 1, "This is URGENT! Agencies & families *must read this whole long "
                            "passage in italics now*.")
    assert len(issues_for(data, "C4.5")) == 4


def test_c4_6_hyphenated_ages() -> None:
    assert [i.suggestion for i in issues_for(section("d3", 1, "A 14-year-old was seen."),
                                              "C4.6")] == ["14 year old"]


def test_c4_7_scrape_hygiene() -> None:
    data = section("d3", 1, "We use cookies.\n\n\u00a0\n\nIt's the family’s view.")
    messages = [i.message for i in issues_for(data, "C4.7")]
    assert len(messages) == 4
    assert any("mixed" in m for m in messages)


def test_c4_7_direction_overrides_and_control_characters_are_reported() -> None:
    # "Safeg\u202eevil\u202c" is shown as "Safeglive": readers see other words.
    data = change("d1", lambda d: d.update(title="Safeg\u202eevil\u202c review of Adult R"))
    title = [i for i in issues_for(data, "C4.7") if i.field_path == "title"]
    assert [i.message for i in title] == [
        "2 text-direction control character(s): readers see the text around them reordered"]
    bell = section("d3", 1, "The family\x07 said.")
    assert any("1 control character(s)" in i.message for i in issues_for(bell, "C4.7"))


def test_c4_8_passive_density_is_information() -> None:
    data = section("d3", 1, "The case was reviewed. Risks were missed. Plans were changed.")
    assert severities(data, "C4.8") == [INFO]


def test_c4_9_lengths() -> None:
    data = change("d1", lambda d: d.update(title="A" * 20 + " review of " + "B" * 40))
    assert severities(data, "C4.9") == [WARNING]
    assert severities(change("d1", lambda d: d.update(title="SAR")), "C4.9") == [WARNING]


def test_c4_10_placeholders_block_and_tbc_warns() -> None:
    data = section("d3", 1, "Lorem ipsum. Details TBC.")
    assert severities(data, "C4.10") == [BLOCKING, WARNING]
    assert severities(section("d3", 1, "Steps to follow when in doubt."), "C4.10") == []


def test_c4_11_title_style() -> None:
    assert severities(change("d1", lambda d: d.update(title="Adult R review.")),
                      "C4.11") == [WARNING]
    assert severities(change("d1", lambda d: d.update(title="ADULT R REVIEW")),
                      "C4.11") == [WARNING]
    assert severities(change("d1", lambda d: d.update(title="Review into adult R")),
                      "C4.11") == []


def test_c4_12_spelling_with_the_partnership_word_list() -> None:
    data = section("d3", 1, "Agencies did not recieve the referal.")
    words = [i.message.split("”")[0].strip("“") for i in issues_for(data, "C4.12")]
    assert words == ["recieve", "referal"]
    settings = CheckSettings.from_dict({"extra_word_list": ["referal", "recieve"]})
    assert severities(data, "C4.12", settings=settings) == []


def test_c4_13_apostrophes() -> None:
    data = section("d3", 1, "He served 3 years' and 2 months' imprisonment in the 1990's.")
    assert [i.suggestion for i in issues_for(data, "C4.13")] == [
        "“3 years and 2 months in prison”", "“1990s”"]


def test_c4_14_victim_blaming_language() -> None:
    data = section("d3", 1, "The child was described as promiscuous and had a boyfriend.")
    assert len(issues_for(data, "C4.14")) == 2
    adult = section("d3", 1, "Her boyfriend was supportive.")
    assert severities(adult, "C4.14") == []


# -- C5 ------------------------------------------------------------------------------------
def test_c5_1_date_styles() -> None:
    data = section("d3", 1, "Met on 3rd May 2024, on 12/03/2025 and on July 27, 2021.")
    suggestions = [i.suggestion for i in issues_for(data, "C5.1")]
    assert suggestions == ["“3 May 2024”", "“12 March 2025”", "“27 July 2021”"]
    assert severities(section("d3", 1, "Met on Friday 3 May 2024."), "C5.1") == []


def test_c5_2_weekday_must_match() -> None:
    assert severities(section("d3", 1, "On Monday 3 May 2024 we met."), "C5.2") == [BLOCKING]
    assert severities(section("d3", 1, "On Friday 3 May 2024 we met."), "C5.2") == []


def test_c5_3_text_against_fields() -> None:
    data = section("d1", 0, "The Board commissioned this review in May 2023.")
    assert severities(data, "C5.3") == [WARNING]
    period = change("d1", lambda d: d["body"][0].update(
        markdown="The review looks at the period from 2020 to 2023."))
    assert severities(period, "C5.3") == [WARNING]


def test_c5_4_relative_dates_in_announcements() -> None:
    data = section("d3", 1, "The chair said today that lessons were learned.")
    assert [i.suggestion for i in issues_for(data, "C5.4")] == ["“today (14 May 2031)”"]
    assert severities(section("d3", 1, "Children today face new risks."), "C5.4") == []


def test_c5_5_partial_dates_compare_earliest_with_latest() -> None:
    same_month = change("d1", lambda d: d["review"].update(commissioned_on="2024-12",
                                                           completed_on="2024-12-01"))
    assert severities(same_month, "C5.5") == []
    future = change("d1", lambda d: d.update(published_on="2027-01-05"))
    assert BLOCKING in severities(future, "C5.5")


def test_c5_6_ranges_and_c5_7_numbers() -> None:
    data = section("d1", 0, "Between 2019-2020 and April–June the review read five cases.")
    assert len(issues_for(data, "C5.6")) == 2
    counted = change("d1", lambda d: (d["body"][0].update(markdown="It looked at five cases."),
                                      d["review"].update(number_of_cases=4)))
    assert severities(counted, "C5.7") == [INFO]


def test_c5_8_rapid_review_timescale() -> None:
    data = change("d1", lambda d: d["review"].update(incident_notified_on="2025-01-06",
                                                     rapid_review_sent_on="2025-02-03"))
    assert severities(data, "C5.8") == [WARNING]


# -- C6 ------------------------------------------------------------------------------------
def test_c6_1_heading_order() -> None:
    data = section("d3", 1, "# Big\n\n#### Deep\n\n### Fine")
    assert len(issues_for(data, "C6.1")) == 2
    assert severities(section("d3", 1, "### Fine\n\nText."), "C6.1") == []


def test_c6_2_alt_text() -> None:
    data = section("d3", 1, '![photo.jpg](a.png)\n\n![](b.png "A caption")\n\n![Image of a '
                            'house](c.png)')
    assert severities(data, "C6.2") == [WARNING, BLOCKING, WARNING]


def test_c6_3_link_text_rules() -> None:
    data = section("d3", 1, "[here](https://x.example/a) and [https://x.example/b]"
                            "(https://x.example/b) and [the report](https://x.example/r.pdf)")
    assert severities(data, "C6.3") == [BLOCKING, BLOCKING, WARNING]


def test_c6_4_tables() -> None:
    data = section("d3", 0, "| A | |\n|---|---|\n| 1 | 2 |")
    assert sorted(severities(data, "C6.4")) == [BLOCKING, WARNING]
    fine = section("d3", 1, "What changed:\n\n| Year | Cases |\n|---|---|\n| 2024 | 3 |")
    assert severities(fine, "C6.4") == []


def test_c6_5_c6_6_language_and_colour() -> None:
    data = section("d3", 1, "The actions shown in red are overdue.")
    assert severities(data, "C6.6") == [WARNING]


def test_c6_7_local_pdf_without_tags(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    with (tmp_path / "r.pdf").open("wb") as stream:
        writer.write(stream)
    data = change("d1", lambda d: d["attachments"][0].update(
        path="r.pdf", accessibility=None, url=None))
    assert BLOCKING in severities(data, "C6.7", base_dir=tmp_path)


def test_c6_8_review_pages_need_html_text_and_c6_9_statement() -> None:
    data = change("d1", lambda d: (d.update(body=[]), d["review"].update(
        executive_summary="Short.", key_findings=[], recommendations=[])))
    assert severities(data, "C6.8") == [WARNING]
    known = change("d1", lambda d: d["attachments"][0]["accessibility"].update(
        known_issues="Tables lack headers."))
    assert severities(known, "C6.9") == [INFO]


# -- C7 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://x.example/a", "file:///C:/report.pdf", "/files/a.pdf",
                                 "https://localhost/a", "https://192.168.1.4/a",
                                 "https://x.example/a?utm_source=mail"])
def test_c7_1_unsafe_addresses_block(url: str) -> None:
    data = change("d3", lambda d: d.update(links=[{"text": "The full report", "url": url}]))
    assert severities(data, "C7.1") == [BLOCKING]


def test_c7_1_https_mailto_and_tel_pass() -> None:
    data = change("d3", lambda d: d.update(links=[
        {"text": "Email us", "url": "mailto:press@wrenmouth.example"},
        {"text": "Call us", "url": "tel:+441632960977"}]))
    assert severities(data, "C7.1") == []


def test_c7_3_local_files_are_checked_offline(tmp_path: Path) -> None:
    content = b"%PDF-1.7\n%fake\n"
    (tmp_path / "report.pdf").write_bytes(content)
    good = hashlib.sha256(content).hexdigest()

    def attach(sha: str, size: int, media: str) -> dict[str, Any]:
        return change("d1", lambda d: d["attachments"][0].update(
            path="report.pdf", url=None, sha256=sha, size_bytes=size, media_type=media))

    assert severities(attach(good, len(content), "application/pdf"), "C7.3",
                      base_dir=tmp_path) == []
    wrong = attach("0" * 64, 99, "application/msword")
    assert severities(wrong, "C7.3", base_dir=tmp_path) == [BLOCKING] * 3
    missing = change("d1", lambda d: d["attachments"][0].update(path="gone.pdf"))
    assert severities(missing, "C7.3", base_dir=tmp_path) == [BLOCKING]


def test_c7_4_c7_5_file_names_and_primary_document() -> None:
    data = change("d1", lambda d: d["attachments"][0].update(
        url="https://fenmoor-sab.example/files/Adult R Report.pdf"))
    assert severities(data, "C7.4") == [WARNING]
    two = change("d1", lambda d: d["attachments"][1].update(is_primary=True))
    assert severities(two, "C7.5") == [BLOCKING]


def test_c7_6_related_records_resolve_in_the_workspace() -> None:
    record = record_from(sample_data("d1"))
    alone = context(record, workspace={"x": None})
    assert [i.code for i in run_checks(record, alone, {"C7.6"})] == ["C7.6"]


def test_c7_7_retention_reminder() -> None:
    record = record_from(sample_data("d1"))
    later = datetime.fromisoformat("2028-02-20T12:00:00+00:00")
    assert [i.severity for i in run_checks(record, context(record, now=later), {"C7.7"})] == [
        INFO]


def test_c7_7_a_date_early_in_year_one_needs_no_date_before_it() -> None:
    data = sample_data("d1")
    data["availability"]["min_online_until"] = "0001-01-05"
    record = record_from(data)
    assert [i.severity for i in run_checks(record, context(record), {"C7.7"})] == [INFO]


def test_c7_8_contact_details() -> None:
    data = change("d1", lambda d: d["contact"].update(email="someone@gmail.example",
                                                      telephone="12345"))
    assert severities(data, "C7.8") == [WARNING, WARNING]


def test_c7_9_slug_unique_in_the_workspace() -> None:
    data = change("d1", lambda d: d.update(slug="dardr-maya-published"))
    assert severities(data, "C7.9") == [WARNING]


# -- C8 ------------------------------------------------------------------------------------
def test_c8_3_embargo_offset_must_be_uk_time() -> None:
    data = change("d3", lambda d: d["embargo"].update(until="2031-05-14T00:01:00+00:00"))
    assert severities(data, "C8.3") == [WARNING]


def test_c8_4_attachments_dated_before_the_embargo() -> None:
    data = change("d3", lambda d: d["attachments"][0].update(published_on="2031-05-01"))
    assert severities(data, "C8.4") == [WARNING]


def test_c8_4_news_embargo_follows_the_review() -> None:
    review = change("d1", lambda d: d.update(embargo={"until": "2031-06-01T00:01:00+01:00"}))
    news = change("d3", lambda d: d.update(about_review_id=review["id"]))
    record = record_from(news)
    from check_samples import workspace

    ctx = context(record, workspace=workspace(record, record_from(review)))
    assert [i.code for i in run_checks(record, ctx, {"C8.4"})] == ["C8.4"]


def test_c8_5_lcspr_embargo_after_panel_notice() -> None:
    data = lcspr()
    data["embargo"] = {"until": "2025-03-05T00:01:00+00:00"}
    assert severities(data, "C8.5") == [BLOCKING]
    data["embargo"] = {"until": "2025-03-12T00:01:00+00:00"}
    assert severities(data, "C8.5") == []


def test_checks_use_the_injected_now() -> None:
    record = record_from(sample_data("d3"))
    after = datetime.fromisoformat("2031-06-01T12:00:00+01:00")
    assert [i.code for i in run_checks(record, context(record, now=after), {"C3.10"})] == [
        "C3.10"]
    assert run_checks(record, context(record, now=NOW), {"C3.10"}) == []


def test_dates_moved_near_the_calendars_ends_stay_within_it() -> None:
    from datetime import date

    from review_editor.checks.workdays import add_working_days, days_after

    assert days_after(date(1, 1, 5), -30) == date.min
    assert days_after(date(9999, 12, 30), 365) == date.max
    assert days_after(date(2031, 3, 1), -1) == date(2031, 2, 28)
    assert add_working_days(date(9999, 12, 29), 20) == date.max


def test_c3_1_an_lcspr_published_in_9999_is_checked_without_overflow() -> None:
    data = lcspr()
    data["published_on"] = "9999-12-30"
    data["availability"]["min_online_until"] = "9999-12-31"
    assert severities(data, "C3.1") == []
    data["availability"]["min_online_until"] = "9999-12-29"
    assert severities(data, "C3.1") == [BLOCKING]
