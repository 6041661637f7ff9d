"""Burenrust application: the GUI start-up (app.py), the command line (cli/),
the shared plumbing (data/) and one package of services per area, named like
the packages in views/: cases, admin, mediators, agenda, documents, partners,
signals, figures, demo. docs/architecture.md draws the house.

Services import desktop.data and models, and another area's services only in
the direction of tests/test_architecture.py; only app.py imports views."""

__version__ = "0.1.0"
