"""What Beheer keeps in the database for the whole office: the categories a
coordinator can extend (conflict types, referrer kinds, results, reasons,
incident kinds).

May import desktop.data and models."""
