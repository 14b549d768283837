"""The extractor registry: a name maps to a factory, like spaCy's ``Language.factory``.

An extractor is a callable ``StoryDoc -> StoryDoc``. It declares what it reads (``requires``)
and what it adds (``assigns``) so a pipeline's order is checked before anything runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from kg.errors import ConfigError

__all__ = ["ENTRY_POINT_GROUP", "Extractor", "Registration", "check_order", "extractor", "get",
           "load_entry_points", "names"]


class Extractor(Protocol):
    def __call__(self, doc: Any, /) -> Any: ...


@dataclass(frozen=True)
class Registration:
    name: str
    factory: Callable[..., Extractor]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    default_config: dict[str, Any] = field(default_factory=dict)

    def make(self, **config: Any) -> Extractor:
        return self.factory(**{**self.default_config, **config})


_REGISTRY: dict[str, Registration] = {}


def extractor(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    assigns: tuple[str, ...] = (),
    default_config: dict[str, Any] | None = None,
) -> Callable[[Callable[..., Extractor]], Callable[..., Extractor]]:
    """Register a factory under ``name``; a plain function counts as its own factory."""
    if "." in name or not name:
        raise ValueError(f"extractor name {name!r} must be non-empty and contain no dots")

    def register(factory: Callable[..., Extractor]) -> Callable[..., Extractor]:
        taken = _REGISTRY.get(name)
        if taken is not None and taken.factory is not factory:
            raise ValueError(f"extractor name {name!r} is taken by {taken.factory.__qualname__}")
        _REGISTRY[name] = Registration(name, factory, requires, assigns, default_config or {})
        return factory

    return register


ENTRY_POINT_GROUP = "kg.extractors"
_loaded_entry_points = False


def load_entry_points() -> None:
    """Register extractors that installed packages declare under ``kg.extractors``.

    A package adds ``[project.entry-points."kg.extractors"] my_ner = "my_pkg:make_my_ner"``;
    importing the target registers it with ``@extractor("my_ner", ...)``.
    """
    global _loaded_entry_points
    if _loaded_entry_points:
        return
    _loaded_entry_points = True
    from importlib.metadata import entry_points

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            entry.load()
        except Exception as exc:  # a broken plug-in is a configuration problem, not a crash
            raise ConfigError(f"extractor plug-in {entry.name!r} ({entry.value}) failed to "
                              f"load: {exc}") from None


def get(name: str) -> Registration:
    if name not in _REGISTRY:
        load_entry_points()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ConfigError(
            f"no extractor named {name!r}; available: {', '.join(names())}"
        ) from None


def names() -> list[str]:
    return sorted(_REGISTRY)


def check_order(pipeline: list[str]) -> None:
    """Refuse a pipeline in which an extractor runs before what it requires is assigned."""
    assigned: set[str] = {"sentences"}
    for name in pipeline:
        registration = get(name)
        missing = [need for need in registration.requires if need not in assigned]
        if missing:
            raise ConfigError(
                f"extractor {name!r} requires {', '.join(missing)}, which no earlier "
                "extractor in the pipeline assigns"
            )
        assigned.update(registration.assigns)
