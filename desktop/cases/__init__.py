"""Cases from the first phone call to closing: registration (and recurrence),
one case read whole and changed, its parties, its history, the paged case list
with search, and importing an office's old spreadsheet.

May import desktop.data, desktop.admin (categories), desktop.quality (name keys: the
recurrence check knows a name written differently) and models."""
