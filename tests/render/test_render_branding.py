"""Branding: colours, contrast warnings, raster logos only, and the header that uses them."""

from __future__ import annotations

import base64

import pytest
from render_helpers import NOW, audit, example, safety_problems

from review_editor.render import (
    Branding,
    Logo,
    check_branding,
    contrast_ratio,
    page_structure,
    render_blocks,
    render_page,
)

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#fff", "#000") == contrast_ratio("#000000", "#FFFFFF")
    assert contrast_ratio("#1d70b8", "#ffffff") == pytest.approx(5.17, abs=0.01)


def test_default_branding_is_neutral_and_passes() -> None:
    branding = Branding()
    assert check_branding(branding) == []
    assert branding.header_text_colour == "#ffffff"


def test_pale_primary_colour_warns_and_the_header_switches_to_dark_text() -> None:
    branding = Branding(primary_colour="#FFDD00")
    [warning] = check_branding(branding)
    assert "#ffdd00" in warning and "4.5:1" in warning
    assert branding.header_text_colour == "#0b0c0c"


def test_explicit_text_colour_below_aa_warns() -> None:
    branding = Branding(primary_colour="#1d70b8", text_on_primary="#767676")
    [warning] = check_branding(branding)
    assert "#767676" in warning
    assert branding.header_text_colour == "#767676"


def test_pale_accent_warns_and_links_keep_the_default_blue() -> None:
    branding = Branding(accent_colour="#f499be")
    [warning] = check_branding(branding)
    assert "accent" in warning
    assert branding.link_colour == "#1d70b8"


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#ggg", "#fff;}body{x:y",
                                    "url(https://evil.example)"])
def test_colours_must_be_hex(colour: str) -> None:
    with pytest.raises(ValueError):
        Branding(primary_colour=colour)


def test_logo_must_be_a_raster_image_whose_bytes_match() -> None:
    assert Logo(PNG, "image/png").data_uri().startswith("data:image/png;base64,iVBOR")
    with pytest.raises(ValueError):
        Logo(b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml")
    with pytest.raises(ValueError):
        Logo(b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/png")
    with pytest.raises(ValueError):
        Logo(PNG, "image/jpeg")


def test_header_uses_the_branding() -> None:
    branding = Branding(organisation_name="Fenmoor SAB <Board>", logo=Logo(PNG, "image/png"),
                        primary_colour="#4c2c92", accent_colour="#00703c",
                        footer_text="Fenmoor SAB, Town Hall, Fenmoor")
    html = render_page(example("d1"), now=NOW, branding=branding)
    assert safety_problems(html) == []
    page = audit(html)
    [css] = page.styles
    assert "--primary: #4c2c92;" in css and "--accent: #00703c;" in css
    assert "--on-primary: #ffffff;" in css and "--link: #00703c;" in css
    masthead = html.split('id="f-masthead"')[1].split("</header>")[0]
    assert "Fenmoor SAB &lt;Board&gt;" in masthead
    [logo] = [e for e in page.elements_with("img") if e.attrs.get("class") == "logo"]
    assert str(logo.attrs["src"]).startswith("data:image/png;base64,")
    assert logo.attrs["alt"] == ""  # the name beside it is the text
    assert "Fenmoor SAB, Town Hall, Fenmoor" in html.split('id="f-footer"')[1]
    blocks = render_blocks(example("d1"), now=NOW, branding=branding)
    assert blocks["f-masthead"] in html
    assert page_structure(example("d1"), branding=branding) != page_structure(example("d1"))


def test_the_profile_dialog_defaults_match_the_renderer() -> None:
    from review_editor.render import branding
    from review_editor.ui.dialogs import branding as profile

    assert profile.DEFAULT_PRIMARY == branding.DEFAULT_PRIMARY
    assert profile.DEFAULT_ACCENT == branding.DEFAULT_ACCENT


def _bilingual_example():  # type: ignore[no-untyped-def]
    import json

    from review_editor import resources
    from review_editor.model import parse_record

    path = resources.examples_dir() / "adult-practice-review-adult-g.json"
    return parse_record(json.loads(path.read_text(encoding="utf-8")))


WELSH_BRAND = Branding(organisation_name="Ogwen Valley Partnership", footer_text="Council Offices",
                       organisation_name_cy="Partneriaeth Dyffryn Ogwen",
                       footer_text_cy="Swyddfeydd y Cyngor")


@pytest.mark.parametrize("order", ["english_first", "welsh_first"])
def test_a_bilingual_page_names_the_organisation_and_footer_in_both_languages(
        order: str) -> None:
    from review_editor.render.page import render_page as page

    html = page(_bilingual_example(), now=NOW, branding=WELSH_BRAND, language="bilingual",
                order=order)
    masthead = html[html.index('class="masthead"'):html.index("</header>")]
    footer = html[html.index('class="site-footer"'):html.index("</footer>")]
    first, second = (("Ogwen Valley Partnership", "Partneriaeth Dyffryn Ogwen")
                     if order == "english_first" else
                     ("Partneriaeth Dyffryn Ogwen", "Ogwen Valley Partnership"))
    assert masthead.index(first) < masthead.index(second)
    assert "Council Offices" in footer and "Swyddfeydd y Cyngor" in footer
    other = "cy" if order == "english_first" else "en-GB"
    assert f'lang="{other}">{second}<' in masthead


def test_a_welsh_copy_uses_the_welsh_name_and_footer_and_falls_back_to_english() -> None:
    record = _bilingual_example()
    welsh = render_page(record, now=NOW, branding=WELSH_BRAND, language="cy")
    assert "Partneriaeth Dyffryn Ogwen" in welsh and "Swyddfeydd y Cyngor" in welsh
    assert "Ogwen Valley Partnership" not in welsh and "Council Offices" not in welsh
    english = render_page(record, now=NOW, branding=WELSH_BRAND, language="en")
    assert "Partneriaeth Dyffryn Ogwen" not in english and "Swyddfeydd y Cyngor" not in english
    plain = Branding(organisation_name="Ogwen Valley Partnership", footer_text="Council Offices")
    fallback = render_page(record, now=NOW, branding=plain, language="cy")
    assert "Ogwen Valley Partnership" in fallback and "Council Offices" in fallback
    single = render_page(record, now=NOW, branding=plain, language="bilingual")
    assert 'class="organisation-other"' not in single  # one name when there is no Welsh one
