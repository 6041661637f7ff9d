"""Search index (FTS5 trigram) and the seeded categories.

Revision ID: 0002_search_seed
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_search_seed"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# The categories Dutch mediation organisations report on (CCV benchmark, local reports).
# Frozen here on purpose: later changes to the seed go into a new migration.
CONFLICT_TYPES = [
    ("noise_people", "Geluidsoverlast door mensen", "Noise from people"),
    ("noise_equipment", "Geluidsoverlast door apparatuur of muziek", "Noise from equipment or music"),
    ("harassment", "Intimidatie, lastiggevallen worden", "Intimidation, harassment"),
    ("bullying", "Pesten, verstoorde verhouding", "Bullying, disturbed relationship"),
    ("threats", "Bedreiging, verbale agressie", "Threats, verbal aggression"),
    ("garden", "Tuin en buitenruimte (schutting, takken, barbecuerook)", "Garden and outdoor space"),
    ("boundary", "Erfafscheiding", "Boundary"),
    ("pets", "Huisdieren", "Pets"),
    ("children", "Kinderen en jongeren", "Children and youth"),
    ("parking", "Parkeren", "Parking"),
    ("rubbish", "Rommel en afval", "Mess and rubbish"),
    ("smells", "Stank en rook", "Smells and smoke"),
    ("vandalism", "Vandalisme", "Vandalism"),
    ("gossip", "Roddelen, beschuldigingen", "Gossip, accusations"),
    ("shared_spaces", "Gemeenschappelijke ruimten (trappenhuis, galerij)", "Shared spaces"),
    ("other", "Overig", "Other"),
]

REFERRER_KINDS = [
    ("resident", "Bewoner zelf", "Resident (self-referral)", True),
    ("police", "Politie / wijkagent", "Police / community officer", False),
    ("housing", "Woningcorporatie / verhuurder", "Housing corporation / landlord", False),
    ("municipality", "Gemeente", "Municipality", False),
    ("welfare", "Maatschappelijk werk / welzijn", "Social work / welfare", False),
    ("youth_work", "Jongerenwerk", "Youth work", False),
    ("enforcement", "Handhaving", "Enforcement", False),
    ("mental_health", "GGZ", "Mental health care", False),
    ("neighbourhood_team", "Wijkteam", "Neighbourhood team", False),
    ("other", "Overig (thuiszorg, bewonersorganisatie…)", "Other", False),
]

# code, name, name_en, requires_reason, counts_as_resolved
CASE_RESULTS = [
    ("resolved_mediation", "Opgelost door bemiddeling", "Resolved through mediation", False, True),
    ("resolved_advice", "Opgelost met advies of coaching", "Resolved with advice or coaching",
     False, True),
    ("partly_resolved", "Gedeeltelijk opgelost", "Partly resolved", False, False),
    ("not_resolved", "Niet opgelost", "Not resolved", False, False),
    ("no_mediation", "Geen bemiddeling", "No mediation", True, False),
]

CLOSING_REASONS = [
    ("no_response", "Andere partij reageert niet of weigert",
     "The other party does not respond or refuses"),
    ("no_motivation", "Geen eigen motivatie (gestuurd, wil een sanctie)",
     "No motivation of one's own"),
    ("not_able", "Niet in staat om mee te doen (psychosociaal, verslaving, angst)",
     "Not able to take part"),
    ("too_late", "Te laat aangemeld, te ver geëscaleerd", "Referred too late, too escalated"),
    ("not_suitable", "Niet geschikt (bedrijf of instantie, geweld, familie, procedure)",
     "Not suitable"),
    ("moved", "Verhuisd", "Moved house"),
    ("problem_gone", "Probleem is vanzelf opgelost", "The problem went away"),
    ("fear_escalation", "Angst voor escalatie", "Fear of escalation"),
    ("other", "Overig", "Other"),
]


def _lookup_table(name: str, *extra: sa.Column) -> sa.Table:
    return sa.table(
        name,
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("name_en", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("sort_order", sa.Integer),
        *extra,
    )


def upgrade() -> None:
    op.bulk_insert(
        _lookup_table("conflict_types"),
        [
            {"code": c, "name": n, "name_en": e, "active": True, "sort_order": i}
            for i, (c, n, e) in enumerate(CONFLICT_TYPES)
        ],
    )
    op.bulk_insert(
        _lookup_table("referrer_kinds", sa.column("is_self", sa.Boolean)),
        [
            {"code": c, "name": n, "name_en": e, "active": True, "sort_order": i, "is_self": s}
            for i, (c, n, e, s) in enumerate(REFERRER_KINDS)
        ],
    )
    op.bulk_insert(
        _lookup_table(
            "case_results",
            sa.column("requires_reason", sa.Boolean),
            sa.column("counts_as_resolved", sa.Boolean),
        ),
        [
            {"code": c, "name": n, "name_en": e, "active": True, "sort_order": i,
             "requires_reason": r, "counts_as_resolved": ok}
            for i, (c, n, e, r, ok) in enumerate(CASE_RESULTS)
        ],
    )
    op.bulk_insert(
        _lookup_table("closing_reasons"),
        [
            {"code": c, "name": n, "name_en": e, "active": True, "sort_order": i}
            for i, (c, n, e) in enumerate(CLOSING_REASONS)
        ],
    )
    if op.get_bind().dialect.name == "sqlite":
        # Substring search over case number, names, streets and postcodes; rowid = cases.id.
        # Kept in step with the data by desktop.search_index in the same transaction.
        op.execute("CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize='trigram')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE case_search")
    for table in ("closing_reasons", "case_results", "referrer_kinds", "conflict_types"):
        op.execute(f"DELETE FROM {table}")
