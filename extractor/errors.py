"""The few exceptions bad input raises. The CLI catches ``ExtractorError`` per document."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class: the message names the file and says what to try next."""


class ReadError(ExtractorError):
    """The file exists but cannot be turned into text (binary, undecodable, encrypted...)."""


class UnsupportedFormat(ExtractorError):
    """The file's format is not one the readers know."""


class InternalError(ExtractorError):
    """An extractor bug met this input; the message names the exception, ``__cause__`` has it."""
