"""The import's bulk insert writes exactly what SQLAlchemy Core would have written."""

from datetime import date, datetime

from sqlalchemy import insert, text

from desktop.cases.spreadsheet.bulk_insert import bulk_insert
from models import AuditEntry, Person
from models.enums import AgeBand, Gender

BOTH_DATABASES = True

NOW = datetime(2026, 12, 7, 20, 15, 3, 120)


def person(person_id: int, **values) -> dict:
    return {"id": person_id, "first_name": "Fatma", "last_name": "Yılmaz",
            "name_key": "yilmaz", "created_at": NOW, "updated_at": NOW, **values}


def stored(connection, table: str, first_id: int, second_id: int) -> tuple:
    rows = {row[0]: row[1:] for row in connection.execute(
        text(f"SELECT * FROM {table} WHERE id IN (:a, :b)"), {"a": first_id, "b": second_id})}
    return rows[first_id], rows[second_id]


def test_bulk_rows_are_stored_as_core_stores_them(store):
    full = {"gender": Gender.FEMALE, "age_band": AgeBand.FROM_65, "needs_interpreter": True,
            "anonymised_on": date(2026, 3, 1), "phone": "06-12345678", "notes": "é ✓"}
    with store.session_factory() as session:
        connection = session.connection()
        keys = sorted(person(0, **full))
        bulk_insert(connection, Person.__table__, [person(1, **full)], keys)
        connection.execute(insert(Person.__table__), [person(2, **full)])
        # Columns outside the keys get their defaults: the enums, booleans and texts.
        few = sorted(person(0))
        bulk_insert(connection, Person.__table__, [person(3)], few)
        connection.execute(insert(Person.__table__), [person(4)])
        bulk_insert(connection, AuditEntry.__table__, [
            {"at": NOW, "user": "coördinator", "entity": "persons", "entity_id": 1,
             "case_id": None, "action": "insert"}],
            ["action", "at", "case_id", "entity", "entity_id", "user"])
        connection.execute(insert(AuditEntry.__table__), [
            {"at": NOW, "user": "coördinator", "entity": "persons", "entity_id": 2,
             "case_id": None, "action": "insert"}])
        mine, core = stored(connection, "persons", 1, 2)
        assert mine == core
        assert "female" in mine and "06-12345678" in mine
        mine, core = stored(connection, "persons", 3, 4)
        assert mine == core
        assert "unknown" in mine
        audit = list(connection.execute(text(
            "SELECT at, \"user\", entity, entity_id, case_id, action, changes FROM audit_log "
            "ORDER BY id DESC LIMIT 2")))
        assert audit[0][2:] == ("persons", 2, None, "insert", "{}")
        assert audit[1][2:] == ("persons", 1, None, "insert", "{}")
        assert audit[0][:2] == audit[1][:2]
        session.rollback()
