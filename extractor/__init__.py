"""extractor: Chinese government plan documents to structured, checkable JSON.

>>> from extractor import extract_text
>>> doc = extract_text("某县2018年工作计划\\n一、目标\\n1.开展培训。完成2个项目。(县教委)\\n")
>>> [(i.number, i.title, [a.name for a in i.agencies], i.project_count) for i in doc.items]
[('1', '开展培训', ['县教委'], 2)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.errors import ExtractorError, ReadError, UnsupportedFormat

if TYPE_CHECKING:
    from extractor.model import Document
    from extractor.pipeline import extract, extract_text

__version__ = "0.1.0"

__all__ = [
    "Document",
    "ExtractorError",
    "ReadError",
    "UnsupportedFormat",
    "__version__",
    "extract",
    "extract_text",
]

# The public API is imported on first use, so that importing one stage module
# (extractor.numbers, say) does not load the whole pipeline.
_LAZY = {"extract": "pipeline", "extract_text": "pipeline", "Document": "model"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"extractor.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
