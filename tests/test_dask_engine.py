"""The Dask engine: a 2-worker local cluster gives the single-process output, record for record."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
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


def _folder_of_inputs(root: Path, pages: list[dict[str, str]]) -> Path:
    """Every input kind the local engine reads: text, compressed text, JSONL (compressed)."""
    src = root / "in"
    (src / "site").mkdir(parents=True)
    for page in pages[:CLI_PAGES // 2]:
        (src / "site" / f"{page['id']}.txt").write_text(page["text"], encoding="utf-8")
    for page in pages[CLI_PAGES // 2 : CLI_PAGES // 2 + 2]:
        (src / f"{page['id']}.txt.gz").write_bytes(gzip.compress(page["text"].encode()))
    lines = [json.dumps(page) for page in pages[CLI_PAGES // 2 + 2 : CLI_PAGES]]
    lines.insert(3, "{not json")
    (src / "part-0.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode() + b"\n"))
    (src / "empty.txt").write_text("", encoding="utf-8")
    return src


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_batch_engine_dask_gives_the_local_engines_outputs(
    client: Client, pages: list[dict[str, str]], tmp_path: Path,
) -> None:
    src = _folder_of_inputs(tmp_path, pages)
    rules = tmp_path / "rules.toml"
    rules.write_text("drop_lines = ['^Advertisement$']\n", encoding="utf-8")
    common = ["--rules", str(rules), "--skip", "media.photo_credit", "-q",
              "--learn-boilerplate"]  # site profiles travel in the Config
    runs = {}
    for name, engine in (("local", []),
                         ("dask", ["--engine", "dask", "--scheduler", client.scheduler.address])):
        out, errors = tmp_path / f"out-{name}", tmp_path / f"errors-{name}.jsonl"
        result = CliRunner().invoke(cli, ["batch", str(src), "--out", str(out), "--errors",
                                          str(errors), *common, *engine])
        assert result.exit_code == 1, result.output  # the empty page and the bad JSON line
        runs[name] = (_tree(out), errors.read_bytes())
    assert runs["dask"] == runs["local"]
    assert len(runs["dask"][0]) == CLI_PAGES // 2 + 2 + 1
    assert runs["dask"][1].count(b"\n") == 2


def test_batch_engine_dask_streams_records_as_the_local_engine(
    client: Client, pages: list[dict[str, str]], tmp_path: Path,
) -> None:
    src = _folder_of_inputs(tmp_path, pages)
    local = CliRunner().invoke(cli, ["batch", str(src), "-q", "--jobs", "1"])
    dask = CliRunner().invoke(cli, ["batch", str(src), "-q", "--engine", "dask",
                                    "--scheduler", client.scheduler.address])
    assert dask.exit_code == local.exit_code == 1
    assert dask.stdout == local.stdout and dask.stdout.count("\n") == CLI_PAGES
    out = tmp_path / "resumed.jsonl"
    first = dask.stdout.splitlines(keepends=True)
    out.write_text("".join(first[:5]), encoding="utf-8")
    resumed = CliRunner().invoke(cli, ["batch", str(src), "-q", "--engine", "dask", "--scheduler",
                                       client.scheduler.address, "--output", str(out), "--resume"])
    assert resumed.exit_code == 1
    assert out.read_text(encoding="utf-8") == dask.stdout


def test_batch_engine_dask_over_urls_writes_local_records(
    client: Client, pages: list[dict[str, str]], reference: list[dict[str, object]],
    tmp_path: Path,
) -> None:
    """fsspec URLs take Dask's own partitioned route; records are written as locally."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "part-0.jsonl").write_text(
        "\n".join(json.dumps(page) for page in pages[:4]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, [
        "batch", f"file://{src}", "--engine", "dask", "--scheduler", client.scheduler.address,
        "--out", f"file://{out}", "--skip", "media.photo_credit",
        "--rules", str(_rules(tmp_path)),
    ])
    assert result.exit_code == 0, result.output
    written = [line for p in sorted(out.glob("*.jsonl"))
               for line in p.read_text(encoding="utf-8").splitlines()]
    assert written == [json.dumps(r, ensure_ascii=False) for r in reference[:4]]


def _rules(tmp_path: Path) -> Path:
    rules = tmp_path / "rules.toml"
    rules.write_text("drop_lines = ['^Advertisement$']\n", encoding="utf-8")
    return rules


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
    ],
    ids=["scheduler-without-dask", "url-without-dask"],
)
def test_engine_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_engine_dask_without_dask_installed_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    code = ("import sys; sys.modules['distributed'] = None; from newsclean.cli import main; "
            "sys.argv = ['newsclean', 'batch', sys.argv[1], '--engine', 'dask']; main()")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr == ("error: --engine dask needs the dask extra: "
                           "pip install 'newsclean[dask]'\n")
