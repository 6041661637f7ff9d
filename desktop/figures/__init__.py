"""The yearly figures for the funders and the national registration: counting
(never a name) and the CSV, Excel and PDF exports.

May import desktop.data, desktop.documents (letterhead, PDF style) and models."""
