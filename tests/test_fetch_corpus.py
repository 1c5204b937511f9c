"""tools/fetch_corpus.py: parsing the UN General Debate archive, checked on the committed sample.

The twelve speeches in ``data/corpora/ungdc-sample/`` and their ``metadata.csv`` were laid out by the
corpus build the project used before this script existed, so they are an independent expectation: packed
into an archive the way Dataverse publishes the corpus (``Session 79 - 2024/USA_79_2024.txt``), the
script must give back the same files byte for byte and the same metadata rows. No test touches the
network.
"""

from __future__ import annotations

import csv
import io
import tarfile
import zipfile

import pytest
from conftest import ROOT, tool

SAMPLE = ROOT / "data" / "corpora" / "ungdc-sample"


def original_name(path) -> str:
    """``ungdc_USA_79_2024.txt`` -> the archive's ``UNGDC_1946-2024/TXT/Session 79 - 2024/USA_79_2024.txt``."""
    _, country, session, year = path.stem.split("_")
    return f"UNGDC_1946-2024/TXT/Session {session} - {year}/{country}_{session}_{year}.txt"


def archive_members() -> dict[str, bytes]:
    files = {original_name(p): p.read_bytes() for p in sorted(SAMPLE.glob("ungdc_*.txt"))}
    files["UNGDC_1946-2024/TXT/Session 68 - 2013/USA_68_2013.txt"] = b"An earlier year, left out.\n"
    files["UNGDC_1946-2024/TXT/Session 79 - 2024/._USA_79_2024.txt"] = b"\x00\x05macOS resource fork"
    files["UNGDC_1946-2024/README.txt"] = b"not a speech"
    return files


def make_tgz(folder):
    path = folder / "UNGDC_1946-2024.tgz"
    with tarfile.open(path, "w:gz") as tf:
        for name, data in archive_members().items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def make_zip(folder):
    path = folder / "UNGDC_1946-2024.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in archive_members().items():
            zf.writestr(name, data)
    return path


def rows(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("make", [make_tgz, make_zip])
def test_archive_gives_back_the_committed_sample(tmp_path, make):
    fetch = tool("fetch_corpus")
    out = tmp_path / "ungdc"
    assert fetch.main(["--archive", str(make(tmp_path)), "--out", str(out), "--years", "2024"]) == 0
    written = sorted(p.name for p in out.iterdir())
    expected = sorted(p.name for p in SAMPLE.iterdir())
    assert written == expected  # the 2013 speech, the ._ copy and the README are not speeches of 2024
    for name in expected:
        if name != "metadata.csv":
            assert (out / name).read_bytes() == (SAMPLE / name).read_bytes(), name
    assert rows(out / "metadata.csv") == rows(SAMPLE / "metadata.csv")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ungdc.partial-")]


def test_years_filter_and_range(tmp_path):
    fetch = tool("fetch_corpus")
    found = fetch.speeches(make_tgz(tmp_path), fetch.parse_years("2013"))
    assert [s.id for s in found] == ["ungdc_USA_68_2013"]
    assert fetch.parse_years("2014-2016") == range(2014, 2017)
    for bad in ["14-16", "2016-2014", "all"]:
        with pytest.raises(fetch.FetchError):
            fetch.parse_years(bad)


def test_refuses_a_non_empty_folder_and_a_bad_archive(tmp_path, capsys):
    fetch = tool("fetch_corpus")
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"keep me")
    assert fetch.main(["--archive", str(make_tgz(tmp_path)), "--out", str(out)]) == 1
    assert (out / "thesis.docx").read_bytes() == b"keep me"
    bad = tmp_path / "broken.tgz"
    bad.write_bytes(b"not an archive")
    assert fetch.main(["--archive", str(bad), "--out", str(tmp_path / "new")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("fetch_corpus: ") for line in err)
    assert not (tmp_path / "new").exists()


def test_choose_archive_from_a_dataverse_listing():
    fetch = tool("fetch_corpus")
    listing = {
        "data": {
            "latestVersion": {
                "files": [
                    {"dataFile": {"id": 1, "filename": "codebook.pdf"}},
                    {"dataFile": {"id": 2, "filename": "UNGDC_1946-2022.tgz", "md5": "a"}},
                    {"dataFile": {"id": 3, "filename": "UNGDC_1946-2024.tgz", "md5": "b"}},
                ]
            }
        }
    }
    assert fetch.choose_archive(listing)["id"] == 3
    with pytest.raises(fetch.FetchError, match=r"codebook\.pdf"):
        fetch.choose_archive(
            {"data": {"latestVersion": {"files": listing["data"]["latestVersion"]["files"][:1]}}}
        )
