"""User rules without Python: a TOML file read into a Config, checked before anything runs.

The rules come from ``--rules FILE``, else from the first ``newsclean.toml`` or ``pyproject.toml``
with a ``[tool.newsclean]`` table found walking up from the working directory. A bad rule fails
at once with ``FILE:LINE: reason`` (an invalid regex, a pattern that could backtrack
catastrophically, an unknown filter or time-zone name, with the close matches).
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import tomllib
import zoneinfo
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import regex

from newsclean.config import Config, Placement
from newsclean.errors import UsageError, unknown_name
from newsclean.extract.date.names import ZONES
from newsclean.extract.head.head_weights import HeadWeights, HeadWeightsError, read_weights_file
from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS
from newsclean.patterns import lazy_compile
from newsclean.pipeline import DEFAULT_STEPS
from newsclean.plugins import plugin_names
from newsclean.rules.steps import RULE_STEP_NAMES, RuleError, check_pattern

RULES_FILE = "newsclean.toml"
PATTERN_KEYS = ("drop_lines", "inline_cuts")
PHRASE_KEYS = ("promo_phrases", "prompt_phrases")
KEYS = ("skip", *PATTERN_KEYS, *PHRASE_KEYS, "zones", "enable", "now", "weights")
OFFSET_RE = lazy_compile(r"^[+-](?:0\d|1[0-4]):[0-5]\d$")
TOML_LINE_RE = lazy_compile(r"\s*\(at line (?P<line>\d+), column \d+\)$")

Locate = Callable[[str, object], int | None]  # (key, value or None) -> line number


class RulesError(UsageError):
    """A rules file (or options) that cannot be used; the message is ``FILE:LINE: reason``."""


def find_rules_file(start: Path) -> Path | None:
    """The first ``newsclean.toml``, or ``pyproject.toml`` with ``[tool.newsclean]``, from
    ``start`` up to the file system's root."""
    for folder in (start, *start.parents):
        if (candidate := folder / RULES_FILE).is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "tool.newsclean" in pyproject.read_text(encoding="utf-8"):
            return pyproject
    return None


def user_rules(path: Path | None, start: Path | None = None) -> Config:
    """The rules in ``path``, else in the rules file found from ``start`` (the working
    directory) up, else none."""
    if path is None:
        path = find_rules_file(start or Path.cwd())
    return Config() if path is None else load_rules(path)


def load_rules(path: Path) -> Config:
    """Read a rules file (its ``[tool.newsclean]`` table if it has one) into a Config."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(f"{path}: cannot read rules: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = TOML_LINE_RE.search(str(exc))
        end = str(exc).endswith("(at end of document)")
        line = m["line"] if m else str(max(len(text.splitlines()), 1)) if end else "1"
        reason = str(exc)[: m.start()] if m else str(exc).removesuffix(" (at end of document)")
        raise RulesError(f"{path}:{line}: invalid TOML: {reason}") from None
    section: str | None = None
    table = data
    if isinstance(data.get("tool"), dict) and "newsclean" in data["tool"]:
        table, section = data["tool"]["newsclean"], "tool.newsclean"
    elif path.name == "pyproject.toml":
        table = {}
    return config_from_table(table, where=str(path), locate=_locator(text, section),
                             base=path.parent)


def config_from_table(table: Mapping[str, Any], *, where: str,
                      locate: Locate | None = None, base: Path | None = None) -> Config:
    """A Config from a rules table (a TOML file's or keyword options), every value checked.

    ``base``: the folder a relative ``weights`` path is read from (the rules file's; else the
    working directory).
    """
    locate = locate or (lambda key, value: None)

    def fail(key: str, value: object, reason: str) -> RulesError:
        line = locate(key, value)
        return RulesError(f"{where}:{line}: {reason}" if line else f"{where}: {reason}")

    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise fail(key, None, f"unknown key {key!r}{hint}")
        if key == "weights":
            values["head_weights"] = _weights(value, base, fail)
        else:
            values[key] = _read(key, value, fail)
    _check_names(values, fail)
    return Config(**values)


def _weights(
    value: Any, base: Path | None, fail: Callable[[str, object, str], RulesError]
) -> HeadWeights:
    """The page-head weights of the file ``value`` names (see extract/head/head_weights.py)."""
    if not isinstance(value, str | Path):
        raise fail("weights", None, "weights must be the path of a file `newsclean train` wrote")
    path = Path(value)
    if base is not None and not path.is_absolute():
        path = base / path
    try:
        return read_weights_file(path, DEFAULT_HEAD_WEIGHTS)
    except HeadWeightsError as exc:
        raise fail("weights", value, str(exc)) from None


def _check_names(values: Mapping[str, Any], fail: Callable[[str, object, str], RulesError]) -> None:
    """Every step named in ``skip`` and ``enable`` exists (plugins once installed)."""
    named = [("skip", name) for name in values.get("skip", ())]
    for placement in values.get("enable", ()):
        named.append(("enable", placement.name))
        named.extend(("enable", n) for n in (placement.before, placement.after) if n)
    known = {*(s.name for s in DEFAULT_STEPS), *RULE_STEP_NAMES}
    if all(name in known for _, name in named):
        return
    plugins = plugin_names()  # read only when needed: it scans every installed distribution
    for key, name in named:
        if name not in known and name not in plugins:
            pool = plugins if key == "enable" and name == _placed(values, name) else known
            raise fail(key, name, unknown_name(name, sorted(pool or known)))


def _placed(values: Mapping[str, Any], name: str) -> str | None:
    return next((p.name for p in values.get("enable", ()) if p.name == name), None)


def _read(key: str, value: Any, fail: Callable[[str, object, str], RulesError]) -> Any:
    if key == "now":
        return _day(value, lambda reason: fail(key, None, reason))
    if key == "zones":
        return _zones(value, fail)
    if key == "enable":
        return _placements(value, fail)
    items = _strings(value, lambda reason: fail(key, None, reason), key)
    if key in PATTERN_KEYS:
        for pattern in items:
            try:
                check_pattern(pattern)
            except RuleError as exc:
                raise fail(key, pattern, str(exc)) from None
    return frozenset(items) if key == "skip" else items


def _strings(value: Any, fail: Callable[[str], RulesError], key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(v, str) for v in value
    ):
        raise fail(f"{key} must be a list of strings")
    return tuple(value)


def _day(value: Any, fail: Callable[[str], RulesError]) -> datetime.date | None:
    if value is None or (isinstance(value, datetime.date)
                         and not isinstance(value, datetime.datetime)):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise fail(f"now must be a day (YYYY-MM-DD), not {value!r}") from None


def _zones(value: Any, fail: Callable[[str, object, str], RulesError]) -> tuple[tuple[str, str],
                                                                                ...]:
    if not isinstance(value, Mapping):
        raise fail("zones", None, 'zones must be a table: IST = "Asia/Jerusalem"')
    zones: list[tuple[str, str]] = []
    for abbr, zone in value.items():
        if abbr.upper() not in ZONES:
            close = difflib.get_close_matches(abbr.upper(), list(ZONES), n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise fail(abbr, None, f"unknown time-zone abbreviation {abbr!r}{hint}")
        if not isinstance(zone, str) or not _is_zone(zone):
            close = difflib.get_close_matches(str(zone), sorted(zoneinfo.available_timezones()))
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise fail(abbr, None, f"{abbr}: {zone!r} is not an IANA time zone or an offset "
                                   f"like +05:30{hint}")
        zones.append((abbr.upper(), zone))
    return tuple(zones)


def _is_zone(name: str) -> bool:
    if OFFSET_RE.match(name):
        return True
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _placements(value: Any, fail: Callable[[str, object, str], RulesError]) -> tuple[Placement,
                                                                                     ...]:
    if not isinstance(value, list | tuple):
        value = [value]
    placements: list[Placement] = []
    for item in value:
        if isinstance(item, Placement):
            placements.append(item)
        elif isinstance(item, str):
            placements.append(Placement(item))
        elif isinstance(item, Mapping) and isinstance(item.get("step"), str) and set(item) <= {
            "step", "before", "after"
        }:
            placements.append(Placement(item["step"], item.get("before"), item.get("after")))
        else:
            raise fail("enable", None, 'enable takes step names or tables {step = "...", '
                                       'after = "..."} (or before)')
    return tuple(placements)


def merge(base: Config, more: Config) -> Config:
    """``more`` on top of ``base``: lists and switches add up; ``now``, each zone and the head
    weights replace."""

    def added(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(dict.fromkeys((*a, *b)))

    return dataclasses.replace(
        base,
        skip=base.skip | more.skip,
        now=more.now if more.now is not None else base.now,
        drop_lines=added(base.drop_lines, more.drop_lines),
        inline_cuts=added(base.inline_cuts, more.inline_cuts),
        promo_phrases=added(base.promo_phrases, more.promo_phrases),
        prompt_phrases=added(base.prompt_phrases, more.prompt_phrases),
        zones=tuple({**dict(base.zones), **dict(more.zones)}.items()),
        enable=added(base.enable, more.enable),
        head_weights=more.head_weights if more.head_weights is not None else base.head_weights,
    )


def _locator(text: str, section: str | None) -> Locate:
    """Finds the line of a key, or of a value written under it, in a TOML file's text."""
    lines = text.splitlines()
    start = 0
    if section is not None:
        header = regex.compile(rf"^\s*\[\s*{regex.escape(section)}\s*\]")
        start = next((i for i, line in enumerate(lines) if header.match(line)), 0)

    def locate(key: str, value: object) -> int | None:
        key_re = regex.compile(rf"^\s*[\"']?{regex.escape(key)}[\"']?\s*=")
        at = next((i for i in range(start, len(lines)) if key_re.match(lines[i])), None)
        if at is None:
            at = next((i for i in range(start, len(lines)) if key in lines[i]), start)
        if isinstance(value, str):
            written = (value, value.replace("\\", "\\\\").replace('"', '\\"'))
            for i in range(at, len(lines)):
                if any(w and w in lines[i] for w in written):
                    return i + 1
        return at + 1

    return locate
