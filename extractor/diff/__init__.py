"""``python -m extractor diff OLD NEW``: what changed between two runs or two versions of a plan.

Items are paired by section, number and title first, then by similarity
(``match.py``), so a renumbering or a moved item reads as such and not as
everything changed; spans are never compared, so an edit early in the text
does not move every fact after it.
"""

from extractor.diff.compare import diff_documents
from extractor.diff.model import DiffReport, DocumentDiff

__all__ = ["DiffReport", "DocumentDiff", "diff_documents"]
