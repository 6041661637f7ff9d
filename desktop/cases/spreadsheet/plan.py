"""The dry run of an import: what every column becomes, what every distinct
category value becomes, which rows will be made (as they are, or with flags), and
the few rows that cannot be made (with Excel's row number and the reason). Nothing
is written; the plan is cheap to make again after the coordinator corrects a column
or a value.

Re-importing creates no duplicates: a case is recognised by its old case number,
or without one by its registration date, requester and address, with whitespace
and capitals not counting."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.admin import categories as lookups
from desktop.cases.spreadsheet.columns import (
    ESSENTIAL,
    FIELDS,
    QT_TRANSLATE_NOOP,
    REFUSED_REASON_HEADER,
    ColumnUse,
    account_columns,
    guess_mapping,
    header_score,
    kept_columns,
)
from desktop.cases.spreadsheet.matching import Category, Match, match, normal
from desktop.cases.spreadsheet.reading import Sheet, read_sheet
from desktop.cases.spreadsheet.rows import (
    IMPORT_MARK,
    PROBLEMS,
    TO_COMPLETE,
    WARNINGS,
    ParsedRow,
    Problem,
    cell_text,
    identity_of_repeat,
    parse_row,
)
from desktop.data.exports import csv_text
from desktop.data.store import Store
from models import Case

__all__ = ["ESSENTIAL", "FIELDS", "IMPORT_MARK", "PROBLEMS", "QT_TRANSLATE_NOOP", "WARNINGS",
           "ColumnUse", "ImportPlan", "ParsedRow", "Problem", "ValueChoice", "guess_mapping",
           "header_score", "make_plan", "read_and_plan"]

# The categorical fields and the list each maps to.
CATEGORY_FIELDS = {
    "conflict_type": "conflict_types",
    "referrer": "referrer_kinds",
    "result": "case_results",
    "reason": "closing_reasons",
}


@dataclass(frozen=True)
class ValueChoice:
    field: str
    key: str  # the normalised value
    text: str  # as it stands in the sheet (first occurrence)
    count: int
    match: Match


@dataclass
class ImportPlan:
    sheet: Sheet
    mapping: dict[str, int]
    columns: list[ColumnUse]
    values: dict[str, list[ValueChoice]]
    rows: list[ParsedRow] = field(default_factory=list)  # to be made
    duplicates: int = 0  # imported before
    problems: list[Problem] = field(default_factory=list)
    categories: dict[str, list[Category]] = field(default_factory=dict)
    # (field, key) -> Match, made from `values` when first asked: looked up per row.
    _index: dict[tuple[str, str], Match] = field(default_factory=dict, repr=False,
                                                 compare=False)
    _index_of: object = field(default=None, repr=False, compare=False)

    @property
    def ready(self) -> int:
        return len(self.rows)

    @property
    def refused_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems if not p.is_warning and p.line})

    @property
    def skipped_lines(self) -> int:
        return len(self.refused_lines)

    @property
    def flagged(self) -> int:
        """Rows that come in with at least one flag."""
        flagged = {p.line for p in self.problems if p.is_warning}
        return sum(1 for r in self.rows if r.line in flagged)

    @property
    def clean(self) -> int:
        """Rows that come in as they are."""
        return self.ready - self.flagged

    @property
    def to_complete(self) -> int:
        return sum(1 for r in self.rows if r.to_complete or any(
            p.address_as_typed or p.address_source for p in r.parties))

    def counts(self) -> Counter:
        return Counter(p.code for p in self.problems)

    def grouped(self, warnings: bool) -> list[tuple[str, int]]:
        """(reason, rows) for the flags or the refusals, the most frequent first."""
        lines: dict[str, set[int]] = {}
        for p in self.problems:
            if p.is_warning == warnings:
                lines.setdefault(p.code, set()).add(p.line)
        return sorted(((code, len(found)) for code, found in lines.items()),
                      key=lambda item: (-item[1], item[0]))

    def by_year(self) -> dict[int, int]:
        return dict(sorted(Counter(r.registered_on.year for r in self.rows
                                   if r.registered_on).items()))

    def choice(self, field_name: str, key: str) -> Match:
        if self._index_of is not self.values:  # made anew when the tables were
            self._index = {(name, value.key): value.match
                           for name, values in self.values.items() for value in values}
            self._index_of = self.values
        return self._index.get((field_name, key)) or Match(None, "none")

    def closed_without_date(self) -> int:
        return sum(
            1
            for r in self.rows
            if r.closed_on is None and self.choice("result", r.result[0]).category_id is not None
        )

    def reason_for(self, row: ParsedRow) -> int | None:
        """Why there was no mediation: the reason column, else the result's own words."""
        if row.reason[0]:
            return self.choice("reason", row.reason[0]).category_id
        return self.choice("result", row.result[0]).reason_id

    def problems_csv(self) -> str:
        """Every flag and refusal, for the coordinator to check in Excel."""
        header = ["Regel", "Soort", "Kolom", "Waarde", "Wat er mis is"]
        return csv_text(
            [header]
            + [
                [
                    p.line,
                    "waarschuwing" if p.is_warning else "niet geïmporteerd",
                    p.column,
                    p.value,
                    p.text,
                ]
                for p in sorted(self.problems, key=lambda p: (p.line, p.code))
            ]
        )

    def refused_csv(self) -> str:
        """The refused rows as they stand in the sheet, with the reason in a last
        column: fix them in Excel and import this file again (the reason column is
        ignored then)."""
        reasons: dict[int, list[str]] = {}
        for p in self.problems:
            if not p.is_warning and p.line:
                reasons.setdefault(p.line, []).append(p.text)
        body = [[cell_text(c) for c in row.cells] + ["; ".join(reasons[row.line])]
                for row in self.sheet.rows if row.line in reasons]
        return csv_text([[*self.sheet.headers, REFUSED_REASON_HEADER], *body])


# -- the plan --------------------------------------------------------------------------------
def _categories(store: Store, kind: str) -> list[Category]:
    return [Category(i.id, i.code, i.name) for i in lookups.list_items(store, kind, True)]


def _known_identities(store: Store) -> set[str]:
    with store.read() as session:
        return set(
            session.scalars(
                select(Case.imported_from).where(Case.imported_from.startswith(IMPORT_MARK))
            )
        )


def make_plan(
    store: Store,
    sheet: Sheet,
    mapping: dict[str, int] | None = None,
    corrections: dict[tuple[str, str], Match] | None = None,
) -> ImportPlan:
    """The dry run. `corrections` are the coordinator's choices for category values
    ((field, normalised value) -> Match), kept when the plan is made again."""
    mapping = guess_mapping(sheet.headers) if mapping is None else dict(mapping)
    cats = {
        kind: _categories(store, kind)
        for kind in ("conflict_types", "referrer_kinds", "case_results", "closing_reasons")
    }
    conflict_names = {normal(c.name) for c in cats["conflict_types"]}
    columns = account_columns(sheet, mapping)
    plan = ImportPlan(sheet, mapping, columns, {}, categories=cats)
    if not any(name in mapping for name in ESSENTIAL):
        plan.problems = [Problem(row.line, "column_missing") for row in sheet.rows]
        return plan
    kept = kept_columns(columns)
    known = _known_identities(store)
    seen: dict[str, int] = {}
    rows_by_line: dict[int, tuple] = {}
    for row in sheet.rows:
        parsed, problems = parse_row(sheet, mapping, kept, row, conflict_names)
        plan.problems.extend(problems)
        if parsed is None:
            continue
        if parsed.identity in known or parsed.legacy_fingerprint in known:
            plan.duplicates += 1
            continue
        if parsed.identity in seen:
            first = seen[parsed.identity]
            if rows_by_line[first] == row.cells:  # the very same row twice: nothing to add
                plan.problems.append(Problem(row.line, "duplicate_in_file", "",
                                             f"regel {first}"))
                continue
            parsed.identity = identity_of_repeat(parsed.identity, parsed.legacy_fingerprint)
            if parsed.identity in known:
                plan.duplicates += 1
                continue
            plan.problems.append(Problem(row.line, "same_number_in_file",
                                         _header(plan, "number"), f"regel {first}"))
        seen.setdefault(parsed.identity, row.line)
        rows_by_line.setdefault(row.line, row.cells)
        plan.rows.append(parsed)
    _assume_dates(plan)
    plan.values = _value_tables(plan, corrections or {})
    for row in plan.rows:  # a closing date needs a result: without one the case stays open
        result = plan.choice("result", row.result[0])
        if row.closed_on is not None and result.category_id is None:
            row.closed_on = None
            row.kept.append((_header(plan, "closed_on"), row.closed_text))
            row.to_complete.append(TO_COMPLETE["closed_without_result"])
            plan.problems.append(
                Problem(row.line, "closed_without_result", _header(plan, "result"), row.result[1])
            )
        elif result.category_id is not None and row.closed_on is None:
            plan.problems.append(
                Problem(row.line, "closed_date_unknown", _header(plan, "closed_on"))
            )
    plan.problems.sort(key=lambda p: (p.line, p.code))
    return plan


def _assume_dates(plan: ImportPlan) -> None:
    """A row without a readable registration date takes the date of the nearest row
    above that has one (hand-kept lists run in order of arrival), else the nearest
    below, else its closing date, else today; it is flagged and listed to complete."""
    dated = sorted((r.line, r.registered_on) for r in plan.rows if r.registered_on is not None)
    lines = [line for line, _day in dated]
    header = _header(plan, "registered_on")
    for row in plan.rows:
        if row.registered_on is not None:
            continue
        at = bisect_left(lines, row.line)
        if dated:
            line, day = dated[at - 1] if at > 0 else dated[0]
            source = f"regel {line}"
        else:
            line, day = 0, row.closed_on or date.today()
            source = "afsluitdatum" if row.closed_on else "vandaag"
        if row.closed_on is not None and row.closed_on < day:
            day = row.closed_on
            source = "afsluitdatum"
        row.registered_on = day
        value = f"{day.strftime('%d-%m-%Y')} ({source})"
        plan.problems.append(Problem(row.line, "date_assumed", header, value))
        row.to_complete.append(TO_COMPLETE["date_assumed"].format(value=value))


def _header(plan: ImportPlan, name: str) -> str:
    index = plan.mapping.get(name)
    return plan.sheet.headers[index] if index is not None else ""


def _value_tables(
    plan: ImportPlan, corrections: dict[tuple[str, str], Match]
) -> dict[str, list[ValueChoice]]:
    tables: dict[str, list[ValueChoice]] = {}
    for name, kind in CATEGORY_FIELDS.items():
        if name not in plan.mapping:
            continue
        counts: Counter = Counter()
        texts: dict[str, str] = {}
        for row in plan.rows:
            values = row.conflicts if name == "conflict_type" else [getattr(row, name)]
            for key, text in values:
                if name == "reason" and not key:
                    continue  # no reason given: the result's own words say it
                counts[key] += 1
                texts.setdefault(key, text)
        reasons = plan.categories["closing_reasons"] if name == "result" else None
        tables[name] = [
            ValueChoice(
                name,
                key,
                texts[key],
                count,
                corrections.get((name, key))
                or match(kind, texts[key], plan.categories[kind], reasons),
            )
            for key, count in counts.most_common()
        ]
    return tables


def read_and_plan(store: Store, path: Path) -> ImportPlan:
    return make_plan(store, read_sheet(path, header_score))
