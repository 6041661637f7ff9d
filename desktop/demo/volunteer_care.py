"""Demo volunteer care with a realistic spread: most VOGs valid, a few about to
expire and one expired; refresher trainings with hours (not everyone's); intervisie
groups meeting every six weeks, attendance recorded, someone who missed the last
two; a few volunteers without a case for weeks; hours and expenses for the last
three months, one volunteer close to the month's tax-free limit."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from models.enums import ExpenseActivity, MediatorState, TrainingKind

GROUP_SIZE = 9
KM_RATE_CENTS = 23
COURSES = ["Omgaan met agressie", "Verdieping: de gezamenlijke gesprekken",
           "Bemiddelen met een tolk", "Signalen van huiselijk geweld", "Online bemiddelen"]


def vog_date(rng: random.Random, offset: int, started: date, today: date) -> date:
    """Offsets 1 and 2-4 get an expired and an almost expired VOG; the rest a valid one."""
    three_years = today.replace(year=today.year - 3)
    if offset == 1:
        return three_years - timedelta(days=rng.randint(10, 90))
    if offset in (2, 3, 4):
        return three_years + timedelta(days=rng.randint(7, 35))
    return max(started, today - timedelta(days=rng.randint(20, 3 * 365 - 120)))


def demo_courses(rng: random.Random, mediators: list[dict], today: date) -> list[dict]:
    rows = []
    for m in mediators:
        for years_back in range(0, 3):
            day = today - timedelta(days=rng.randint(20, 340) + 365 * years_back)
            # One in six skipped last year's refresher: Te doen names them.
            if day > m["started_on"] and not (years_back == 0 and rng.random() < 0.17):
                rows.append({"mediator_id": m["id"], "kind": TrainingKind.COURSE,
                             "title": rng.choice(COURSES), "held_on": day,
                             "minutes": rng.choice([120, 150, 180, 240, 360])})
    return rows


def demo_meetings(rng: random.Random, mediators: list[dict], today: date,
                  first_meeting_id: int, room_text: str) -> tuple[list[dict], list[dict]]:
    """Groups of about nine active mediators, a meeting every six weeks over the last
    year and the next one planned. The first group's second member missed the last two."""
    active = [m for m in mediators if m["state"] == MediatorState.ACTIVE]
    groups = [active[i:i + GROUP_SIZE] for i in range(0, len(active), GROUP_SIZE)]
    meetings, attendees = [], []
    meeting_id = first_meeting_id
    for number, group in enumerate(groups, start=1):
        shift = (number - 1) * 4  # groups meet on different days
        day = today - timedelta(days=365 - shift)
        while day <= today + timedelta(days=30):
            weekday_day = day + timedelta(days=(1 - day.weekday()) % 7)  # a Tuesday
            starts = datetime.combine(weekday_day, time(19, 30))
            meetings.append({"id": meeting_id, "kind": "intervisie",
                             "title": f"Intervisie groep {number}", "starts_at": starts,
                             "ends_at": starts + timedelta(hours=2), "place": room_text,
                             "notes": "", "cancelled": False})
            held = starts < datetime.combine(today, time(0, 0))
            recent = today - weekday_day < timedelta(days=90)
            for index, m in enumerate(group):
                if m["started_on"] > weekday_day:
                    continue
                if not held:
                    attended = None
                elif number == 1 and index == 1 and recent:
                    attended = False
                else:
                    attended = rng.random() < 0.85
                attendees.append({"meeting_id": meeting_id, "mediator_id": m["id"],
                                  "attended": attended, "removed": False, "mail_address": "",
                                  "mail_sequence": 0, "mail_fingerprint": ""})
            meeting_id += 1
            day += timedelta(days=42)
    return meetings, attendees


def demo_expenses(rng: random.Random, links: list[dict], case_rows: list[dict],
                  meetings: list[dict], attendees: list[dict], today: date) -> list[dict]:
    """Three months of lines: case work with travel, intervisie evenings, office duty.
    The allowance is € 15 per evening with talks; one volunteer nears the month limit."""
    since = today.replace(day=1) - timedelta(days=62)
    since = since.replace(day=1)
    open_or_recent = {c["id"] for c in case_rows
                      if c["closed_on"] is None or c["closed_on"] >= since}
    rows = []
    for link in links:
        if link["case_id"] not in open_or_recent:
            continue
        for _ in range(rng.randint(1, 3)):
            day = since + timedelta(days=rng.randint(0, (today - since).days))
            by_car = rng.random() < 0.6
            rows.append(_line(link["mediator_id"], day, ExpenseActivity.CASE,
                              link["case_id"], rng.choice([60, 90, 120, 150]),
                              km_tenths=rng.randint(30, 260) if by_car else 0,
                              transit_cents=0 if by_car else rng.choice([0, 412, 580, 760]),
                              allowance_cents=1500))
    held = {m["id"]: m for m in meetings if since <= m["starts_at"].date() <= today}
    for a in attendees:
        if a["attended"] and a["meeting_id"] in held:
            rows.append(_line(a["mediator_id"], held[a["meeting_id"]]["starts_at"].date(),
                              ExpenseActivity.INTERVISIE, None, 120,
                              km_tenths=rng.choice([0, 40, 80, 120]), meeting_id=a["meeting_id"]))
    if rows:  # the busiest volunteer this month: near the € 210 month limit
        busy = rows[0]["mediator_id"]
        for day in range(1, min(today.day, 13) + 1):
            rows.append(_line(busy, today.replace(day=day), ExpenseActivity.OFFICE, None, 180,
                              allowance_cents=1500, note="spreekuur wijkcentrum"))
    return rows


def _line(mediator_id: int, day: date, activity: str, case_id: int | None, minutes: int,
          km_tenths: int = 0, transit_cents: int = 0, allowance_cents: int = 0,
          meeting_id: int | None = None, note: str = "") -> dict:
    return {"mediator_id": mediator_id, "spent_on": day, "activity": activity,
            "case_id": case_id, "meeting_id": meeting_id, "minutes": minutes,
            "km_tenths": km_tenths, "km_rate_cents": KM_RATE_CENTS if km_tenths else 0,
            "transit_cents": transit_cents, "other_cents": 0, "other_text": "",
            "allowance_cents": allowance_cents, "note": note}
