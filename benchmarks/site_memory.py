"""Memory of site learning: one site of many pages, counted by ``ProfileLearner``.

    python benchmarks/site_memory.py [--pages N] [--max-keys K]

Every page shares a 40-line menu and footer and adds 30 lines of its own, so the distinct lines
grow with the pages; the learner's keys must stay under its cap, and the menu must still be
counted on every page. Not part of the test suite (it takes minutes at 100,000 pages).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

from newsclean.batch.learn import ProfileLearner
from newsclean.sites.profile import MAX_KEYS_PER_SITE

MENU = [f"Menu entry {chr(97 + n % 26)}{chr(97 + n // 26)}" for n in range(40)]


def _word(n: int) -> str:
    """Letters for a number: digits are masked in line keys, so pages must differ in words."""
    return "".join(chr(ord("a") + int(d)) for d in str(n))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--max-keys", type=int, default=MAX_KEYS_PER_SITE)
    args = parser.parse_args()
    tracemalloc.start()
    learner = ProfileLearner(max_keys=args.max_keys)
    start = time.perf_counter()
    for n in range(args.pages):
        own = (f"Story {_word(n)} paragraph {_word(k)} of the day" for k in range(30))
        learner.add_lines("example.com", [*MENU, *own])
    seconds = time.perf_counter() - start
    current, peak = tracemalloc.get_traced_memory()
    profile = learner.profiles().get("example.com")
    assert profile is not None
    print(f"{args.pages} pages in {seconds:.1f} s; traced memory {current / 1e6:.1f} MB now, "
          f"{peak / 1e6:.1f} MB at peak; {len(profile.lines)} repeated keys kept; "
          f"menu counted on {profile.count(MENU[0])} pages")


if __name__ == "__main__":
    main()
