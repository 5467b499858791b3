"""Config: the frozen options a pipeline is built from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from newsclean.sites.profile import SiteProfile, SiteProfiles

if TYPE_CHECKING:  # the command line reads Config without loading the engine
    from newsclean.extract.head.head_weights import HeadWeights


class Placement(NamedTuple):
    """A step switched on by name (a plugin's), and where it goes: before or after a step.

    With neither, a step goes where the step itself asks (its ``after``/``before`` attribute),
    else at the end of the line filters, just before ``repeats.repeated_line``.
    """

    name: str
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """What a user can set. ``newsclean.assemble`` is its only reader (steps get plain values)."""

    skip: frozenset[str] = frozenset()  # step names switched off
    now: date | None = None  # reference day for relative stamps ("3 hours ago")
    drop_lines: tuple[str, ...] = ()  # regexes: a body line one matches is dropped
    inline_cuts: tuple[str, ...] = ()  # regexes: what one matches is cut out of a line
    promo_phrases: tuple[str, ...] = ()  # "Also read": a line starting so links elsewhere
    prompt_phrases: tuple[str, ...] = ()  # "Join our WhatsApp channel": a short line saying so
    zones: tuple[tuple[str, str], ...] = ()  # ("IST", "Asia/Jerusalem"): what an abbreviation means
    enable: tuple[Placement, ...] = ()  # plugin steps switched on
    site_profile: SiteProfile | None = None  # the page's site, learnt by `newsclean learn`
    site_profiles: SiteProfiles | None = None  # every site's, for a batch to pick from per record
    head_weights: HeadWeights | None = None  # the page-head ranking's, from `newsclean train`
