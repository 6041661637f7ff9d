import pytest

from desktop import lookups
from desktop.errors import ValidationFailed

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def test_add_rename_and_deactivate(store):
    item = lookups.add_item(store, "conflict_types", "  Overlast  van drones ")
    assert item.name == "Overlast van drones" and item.code.startswith("custom_")
    lookups.rename_item(store, "conflict_types", item.id, "Drones")
    lookups.set_active(store, "conflict_types", item.id, False)
    active = [i.name for i in lookups.list_items(store, "conflict_types")]
    everything = [i.name for i in lookups.list_items(store, "conflict_types", True)]
    assert "Drones" not in active and "Drones" in everything


def test_duplicates_and_empty_names_are_refused(store):
    with pytest.raises(ValidationFailed):
        lookups.add_item(store, "conflict_types", "huisdieren")
    with pytest.raises(ValidationFailed):
        lookups.add_item(store, "closing_reasons", "   ")


def test_same_name_twice_gets_distinct_codes(store):
    a = lookups.add_item(store, "referrer_kinds", "Huisarts")
    lookups.rename_item(store, "referrer_kinds", a.id, "Huisartsenpraktijk")
    b = lookups.add_item(store, "referrer_kinds", "Huisarts")
    assert a.code != b.code
