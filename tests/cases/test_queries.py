from dataclasses import replace
from datetime import date

import pytest

from desktop.admin import categories
from desktop.cases.detail import change_status, get_case
from desktop.cases.queries import OPEN, CaseFilter, count_cases, fetch_rows, filter_options
from desktop.cases.registration import AddressInput, PartyInput, register_case
from tests.conftest import sample_case, type_ids

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


@pytest.fixture
def three_cases(store):
    first = register_case(store, sample_case(store, registered_on=date(2025, 5, 1)))
    data = sample_case(store, conflict_type_ids=type_ids(store, "pets"))
    data.parties = [
        PartyInput("A", "Piet", "", "Wiśniewski", phone="0687654321",
                   address=AddressInput("7411 HK", "3", "Singel", "Deventer", "Deventer",
                                        "Voorstad")),
        PartyInput("B", "", "", "Nguyễn",
                   address=AddressInput("7411 HK", "5", "Singel", "Deventer")),
    ]
    second = register_case(store, data)
    third = register_case(store, sample_case(store))
    return first, second, third


def numbers(rows):
    return [r.number for r in rows]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dorpstr", {0, 2}),
        ("singel", {1}),
        ("7411hk", {1}),
        ("7411 hk", {1}),
        ("wisniew", {1}),
        ("nguyen", {1}),
        ("ÇELİK", {0, 2}),
        ("2025-00", {0}),
        ("jan vries", {0, 2}),
        ("vries 12a", {0, 2}),
        ("nobody-here", set()),
    ],
)
def test_search_as_you_type(store, three_cases, query, expected):
    rows = fetch_rows(store, CaseFilter(text=query))
    assert set(numbers(rows)) == {three_cases[i].number for i in expected}
    assert count_cases(store, CaseFilter(text=query)) == len(expected)


def test_short_queries_do_not_filter(store, three_cases):
    assert len(fetch_rows(store, CaseFilter(text="de"))) == 3


def test_filters(store, three_cases):
    first, second, third = three_cases
    assert numbers(fetch_rows(store, CaseFilter(year=2025))) == [first.number]
    pets = type_ids(store, "pets")[0]
    assert numbers(fetch_rows(store, CaseFilter(conflict_type_id=pets))) == [second.number]
    assert numbers(fetch_rows(store, CaseFilter(neighbourhood="Voorstad"))) == [second.number]
    result = categories.list_items(store, "case_results")[0].id
    change_status(store, first.id, get_case(store, first.id).version, "closed", result)
    assert set(numbers(fetch_rows(store, CaseFilter(status=OPEN)))) == {
        second.number, third.number}
    assert numbers(fetch_rows(store, CaseFilter(status="closed"))) == [first.number]
    options = filter_options(store)
    assert options.years == [date.today().year, 2025]
    assert "Voorstad" in options.neighbourhoods


def test_sorting_and_paging(store, three_cases):
    newest_first = numbers(fetch_rows(store, CaseFilter(), "number", True))
    assert newest_first == sorted(newest_first, reverse=True)
    by_date = fetch_rows(store, CaseFilter(), "registered_on", False)
    assert by_date[0].registered_on == date(2025, 5, 1)
    first = fetch_rows(store, CaseFilter(), "number", True, limit=1)
    page = fetch_rows(store, CaseFilter(), "number", True, limit=1, after=first[-1])
    assert numbers(page) == newest_first[1:2]


@pytest.mark.parametrize("sort_key", ["number", "registered_on", "status", "urgency",
                                      "neighbourhood"])
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("text", ["", "kastanje"])
def test_page_after_page_gives_the_whole_list_once(store, sort_key, descending, text):
    """Keyset paging: each page starts after the last row of the one before, in
    every sort order and with a search, and together they are the whole list."""
    for day in range(1, 8):  # equal sort values (status, urgency) are ordered by id
        data = sample_case(store, registered_on=date(2025, 5, 1 + day % 3))
        if day % 2:
            data.parties[0].address = replace(data.parties[0].address, postcode="8012 CD",
                                              house_number=str(day), street="Kastanjelaan")
        register_case(store, data)
    case_filter = CaseFilter(text=text)
    whole = fetch_rows(store, case_filter, sort_key, descending, limit=1000)
    assert len(whole) == (4 if text else 7)
    paged, last = [], None
    while page := fetch_rows(store, case_filter, sort_key, descending, limit=2, after=last):
        paged += page
        last = page[-1]
    assert [row.id for row in paged] == [row.id for row in whole]


def test_row_contents(store, three_cases):
    row = next(r for r in fetch_rows(store, CaseFilter(text="singel")))
    assert row.requester == "Piet Wiśniewski"
    assert row.other_party == "Nguyễn"
    assert row.address == "Singel 3"
    assert row.conflict_type == "Huisdieren"


def test_postcode_with_space_is_one_search_word(store, three_cases):
    from desktop.cases.queries import search_terms

    assert search_terms("8011 AB Vries") == ('"8011ab" AND "vries"', [])
    assert numbers(fetch_rows(store, CaseFilter(text="8011 ab vries"))) == [
        three_cases[2].number, three_cases[0].number]


def test_search_with_other_sort_orders_and_filters(store, three_cases):
    rows = fetch_rows(store, CaseFilter(text="dorpstr"), "registered_on", False)
    assert numbers(rows) == [three_cases[0].number, three_cases[2].number]
    rows = fetch_rows(store, CaseFilter(text="dorpstr", year=2025))
    assert numbers(rows) == [three_cases[0].number]
    assert count_cases(store, CaseFilter(text="dorpstr", year=2025)) == 1


def test_deleting_a_case_removes_it_from_the_index(store, three_cases):
    from models import Case

    with store.unit() as session:
        session.delete(session.get(Case, three_cases[1].id))
    assert fetch_rows(store, CaseFilter(text="singel")) == []


def test_the_first_page_needs_no_sqlalchemy_and_the_rest_no_orm(key_in_data_folder, data_dir):
    """Start-up paints the list's first page before SQLAlchemy loads (read with
    sqlite3), and the other pages, filters and searches run on Core without the ORM
    and the model classes. A fresh process, as the program starts."""
    import subprocess
    import sys

    from desktop.data.store import Store

    Store.open(data_dir).close()  # made and migrated here: the child only reads
    code = (
        "import sys; from pathlib import Path\n"
        "from desktop.data.store import Store\n"
        "from desktop.cases.case_rows import CaseFilter, first_page\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "assert first_page(store, CaseFilter()) == []\n"
        "print('sqlalchemy' in sys.modules)\n"
        "from desktop.cases.queries import count_cases, fetch_rows, filter_options\n"
        "count_cases(store, CaseFilter(text='jansen'))\n"
        "fetch_rows(store, CaseFilter(text='jansen', status='open'), sort_key='status')\n"
        "filter_options(store)\n"
        "print([m for m in ('sqlalchemy.orm', 'models.case') if m in sys.modules])\n"
        "with store.read() as session:\n"  # a session loads them when first needed
        "    from models import Case\n"
        "    session.query(Case).count()\n"
        "print('sqlalchemy.orm' in sys.modules, Case.__mapper__.configured)\n"
        "store.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True,
                            text=True, check=True)
    assert result.stdout.split("\n")[:3] == ["False", "[]", "True True"]


def test_the_list_tables_match_the_models():
    """The case list's light tables name real columns of the same type (a rename in
    the models without the list following would otherwise show only at run time)."""
    from sqlalchemy import Table

    import models
    from desktop.cases.list_tables import LIST_TABLES

    tables = models.Base.metadata.tables
    for light in LIST_TABLES:
        model_table = tables[light.name]
        assert isinstance(model_table, Table)
        for column in light.c:
            assert column.name in model_table.c, f"{light.name}.{column.name}"
            # Same type family: Date stays a date, Integer an integer, String text.
            assert isinstance(model_table.c[column.name].type, type(column.type)), \
                f"{light.name}.{column.name}: {model_table.c[column.name].type!r}"
