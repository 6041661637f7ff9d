"""Letters and other files kept with a case, the organisation's letterhead and
the coordinator's own versions of the letter templates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin


class Organisation(TimestampMixin, Base):
    """The one organisation this data folder belongs to (a single row, id 1):
    everything a letterhead needs."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(160), nullable=False, default="")
    street: Mapped[str] = mapped_column(String(160), nullable=False, default="")  # "Dorpsstraat 1"
    postcode: Mapped[str] = mapped_column(String(7), nullable=False, default="")
    town: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    website: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    signatory_name: Mapped[str] = mapped_column(String(160), nullable=False, default="")
    signatory_role: Mapped[str] = mapped_column(String(160), nullable=False, default="")
    footer: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                        info={"max_chars": 400})
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_type: Mapped[str] = mapped_column(String(10), nullable=False, default="")  # png/jpeg/svg


class LetterTemplate(TimestampMixin, Base):
    """A template the coordinator changed; without a row the shipped text is used,
    so "restore" is deleting the row."""

    __tablename__ = "letter_templates"
    __table_args__ = (UniqueConstraint("code", "language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    language: Mapped[str] = mapped_column(String(5), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CaseDocument(TimestampMixin, Base):
    """A file kept with a case. The bytes live in the data folder's documents
    folder (so backups carry them); the row says what it is and where it came from."""

    __tablename__ = "case_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # DocumentKind
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    file_name: Mapped[str] = mapped_column(String(260), nullable=False)  # shown and "save as"
    stored_path: Mapped[str] = mapped_column(String(400), nullable=False)  # below documents/
    media_type: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    template_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    language: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    recipient_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    recipient_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_contacts.id", ondelete="SET NULL"), index=True
    )
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), index=True
    )
    recipient: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # What a letter was made from: template text, the values filled in, the text.
    source: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                        info={"max_chars": 0})  # JSON, the program's own
    created_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    deleted_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    delete_reason: Mapped[str] = mapped_column(String(300), nullable=False, default="")
