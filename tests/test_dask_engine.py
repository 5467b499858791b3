"""The Dask engine: a 2-worker local cluster gives the single-process output, record for record."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

import newsclean
from newsclean.batch.dask import clean_bag, clean_lines, jsonl_inputs
from newsclean.cli import cli
from newsclean.config import Config

DEV = Path(__file__).parent / "corpus" / "dev" / "html-text"
CONFIG = Config(skip=frozenset({"media.photo_credit"}), drop_lines=("^Advertisement$",))
CLI_PAGES = 24  # the whole corpus is compared once; the command line's run takes a part


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                     dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def pages() -> list[dict[str, str]]:
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "site": p.stem.split("-")[0]}
            for p in sorted(DEV.glob("*.txt"))]


@pytest.fixture(scope="module")
def reference(pages: list[dict[str, str]]) -> list[dict[str, object]]:
    """The single-process records: ``newsclean.clean`` page by page."""
    records = []
    for page in pages:
        record = newsclean.clean(page["text"], id=page["id"], config=CONFIG).to_dict()
        records.append({**record, "meta": {"site": page["site"]}})
    return records


def test_cluster_equals_single_process_on_the_dev_corpus(
    client: Client, pages: list[dict[str, str]], reference: list[dict[str, object]]
) -> None:
    bag = db.from_sequence(pages, npartitions=6)
    got = clean_bag(bag, CONFIG).compute(scheduler=client)
    assert len(got) == len(reference) == len(pages) > 50
    for g, w in zip(got, reference, strict=True):
        assert g == w, g["id"]


def test_bag_of_texts(client: Client, pages: list[dict[str, str]]) -> None:
    texts = [page["text"] for page in pages[:4]]
    got = clean_bag(db.from_sequence(texts, npartitions=2)).compute(scheduler=client)
    assert [r["body"] for r in got] == [newsclean.clean(t).body for t in texts]
    assert {r["id"] for r in got} == {"-"}


def test_batch_engine_dask_writes_partitions(
    client: Client, pages: list[dict[str, str]], reference: list[dict[str, object]],
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    half = CLI_PAGES // 2
    for n, part in enumerate((pages[:half], pages[half:CLI_PAGES])):
        lines = [json.dumps(page) for page in part]
        if n == 1:
            lines.insert(3, "{not json")
        (src / f"part-{n}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    rules = tmp_path / "rules.toml"
    rules.write_text("drop_lines = ['^Advertisement$']\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [
        "batch", str(src), "--engine", "dask", "--scheduler", client.scheduler.address,
        "--out", str(out), "--rules", str(rules), "--skip", "media.photo_credit",
    ])
    assert result.exit_code == 1, result.output  # the line that is not JSON failed
    assert f"{CLI_PAGES} cleaned, 1 failed" in result.stderr
    records = [json.loads(line) for path in sorted(out.glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines()]
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1 and errors[0]["error"].startswith("not JSON")
    assert [r for r in records if "error" not in r] == reference[:CLI_PAGES]


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        (["data/"], ["data/*.jsonl"]),
        (["s3://bucket/pages"], ["s3://bucket/pages/*.jsonl"]),
        (["data/part-0.jsonl.gz"], ["data/part-0.jsonl.gz"]),
        (["data/*.ndjson"], ["data/*.ndjson"]),
    ],
    ids=["folder", "url-folder", "file", "glob"],
)
def test_jsonl_inputs(paths: list[str], expected: list[str]) -> None:
    assert jsonl_inputs(paths) == expected


def test_clean_lines_reports_bad_lines_and_skips_blank_ones() -> None:
    records = clean_lines(["", "[1, 2]", '{"id": "a", "body": "x"}', '{"id": 7, "text": ""}'],
                          Config())
    assert [r.get("error") for r in records] == [
        "not a JSON object", "no string field 'text'", None,
    ]
    assert records[2]["id"] == "7"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["--out", "s3://bucket/articles"], "URLs are read and written by --engine dask only"),
        (["--engine", "dask"], "give --out DIR or URL"),
    ],
    ids=["scheduler-without-dask", "url-without-dask", "dask-without-out"],
)
def test_engine_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in result.stderr
