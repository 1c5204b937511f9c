"""The rendered site opens in a real browser: Debian's headless Chromium, driven over the DevTools protocol.

The site is built from the committed notebooks and the whole gallery (every stage notebook executed on
every gallery text, tools/gallery.py) into a temporary folder (tools/build_site.py, as `make all` does),
and every page is opened in one Chromium session from disk (file://, as a reader double-clicking it would):
each page must load, log no console error or uncaught exception, request nothing from the network, and
every <img> must have decoded (naturalWidth > 0). A full-page screenshot of each page (of a gallery page,
its first screen) is saved under ``helpers.output_dir("screenshots")`` as a test artefact: a temporary
folder during the tests, unless HELPERS_OUTPUT_DIR names one to keep. Without Chromium or websocket-client the test skips, except under CI,
where it fails.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT, require_module, skip_or_fail, tool

import helpers

websocket = require_module("websocket", "pip install websocket-client (the dev extra has it)")

CHROMIUM = "/usr/bin/chromium"
LOAD_TIMEOUT = 60  # seconds for one page
MAX_SHOT_HEIGHT = 16000  # px; very long pages are cut there
#: Gallery pages are the collection's notebooks on other texts: their screenshot is the first screen (the
#: title and the note naming the text). A full-page capture costs 4-9 s a page (about 0.5 s for one
#: screen), and every check (console, network, images) still covers the whole page.
GALLERY_SHOT_HEIGHT = 900


def _chromium() -> str:
    if os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    skip_or_fail(f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it under CI)")


class Browser:
    """One headless Chromium, one page, and a blocking DevTools-protocol connection to it."""

    def __init__(self, profile: Path):
        self.log = open(profile.parent / "chromium.log", "wb")  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen(
            [
                _chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-features=MediaRouter,OptimizationHints,Translate",
                "--hide-scrollbars",
                "--window-size=1280,900",
                f"--user-data-dir={profile}",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.is_file() and len(port_file.read_text().splitlines()) >= 2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                pytest.fail(f"chromium did not start (exit {self.proc.returncode}); see {self.log.name}")
            time.sleep(0.1)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=LOAD_TIMEOUT,
                                              suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def call(self, method: str, params: dict | None = None, session: bool = False) -> dict:
        msg_id = next(self.ids)
        msg = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str, timeout: float = LOAD_TIMEOUT) -> None:
        if any(e["method"] == method for e in self.events):
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.ws.settimeout(max(0.1, deadline - time.monotonic()))
            event = json.loads(self.ws.recv())
            if "method" in event:
                self.events.append(event)
                if event["method"] == method:
                    return
        raise TimeoutError(f"no {method} within {timeout} s")

    def drain(self, seconds: float) -> None:
        """Collect events for a short while (late console errors, image decoding)."""
        self.ws.settimeout(seconds)
        try:
            while True:
                event = json.loads(self.ws.recv())
                if "method" in event:
                    self.events.append(event)
        except websocket.WebSocketTimeoutException:
            pass
        finally:
            self.ws.settimeout(LOAD_TIMEOUT)

    def open(self, url: str) -> None:
        self.events.clear()
        result = self.call("Page.navigate", {"url": url}, session=True)
        if result.get("errorText"):
            raise AssertionError(f"{url}: {result['errorText']}")
        self.wait_for("Page.loadEventFired")
        self.drain(0.5)

    def evaluate(self, expression: str):
        params = {"expression": expression, "returnByValue": True}
        result = self.call("Runtime.evaluate", params, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluate failed: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, failed loads and any request that leaves the machine."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                found.append(f"console.{params['type']}: {args}")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                what = details.get("exception", {}).get("description") or details.get("text")
                found.append(f"uncaught: {what}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                found.append(f"log error ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"failed load: {params.get('errorText')}")
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not re.match(r"(file|data|about|blob):", url):
                    found.append(f"network request: {url[:120]}")
        return found

    def screenshot(self, path: Path, max_height: int = MAX_SHOT_HEIGHT) -> None:
        metrics = self.call("Page.getLayoutMetrics", session=True)
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        clip = {
            "x": 0,
            "y": 0,
            "width": max(1, int(size["width"])),
            "height": max(1, min(int(size["height"]), max_height)),
            "scale": 1,
        }
        shot = self.call(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True, "clip": clip},
            session=True,
        )
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            with contextlib.suppress(Exception):  # the browser may be gone already
                ws.send(json.dumps({"id": 0, "method": "Browser.close"}))
            ws.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.log.close()


IMAGES_JS = """JSON.stringify(Array.from(document.images).map(
  (img) => ({src: img.currentSrc.slice(0, 60), complete: img.complete, width: img.naturalWidth})))"""


def shot_name(page: Path, out: Path) -> str:
    """A screenshot's file name: the page's path in the site, folders joined by "__"."""
    return page.relative_to(out).with_suffix("").as_posix().replace("/", "__") + ".png"


#: Gallery notebooks executed at once while the site is built: each runs in its own kernel process, and
#: CI has two cores.
GALLERY_WORKERS = 2


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, list[Path]]:
    """The site as `make all` builds it, the whole gallery included: every stage notebook executed on
    every gallery text (two at a time), so every gallery page a reader can open is opened here too."""
    notebooks = tool("notebooks").collection(ROOT)
    gallery = tool("gallery")
    stages = sorted((ROOT / "notebooks").glob(gallery.STAGES))
    executed = tmp_path_factory.mktemp("gallery")
    gallery.run(stages, gallery.TEXTS, executed, workers=GALLERY_WORKERS)
    out = tmp_path_factory.mktemp("site")
    pages = tool("build_site").build(notebooks, out, gallery=executed)
    return out, pages


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _chromium()
    profile = tmp_path_factory.mktemp("chromium") / "profile"
    profile.mkdir()
    b = Browser(profile)
    try:
        yield b
    finally:
        b.close()


def test_index_links_every_notebook_page(site):
    out, pages = site
    index = (out / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+\.html)"', index)
    expected = [p.relative_to(out).as_posix() for p in pages if p.name != "index.html"]
    assert links == expected, "the index must link every notebook page and every gallery page, in order"
    gallery = tool("gallery")
    stages = sorted((ROOT / "notebooks").glob(gallery.STAGES))
    shown = sorted(link for link in links if link.startswith("gallery/"))
    assert len(shown) == len(stages) * len(gallery.TEXTS), "every stage notebook on every gallery text"
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'(?:href|src)="([^"]*)"', text):
            target = href.split("#")[0]
            if not target or re.match(r"(https?|mailto|data):", target):
                continue  # in-page anchors, outbound links (not loaded), inline data
            assert (page.parent / target).is_file(), f"{page.name} links to {href!r}, which is not in the site"
        assert "<script src=" not in text, f"{page.name} loads an external script"


def test_every_page_loads_cleanly_in_chromium(site, browser):
    out, pages = site
    shots_dir = helpers.output_dir("screenshots")
    shutil.rmtree(shots_dir)
    shots_dir.mkdir(parents=True)
    report = {}
    for page in pages:
        browser.open(page.as_uri())
        problems = browser.problems()
        title = browser.evaluate("document.title")
        images = json.loads(browser.evaluate(IMAGES_JS))
        broken = [img for img in images if not img["complete"] or img["width"] <= 0]
        in_gallery = page.relative_to(out).parts[0] == "gallery"
        browser.screenshot(shots_dir / shot_name(page, out), GALLERY_SHOT_HEIGHT if in_gallery else MAX_SHOT_HEIGHT)
        if not title:
            problems.append("empty <title>")
        if broken:
            problems.append(f"{len(broken)} of {len(images)} images did not load: {broken[:3]}")
        if problems:
            report[page.relative_to(out).as_posix()] = problems
    shots = sorted(p.name for p in shots_dir.glob("*.png"))
    assert shots == sorted(shot_name(p, out) for p in pages)
    assert not report, f"pages with problems: {json.dumps(report, indent=1)}"
