"""Fetch the UN General Debate Corpus from its original source and lay it out as the project reads corpora.

The corpus (Baturo, Dasandi & Mikhaylov, "Understanding State Preferences With Text As Data: Introducing
the UN General Debate Corpus", Research & Politics 2017; updated yearly) is published on Harvard Dataverse,
doi:10.7910/DVN/0TJX8Y, under CC0 1.0. It is too large to ship (about 30 MB for 2014–2024 alone), so the
repository carries a sample of twelve 2024 speeches in ``data/corpora/ungdc-sample/`` and this script
fetches the rest when a user asks for it. Nothing else in the project downloads anything.

What it does:

1. asks Dataverse for the dataset's file list and picks the archive of plain-text speeches (or uses
   ``--archive FILE`` you downloaded yourself, e.g. from a browser);
2. downloads it with a timeout and checks the MD5 the file list gives;
3. reads every member named like ``USA_79_2024.txt`` (ISO 3166 alpha-3 code, session, year), keeps the
   years asked for, and writes each speech byte for byte as ``ungdc_USA_79_2024.txt``;
4. writes ``metadata.csv`` (``id, source, path, title, date, extra, n_bytes, n_words, license``), the
   layout :func:`helpers.corpus.analyse_corpus` accepts with ``metadata=``.

The output folder is written beside the target and renamed into place at the end, so an interrupted run
leaves nothing half-written. Usage (from the project root)::

    python tools/fetch_corpus.py --out data/corpora/ungdc --years 2014-2024
    python tools/fetch_corpus.py --archive ~/Downloads/UNGDC_1946-2024.tgz --out data/corpora/ungdc
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATAVERSE = "https://dataverse.harvard.edu"
DOI = "doi:10.7910/DVN/0TJX8Y"
#: Archive names the dataset has used for its plain-text speeches (the name carries the year range).
ARCHIVE_NAME = re.compile(r"UNGDC.*\.(?:tgz|tar\.gz|zip)$", re.IGNORECASE)
#: A speech inside the archive: ``Session 79 - 2024/USA_79_2024.txt`` (folders vary between releases).
SPEECH_NAME = re.compile(r"(?:^|/)([A-Z]{3})_(\d{1,3})_(\d{4})\.txt$")
TIMEOUT = 60  # seconds without an answer before a request gives up
LICENSE = "CC0-1.0"
METADATA_COLUMNS = ["id", "source", "path", "title", "date", "extra", "n_bytes", "n_words", "license"]


class FetchError(Exception):
    """A problem the user can act on; printed as one line."""


@dataclass(frozen=True)
class Speech:
    """One speech of the archive: the country's ISO code, the session, the year and the raw bytes."""

    country: str
    session: int
    year: int
    data: bytes

    @property
    def id(self) -> str:
        return f"ungdc_{self.country}_{self.session}_{self.year}"

    def metadata(self) -> dict:
        """The speech's ``metadata.csv`` row; ``n_words`` counts whitespace-separated words."""
        return {
            "id": self.id,
            "source": "ungdc",
            "path": f"{self.id}.txt",
            "title": f"UN General Debate {self.year}: {self.country}",
            "date": str(self.year),
            "extra": f"country={self.country};session={self.session}",
            "n_bytes": len(self.data),
            "n_words": len(self.data.decode("utf-8", errors="replace").split()),
            "license": LICENSE,
        }


def parse_years(spec: str) -> range:
    """``"2014-2024"`` or ``"2024"`` as a range of years; anything else is a :class:`FetchError`."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", spec)
    if not m:
        raise FetchError(f"--years {spec!r}: write a year (2024) or a range (2014-2024)")
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    if last < first:
        raise FetchError(f"--years {spec!r}: the range ends before it starts")
    return range(first, last + 1)


def members(archive: Path) -> Iterator[tuple[str, bytes]]:
    """Every file of a ``.tgz``/``.tar.gz`` or ``.zip`` archive as (name, bytes)."""
    if zipfile.is_zipfile(archive):
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield info.filename, zf.read(info)
        return
    try:
        with tarfile.open(archive, "r:*") as tf:
            for info in tf:
                if info.isfile():
                    yield info.name, tf.extractfile(info).read()
    except tarfile.TarError:
        raise FetchError(f"{archive}: not a .tgz or .zip archive; download it again") from None


def speeches(archive: Path, years: range) -> list[Speech]:
    """The speeches of ``archive`` held in ``years``, sorted by id (macOS ``._`` copies skipped)."""
    found = []
    for name, data in members(archive):
        m = SPEECH_NAME.search(name)
        if m is None or Path(name).name.startswith("._"):
            continue
        speech = Speech(m.group(1), int(m.group(2)), int(m.group(3)), data)
        if speech.year in years:
            found.append(speech)
    if not found:
        raise FetchError(
            f"{archive}: no speech named like USA_79_2024.txt for {years.start}-{years.stop - 1}"
        )
    return sorted(found, key=lambda s: s.id)


def write_corpus(found: list[Speech], out: Path, force: bool = False) -> Path:
    """Write the speeches and ``metadata.csv`` to ``out``: staged beside it, renamed into place."""
    if out.exists() and any(out.iterdir()) and not force:
        raise FetchError(f"{out}: folder is not empty; pass --force to replace it or choose another --out")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        for speech in found:
            (staging / f"{speech.id}.txt").write_bytes(speech.data)
        with open(staging / "metadata.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=METADATA_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(s.metadata() for s in found)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


def get(url: str) -> bytes:
    """The body at ``url``, or a :class:`FetchError` naming the URL (no retries, a fixed timeout)."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return response.read()
    except OSError as exc:
        raise FetchError(
            f"cannot reach {url} ({exc}); check the network, or download the archive "
            f"in a browser from {DATAVERSE}/dataset.xhtml?persistentId={DOI} and pass --archive"
        ) from None


def choose_archive(listing: dict) -> dict:
    """The plain-text archive's ``dataFile`` record in a Dataverse dataset listing (the newest name)."""
    files = [f.get("dataFile", {}) for f in listing.get("data", {}).get("latestVersion", {}).get("files", [])]
    archives = sorted(
        (f for f in files if ARCHIVE_NAME.search(f.get("filename", ""))), key=lambda f: f["filename"]
    )
    if not archives:
        names = ", ".join(f.get("filename", "?") for f in files) or "none"
        raise FetchError(f"{DOI}: no UNGDC*.tgz/.zip among the dataset's files ({names}); pass --archive")
    return archives[-1]


def download(folder: Path) -> Path:
    """Download the dataset's plain-text archive into ``folder`` and check its MD5."""
    listing = json.loads(get(f"{DATAVERSE}/api/datasets/:persistentId/?persistentId={DOI}"))
    record = choose_archive(listing)
    print(
        f"downloading {record['filename']} ({record.get('filesize', '?')} bytes) from {DATAVERSE}", flush=True
    )
    data = get(f"{DATAVERSE}/api/access/datafile/{record['id']}")
    want = (record.get("md5") or record.get("checksum", {}).get("value") or "").lower()
    if want and hashlib.md5(data).hexdigest() != want:
        raise FetchError(f"{record['filename']}: MD5 does not match the dataset's; download it again")
    path = folder / record["filename"]
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("data/corpora/ungdc"), help="folder to write")
    parser.add_argument("--years", default="2014-2024", help="a year or a range, e.g. 2014-2024")
    parser.add_argument("--archive", type=Path, help="use this downloaded .tgz/.zip instead of downloading")
    parser.add_argument("--force", action="store_true", help="replace a non-empty --out")
    args = parser.parse_args(argv)
    try:
        years = parse_years(args.years)
        with tempfile.TemporaryDirectory() as tmp:
            archive = args.archive or download(Path(tmp))
            if not archive.is_file():
                raise FetchError(f"{archive}: no such file; check the path given to --archive")
            found = speeches(archive, years)
            write_corpus(found, args.out, force=args.force)
    except FetchError as exc:
        print(f"fetch_corpus: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(found)} speeches and metadata.csv to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
