"""Importing a messy real-world case list: Dutch headers guessed, problems
reported per row, one transaction, no duplicates on a second run."""

from datetime import date

from openpyxl import Workbook

from desktop.cases.detail import get_case
from desktop.cases.queries import CaseFilter, count_cases, fetch_rows
from desktop.cases.spreadsheet_import import guess_mapping, preview, read_table, run_import
from desktop.cli import main

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True

MESSY_CSV = (
    "Dossiernummer;Datum aanmelding;Naam aanvrager;Straat;Huisnr;Postcode;Woonplaats;"
    "Telefoon;Naam partij B;Soort conflict;Resultaat;Datum afsluiting;Opmerkingen\r\n"
    "2019-0007;3-2-2019;Jan de Vries;Dorpstraat;12a;8011ab;Zwolle;0612345678;Çelik;"
    "Geluidsoverlast;Opgelost door bemiddeling;12-4-2019;Muziek 's nachts\r\n"
    "2019-0008;31-02-2019;Piet Jansen;Singel;3;7411 HK;Deventer;;;Huisdieren;;;\r\n"
    ";14/03/2019;Vries, Anna van der;Kerkweg;5;ABCD;Kampen;;;Parkeren;;;\r\n"
    ";2019-05-01;;Kerkweg;7;8261 AB;Kampen;;;Parkeren;;;\r\n"
    ";1-6-2019;Mehmet Yılmaz;Kerkweg;9;8261 AB;Kampen;;Buren;Rommel;Geen bemiddeling;"
    "1-7-2019;Overlast van rommel\r\n"
)


def test_headers_are_guessed():
    mapping = guess_mapping(["Dossiernummer", "Datum aanmelding", "Naam aanvrager", "Straat",
                             "Huisnr", "Postcode", "Soort conflict", "Resultaat"])
    assert mapping["number"] == 0 and mapping["registered_on"] == 1
    assert mapping["a_name"] == 2 and mapping["a_postcode"] == 5
    assert mapping["conflict_type"] == 6 and mapping["result"] == 7


def test_messy_csv_in_windows_1252_dry_run_then_import_once(store, tmp_path):
    path = tmp_path / "zaken.csv"
    path.write_bytes(MESSY_CSV.replace("Çelik", "Celik").replace("Yılmaz", "Yilmaz")
                     .encode("cp1252"))
    report = preview(store, path)
    assert report.ready == 2 and report.duplicates == 0
    assert {(p.line, p.code) for p in report.problems} == {
        (3, "date"), (4, "postcode"), (5, "name")}
    assert count_cases(store, CaseFilter()) == 0  # a dry run changes nothing
    assert run_import(store, path) == 2
    rows = fetch_rows(store, CaseFilter(), "number", False)
    assert [r.number for r in rows] == ["2019-0007", "2019-0008"]
    kept = get_case(store, rows[0].id)
    assert kept.status == "closed" and kept.result == "Opgelost door bemiddeling"
    assert kept.parties[0].name == "Jan de Vries" and kept.conflict_types == [
        "Geluidsoverlast door mensen"]
    assert kept.registered_on == date(2019, 2, 3)
    again = preview(store, path)
    assert again.ready == 0 and again.duplicates == 2
    assert run_import(store, path) == 0
    assert count_cases(store, CaseFilter()) == 2


def test_excel_file_and_command(store, data_dir, tmp_path, capsys):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Datum", "Naam", "Adres", "Huisnummer", "Postcode", "Plaats", "Wijk"])
    for i in range(60):
        sheet.append([date(2024, 1 + i % 12, 1 + i % 28), f"Bewoner {i}", "Brink", i + 1,
                      "7411 AA", "Deventer", "Centrum"])
    path = tmp_path / "lijst.xlsx"
    workbook.save(path)
    headers, rows = read_table(path)
    assert headers[0] == "Datum" and rows[0][0] == "01-01-2024"
    assert main(["import", str(path), "--dry-run", "--data-dir", str(data_dir)]) == 0
    assert "60 zaken klaar" in capsys.readouterr().out
    assert count_cases(store, CaseFilter()) == 0
    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 0
    assert "60 zaken geïmporteerd" in capsys.readouterr().out
    assert count_cases(store, CaseFilter(neighbourhood="Centrum")) == 60


def test_import_dialog_dry_run_then_import(qtbot, store, data_dir, tmp_path):
    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    path = tmp_path / "zaken.csv"
    path.write_text(MESSY_CSV, encoding="utf-8")
    window = MainWindow(store, data_dir, runner=SyncRunner())
    qtbot.addWidget(window)
    dialog = window.admin.import_dialog(path)
    assert dialog.combos["a_postcode"].currentText() == "Postcode"
    dialog.dry_run()
    assert not dialog.import_button.isHidden() and dialog.import_button.isEnabled()
    assert "regel 3: datum onleesbaar (31-02-2019)" in dialog.report_view.toPlainText()
    # Unpicking the name column makes a new dry run necessary, and then refuses.
    dialog.combos["a_name"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    dialog.dry_run()
    assert not dialog.import_button.isEnabled()
    dialog.combos["a_name"].setCurrentIndex(3)
    dialog.dry_run()
    dialog.start_import()
    assert "2 zaken geïmporteerd" in dialog.report_view.toPlainText()
    qtbot.waitUntil(lambda: window.cases.case_list.model.rowCount() == 2)
