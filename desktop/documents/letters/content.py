"""What a letter says and what building a batch gives back: without ReportLab, so
that the screens and services naming them do not load it (some 15 MB with the
letters' fonts) before a PDF is actually made, in a worker."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LetterContent:
    subject: str
    body: str  # the rendered template text
    reference: str  # the case number
    date_text: str  # "24 november 2026"
    address_lines: tuple[str, ...] = ()  # empty: a form, no address block
    signers: tuple[str, ...] = ()  # for the signature boxes of a form
    language: str = "nl"


@dataclass
class BuildResult:
    pdf: bytes
    page_ranges: list[tuple[int, int]] = field(default_factory=list)  # 1-based, inclusive


class BuildCancelled(Exception):
    """The coordinator stopped a batch; nothing was written."""
