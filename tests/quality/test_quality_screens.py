"""The data-quality screens driven through the real widgets: the duplicates
dialog for addresses, a case party's "Dubbel?" button, and Gegevens aanvullen,
whose lines open the record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select, update

from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.quality.gaps import find_gaps
from models import Address, Case, CaseParty, Mediator
from models.enums import CaseStatus
from tests.conftest import sample_case


def _register(store, street: str, number: str, first: str = "Joke", last: str = "Bakker",
              postcode: str = "8011 AB", phone: str = "") -> int:
    data = sample_case(store)
    data.parties[0] = PartyInput("A", first, "", last, phone=phone,
                                 address=AddressInput(postcode, number, street, "Zwolle"))
    return register_case(store, data).id


def test_addresses_are_merged_from_the_dialog(window, answers):
    store = window.store
    first = _register(store, "Kerkstraat", "4-2")
    second = _register(store, "Kerkstr.", "4 II", last="Smit")
    dialog = window.admin.duplicates_dialog()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("address"))
    assert dialog.kind == "address" and dialog.candidates
    assert "afkorting" in dialog.list.item(0, 2).text()
    assert set(dialog.groups) >= {"street", "postcode", "house_number_suffix"}
    dialog.groups["street"].button(1).setChecked(True)
    assert dialog.merge()
    with store.read() as session:
        addresses = set(session.scalars(select(CaseParty.address_id).where(
            CaseParty.case_id.in_([first, second]), CaseParty.role == "A")))
    assert len(addresses) == 1
    assert dialog.merges.rowCount() == 1 and dialog.merges.item(0, 1).text() == "Adressen"
    dialog.done(0)


def test_a_party_opens_its_own_duplicates_and_the_case_follows_the_merge(window, answers):
    store = window.store
    case_id = _register(store, "Lindelaan", "30", first="Marieke", last="Vries",
                        postcode="8011 GH", phone="06 11223344")
    _register(store, "Lindelaan", "30", first="M.", last="Vries", postcode="8011 GH")
    view = window.cases.open_case(case_id)
    button = view.findChild(QPushButton, "duplicates_party_A")
    assert button is not None and button.isVisibleTo(view)
    person_id = next(p.person_id for p in view.detail.parties if p.role == "A")
    dialog = view.duplicates_dialog(person_id)
    assert not dialog.kind_box.isEnabled()
    assert len(dialog.candidates) == 1
    assert "voorletter" in dialog.list.item(0, 2).text()
    assert dialog.merge()
    with store.read() as session:
        people = set(session.scalars(select(CaseParty.person_id).where(CaseParty.role == "A")))
    assert len(people) == 1
    dialog.done(0)


def test_gegevens_aanvullen_lists_the_gaps_and_opens_a_case(window, answers):
    store = window.store
    closed = _register(store, "Lindelaan", "30")
    quiet = _register(store, "Lindelaan", "32")
    long_ago = date.today() - timedelta(days=200)
    with store.unit() as session:
        session.execute(update(Case).where(Case.id == closed).values(
            status=CaseStatus.CLOSED, closed_on=date.today(), result_id=None))
        session.execute(update(Case).where(Case.id == quiet).values(registered_on=long_ago))
        from models import JournalEntry

        session.execute(update(JournalEntry).where(JournalEntry.case_id == quiet).values(
            occurred_at=long_ago))
        session.add(Address(postcode="8011", house_number=7, street="Dorpstr.", town="Zwolle"))
        session.flush()
        address = session.scalar(select(Address.id).where(Address.postcode == "8011"))
        session.execute(update(CaseParty).where(CaseParty.case_id == closed,
                                                CaseParty.role == "B").values(address_id=address))
        session.add(Mediator(first_name="Sam", last_name="Tromp"))
        session.get(Case, closed).to_complete = "datum aanmelding ontbrak\nverwijzer onleesbaar"
    gaps = find_gaps(store)
    assert [(g.case_id, g.detail) for g in gaps.lines if g.kind == "imported"] == [
        (closed, "datum aanmelding ontbrak")]
    assert gaps.counts["result"] == 1 and gaps.counts["quiet"] == 1
    assert gaps.counts["postcode"] == 1 and gaps.counts["availability"] == 1
    dialog = window.admin.data_quality_dialog()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("zonder resultaat" in t for t in texts)
    assert any("Sam Tromp" in t for t in texts)
    number = next(g.what for g in gaps.lines if g.kind == "quiet")
    row = next(i for i, t in enumerate(texts) if number in t and "activiteit" in t)
    dialog._open(dialog.list.item(row))
    assert window.nav.currentRow() == 0
    assert window.cases.tabs.currentWidget().case_id == quiet
    # A heading opens nothing; the mediator line opens the mediator.
    window.nav.setCurrentRow(7)
    dialog = window.admin.data_quality_dialog()
    dialog._open(dialog.list.item(0))
    assert window.nav.currentRow() == 7
    row = next(i for i in range(dialog.list.count()) if "Sam Tromp" in dialog.list.item(i).text())
    dialog._open(dialog.list.item(row))
    assert window.nav.currentRow() == 1
