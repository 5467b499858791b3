"""Batch inputs: file selection, formats, decompression, JSONL and WARC records."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
from pathlib import Path

import pytest

from newsclean.batch.inputs import compile_glob, format_of, iter_units, read_input, strip_suffixes
from newsclean.batch.records import Fields, iter_jsonl, iter_tasks, iter_warc
from newsclean.errors import InputError

PAGE = "Storm batters coast\nThousands of homes were left without power on Friday.\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a/page.txt", "text"),
        ("page.TXT.gz", "text"),
        ("part-0001.jsonl.zst", "jsonl"),
        ("dump.ndjson.bz2", "jsonl"),
        ("CC-MAIN-2024.warc.wet.gz", "warc"),
        ("crawl.warc.xz", "warc"),
        ("page.html", None),
        ("archive.gz", None),
        ("README", None),
    ],
    ids=lambda v: str(v),
)
def test_format_of(name: str, expected: str | None) -> None:
    assert format_of(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sub/page.txt", "sub/page"),
        ("sub/CC-MAIN-1.warc.wet.gz", "sub/CC-MAIN-1"),
        ("data.jsonl.zst", "data"),
        ("report.2024.html", "report.2024.html"),
        ("dir.v2/readme", "dir.v2/readme"),
        (".txt", ".txt"),
    ],
    ids=lambda v: str(v),
)
def test_strip_suffixes(name: str, expected: str) -> None:
    assert strip_suffixes(name) == expected


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("**/*.txt", "page.txt", True),
        ("**/*.txt", "a/b/page.txt", True),
        ("**/*.txt", "a/page.txt.gz", False),
        ("*.txt", "a/page.txt", False),
        ("a/**", "a/b/c.json", True),
        ("2024-??/*.txt", "2024-05/x.txt", True),
        ("2024-??/*.txt", "2024-5/x.txt", False),
        ("[!_]*.txt", "_draft.txt", False),
        ("[!_]*.txt", "page.txt", True),
        ("**/[ab]*.txt", "x/a1.txt", True),
        ("**/[ab]*.txt", "x/c1.txt", False),
    ],
    ids=lambda v: str(v),
)
def test_compile_glob(pattern: str, path: str, matches: bool) -> None:
    assert bool(compile_glob(pattern).fullmatch(path)) is matches


def test_iter_units_walks_sorted_skips_hidden_and_unknown(tmp_path: Path) -> None:
    for rel in ("b.txt", "a/z.jsonl", "a/y.txt.gz", "a.txt", ".hidden.txt", ".cache/c.txt",
                "notes.md", "c/d.warc.wet.gz"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    units = list(iter_units((tmp_path,), None, None))
    assert [(u.rel, u.format) for u in units] == [
        ("a/y.txt.gz", "text"), ("a/z.jsonl", "jsonl"), ("a.txt", "text"), ("b.txt", "text"),
        ("c/d.warc.wet.gz", "warc"),
    ]
    globbed = list(iter_units((tmp_path,), "**/*.md", None))
    assert [(u.rel, u.format) for u in globbed] == [("notes.md", "text")]
    forced = list(iter_units((tmp_path / "b.txt",), None, "jsonl"))
    assert [(u.rel, u.format, u.size) for u in forced] == [("b.txt", "jsonl", 1)]


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress), ("", bytes)],
    ids=["gz", "bz2", "xz", "plain"],
)
def test_read_input_decompresses(tmp_path: Path, suffix: str, compress: object) -> None:
    path = tmp_path / f"page.txt{suffix}"
    path.write_bytes(compress(PAGE.encode()))  # type: ignore[operator]
    assert read_input(path) == PAGE.encode()


def test_read_input_zstd(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    path = tmp_path / "page.txt.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(PAGE.encode()))
    assert read_input(path) == PAGE.encode()


def test_read_input_reports_a_corrupt_archive(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="cannot decompress"):
        read_input(path)
    with pytest.raises(InputError, match="no such file"):
        read_input(tmp_path / "missing.txt")


def _jsonl(*lines: str) -> io.BytesIO:
    return io.BytesIO("".join(line + "\n" for line in lines).encode())


def test_iter_jsonl_reads_records_and_reports_bad_lines() -> None:
    stream = _jsonl(
        json.dumps({"id": "a1", "text": PAGE, "url": "https://example.com/a", "lang": "en"}),
        "",
        json.dumps({"text": PAGE}),
        "{broken",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "body": PAGE}),
        json.dumps({"id": 8, "text": None}),
    )
    tasks = list(iter_jsonl(stream, "d/x.jsonl", "x", "x.jsonl"))
    assert [(t.id, t.source, t.error is None) for t in tasks] == [
        ("a1", "d/x.jsonl:1", True), ("x:3", "d/x.jsonl:3", True), ("x:4", "d/x.jsonl:4", False),
        ("x:5", "d/x.jsonl:5", False), ("7", "d/x.jsonl:6", False), ("8", "d/x.jsonl:7", False),
    ]
    assert tasks[0].meta == {"url": "https://example.com/a", "lang": "en"}
    assert tasks[0].payload == PAGE
    assert "not JSON" in (tasks[2].error or "")
    assert tasks[4].error == "no string field 'text'"


def test_iter_jsonl_other_fields() -> None:
    stream = _jsonl(json.dumps({"doc_id": "k", "content": PAGE, "id": "other"}))
    (task,) = iter_jsonl(stream, "x.jsonl", "x", "x.jsonl", Fields(text="content", id="doc_id"))
    assert (task.id, task.payload, task.meta) == ("k", PAGE, {"id": "other"})


def make_warc(path: Path) -> None:
    """A WARC with a warcinfo, two conversion records, a text/plain and an HTML response."""
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as handle:
        writer = warcio.warcwriter.WARCWriter(handle, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for n in (1, 2):
            writer.write_record(writer.create_warc_record(
                f"https://example.com/{n}", "conversion", payload=io.BytesIO(PAGE.encode()),
                warc_content_type="text/plain",
                warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{n}>"}))
        for n, kind in ((3, "text/plain"), (4, "text/html")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.com/{n}", "response", payload=io.BytesIO(PAGE.encode()),
                http_headers=headers, warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{n}>"}))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.wet.gz"])
def test_iter_warc_reads_text_records(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    make_warc(path)
    tasks = list(iter_tasks(next(iter_units((path,), None, None)), Fields()))
    assert [(t.id, t.source) for t in tasks] == [
        ("<urn:uuid:1>", "https://example.com/1"), ("<urn:uuid:2>", "https://example.com/2"),
        ("<urn:uuid:3>", "https://example.com/3"),
    ]
    assert all(t.payload == PAGE.encode() and t.error is None for t in tasks)
    assert tasks[0].meta is not None and tasks[0].meta["WARC-Type"] == "conversion"
    assert sum(t.cost for t in tasks) == path.stat().st_size


def test_iter_warc_on_a_stream() -> None:
    pytest.importorskip("warcio")
    assert list(iter_warc(io.BytesIO(b""), "-", "-", "-")) == []


def test_a_truncated_archive_keeps_what_was_read(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(n), "text": PAGE * 50}) for n in range(20)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    tasks = list(iter_tasks(next(iter_units((path,), None, None)), Fields()))
    assert len(tasks) > 2 and tasks[-1].broken and "cannot read" in (tasks[-1].error or "")
    assert all(t.error is None for t in tasks[:-1])
    assert sum(t.cost for t in tasks) == path.stat().st_size
