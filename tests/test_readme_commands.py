"""Every command of the README's Usage and Dask sections runs as written.

Each command runs in bash (pipes, globs and redirections as a user types them), in its own copy
of a small workspace that holds the files the README names: `page.txt`, `dumps/`, `pages.jsonl`,
`data.jsonl.zst`, a WET file, `rules.toml`, a tiny `tests/corpus/dev` (html-text and inscriptis),
`weights.json` and an installed example plugin (`acme.photo_call`). Only the Dask scheduler's
address is substituted, by that of a cluster started here. Services that never end (`dask
scheduler`, `dask worker`) and remote storage (`s3://`) are not run.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import pytest
import regex
from click.testing import CliRunner

from newsclean.cli import cli

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SEED = ROOT / "examples" / "seed.txt"
DEV = ROOT / "tests" / "corpus" / "dev"
README_SCHEDULERS = ("tcp://127.0.0.1:8786", "tcp://HOST:8786")
NOT_RUN = ("dask scheduler", "dask worker", "s3://")  # services, remote storage
COMMENT_RE = regex.compile(r"\s+#\s.*$")
SH_BLOCK_RE = regex.compile(r"```sh\n(.*?)```", regex.DOTALL)
PLUGIN = '''
from newsclean import Hit


def photo_call(text):
    """Calls for readers' photos: "Send your storm photos to ..."."""
    return Hit("photo_call", text) if text.startswith("Send your") else None
'''


def section_commands(title: str) -> list[str]:
    """The commands of the first ``sh`` block under a README heading, comments stripped."""
    start = README.index(f"\n## {title}\n")
    block = SH_BLOCK_RE.search(README, start)
    assert block is not None
    text = block.group(1).replace("\\\n", " ")
    commands = [COMMENT_RE.sub("", line).strip() for line in text.splitlines()]
    return [c for c in commands if c and not any(skip in c for skip in NOT_RUN)]


def unique(commands: list[str]) -> list[str]:
    return list(dict.fromkeys(commands))


COMMANDS = unique(section_commands("Usage") + section_commands("On a Dask cluster"))


def make_workspace(root: Path) -> Path:
    """The files the README's commands name."""
    root.mkdir()
    page = SEED.read_text(encoding="utf-8")
    for name in ("page.txt", "a.txt", "b.txt"):
        (root / name).write_text(page, encoding="utf-8")
    for folder in ("dumps/example.com", "today/example.com"):
        (root / folder).mkdir(parents=True)
        for n in range(3):
            (root / folder / f"page-{n}.txt").write_text(page.replace("Austin", f"Austin {n}"),
                                                         encoding="utf-8")
    records = [json.dumps({"id": f"page-{n}", "text": page, "url": f"https://example.com/{n}"})
               for n in range(1, 3)]
    (root / "pages.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    zstandard = pytest.importorskip("zstandard")
    data = zstandard.ZstdCompressor().compress(("\n".join(records) + "\n").encode())
    (root / "data.jsonl.zst").write_bytes(data)
    (root / "CC-MAIN-0001.warc.wet.gz").write_bytes(gzip.compress(wet_record(page)))
    (root / "rules.toml").write_text("drop_lines = ['^Advertisement$']\n", encoding="utf-8")
    (root / "newsclean.toml").write_text("skip = []\n", encoding="utf-8")
    corpus = root / "tests" / "corpus" / "dev"
    for sub in ("gold", "html-text", "inscriptis"):
        (corpus / sub).mkdir(parents=True)
    for gold in sorted((DEV / "gold").glob("*.json"))[:3]:
        shutil.copy(gold, corpus / "gold")
        for rendering in ("html-text", "inscriptis"):
            shutil.copy(DEV / rendering / f"{gold.stem}.txt", corpus / rendering)
    # `batch today/ --profile sites.json` follows `learn dumps/ --out sites.json`
    learnt = CliRunner().invoke(cli, ["learn", str(root / "dumps"), "--out",
                                      str(root / "sites.json")])
    assert learnt.exit_code == 0, learnt.output
    # `clean --weights weights.json` follows `train ... --out weights.json`
    trained = CliRunner().invoke(cli, ["train", str(corpus), "--rendering", "inscriptis",
                                       "--out", str(root / "weights.json")])
    assert trained.exit_code == 0, trained.output
    return root


def wet_record(text: str) -> bytes:
    payload = text.encode()
    head = ("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/1\r\n"
            "WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"


def install_plugin(site: Path) -> None:
    """A package registering ``acme.photo_call``, as the README's plugin section shows."""
    site.mkdir()
    (site / "acme_newsclean.py").write_text(PLUGIN, encoding="utf-8")
    info = site / "acme_newsclean-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-newsclean\nVersion: 0.1\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[newsclean.filters]\nacme.photo_call = acme_newsclean:photo_call\n", encoding="utf-8")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  protocol="tcp", dashboard_address=None) as cluster:
        yield cluster.scheduler_address


SHELL_RE = regex.compile(r"[|<>*]")  # pipes, redirections, globs: the shell's own work


def needs_a_process(command: str) -> bool:
    """Whether a command needs bash (pipes, globs) or its own process (an installed plugin)."""
    return bool(SHELL_RE.search(command)) or "--enable" in command


class Done(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory, scheduler: str) -> dict[str, Done]:
    """Every command run in its own copy of the workspace: through bash, two at a time, when
    the shell has work to do; else in this process (what bash would run, without the start-up
    cost of a process per command)."""
    base = tmp_path_factory.mktemp("readme")
    workspace = make_workspace(base / "workspace")
    install_plugin(base / "site")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "PYTHONPATH": str(base / "site"), "NO_COLOR": "1"}

    def place(index: int) -> tuple[Path, str]:
        cwd = base / f"run-{index}"
        shutil.copytree(workspace, cwd)
        command = COMMANDS[index]
        for address in README_SCHEDULERS:
            command = command.replace(address, scheduler)
        return cwd, command

    def in_bash(index: int) -> Done:
        cwd, command = place(index)
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=180)
        return Done(done.returncode, done.stdout, done.stderr)

    def in_process(index: int) -> Done:
        cwd, command = place(index)
        args = shlex.split(command)
        assert args[0] == "newsclean", command
        with contextlib.chdir(cwd):
            result = CliRunner().invoke(cli, args[1:])
        return Done(result.exit_code, result.stdout, result.stderr)

    shell = [i for i, c in enumerate(COMMANDS) if needs_a_process(c)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        shelled = dict(zip(shell, pool.map(in_bash, shell), strict=True))
        done = {i: shelled[i] if i in shelled else in_process(i) for i in range(len(COMMANDS))}
    return {COMMANDS[i]: done[i] for i in range(len(COMMANDS))}


QUIET_WHEN_ALL_GOES_WELL = ("select(.error)",)  # no failure, nothing to select

def test_the_readme_has_the_commands_the_issue_asks_for() -> None:
    assert len(COMMANDS) > 20
    assert any("--engine dask --scheduler" in c for c in COMMANDS)
    dask_block = README[README.index("## On a Dask cluster"):]
    assert "dask scheduler" in dask_block and "dask worker tcp://" in dask_block


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs_as_written(
    outcomes: dict[str, Done], command: str
) -> None:
    done = outcomes[command]
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    quiet = any(q in command for q in QUIET_WHEN_ALL_GOES_WELL)
    if not quiet and ">" not in command and "--out" not in command and "--output " not in command:
        assert (done.stdout + done.stderr).strip(), "prints nothing"
