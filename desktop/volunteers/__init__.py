"""Volunteer care: VOG, training, intervisie, activity, hours and expenses.

May import desktop.data, desktop.documents (the letterhead of claims and year
overviews) and models."""
