"""Time stays linear in input size: hostile inputs against ordinary prose of the same size.

    .venv/bin/python benchmarks/linear.py            # 1, 2, 5, 10 MB; a few minutes
    .venv/bin/python benchmarks/linear.py 1 2        # sizes in MB

Each input goes through ``clean_bytes`` (decoding, normalising, the whole pipeline) once; the
table gives seconds, seconds per MB and the ratio to ordinary prose of the same size. Linear
growth shows as a flat s/MB column down the sizes.
"""

from __future__ import annotations

import contextlib
import random
import sys
import time
from collections.abc import Callable

from newsclean import clean_bytes
from newsclean.errors import InputError

MB = 1024 * 1024
PROSE = (
    "the storm reached coast on Monday and thousands of homes lost power officials said while "
    "crews worked through night to clear fallen trees from main roads schools stayed closed river "
    "could keep rising for another two days as rain moved inland residents were asked leave"
)
WORDS = tuple(PROSE.split())


def ordinary(size: int) -> bytes:
    """Paragraphs of prose, 20 to 60 words each, with a headline every 40 paragraphs."""
    rng = random.Random(1)
    out: list[str] = []
    total = 0
    while total < size:
        if len(out) % 40 == 0:
            line = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        else:
            words = rng.randint(20, 60)
            line = " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
        out.append(line)
        total += len(line) + 1
    return "\n".join(out).encode()


def _repeat(unit: bytes) -> Callable[[int], bytes]:
    return lambda size: unit * (size // len(unit))


HOSTILE: dict[str, Callable[[int], bytes]] = {
    "one line of words": _repeat(b"word "),
    "one line of digits": _repeat(b"1"),
    "dash lines": _repeat(b"- " * 500 + b"\n"),
    "short lines": lambda size: b"".join(b"item %d\n" % i for i in range(size // 10)),
    "date-like lines": _repeat(b"12.11.2019 10:30 " * 20 + b"\n"),
    "html tags": _repeat(b"<div><p>a</p></div>\n"),
}


def timed(data: bytes) -> float:
    start = time.perf_counter()
    with contextlib.suppress(InputError):
        clean_bytes(data)
    return time.perf_counter() - start


def main(sizes_mb: list[float]) -> None:
    print(f"{'input':<22}{'MB':>5}{'seconds':>10}{'s/MB':>8}{'x ordinary':>12}")
    for size_mb in sizes_mb:
        size = int(size_mb * MB)
        base = timed(ordinary(size))
        print(f"{'ordinary prose':<22}{size_mb:>5g}{base:>10.2f}{base / size_mb:>8.2f}{1:>12.2f}")
        for name, make in HOSTILE.items():
            seconds = timed(make(size))
            print(f"{name:<22}{size_mb:>5g}{seconds:>10.2f}{seconds / size_mb:>8.2f}"
                  f"{seconds / base:>12.2f}", flush=True)


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1, 2, 5, 10])
