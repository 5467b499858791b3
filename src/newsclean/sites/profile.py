"""Site profiles: which site a page belongs to, what a batch learnt of each site's repeated
lines, and the versioned JSON file that keeps it (``newsclean learn --out``).

A line is known by its 64-bit key (case folded, digit runs masked, white space folded, hashed),
so a profile holds counts, never text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import urlsplit

from newsclean.errors import InputError
from newsclean.patterns import lazy_compile

DIGIT_RE = lazy_compile(r"\d+")  # a run of digits, whatever its length

PROFILE_FORMAT = "newsclean-site-profiles"
PROFILE_VERSION = 1
LINE_KEY_DOC = "blake2b-64 of the line case folded, digit runs as 0, white space folded"
MAX_KEYS_PER_SITE = 20_000  # distinct line hashes counted per site before the rarest are pruned
MAX_PAGE_HASHES = 20_000  # page hashes remembered per site to skip a page captured twice


def line_key(text: str) -> int:
    """A line's 64-bit key: case folded, digit runs masked, white space folded, hashed.

    >>> line_key("Updated 12:30  PM") == line_key("updated 09:45 pm")
    True
    >>> line_key("Sign up") == line_key("Sign in")
    False
    """
    folded = " ".join(DIGIT_RE.sub("0", text.casefold()).split())
    digest = hashlib.blake2b(folded.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def site_of_url(url: str) -> str | None:
    """The site a page's address belongs to: its host, lower case, without "www.".

    >>> site_of_url("https://www.Example.com:8080/news/1.html")
    'example.com'
    >>> site_of_url("not a url") is None
    True
    """
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def site_of_path(relative: str | PurePath) -> str | None:
    """The site of an input found by walking a folder: its parent folder, relative to the root.

    Files straight in the root are taken as pages of many sites and belong to none.

    >>> site_of_path("bbc.com/2018/story.txt")
    'bbc.com/2018'
    >>> site_of_path("story.txt") is None
    True
    """
    parent = PurePath(relative).parent.as_posix()
    return None if parent in ("", ".") else parent


def site_of_record(unit: str, source: str, meta: Mapping[str, object] | None = None) -> str | None:
    """The site of a batch record: the host of its address when it carries one (a JSONL
    ``url`` field, a WARC target URI as its source), else the folder of its input file.

    >>> site_of_record("dump.jsonl", "dump.jsonl:3", {"url": "https://www.vox.com/a/b"})
    'vox.com'
    >>> site_of_record("vox.com/page.txt", "/data/vox.com/page.txt")
    'vox.com'
    """
    url = meta.get("url") if meta else None
    for candidate in (url, source):
        if isinstance(candidate, str) and "://" in candidate and (site := site_of_url(candidate)):
            return site
    return site_of_path(unit)


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """What a batch learnt of one site: its distinct pages and its repeated line keys."""

    site: str
    pages: int
    lines: Mapping[int, int] = field(default_factory=dict)  # line key -> pages carrying it

    def __hash__(self) -> int:  # the mapping is not hashable; a Config holding it must be
        return hash((self.site, self.pages, len(self.lines)))

    def count(self, text: str) -> int:
        """On how many of the site's pages a line like ``text`` was seen (1 if not repeated)."""
        return self.lines.get(line_key(text), 1)


@dataclass(frozen=True, slots=True)
class SiteProfiles:
    """Learnt profiles by site key (host or folder)."""

    sites: Mapping[str, SiteProfile] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.sites)))

    def get(self, site: str | None) -> SiteProfile | None:
        return self.sites.get(site) if site is not None else None

    def for_path(self, path: str | PurePath) -> SiteProfile | None:
        """The profile of a file's site: the longest tail of its folder that names one.

        >>> profiles = SiteProfiles({"bbc.com": SiteProfile("bbc.com", 4)})
        >>> profiles.for_path("/data/dumps/bbc.com/story.txt").pages
        4
        >>> profiles.for_path("story.txt") is None
        True
        """
        parts = PurePath(path).parent.parts
        for start in range(len(parts)):
            if found := self.sites.get("/".join(parts[start:])):
                return found
        return None

    def to_json(self) -> str:
        """The versioned JSON form (see README, "Site profiles"), deterministic."""
        sites = {
            site: {"pages": p.pages, "lines": {f"{k:016x}": n for k, n in sorted(p.lines.items())}}
            for site, p in sorted(self.sites.items())
        }
        record = {"format": PROFILE_FORMAT, "version": PROFILE_VERSION, "line_key": LINE_KEY_DOC,
                  "sites": sites}
        return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteProfiles:
        """Read profiles written by ``to_json``; InputError if the text is not one.

        >>> SiteProfiles.from_json(SiteProfiles().to_json())
        SiteProfiles(sites={})
        """
        try:
            record = json.loads(text)
            if record.get("format") != PROFILE_FORMAT or record.get("version") != PROFILE_VERSION:
                raise InputError(f"not a {PROFILE_FORMAT} version {PROFILE_VERSION} file")
            return cls({
                site: SiteProfile(site, int(entry["pages"]),
                                  {int(k, 16): int(n) for k, n in entry["lines"].items()})
                for site, entry in record["sites"].items()
            })
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"unreadable site profile: {exc}") from None
