"""Importing the case list an office kept by hand (Excel or CSV), on its first day.

reading   the sheet as it is: the header row found among the first rows, Excel's
          own row numbers, real dates kept as dates
values    what people type: dates in every notation, an address in one cell,
          several conflict types in one cell
matching  free-text categories (conflict type, referrer, result) to Burenrust's
plan      the dry run: every column accounted for, every distinct value mapped,
          every problem row with its reason, nothing written
writing   the import itself: one transaction, in bulk, stoppable, no duplicates

May import desktop.data, desktop.cases and models."""
