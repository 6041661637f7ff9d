import pytest

from desktop.admin import categories
from desktop.data.errors import ValidationFailed

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def test_add_rename_and_deactivate(store):
    item = categories.add_item(store, "conflict_types", "  Overlast  van drones ")
    assert item.name == "Overlast van drones" and item.code.startswith("custom_")
    categories.rename_item(store, "conflict_types", item.id, "Drones")
    categories.set_active(store, "conflict_types", item.id, False)
    active = [i.name for i in categories.list_items(store, "conflict_types")]
    everything = [i.name for i in categories.list_items(store, "conflict_types", True)]
    assert "Drones" not in active and "Drones" in everything


def test_duplicates_and_empty_names_are_refused(store):
    with pytest.raises(ValidationFailed):
        categories.add_item(store, "conflict_types", "huisdieren")
    with pytest.raises(ValidationFailed):
        categories.add_item(store, "closing_reasons", "   ")


def test_same_name_twice_gets_distinct_codes(store):
    a = categories.add_item(store, "referrer_kinds", "Huisarts")
    categories.rename_item(store, "referrer_kinds", a.id, "Huisartsenpraktijk")
    b = categories.add_item(store, "referrer_kinds", "Huisarts")
    assert a.code != b.code
