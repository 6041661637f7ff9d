"""Letters of the mediation process: templates (Jinja2, editable by the
coordinator), the values they are filled with, and the PDF a window envelope
expects."""
