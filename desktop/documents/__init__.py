"""Paper and files: letters (templates, the values they are filled with, the
window-envelope PDF), documents stored with a case, the organisation's
letterhead, and the printed recovery sheet for the backups.

May import desktop.data and models."""
