"""extractor: Chinese government plan documents to structured, checkable JSON."""

__version__ = "0.1.0"
