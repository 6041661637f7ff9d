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
    assert page.key_layout.rowCount() == 12 and page.tabs.count() == 7
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
