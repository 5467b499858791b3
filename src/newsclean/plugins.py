"""Third-party steps registered under the ``newsclean.filters`` entry-point group.

A plugin package declares, in its ``pyproject.toml``::

    [project.entry-points."newsclean.filters"]
    "acme.drop_sponsor" = "acme_newsclean:drop_sponsor"

The entry point's name is the step's name. What it points at may be a pure
``(text) -> Hit | None`` function (named like the entry point's last part: it is lifted into a
``LineFilter``), a ``Step`` instance, or a ``Step`` class taking no arguments. Installed plugins
are listed by ``newsclean filters`` but run only when switched on (``enable`` in a rules file,
``--enable``, ``Config(enable=...)``), so installing a package never changes what a pipeline
does by itself.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

from newsclean.errors import UsageError
from newsclean.pipeline import LineFilter, Step, step_summary

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

GROUP = "newsclean.filters"


class PluginError(UsageError):
    """A plugin that is not installed, fails to import or is not a step."""


def _entry_points() -> dict[str, EntryPoint]:
    from importlib.metadata import entry_points  # read when a plugin is asked for

    return {ep.name: ep for ep in sorted(entry_points(group=GROUP), key=lambda ep: ep.name)}


def plugin_names() -> tuple[str, ...]:
    """The names of the installed plugin steps, sorted."""
    return tuple(_entry_points())


def plugin_summaries() -> tuple[tuple[str, str], ...]:
    """Each installed plugin step's name and summary; a broken plugin says why."""
    listed: list[tuple[str, str]] = []
    for name in plugin_names():
        try:
            listed.append((name, step_summary(load_plugin(name))))
        except PluginError as exc:
            listed.append((name, f"cannot be used: {exc}"))
    return tuple(listed)


def load_plugin(name: str) -> Step:
    """The step an installed plugin registers under ``name``."""
    found = _entry_points()
    if name not in found:
        close = difflib.get_close_matches(name, list(found), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise PluginError(f"no plugin step named {name!r} is installed{hint}; see `newsclean "
                          f"filters`")
    try:
        obj = found[name].load()
    except Exception as exc:  # a broken plugin is reported, whatever it raised
        raise PluginError(f"plugin {name!r} failed to load: {exc}") from exc
    return as_step(obj, name)


def as_step(obj: Any, name: str) -> Step:
    """A plugin's object as a step named ``name``: a Step, a Step class or a line function.

    >>> from newsclean.filters.ads import advert_label
    >>> as_step(advert_label, "ads.advert_label").name
    'ads.advert_label'
    >>> as_step(advert_label, "acme.advert")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsclean.plugins.PluginError: plugin ...: name the entry point 'acme.advert_label'
    """
    if isinstance(obj, type):
        obj = obj()
    if callable(obj) and isinstance(getattr(obj, "name", None), str):
        if obj.name != name:
            raise PluginError(f"plugin {name!r} is a step named {obj.name!r}: name the entry "
                              f"point {obj.name!r}")
        return obj  # type: ignore[no-any-return]
    if not callable(obj):
        raise PluginError(f"plugin {name!r} is neither a step nor a function of a line")
    family = name.rpartition(".")[0] or name
    step = LineFilter(obj, family)
    if step.name != name:
        raise PluginError(f"plugin {name!r} is the function {obj.__name__}: name the entry "
                          f"point {step.name!r}")
    return step
