"""Plugins: steps a third-party distribution registers under the ``newsclean.filters`` group.

The test installs a tiny plugin distribution the way an installer lays it out: the module and a
``.dist-info`` folder with ``entry_points.txt``, on a folder put on ``sys.path``; that is what
``importlib.metadata`` reads for any installed package.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclean
from newsclean import Config, Pipeline, Placement
from newsclean.cli import cli
from newsclean.plugins import PluginError, load_plugin, plugin_names

PLUGIN_MODULE = '''
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from newsclean import Document, Hit


def photo_call(text: str) -> Hit | None:
    """Calls for readers' photos: "Send your storm photos to the newsroom"."""
    return Hit("photo_call", text) if text.startswith("Send your") else None


@dataclass(frozen=True)
class Shouting:
    """Drop lines written in capitals."""

    name: ClassVar[str] = "acme.shouting"
    after: ClassVar[str] = "extract.tags"

    def __call__(self, doc: Document) -> Document:
        return doc.drop({l.no: Hit("shouting") for l in doc.lines if l.text.isupper()}, self.name)
'''

ENTRY_POINTS = """\
[newsclean.filters]
acme.photo_call = acme_newsclean:photo_call
acme.shouting = acme_newsclean:Shouting
acme.broken = acme_missing_module:nothing
"""

PAGE = "\n".join([
    "Storm batters coast as thousands lose power",
    "The storm reached the coast on Tuesday night and cut power to thousands of homes, the "
    "utility said, adding that crews would work through the weekend to restore it.",
    "Send your storm photos to the newsroom",
    "Officials opened three shelters in schools near the harbour and asked residents to stay "
    "indoors until the wind drops below gale force on Wednesday afternoon.",
])


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "site-packages"
    info = site / "acme_newsclean-0.1.dist-info"
    info.mkdir(parents=True)
    (site / "acme_newsclean.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-newsclean\nVersion: 0.1\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    return site


def test_installed_plugins_are_listed(plugin: Path) -> None:
    assert set(plugin_names()) >= {"acme.photo_call", "acme.shouting", "acme.broken"}
    result = CliRunner().invoke(cli, ["filters"])
    assert result.exit_code == 0
    listed = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert listed["acme.photo_call"].startswith("Calls for readers' photos")
    assert listed["acme.shouting"].startswith("Drop lines written in capitals")
    assert "cannot be used" in listed["acme.broken"]


def test_a_plugin_runs_only_when_enabled(plugin: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    plain = json.loads(CliRunner().invoke(cli, ["clean", str(page)]).stdout)
    assert "Send your storm photos" in plain["body"]
    result = CliRunner().invoke(cli, ["clean", "--trace", "--enable", "acme.photo_call",
                                      str(page)])
    record = json.loads(result.stdout)
    assert "Send your storm photos" not in record["body"]
    assert {"acme.photo_call"} == {e["step"] for e in record["trail"] if e["step"][:5] == "acme."}


def test_a_rules_file_places_a_plugin(plugin: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('enable = [{step = "acme.photo_call", after = "related.promo_line"}]\n',
                     encoding="utf-8")
    names = Pipeline.from_config(newsclean.load_rules(rules)).names
    assert names[names.index("related.promo_line") + 1] == "acme.photo_call"
    assert "Send your" not in newsclean.clean(PAGE, rules=rules).body


def test_a_plugin_step_goes_where_it_asks(plugin: Path) -> None:
    names = Pipeline.from_config(Config(enable=(Placement("acme.shouting"),))).names
    assert names[names.index("extract.tags") + 1] == "acme.shouting"
    names = Pipeline.from_config(Config(enable=(Placement("acme.photo_call"),))).names
    assert names[names.index("repeats.repeated_line") - 1] == "acme.photo_call"


@pytest.mark.parametrize(
    ("name", "message"),
    [("acme.broken", "failed to load"), ("acme.photo_cal", r"did you mean acme\.photo_call")],
    ids=["broken", "misspelt"],
)
def test_a_plugin_that_cannot_be_used_is_a_usage_error(plugin: Path, name: str,
                                                       message: str) -> None:
    with pytest.raises(PluginError, match=message):
        load_plugin(name)
    result = CliRunner().invoke(cli, ["clean", "--enable", name, "-"], input=PAGE)
    assert result.exit_code == 2
