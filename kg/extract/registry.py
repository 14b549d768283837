"""The extractor registry: a name maps to a factory, like spaCy's ``Language.factory``.

An extractor is a callable ``StoryDoc -> StoryDoc``. It declares what it reads (``requires``)
and what it adds (``assigns``) so a pipeline's order is checked before anything runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from kg.errors import ConfigError

__all__ = ["Extractor", "Registration", "check_order", "extractor", "get", "names"]


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


def get(name: str) -> Registration:
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
