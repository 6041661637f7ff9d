"""Signalen: incidents, and what repeats across incidents and cases."""
