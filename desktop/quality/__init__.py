"""Data quality: duplicate persons, addresses, partner organisations and contact
persons found (fuzzy, with reasons), merged field by field, undone when wrong;
pairs said to be different are remembered; and the gaps in the file that matter
(parties without postcode, closed cases without result, quiet cases, mediators
without free times).

May import desktop.data and models."""

# What can be searched for duplicates; here, so the command line's options do not
# load the finders (and SQLAlchemy) when the program starts.
KINDS = ("person", "address", "organisation", "contact")
