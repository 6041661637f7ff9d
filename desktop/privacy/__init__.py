"""Privacy by the book: the retention term after which closed files are anonymised
(figures stay), residents' requests under the AVG (inzage, correction, erasure,
objection) answered within 30 days, and what the audit trail and the exports
keep of it.

May import desktop.data, desktop.documents (letterhead, PDF, stored files),
desktop.volunteers (a mediator's hours and expenses for their inzage) and
models."""
