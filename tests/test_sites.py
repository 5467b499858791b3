"""Site boilerplate learnt over a batch: keys, profiles, the two steps, the guards, the CLI.

Menu, footer and appeal lines are real lines of the multi-page corpus (theguardian.com,
dailymail.co.uk, vox.com pages of Google-Trends-2017, BoilerNet); the story paragraphs come
from the gold bodies of the same corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean import Config, clean
from newsclean.batch.learn import ProfileLearner, learn_profiles
from newsclean.cli import cli
from newsclean.core import prepare
from newsclean.errors import InputError
from newsclean.sites.profile import SiteProfiles, line_key, site_of_path, site_of_url
from newsclean.sites.steps import RepeatedBoilerplate, is_prose

MENU = ["Home", "News", "Sport", "TV&Showbiz", "Femail", "Most watched News videos"]
FOOTER = ["Share or comment on this article:", "Cancel Copy code",
          "By embedding this you agree to our terms and conditions"]
INSERT = ["Video playing bottom right...", "Click here to expand to full page"]
APPEAL = (
    "Sustained support from our readers enables us to continue pursuing difficult stories in "
    "challenging times of political upheaval, when factual reporting has never been more critical."
)
STORIES = [
    [
        "Dallas police officer who fatally shot neighbor in his apartment is fired",
        "By Jane Doe",
        "Updated 3:30 PM ET, Mon September 24, 2018",
        "A white Dallas police officer accused of fatally shooting her black neighbor inside his "
        "own apartment has been dismissed, the police department announced on Monday.",
        "What the court records show",
        "Dallas police fired Officer Amber Guyger weeks after she fatally shot 26-year-old Botham "
        "Jean inside his own apartment on 6 September. Court records show Guyger said she thought "
        "she had encountered a burglar inside her own home.",
        "Guyger was arrested on a preliminary charge of manslaughter days after the shooting. She "
        "is out on bond. Jean family attorneys and protesters called for her firing following the "
        "shooting.",
    ],
    [
        "John Hillerman, Magnum PI star, dies at 84",
        "By Jane Doe",
        "Updated 9:15 AM ET, Fri November 10, 2017",
        "John Hillerman, the US actor who shot to fame as snooty English caretaker Higgins in Tom "
        "Selleck's '80s TV series Magnum PI, has died at the age of 84.",
        "Born in 1932, Hillerman started out on stage before landing small roles in such '70s "
        "classics as The Last Picture Show, Blazing Saddles and Chinatown.",
        "Hillerman beat several British actors to the Higgins role, which he once called \"the "
        "best gig I've ever had\", and he once received a fan letter from the UK about it.",
    ],
    [
        "Rod Rosenstein: Russia inquiry chief set for Trump showdown",
        "By Jane Doe",
        "Updated 11:02 AM ET, Mon September 24, 2018",
        "Rod Rosenstein, the US deputy attorney general, is set for crunch talks with Donald Trump "
        "on Thursday, amid doubts over his future in the job.",
        "The two already spoke on Monday to discuss reports that Mr Rosenstein had talked last "
        "year about ousting the president and secretly taping him.",
        "Mr Rosenstein oversees the inquiry into alleged collusion by the Trump team with Russia "
        "during the 2016 election, and his departure would put that inquiry in question.",
    ],
]


def _page(story: list[str], *, appeal: bool = False) -> str:
    lines = [*MENU, *story[:4], *INSERT, *story[4:], *([APPEAL] if appeal else []), *FOOTER]
    return "\n\n".join(lines) + "\n"


def _site(n: int) -> list[str]:
    """``n`` distinct pages of one site sharing the menu and footer."""
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
    return [_page([*STORIES[i % 3], f"The story was first told on {days[i]}."]) for i in range(n)]


def _clean(text: str, profiles: SiteProfiles, site: str) -> tuple[str, list[str]]:
    article = clean(text, config=Config(site_profile=profiles.get(site)))
    return article.body, [e.evidence for e in article.trail if e.reason == "site_boilerplate"]


# --- keys, sites, prose ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Updated 12:30 PM ET", "updated 09:45  pm et", True),
        ("Comments 314", "Comments 92", True),
        ("Most watched News videos", "MOST WATCHED NEWS VIDEOS", True),
        ("Sign in", "Sign up", False),
        ("Most watched News videos", "Most watched Sport videos", False),
    ],
    ids=["clock", "counter", "case", "words-differ", "section-differs"],
)
def test_line_key_folds_case_digits_and_space(a: str, b: str, same: bool) -> None:
    assert (line_key(a) == line_key(b)) is same


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.theguardian.com/us-news/2018/sep/24/x", "theguardian.com"),
        ("http://EDITION.CNN.com:80/2018/09/24/x.html", "edition.cnn.com"),
        ("/relative/path.html", None),
        ("", None),
    ],
    ids=["www", "case-port", "relative", "empty"],
)
def test_site_of_url(url: str, site: str | None) -> None:
    assert site_of_url(url) == site


def test_site_of_path_is_the_folder_and_root_files_have_none() -> None:
    assert site_of_path("vox.com/google-trends-2017-gt_91.txt") == "vox.com"
    assert site_of_path("google-trends-2017-gt_91.txt") is None


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        (STORIES[0][3], True),
        (APPEAL, True),
        ("Mark Judge, the man whose name keeps popping up in the allegations, explained", False),
        ("Most watched News videos", False),
    ],
    ids=["paragraph", "appeal", "teaser-title", "label"],
)
def test_is_prose(text: str, prose: bool) -> None:
    assert is_prose(text) is prose


# --- the filter -----------------------------------------------------------------------------


def test_a_site_menu_and_footer_are_dropped_with_a_trace() -> None:
    pages = _site(6)
    profiles = learn_profiles(("dailymail.co.uk", p) for p in pages)
    body, evidence = _clean(pages[0], profiles, "dailymail.co.uk")
    assert STORIES[0][3] in body and STORIES[0][5] in body
    assert set(body.split("\n\n")).isdisjoint([*MENU, *INSERT, *FOOTER])
    assert INSERT[0] in clean(pages[0]).body  # what no filter drops without the profile
    assert "on 6 of 6 pages of dailymail.co.uk" in evidence


def test_without_a_profile_the_steps_do_nothing() -> None:
    page = _site(6)[0]
    assert clean(page).body == clean(page, config=Config(site_profile=None)).body
    assert not [e for e in clean(page).trail if e.step.startswith("sites.")]


def test_a_site_needs_three_pages() -> None:
    pages = _site(2)
    profiles = learn_profiles(("dailymail.co.uk", p) for p in pages)
    assert profiles.get("dailymail.co.uk").pages == 2
    assert _clean(pages[0], profiles, "dailymail.co.uk")[1] == []


def test_a_syndicated_story_on_several_sites_survives() -> None:
    story = _page(STORIES[0])
    batch = [(site, story) for site in ("a.com", "b.com", "c.com")]
    batch += [(site, p) for site in ("a.com", "b.com", "c.com") for p in _site(4)[1:3]]
    profiles = learn_profiles(batch)
    for site in ("a.com", "b.com", "c.com"):
        body, _ = _clean(story, profiles, site)
        for paragraph in STORIES[0][3:]:
            assert paragraph in body, site


def test_a_page_captured_twice_counts_once_and_survives() -> None:
    pages = _site(3)
    profiles = learn_profiles(("vox.com", p) for p in [*pages, pages[0]])
    assert profiles.get("vox.com").pages == 3
    body, _ = _clean(pages[0], profiles, "vox.com")
    assert all(paragraph in body for paragraph in STORIES[0][3:])


def test_a_story_captured_twice_with_another_clock_survives() -> None:
    pages = _site(3)
    again = pages[0].replace("Updated 3:30 PM", "Updated 4:45 PM") + "\nComments 92\n"
    profiles = learn_profiles(("vox.com", p) for p in [*pages, again])
    assert profiles.get("vox.com").pages == 4
    body, _ = _clean(again, profiles, "vox.com")
    assert all(line in body for line in STORIES[0][3:])  # the sub-heading too: 2 of 4 pages


def test_long_lines_need_more_pages_than_short_ones() -> None:
    pages = [_page(STORIES[0]), _page(STORIES[1]), _page(STORIES[2])]
    for n in (1, 2):
        pages[n] += f"\nMost read today\n\n{APPEAL}\n"
    profile = learn_profiles(("a.com", p) for p in pages).get("a.com")
    doc = RepeatedBoilerplate(profile=profile)(prepare(pages[1]))
    kept = [line.text for line in doc.lines]
    assert "Most read today" not in kept  # short: on 2 of 3 pages is enough
    assert APPEAL in kept  # long and sentence-like: 2 of 3 is not, before the region


def test_an_appeal_repeated_under_articles_is_dropped_but_not_a_repeated_story() -> None:
    pages = [_page(STORIES[0], appeal=True), _page(STORIES[1], appeal=True), _page(STORIES[2])]
    profiles = learn_profiles(("theguardian.com", p) for p in pages)
    body, evidence = _clean(pages[0], profiles, "theguardian.com")
    assert APPEAL not in body and STORIES[0][4] in body
    assert "on 2 of 3 pages of theguardian.com" in evidence


def test_metadata_is_extracted_before_the_site_steps() -> None:
    pages = _site(6)
    profiles = learn_profiles(("a.com", p) for p in pages)
    plain = clean(pages[1])
    learnt = clean(pages[1], config=Config(site_profile=profiles.get("a.com")))
    assert learnt.byline == plain.byline == "Jane Doe"
    assert learnt.published == plain.published and learnt.published
    assert learnt.headline == plain.headline


# --- profiles -------------------------------------------------------------------------------


def test_profile_round_trip() -> None:
    profiles = learn_profiles(("a.com", p) for p in _site(4))
    again = SiteProfiles.from_json(profiles.to_json())
    assert again == profiles
    assert json.loads(profiles.to_json())["version"] == 1


@pytest.mark.parametrize(
    "text",
    ['{"format": "something-else", "version": 1, "sites": {}}',
     '{"format": "newsclean-site-profiles", "version": 1, "sites": {"a": {}}}', "not json"],
    ids=["format", "missing-pages", "json"],
)
def test_a_bad_profile_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        SiteProfiles.from_json(text)


def test_learner_memory_stays_bounded() -> None:
    learner = ProfileLearner(max_keys=400, max_page_hashes=100)
    for n in range(3000):
        word = "".join(chr(ord("a") + int(d)) for d in str(n))  # digits would be masked
        learner.add_lines("a.com", [*MENU, f"Story {word} line one", f"Story {word} line two"])
    counter = learner._sites["a.com"]
    assert len(counter.counts) <= 400 and len(counter.page_hashes) <= 100
    profile = learner.profiles().get("a.com")
    assert profile.pages == 3000 and profile.count("Home") == 3000


# --- command line ---------------------------------------------------------------------------


def _tree(root: Path) -> None:
    for n, page in enumerate(_site(4)):
        path = root / "dailymail.co.uk" / f"p{n}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")


def test_learn_then_batch_with_the_profile(runner: CliRunner, tmp_path: Path) -> None:
    _tree(tmp_path / "in")
    profile = tmp_path / "sites.json"
    result = runner.invoke(cli, ["learn", str(tmp_path / "in"), "--out", str(profile)])
    assert result.exit_code == 0 and "1 sites, 4 pages" in result.stderr
    two_pass = runner.invoke(cli, ["batch", str(tmp_path / "in"), "--learn-boilerplate"])
    with_profile = runner.invoke(cli, ["batch", str(tmp_path / "in"), "--profile", str(profile)])
    plain = runner.invoke(cli, ["batch", str(tmp_path / "in")])
    assert two_pass.stdout == with_profile.stdout != plain.stdout
    record = json.loads(two_pass.stdout.splitlines()[0])
    assert INSERT[0] not in record["body"] and STORIES[0][3] in record["body"]


def test_clean_with_a_profile_reads_the_site_off_the_folder(
    runner: CliRunner, tmp_path: Path
) -> None:
    _tree(tmp_path / "in")
    profile = tmp_path / "sites.json"
    runner.invoke(cli, ["learn", str(tmp_path / "in"), "--out", str(profile)])
    page = tmp_path / "in" / "dailymail.co.uk" / "p0.txt"
    result = runner.invoke(cli, ["clean", "--profile", str(profile), str(page)])
    assert INSERT[0] not in json.loads(result.stdout)["body"]
    result = runner.invoke(cli, ["clean", "--profile", str(profile), "--site", "other.org", "-"],
                           input=page.read_text(encoding="utf-8"))
    assert INSERT[0] in json.loads(result.stdout)["body"]


def test_jsonl_records_are_grouped_by_the_host_of_their_url(
    runner: CliRunner, tmp_path: Path
) -> None:
    pages = _site(4)
    records = [{"id": f"p{n}", "url": f"https://www.dailymail.co.uk/news/{n}.html", "text": page}
               for n, page in enumerate(pages)]
    records.append({"id": "other", "url": "https://example.org/a.html", "text": pages[0]})
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    profile = tmp_path / "sites.json"
    result = runner.invoke(cli, ["learn", str(source), "--out", str(profile)])
    assert result.exit_code == 0, result.stderr
    learnt = SiteProfiles.from_json(profile.read_text(encoding="utf-8"))
    assert learnt.get("dailymail.co.uk").pages == 4 and learnt.get("example.org").pages == 1
    result = runner.invoke(cli, ["batch", str(source), "--learn-boilerplate", "-q"])
    bodies = {r["id"]: r["body"] for r in map(json.loads, result.stdout.splitlines())}
    assert INSERT[0] not in bodies["p0"] and INSERT[0] in bodies["other"]
