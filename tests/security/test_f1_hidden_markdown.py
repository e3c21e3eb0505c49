"""Finding 1: hidden Markdown was published unchecked.

Details in an HTML comment, a raw HTML block, an unused reference definition or a code
block's language reached the JSON export word for word while the checks said nothing, and a
link title reached the page as a tooltip unchecked. Now every output is made from the public
copy, which holds none of it; the checks warn about it in the source (C4.16, with the field
and the span), and read a link title like any other text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from export_cases import NOW, file_text, json_record, record, run_cli, write_record

from review_editor import cli
from review_editor.checks import CheckContext, run_checks
from review_editor.export import export_record
from review_editor.model import parse_record
from review_editor.render import render_page

STREET = "12 Acacia Avenue"
PHONE = "07700 900123"
NHS = "943 476 5919"
HIDDEN = {
    "comment": f"Before<!-- the family lives at {STREET} -->after.",
    "html block": f"<div>\nCall the family on {PHONE}\n</div>",
    "inline html": f'A <span title="NHS {NHS}">word</span> here.',
    "reference": f'[unused]: https://x.example/{STREET.replace(" ", "-")} "NHS {NHS}"',
    "code language": f"```{STREET.replace(' ', '-')}\nshown code\n```",
}
SECRETS = (STREET, STREET.replace(" ", "-"), PHONE, NHS)


def hidden_record() -> object:
    markdown = "\n\n".join(["Visible opening paragraph.", *HIDDEN.values()])
    return record(body=[{"id": "a", "heading": "What happened", "markdown": markdown}],
                  review={"executive_summary": HIDDEN["comment"]})


def test_the_checks_warn_about_every_hidden_construct_with_its_field_and_span() -> None:
    subject = hidden_record()
    issues = [i for i in run_checks(subject, CheckContext(now=NOW)) if i.code == "C4.16"]
    source = subject.body[0].markdown
    found = {source[i.span[0]:i.span[1]] for i in issues
             if i.field_path == "body.0.markdown" and i.span}
    for kind, text in HIDDEN.items():
        hidden_part = {"comment": f"<!-- the family lives at {STREET} -->",
                       "html block": text, "inline html": f'<span title="NHS {NHS}">',
                       "reference": text,
                       "code language": STREET.replace(" ", "-")}[kind]
        assert hidden_part in found, kind
    assert all(i.severity == "warning" and "readers will not see" in i.message
               for i in issues)
    assert any(i.field_path == "review.executive_summary" for i in issues)


def test_a_link_title_is_checked_like_any_other_text() -> None:
    markdown = f'Read [the report](https://x.example/r "Call Jane on {PHONE}") today.'
    subject = record(body=[{"id": "a", "heading": "H", "markdown": markdown}])
    issues = run_checks(subject, CheckContext(now=NOW))
    title = markdown.index(PHONE)
    assert any(i.code.startswith("C1") and i.span and i.span[0] <= title < i.span[1]
               for i in issues)


def test_a_comment_in_code_is_text_not_hidden() -> None:
    subject = record(body=[{"id": "a", "heading": "H",
                            "markdown": "Write `<!-- a comment -->` to hide a note."}])
    assert not [i for i in run_checks(subject, CheckContext(now=NOW)) if i.code == "C4.16"]


def test_no_output_holds_hidden_content(qapp: object, tmp_path: Path) -> None:
    subject = hidden_record()
    outputs = [render_page(subject, now=NOW, mode=mode) for mode in ("preview", "html")]
    files = export_record(subject, {"html", "pdf", "docx", "txt", "json"}, tmp_path,
                          now=NOW).files
    outputs.extend(file_text(path) for path in files)
    for output in outputs:
        for secret in SECRETS:
            assert secret not in output
    shown = file_text(tmp_path / "adult-r.txt")
    assert "Beforeafter." in shown and "shown code" in shown and "word" in shown


def test_the_json_export_is_a_valid_record_of_the_public_copy(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    path = write_record(folder, body=[{"id": "a", "heading": "H",
                                       "markdown": "\n\n".join(HIDDEN.values())}])
    assert run_cli(str(path), "--format", "json", "--out", str(tmp_path / "out")) == 0
    exported = tmp_path / "out" / "adult-r.json"
    data = json_record(exported)
    markdown = data["body"][0]["markdown"]
    assert "Beforeafter." in markdown and "shown code" in markdown
    for secret in SECRETS:
        assert secret not in exported.read_text(encoding="utf-8")
    parse_record(data)
    assert cli.main(["validate", str(exported)]) == 0


@pytest.mark.parametrize("kind", sorted(HIDDEN))
def test_each_kind_alone_is_left_out_of_the_json(kind: str, tmp_path: Path) -> None:
    subject = record(body=[{"id": "a", "heading": "H", "markdown": HIDDEN[kind]}])
    written = export_record(subject, {"json"}, tmp_path, now=NOW).files[0]
    text = written.read_text(encoding="utf-8")
    assert not any(secret in text for secret in SECRETS), kind
