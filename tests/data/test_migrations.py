"""Models and migrations agree; upgrading keeps every row; a safety copy is
made before the schema changes."""


from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.data.encryption.cipher import open_file
from desktop.data.engine import make_engine, sqlite_url
from desktop.data.migrate import SAFETY_COPY_DIR, current_revision, head_revision, upgrade
from desktop.data.store import Store
from migrations.schema_filter import include_object
from models import Base


def test_models_and_migrations_agree(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "x.sqlite"))
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_single_head_and_seeded_categories(store):
    from migrations import HEAD_REVISION

    assert current_revision(store.engine) == head_revision() == HEAD_REVISION
    with store.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM conflict_types")) >= 15
        assert connection.scalar(
            text("SELECT requires_reason FROM case_results WHERE code='no_mediation'")
        ) == 1
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1


def test_upgrade_from_first_revision_keeps_rows_and_makes_safety_copy(data_dir):
    db = data_dir / "burenrust.sqlite"
    engine = make_engine(sqlite_url(db))
    upgrade(engine, target="0001_initial")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO addresses (postcode, house_number, house_number_suffix, street, town,"
            " municipality, neighbourhood)"
            " VALUES ('8011 AB', 1, '', 'Dorpstraat', 'Zwolle', '', '')"
        ))
    engine.dispose()

    opened = Store.open(data_dir)
    try:
        with opened.engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM addresses")) == 1
        copies = list((data_dir / SAFETY_COPY_DIR).glob("*.sqlite"))
        assert len(copies) == 1
        copy = open_file(copies[0], "rw")
        assert copy.execute("SELECT count(*) FROM addresses").fetchone() == (1,)
        copy.close()
    finally:
        opened.close()


def test_no_safety_copy_when_schema_is_current(data_dir):
    Store.open(data_dir).close()
    Store.open(data_dir).close()
    assert not (data_dir / SAFETY_COPY_DIR).exists()


def test_audit_rows_of_inserts_get_their_record_back(data_dir):
    """Before 0007 every insert was recorded with entity id 0; the id stood in the
    changes, so the upgrade puts it where a case's history looks for it."""
    db = data_dir / "burenrust.sqlite"
    engine = make_engine(sqlite_url(db))
    upgrade(engine, target="0006_legacy_number")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO audit_log (at, user, entity, entity_id, case_id, action, changes) VALUES"
            " ('2026-01-01 10:00:00', 'x', 'persons', 0, NULL, 'insert', '{\"id\": 7}'),"
            " ('2026-01-01 10:00:00', 'x', 'persons', 7, NULL, 'update', '{}'),"
            " ('2026-01-01 10:00:00', 'x', 'cases', 0, 3, 'insert', '{\"number\": \"x\"}')"))
    engine.dispose()
    Store.open(data_dir).close()
    connection = open_file(db, "rw")
    rows = connection.execute(
        "SELECT entity, entity_id, action FROM audit_log ORDER BY id").fetchall()
    connection.close()
    assert rows == [("persons", 7, "insert"), ("persons", 7, "update"), ("cases", 0, "insert")]


def test_a_new_row_is_recorded_with_its_own_id(store):
    from desktop.cases.registration import register_case
    from models import AuditEntry
    from tests.conftest import sample_case

    register_case(store, sample_case(store))
    with store.read() as session:
        inserts = session.query(AuditEntry).filter_by(action="insert").all()
    assert inserts and all(entry.entity_id > 0 for entry in inserts)


def test_email_keys_are_filled_so_earlier_cases_are_found_by_email(data_dir):
    """0009 fills persons.email_key from the addresses already there (with
    Python's lower(), so capitals beyond ASCII fold too)."""
    from desktop.cases.registration import find_recurrences, register_case
    from tests.conftest import sample_case

    db = data_dir / "burenrust.sqlite"
    store = Store.open(data_dir)  # a case registered, then the database set back to 0008
    try:
        case = register_case(store, sample_case(store))
    finally:
        store.close()
    engine = make_engine(sqlite_url(db))
    with engine.begin() as connection:
        # Back to 0008 by hand (0014's tables and columns, 0013's tables, 0012's columns,
        # 0011's index, 0010's tables and column first; foreign keys are on, so Alembic's
        # batch downgrade cannot rebuild case_parties here).
        for table in ("record_merges", "distinct_pairs",
                      "mediator_expenses", "meeting_attendees", "meetings",
                      "allowance_limits", "volunteer_settings"):
            connection.execute(text(f"DROP TABLE {table}"))
        connection.execute(text("ALTER TABLE mediators DROP COLUMN vog_issued_on"))
        connection.execute(text("ALTER TABLE mediators DROP COLUMN stopped_on"))
        connection.execute(text("ALTER TABLE mediators DROP COLUMN anonymised_on"))
        connection.execute(text("ALTER TABLE mediator_trainings DROP COLUMN minutes"))
        connection.execute(text("DROP TABLE access_settings"))
        connection.execute(text("DROP TABLE users"))
        connection.execute(text("ALTER TABLE cases DROP COLUMN to_complete"))
        connection.execute(text("ALTER TABLE case_parties DROP COLUMN address_source"))
        connection.execute(text("ALTER TABLE case_parties DROP COLUMN address_as_typed"))
        connection.execute(text("DROP INDEX ix_case_mediators_mediator_released"))
        connection.execute(text("CREATE INDEX ix_case_mediators_mediator_id "
                                "ON case_mediators (mediator_id)"))
        connection.execute(text("DROP TABLE outbox_messages"))
        connection.execute(text("DROP TABLE mail_invitations"))
        connection.execute(text("ALTER TABLE case_parties DROP COLUMN by_email"))
        connection.execute(text("DROP INDEX ix_persons_email_key"))
        connection.execute(text("DROP INDEX ix_cases_urgency"))
        connection.execute(text("DROP INDEX ix_cases_neighbourhood_number"))
        connection.execute(text("ALTER TABLE persons DROP COLUMN email_key"))
        connection.execute(text("UPDATE persons SET email = 'Jan.ÉÉN@Example.nl' "
                                "WHERE email = 'jan@example.nl'"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0008_outcomes'"))
    engine.dispose()
    store = Store.open(data_dir)
    try:
        [hit] = find_recurrences(store, email="jan.één@example.nl")
        assert hit.case_id == case.id
    finally:
        store.close()
