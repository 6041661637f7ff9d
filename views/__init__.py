"""PySide6 widgets, dialogs and item models. No SQL here: views call the
services in desktop/ and show the plain results."""
