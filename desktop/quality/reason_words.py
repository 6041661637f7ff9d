"""The reasons a pair is likely one record, in words: marked for translation here
(the dialog shows them in the chosen language), plain Dutch on the command line."""

from __future__ import annotations

from desktop.data.translation_mark import QT_TRANSLATE_NOOP

REASONS = {
    "same_surname": QT_TRANSLATE_NOOP("Duplicates", "zelfde achternaam"),
    "double_surname": QT_TRANSLATE_NOOP("Duplicates", "dubbele achternaam"),
    "surname_typo": QT_TRANSLATE_NOOP("Duplicates", "achternaam bijna gelijk (tikfout?)"),
    "same_first_name": QT_TRANSLATE_NOOP("Duplicates", "zelfde voornaam"),
    "initial_fits": QT_TRANSLATE_NOOP("Duplicates", "voorletter past bij de voornaam"),
    "first_name_typo": QT_TRANSLATE_NOOP("Duplicates", "voornaam bijna gelijk"),
    "first_name_missing": QT_TRANSLATE_NOOP("Duplicates", "voornaam ontbreekt bij een van beiden"),
    "same_phone": QT_TRANSLATE_NOOP("Duplicates", "zelfde telefoonnummer"),
    "same_email": QT_TRANSLATE_NOOP("Duplicates", "zelfde e-mailadres"),
    "same_address": QT_TRANSLATE_NOOP("Duplicates", "zelfde adres"),
    "same_street": QT_TRANSLATE_NOOP("Duplicates", "zelfde straat"),
    "street_abbreviated": QT_TRANSLATE_NOOP("Duplicates", "straat anders geschreven (afkorting)"),
    "street_typo": QT_TRANSLATE_NOOP("Duplicates", "straat bijna gelijk (tikfout?)"),
    "same_postcode": QT_TRANSLATE_NOOP("Duplicates", "zelfde postcode"),
    "postcode_incomplete": QT_TRANSLATE_NOOP("Duplicates", "postcode zonder letters"),
    "postcode_differs": QT_TRANSLATE_NOOP("Duplicates", "postcode verschilt in de letters"),
    "suffix_written_differently": QT_TRANSLATE_NOOP("Duplicates", "toevoeging anders geschreven"),
    "same_town": QT_TRANSLATE_NOOP("Duplicates", "zelfde plaats"),
    "same_name": QT_TRANSLATE_NOOP("Duplicates", "zelfde naam"),
    "name_word_order": QT_TRANSLATE_NOOP("Duplicates", "zelfde woorden, andere volgorde"),
    "name_typo": QT_TRANSLATE_NOOP("Duplicates", "naam bijna gelijk (tikfout?)"),
    "same_mail_domain": QT_TRANSLATE_NOOP("Duplicates", "zelfde e-maildomein"),
    "same_organisation": QT_TRANSLATE_NOOP("Duplicates", "zelfde organisatie"),
}
