"""The organisation profile in the workspace folder and the officer's display name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_editor import paths
from review_editor.storage import (
    ConflictError,
    LoadError,
    OrganisationProfile,
    ProfileLogo,
    find_profile,
    load_profile,
    officer_display_name,
    save_profile,
    set_officer_display_name,
)

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def test_the_officer_name_is_per_user_and_blank_means_not_recorded(app_home: Path) -> None:
    assert officer_display_name() is None
    set_officer_display_name("  Sam Officer ")
    assert officer_display_name() == "Sam Officer"
    assert paths.officer_file().is_relative_to(paths.data_dir())
    set_officer_display_name("")
    assert officer_display_name() is None
    paths.officer_file().write_text("{not json", encoding="utf-8")
    assert officer_display_name() is None


def test_a_profile_round_trips_with_its_logo_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / paths.PROFILE_NAME
    loaded = load_profile(path)
    assert loaded.sha256 is None and loaded.profile.is_empty
    profile = OrganisationProfile(
        name="Harrowdale Safeguarding Children Partnership",
        logo=ProfileLogo(PNG, "image/png", "logo.png"), primary_colour="#00539f",
        accent_colour="#1d70b8", footer="Harrowdale SCP, Town Hall", bilingual_order="welsh_first")
    digest = save_profile(profile, path, expected_sha256=None)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["from_a_newer_version"] = {"kept": True}
    path.write_text(json.dumps(data), encoding="utf-8")
    again = load_profile(path)
    assert again.profile == profile and again.profile.logo is not None
    assert again.profile.logo.data == PNG
    assert again.sha256 != digest
    save_profile(again.profile, path, expected_sha256=again.sha256)
    assert json.loads(path.read_text(encoding="utf-8"))["from_a_newer_version"] == {"kept": True}


def test_a_colleagues_change_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / paths.PROFILE_NAME
    mine = load_profile(path)
    save_profile(OrganisationProfile(name="Colleague's"), path, expected_sha256=None)
    with pytest.raises(ConflictError):
        save_profile(OrganisationProfile(name="Mine"), path, expected_sha256=mine.sha256)
    theirs = load_profile(path)
    with pytest.raises(ConflictError):
        save_profile(OrganisationProfile(name="Mine"), path, expected_sha256="0" * 64)
    assert load_profile(path).profile == theirs.profile


@pytest.mark.parametrize(("content", "problem"), [
    ('{"name": "x"}', "not an organisation profile"),
    ('{"format": "review-editor-profile", "primary_colour": "red"}', "primary_colour"),
    ('{"format": "review-editor-profile", "logo": {"media_type": "image/png", '
     '"base64": "%%%"}}', "base64"),
    ('{"format": "review-editor-profile", "bilingual_order": "cy"}', "bilingual_order"),
    ('{"format": "review-editor-profile", "name": 3}', "\"name\" must be text"),
    ('{"format": ', "not valid JSON"),
])
def test_a_bad_profile_is_named_and_left_alone(tmp_path: Path, content: str,
                                               problem: str) -> None:
    path = tmp_path / paths.PROFILE_NAME
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_profile(path)
    assert problem in str(caught.value) and paths.PROFILE_NAME in str(caught.value)
    assert path.read_text(encoding="utf-8") == content


def test_the_record_folders_profile_comes_before_the_workspaces(app_home: Path,
                                                                 tmp_path: Path) -> None:
    workspace, elsewhere, own = (tmp_path / n for n in ("workspace", "elsewhere", "own"))
    for folder in (workspace, elsewhere, own):
        folder.mkdir()
    assert find_profile(elsewhere) is None
    paths.record_workspace(workspace)
    assert paths.recorded_workspace() == workspace
    save_profile(OrganisationProfile(name="Workspace"), paths.profile_file(workspace),
                 expected_sha256=None)
    save_profile(OrganisationProfile(name="Own"), paths.profile_file(own), expected_sha256=None)
    assert find_profile(elsewhere) == paths.profile_file(workspace)
    assert find_profile(None) == paths.profile_file(workspace)
    assert find_profile(own) == paths.profile_file(own)


def test_the_welsh_name_and_footer_round_trip_and_an_older_profile_loads(
        tmp_path: Path) -> None:
    path = tmp_path / paths.PROFILE_NAME
    older = {"format": "review-editor-profile", "version": 1, "name": "Ogwen Valley Board",
             "logo": None, "primary_colour": None, "accent_colour": None,
             "footer": "Town Hall", "bilingual_order": "english_first"}
    path.write_text(json.dumps(older), encoding="utf-8")
    loaded = load_profile(path)
    assert (loaded.profile.name_cy, loaded.profile.footer_cy) == ("", "")
    save_profile(loaded.profile, path, expected_sha256=loaded.sha256)
    assert json.loads(path.read_text(encoding="utf-8")) == older  # nothing Welsh added
    welsh = OrganisationProfile(name="Ogwen Valley Board", footer="Town Hall",
                                name_cy="Bwrdd Dyffryn Ogwen", footer_cy="Neuadd y Dref")
    again = load_profile(path)
    save_profile(welsh, path, expected_sha256=again.sha256)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["name_cy"], data["footer_cy"]) == ("Bwrdd Dyffryn Ogwen", "Neuadd y Dref")
    assert load_profile(path).profile == welsh


def test_an_overlong_welsh_name_is_named(tmp_path: Path) -> None:
    path = tmp_path / paths.PROFILE_NAME
    path.write_text(json.dumps({"format": "review-editor-profile", "name_cy": "B" * 201}),
                    encoding="utf-8")
    with pytest.raises(LoadError, match="name_cy"):
        load_profile(path)
