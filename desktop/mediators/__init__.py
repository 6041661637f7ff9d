"""The volunteer mediators: their register (availability, absences, trainings),
the pairing rules and pair suggestions for one case, and one optimal plan for
the whole waiting list.

May import desktop.data, desktop.cases, desktop.volunteers (the VOG rule) and models."""
