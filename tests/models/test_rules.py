import pytest

from models.rules import check_email, check_house_number, check_phone, check_postcode, fold


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1234ab", "1234 AB"), (" 1234 ab ", "1234 AB"), ("8011AB", "8011 AB"),
     ("9999 zz", "9999 ZZ")],
)
def test_postcode_is_normalised(typed, expected):
    assert check_postcode(typed) == check_postcode(expected)
    assert check_postcode(typed).value == expected
    assert check_postcode(typed).ok


@pytest.mark.parametrize(
    ("typed", "code"),
    [("0123 AB", "postcode_format"), ("1234", "postcode_format"), ("12345 AB", "postcode_format"),
     ("1234 A1", "postcode_format"), ("1234 SS", "postcode_letters")],
)
def test_wrong_postcodes_get_a_code(typed, code):
    assert check_postcode(typed).error == code


def test_empty_postcode_is_not_an_error_by_itself():
    assert check_postcode("  ").ok and check_postcode("").value == ""


@pytest.mark.parametrize(
    ("typed", "number", "suffix"),
    [("12", 12, ""), ("12a", 12, "A"), ("12 A", 12, "A"), ("12-2", 12, "2"), ("1", 1, "")],
)
def test_house_numbers(typed, number, suffix):
    assert check_house_number(typed) == (number, suffix, None)


@pytest.mark.parametrize("typed", ["a12", "0", "twaalf", "12-abcdefgh"])
def test_bad_house_numbers(typed):
    assert check_house_number(typed)[2] == "house_number_format"


def test_phone_numbers_are_validated_and_formatted():
    assert check_phone("0612345678").value == "06 12345678"
    assert check_phone("+31 38 123 4567").value == "038 123 4567"
    assert check_phone("+32 470 12 34 56").ok
    assert check_phone("06123").error == "phone_invalid"
    assert check_phone("bel me").error == "phone_format"


def test_email_syntax_only():
    assert check_email("Jan@Example.NL").value == "Jan@example.nl"
    assert check_email("jan@").error == "email_invalid"
    assert check_email("jan example.nl").error == "email_invalid"


def test_fold_removes_diacritics_for_search():
    assert fold("Çelik Nguyễn Ødegård Wiśniewski") == "celik nguyen odegard wisniewski"
