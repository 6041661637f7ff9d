"""Appointments on cases: planning them, what clashes, rooms, the week's agenda,
things to do, and calendar (.ics) files.

May import desktop.data and models."""
