"""The package's shape: a dozen modules a folder at most, and the slugs other steps react to
named where the filters that drop them are."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.api import clean
from newsclean.pipeline import LINE_FAMILIES
from newsclean.region.main_text import ANCHOR_REASONS, BARRIER_REASONS, COMMENT_REASONS
from newsclean.sites.steps import SITE_BOILERPLATE_REASON

PACKAGE = Path(newsclean.__file__).parent
MAX_MODULES = 12
SEED = Path(__file__).parent / "corpus" / "seed" / "raw"


@pytest.mark.parametrize("folder", sorted(
    [PACKAGE, *(p.parent for p in PACKAGE.rglob("__init__.py"))], key=str), ids=str)
def test_a_folder_holds_a_dozen_modules_at_most(folder: Path) -> None:
    modules = sorted(p.name for p in folder.glob("*.py"))
    assert len(modules) <= MAX_MODULES, modules


# One real line a slug, from the dev pages: the region's barrier and comment sets must name slugs
# that a line filter really gives.
SLUG_LINES = {
    "about_box": "Sobre Carlos Nadalim",
    "author_bio": "Dallas Robinson is a freelance writer living in Minneapolis",
    "author_box": "Author:",
    "comment_count": "604 COMMENTS",
    "comment_form": "Letters to the Editor",
    "comment_prompt": "View Comments",
    "copyright": "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.",
    "follow_widget": "Follow VentureBeat on Facebook",
    "legal_links": "Contact Us",
    "newsletter_prompt": "Morning Editorial Report Newsletter",
    "pagination": "Search →",
    "related_header": "Most Popular Articles",
    "support_appeal": "Support independent journalism",
    "tag_line": "Categories",
}


def _reasons(line: str) -> set[str]:
    filters = [f for _, module in LINE_FAMILIES for f in getattr(module, "FILTERS", ())]
    return {hit.reason for f in filters if (hit := f(line)) is not None}


@pytest.mark.parametrize("slug", sorted(BARRIER_REASONS | COMMENT_REASONS))
def test_every_slug_the_region_reacts_to_is_given_by_a_filter(slug: str) -> None:
    assert slug in _reasons(SLUG_LINES[slug])


def test_the_site_slug_is_the_site_steps_own() -> None:
    assert SITE_BOILERPLATE_REASON == "site_boilerplate"
    assert SITE_BOILERPLATE_REASON not in _reasons("Home")


def test_the_anchor_slugs_are_what_the_extractors_record() -> None:
    page = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    extracted = {e.reason for e in clean(page).trail if e.action == "extract"}
    assert extracted >= ANCHOR_REASONS


def test_the_package_names_every_public_name_and_loads_it_on_use() -> None:
    assert sorted(newsclean.__all__) == sorted([*newsclean._HOMES, "__version__"])
    for name in newsclean.__all__:
        assert getattr(newsclean, name) is not None
    with pytest.raises(AttributeError):
        newsclean.no_such_name  # noqa: B018


def test_the_command_line_loads_without_the_engine() -> None:
    """`newsclean --help` compiles no pattern: the engine loads with the first page."""
    import subprocess

    code = ("import sys, newsclean.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('newsclean.pipeline', "
            "'newsclean.api', 'newsclean.filters', 'newsclean.extract', 'newsclean.region'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_pools_parent_compiles_every_lazy_pattern_once() -> None:
    import newsclean.api  # noqa: F401
    from newsclean.patterns import LazyPattern, compile_loaded

    compile_loaded()
    assert compile_loaded() == 0  # nothing left to compile
    modules = [m for name, m in list(sys.modules.items())
               if name.startswith("newsclean.") and m is not None]
    left = [v for m in modules for v in vars(m).values()
            if isinstance(v, LazyPattern) and not v.is_compiled]
    assert left == []
