"""The Cijfers page through the real widgets."""

from __future__ import annotations

from datetime import date


def test_figures_page_counts_in_the_background_and_exports(window, answers, tmp_path):
    from desktop.demo import generator

    generator.generate(window.store, cases=300, seed=9)
    window.nav.setCurrentRow(6)
    page = window.figures
    page.year.setValue(date.today().year - 1)
    assert page.figures is not None and page.figures.registrations > 0
    assert page.key_layout.rowCount() == 15 and page.tabs.count() == 7
    page.part.setCurrentIndex(page.part.findData(2))
    q2 = page.figures.registrations
    page.part.setCurrentIndex(page.part.findData(-1))
    page.start.set_date(date(date.today().year - 1, 4, 1))
    page.end.set_date(date(date.today().year - 1, 6, 30))
    assert page.figures.registrations == q2
    page.end.set_date(date(date.today().year - 2, 1, 1))  # before the start
    assert page.state.text() == "Kies een geldige periode."
    page.part.setCurrentIndex(0)
    page.threshold.setValue(10)
    for kind in ("csv", "xlsx", "pdf"):
        target = page.export(kind, str(tmp_path / f"cijfers.{kind}"))
        assert target is not None and target.stat().st_size > 100
    assert "< 10" in (tmp_path / "cijfers.csv").read_text(encoding="utf-8-sig")


def test_chart_labels_are_whole_and_counts_are_whole_numbers(qtbot):
    from PySide6.QtGui import QFontMetrics

    from views.figures.bar_chart import LABEL_FLAGS, BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    rows = [("Opgelost door bemiddeling", 41, "41"),
            ("Geen bemiddeling: partij B wilde niet meewerken", 17, "17"),
            ("Doorverwezen naar wijkteam", 3, "< 5")]
    chart.set_rows("Afgesloten naar resultaat", rows)
    for width in (300, 420, 700):  # the small screen's narrowest, and wider
        laid_out = chart.layout_rows(width)
        metrics = QFontMetrics(chart.font())
        for row in laid_out:
            # The whole label fits its place (wrapped, never cut off with "…").
            needed = metrics.boundingRect(row.label_rect.adjusted(0, 0, 0, 10_000), LABEL_FLAGS,
                                          row.label)
            assert needed.height() <= row.label_rect.height()
            assert needed.width() <= row.label_rect.width()
        # Bars in proportion to the counts; counts written as they are shown.
        assert laid_out[0].bar_rect.width() > laid_out[1].bar_rect.width() > (
            laid_out[2].bar_rect.width())
        assert [row.count_text for row in laid_out] == ["41", "17", "< 5"]
        assert laid_out[0].count_rect.left() > laid_out[0].bar_rect.right()
    assert "Opgelost door bemiddeling: 41" in chart.accessibleDescription()
    chart.resize(420, chart.heightForWidth(420))
    image = chart.grab().toImage()
    assert not image.isNull()


def test_an_empty_chart_says_so_instead_of_a_meaningless_axis(qtbot):
    from views.figures.bar_chart import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_rows("Incidenten", [("Geluidsoverlast", 0, "0")])
    assert chart.empty_message() == "Niets te tellen in deze periode."
    chart.resize(400, 120)
    assert not chart.grab().toImage().isNull()
    chart.set_rows("Incidenten", [("Geluidsoverlast", 2, "2")])
    assert chart.empty_message() is None
