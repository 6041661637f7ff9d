"""Duplicate persons: the variants an office really has are found with reasons,
a household is not taken for one person, a merge moves every link and keeps the
figures, undo restores both records exactly, and "not the same" is remembered."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.cli import main
from desktop.data.errors import RuleViolation
from desktop.data.integrity import check_database
from desktop.figures.counting import Period, compute
from desktop.privacy.access import collect
from desktop.quality.duplicates import find_duplicates
from desktop.quality.merge import list_merges, merge_persons, not_the_same, undo_merge
from models import CaseParty, Person
from tests.conftest import sample_case

BOTH_DATABASES = True
KERKSTRAAT = AddressInput("8011 AB", "4-2", "Kerkstraat", "Zwolle")


def _case(store, first: str, prefix: str, last: str, phone: str = "",
          address: AddressInput = KERKSTRAAT, email: str = "") -> int:
    data = sample_case(store)
    data.parties[0] = PartyInput("A", first, prefix, last, phone=phone, email=email,
                                 address=address)
    neighbours = {"Marieke": "Bakker", "M.": "Oostveen", "Mareike": "Çelik", "Jan": "Smit",
                  "Fatma": "Nguyễn"}
    data.parties[1] = PartyInput("B", "Piet", "", neighbours.get(first, "Wolters")
                                 + ("" if last != "Vries-Jansen" else "-Hoek"),
                                 address=AddressInput("8011 AB", "6", "Kerkstraat", "Zwolle"))
    return register_case(store, data).id


def _person(store, case_id: int) -> int:
    with store.read() as session:
        return session.scalar(select(CaseParty.person_id).where(
            CaseParty.case_id == case_id, CaseParty.role == "A"))


@pytest.fixture
def variants(store):
    ids = {
        "marieke": _case(store, "Marieke", "de", "Vries", phone="06 11223344"),
        "initial": _case(store, "M.", "de", "Vries"),
        "double": _case(store, "Marieke", "de", "Vries-Jansen", phone="06 11223344",
                        address=AddressInput("8011 AB", "4 2", "Kerkstraat", "Zwolle")),
        "typo": _case(store, "Mareike", "de", "Vires", phone="06 11223344",
                      address=AddressInput("8011 CD", "9", "Hoogstraat", "Zwolle")),
        "husband": _case(store, "Jan", "de", "Vries", phone="06 11223344"),
        "dijkstra": _case(store, "Marieke", "", "Dijkstra"),
        "dijk": _case(store, "Marieke", "van", "Dijk"),
        "other": _case(store, "Fatma", "", "Yıldız",
                       address=AddressInput("8013 EF", "1", "Esdoornlaan", "Zwolle")),
    }
    return {name: (case_id, _person(store, case_id)) for name, case_id in ids.items()}


def _pairs(store):
    return {frozenset((c.first, c.second)): c for c in find_duplicates(store)}


def test_the_variants_are_found_with_reasons_and_the_household_is_not(store, variants):
    found = _pairs(store)
    person = {name: pid for name, (_case_id, pid) in variants.items()}
    marieke = person["marieke"]
    for name, reason in (("initial", "initial_fits"), ("double", "double_surname"),
                         ("typo", "surname_typo")):
        pair = found[frozenset((marieke, person[name]))]
        assert reason in pair.reasons, (name, pair.reasons)
        assert 72 <= pair.score <= 100
    assert "same_phone" in found[frozenset((marieke, person["double"]))].reasons
    # Jan shares the phone and the surname, but he is another person.
    assert frozenset((marieke, person["husband"])) not in found
    assert not any(person["other"] in pair for pair in found)
    # The same name and nothing else shared is not enough: a town has several.
    same_name = _case(store, "Marieke", "de", "Vries",
                      address=AddressInput("8011 GH", "30", "Lindelaan", "Zwolle"))
    assert frozenset((marieke, _person(store, same_name))) not in _pairs(store)
    assert frozenset((person["dijk"], person["dijkstra"])) not in found  # two surnames
    best = max(found.values(), key=lambda c: c.score)
    assert best.score == max(c.score for c in found.values())


def test_a_merge_moves_every_link_keeps_the_figures_and_undo_restores_exactly(
        store, variants, data_dir):
    from datetime import date

    from desktop.privacy.requests import add_request

    kept, removed = variants["marieke"][1], variants["double"][1]
    add_request(store, "access", date.today(), "Marieke de Vries-Jansen", person_id=removed)
    before = compute(store, Period.year(date.today().year))
    with store.read() as session:
        rows_before = {p.id: {c.name: getattr(p, c.name) for c in Person.__table__.columns}
                       for p in session.scalars(select(Person))}
    merge_id = merge_persons(store, kept, removed, frozenset({"last_name"}))
    with store.read() as session:
        assert session.get(Person, removed) is None
        assert session.get(Person, kept).last_name == "Vries-Jansen"
        parties = set(session.scalars(select(CaseParty.case_id).where(
            CaseParty.person_id == kept)))
    assert parties == {variants["marieke"][0], variants["double"][0]}
    after = compute(store, Period.year(date.today().year))
    assert (after.registrations, after.closed, after.tables) == (
        before.registrations, before.closed, before.tables)
    # Inzage for the merged person lists both cases.
    assert len(collect(store, kept).cases) == 2
    if store.engine.dialect.name == "sqlite":
        assert not [f for f in check_database(data_dir / "burenrust.sqlite") if f.code != "ok"]
    [view] = list_merges(store)
    assert (view.kept_name, view.removed_name) == ("Marieke de Vries", "Marieke de Vries-Jansen")
    undo_merge(store, merge_id)
    with store.read() as session:
        rows_after = {p.id: {c.name: getattr(p, c.name) for c in Person.__table__.columns}
                      for p in session.scalars(select(Person))}
        assert session.scalar(select(CaseParty.person_id).where(
            CaseParty.case_id == variants["double"][0], CaseParty.role == "A")) == removed
    assert rows_after == rows_before
    with pytest.raises(RuleViolation):
        undo_merge(store, merge_id)
    assert list_merges(store)[0].undone


def test_not_the_same_person_is_remembered(store, variants):
    marieke, typo = variants["marieke"][1], variants["typo"][1]
    assert frozenset((marieke, typo)) in _pairs(store)
    not_the_same(store, typo, marieke)
    not_the_same(store, marieke, typo)  # twice is once
    assert frozenset((marieke, typo)) not in _pairs(store)


def test_the_command_line_lists_the_candidates(store, variants, data_dir, capsys):
    if store.engine.dialect.name != "sqlite":
        pytest.skip("the command opens the data folder's own file")
    store.close()
    assert main(["duplicates", "--json", "--data-dir", str(data_dir)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and {"first", "second", "score", "reasons"} <= set(listed[0])
    assert main(["duplicates", "--data-dir", str(data_dir)]) == 0
    assert "Marieke de Vries" in capsys.readouterr().out


def test_the_dialog_merges_field_by_field_and_undoes(store, variants, qtbot, answers):
    if store.engine.dialect.name != "sqlite":
        pytest.skip("one GUI run is enough")
    from views.admin.duplicates_dialog import DuplicatesDialog
    from views.tasks import SyncRunner

    dialog = DuplicatesDialog(store, SyncRunner())
    qtbot.addWidget(dialog)
    marieke, double = variants["marieke"][1], variants["double"][1]
    row = next(i for i, c in enumerate(dialog.candidates) if {c.first, c.second} == {
        marieke, double})
    dialog.list.selectRow(row)
    assert "dubbele achternaam" in dialog.list.item(row, 2).text()
    dialog.groups["last_name"].button(2).setChecked(True)
    assert dialog.chosen_from_second() == frozenset({"last_name"})
    count = len(dialog.candidates)
    assert dialog.merge()
    assert len(dialog.candidates) < count and dialog.merges.rowCount() == 1
    with store.read() as session:
        assert session.get(Person, marieke).last_name == "Vries-Jansen"
    dialog.merges.selectRow(0)
    dialog.undo()
    with store.read() as session:
        assert session.get(Person, double) is not None
    assert dialog.merges.rowCount() == 0
