"""The one exception hierarchy for user-facing errors.

    KgError                  anything the CLI reports as one line and a non-zero exit
    ├── InputError           a source file or folder cannot be read as stories (.path, .reason)
    ├── ExtractorError       an extractor failed on a story (carries .extractor, .story_id)
    ├── ConfigError          an unknown extractor, format or option
    ├── QueryError           a SPARQL query cannot be read or run (carries .path)
    ├── GraphError           a built graph cannot be read, written or is invalid (carries .path)
    └── EvaluationError      a gold file cannot be read (carries .path, .line)

Programmer misuse stays TypeError/ValueError.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ConfigError",
    "EvaluationError",
    "ExtractorError",
    "GraphError",
    "InputError",
    "KgError",
    "QueryError",
]


class KgError(Exception):
    """An error the user can fix; its message names what and where."""


class InputError(KgError):
    """A source file or folder that cannot be read as stories."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.reason = message
        super().__init__(f"{path}: {message}")


class ExtractorError(KgError):
    """An extractor raised while reading a story."""

    def __init__(self, extractor: str, story_id: str, message: str) -> None:
        self.extractor = extractor
        self.story_id = story_id
        super().__init__(f"extractor {extractor!r} failed on story {story_id}: {message}")


class ConfigError(KgError):
    """An unknown name or a bad combination of options."""


class QueryError(KgError):
    """A SPARQL query file that cannot be read, parsed or run."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


class GraphError(KgError):
    """A graph file that cannot be read or written, or that breaks the shapes."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


class EvaluationError(KgError):
    """A gold file that cannot be read."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
