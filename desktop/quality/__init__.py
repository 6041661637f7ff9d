"""Data quality: duplicate persons found (fuzzy, with reasons), merged field by
field, undone when wrong; pairs said to be different are remembered.

May import desktop.data and models."""
