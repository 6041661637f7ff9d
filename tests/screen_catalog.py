"""Every page and dialog a coordinator can reach, opened through the program's own
entry points, for the tests that go through all screens (fit, accessibility, help)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

PAGE_NAMES = ["zaken", "bemiddelaars", "agenda", "partners", "signalen", "brieven",
              "cijfers", "beheer"]


def _settle() -> None:
    QApplication.processEvents()


def every_page(window) -> Iterator[tuple[str, QWidget]]:
    """The eight pages, then the case screen, the new-case form, a mediator and a partner."""
    from desktop.cases.queries import CaseFilter, fetch_rows

    for row, name in enumerate(PAGE_NAMES):
        window.nav.setCurrentRow(row)
        _settle()
        yield f"pagina {name}", window.page(row)
    window.nav.setCurrentRow(0)
    case_id = fetch_rows(window.store, CaseFilter())[0].id
    view = window.cases.open_case(case_id)
    _settle()
    yield "zaak", view
    form = window.cases.new_case()
    _settle()
    yield "nieuwe zaak", form
    window.nav.setCurrentRow(1)
    mediators = window.mediators
    mediators.table.selectRow(0)
    _settle()
    yield "bemiddelaar", mediators.editor
    window.nav.setCurrentRow(3)
    partners = window.partners
    partners.list.selectRow(0)
    _settle()
    yield "partner", partners
    window.nav.setCurrentRow(0)


def _case_view(window):
    from desktop.cases.queries import CaseFilter, fetch_rows

    window.nav.setCurrentRow(0)
    rows = fetch_rows(window.store, CaseFilter())
    return window.cases.open_case(rows[0].id)


def _first_mediator(window) -> int:
    from desktop.mediators.register import mediator_names

    return mediator_names(window.store)[0][0]


def every_dialog(window, spreadsheet: Path) -> Iterator[tuple[str, QDialog]]:
    """Each dialog, shown (not executed) and closed again after the caller looked."""
    from views.documents.pdf_viewer import PdfViewerDialog
    from views.mediators.expenses_dialog import ExpenseLineDialog, ExpensesDialog
    from views.mediators.mediator_editor import AbsenceDialog, TrainingDialog
    from views.privacy.access_dialog import AccessDialog
    from views.privacy.privacy_dialog import NewRequestDialog

    view = _case_view(window)
    admin = window.admin
    signals = window.signals
    mediators = window.mediators
    makers = [
        ("afspraak", lambda: view.appointments_tab.appointment_dialog()),
        ("koppel", lambda: view.make_pair_dialog([])),
        ("partij", lambda: view.party_dialog("A")),
        ("zaak afsluiten", lambda: view.make_close_dialog()),
        ("brief maken", lambda: view.documents.letter_dialog()),
        ("pdf", lambda: PdfViewerDialog(admin.templates_dialog().preview_pdf(), "Voorbeeld",
                                        "voorbeeld.pdf", window)),
        ("incident", lambda: signals.incident_dialog()),
        ("planning", lambda: mediators.make_plan_dialog()),
        ("afwezigheid", lambda: AbsenceDialog(mediators)),
        ("training", lambda: TrainingDialog(mediators)),
        ("organisatie", lambda: admin.organisation_dialog()),
        ("database", lambda: admin.database_dialog()),
        ("e-mail", lambda: admin.mail_dialog()),
        ("postvak uit", lambda: admin.outbox_dialog()),
        ("privacy", lambda: admin.privacy_dialog()),
        ("nieuw verzoek", lambda: NewRequestDialog(admin)),
        ("inzage", lambda: AccessDialog(window.store, admin)),
        ("sjablonen", lambda: admin.templates_dialog()),
        ("importeren", lambda: admin.import_dialog(spreadsheet)),
        ("vrijwilligerszorg", lambda: admin.care_dialog()),
        ("declaraties", lambda: mediators.make_claims_dialog()),
        ("uren en kosten", lambda: ExpensesDialog(window.store, _first_mediator(window), "X",
                                                  mediators)),
        ("regel uren en kosten", lambda: ExpenseLineDialog(window.store,
                                                           _first_mediator(window))),
        ("intervisie", lambda: window.agenda.meeting_dialog(None)),
        ("dubbele personen", lambda: admin.duplicates_dialog()),
        ("gegevens aanvullen", lambda: admin.data_quality_dialog()),
    ]
    for name, make in makers:
        dialog = make()
        assert dialog is not None, name
        dialog.show()
        _settle()
        yield name, dialog
        dialog.done(0)
        dialog.deleteLater()
        _settle()
