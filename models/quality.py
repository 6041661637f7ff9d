"""One resident, one record: merges of duplicate persons (kept whole, so a merge
can be undone) and pairs a coordinator said are not the same."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class RecordMerge(Base):
    """`removed_id` was merged into `kept_id`. `snapshot` (JSON) holds both rows as
    they were and every link that was moved, so undo puts back exactly that."""

    __tablename__ = "record_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # "person"
    kept_id: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    removed_id: Mapped[int] = mapped_column(Integer, nullable=False)
    merged_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    merged_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class DistinctPair(Base):
    """Two records the coordinator said are different people: never offered again."""

    __tablename__ = "distinct_pairs"
    __table_args__ = (UniqueConstraint("kind", "first_id", "second_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    first_id: Mapped[int] = mapped_column(Integer, nullable=False)  # the lower id
    second_id: Mapped[int] = mapped_column(Integer, nullable=False)
    decided_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    decided_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
