"""E-mail: the office's outgoing mail server, calendar invitations and reminders
for appointments, letters as PDF attachments, and the outbox that sends them
(retrying, never twice) or hands them to the office's own mail program.

May import desktop.data, desktop.agenda (appointments, calendar files) and
desktop.documents (letters, the organisation)."""
