"""The organisation's details and logo, as every letter carries them."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from desktop.data.errors import ValidationFailed
from desktop.documents.letters import pdf as letter_pdf
from desktop.documents.letters.context import SAMPLE_ORGANISATION, OrganisationInfo
from desktop.documents.organisation import get_organisation, is_set_up, read_logo, save_organisation

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True

SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">'
       b'<rect width="200" height="60" fill="#2a7"/></svg>')


def test_first_use_is_not_set_up_and_saving_normalises(store):
    assert not is_set_up(store)
    saved = save_organisation(store, replace(SAMPLE_ORGANISATION, postcode="1234ab",
                                             phone="0301234567"))
    assert (saved.postcode, saved.phone) == ("1234 AB", "030 123 4567")
    assert is_set_up(store) and get_organisation(store).postcode == "1234 AB"


def test_bad_details_are_refused_with_their_fields(store):
    with pytest.raises(ValidationFailed) as refused:
        save_organisation(store, OrganisationInfo(name="", postcode="12", email="geen-mail"))
    assert {e.field for e in refused.value.errors} == {"name", "postcode", "email"}
    assert not is_set_up(store)


@pytest.mark.parametrize("kind", ["png", "jpeg", "svg"])
def test_logo_types_are_read_and_printed(tmp_path, kind):
    path = tmp_path / f"logo.{kind}"
    if kind == "svg":
        path.write_bytes(SVG)
    else:
        out = io.BytesIO()
        Image.new("RGB", (240, 80), (10, 90, 160)).save(out, kind.upper())
        path.write_bytes(out.getvalue())
    data, found = read_logo(path)
    assert found == kind
    built = letter_pdf.build_pdf(
        replace(SAMPLE_ORGANISATION, logo=data, logo_type=found),
        [letter_pdf.LetterContent("Onderwerp", "Tekst.\n", "2026-0001", "1 december 2026",
                                  ("Naam", "Straat 1", "1234 AB  PLAATS"))])
    assert built.pdf.startswith(b"%PDF") and b"/XObject" in built.pdf


def test_something_that_is_no_picture_is_refused(tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"not a picture at all")
    with pytest.raises(ValidationFailed) as refused:
        read_logo(path)
    assert refused.value.errors[0].code == "logo_format"
