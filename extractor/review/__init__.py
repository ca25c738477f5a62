"""Views for reviewers, built from the output models: HTML pages, a task ledger, a corpus view.

Nothing here looks inside the extraction stages; everything reads a ``Document``
(and, for the pages, the text its spans index into), so the views stay the same
whichever way the pipeline finds its facts. In a batch the pages are made by the
workers and the rest by the parent from report rows and the JSON on disk
(``write.py``), so no view holds the corpus in memory.
"""
