"""Render the executed notebooks to a static HTML site: one page per notebook plus an index.

    python tools/build_site.py [--out _site] [NOTEBOOK ...]

The pages use nbconvert's JupyterLab look through the template in ``tools/site_template/collection``,
which drops everything the stock template loads from the network (require.js, MathJax, mermaid.js, the
widgets renderer), so the site opens offline with no console errors. Figures are inline (data: URIs,
including images that markdown cells link to). Each page has index / previous / next links in reading
order. The notebooks are rendered as stored: run ``tools/notebooks.py run`` (``make all``) first.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "site_template"
SITE_TITLE = "Diplomatic Discourse Notebooks"


def collection(root: Path = ROOT) -> list[Path]:
    return sorted((root / "notebooks").glob("[0-9]*.ipynb"))


def _plain(markdown: str) -> str:
    """Markdown to a line of plain text (links, emphasis and code marks dropped)."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`]+", "", text)
    return " ".join(text.split())


def describe(nb: nbformat.NotebookNode, fallback: str) -> tuple[str, str]:
    """(title, summary): the first level-1 heading, and the first paragraph of prose under the
    "Overview" heading (or, without one, the first paragraph after the title), cut to ~300 characters."""
    title, first, overview = "", "", ""
    in_overview = False
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for block in re.split(r"\n\s*\n", cell.source):
            block = block.strip()
            heading = re.match(r"(#+)\s+(.+)", block)
            if heading:
                if not title and len(heading.group(1)) == 1:
                    title = _plain(heading.group(2))
                in_overview = _plain(heading.group(2)).lower() == "overview"
                continue
            if not title or not block or block.startswith(("!", "<", "|", "```", "-", "*", "1.")):
                continue
            if in_overview and not overview:
                overview = _plain(block)
            elif not first:
                first = _plain(block)
    summary = overview or first
    if len(summary) > 300:
        summary = summary[:300].rsplit(" ", 1)[0] + " …"
    return title or fallback, summary


def _page_name(path: Path) -> str:
    return path.stem + ".html"


_NOTEBOOK_LINK = re.compile(r'href="(?:\./|\.\./notebooks/|notebooks/)?([^"/#?]+)\.ipynb(#[^"]*)?"')


def _link_pages(body: str, stems: set[str], elsewhere: str = "", known: set[str] | None = None) -> str:
    """Point markdown links to a collection notebook (NN_name.ipynb) at its page (NN_name.html): a
    sibling page when the notebook is among ``stems``, else ``elsewhere`` + the page when it is one of
    the ``known`` collection notebooks."""

    def swap(m: re.Match) -> str:
        if m.group(1) in stems:
            return f'href="{m.group(1)}.html{m.group(2) or ""}"'
        if elsewhere and m.group(1) in (known or set()):
            return f'href="{elsewhere}{m.group(1)}.html{m.group(2) or ""}"'
        return m.group(0)

    return _NOTEBOOK_LINK.sub(swap, body)


def _exporter() -> HTMLExporter:
    return HTMLExporter(
        template_name="collection",
        extra_template_basedirs=[str(TEMPLATES)],
        embed_images=True,
        mathjax_url="",
        require_js_url="",
    )


def render_pages(paths: list[Path], out: Path, label: str = "", elsewhere: str = "") -> list[Path]:
    """One page per notebook in ``out``, with previous/next links among ``paths`` in that order.

    ``label`` is added to each page title (a gallery text); a link to a collection notebook that is not
    among ``paths`` points to ``elsewhere`` + its page (the collection's own page, from a gallery folder).
    """
    out.mkdir(parents=True, exist_ok=True)
    notebooks = [nbformat.read(p, as_version=4) for p in paths]
    infos = [describe(nb, p.stem) for nb, p in zip(notebooks, paths, strict=True)]
    exporter = _exporter()
    pages = []
    for i, (path, nb, (title, _)) in enumerate(zip(paths, notebooks, infos, strict=True)):
        link = lambda j: {"href": _page_name(paths[j]), "title": infos[j][0]}  # noqa: E731
        nav = {
            "prev": link(i - 1) if i > 0 else None,
            "next": link(i + 1) if i + 1 < len(paths) else None,
            "home": f"{elsewhere}index.html",
        }
        nb.metadata["title"] = f"{title}{f' · on {label}' if label else ''} · {SITE_TITLE}"
        resources = {
            "metadata": {"name": path.stem, "path": str(path.parent)},
            "collection_nav": nav,
        }
        body, _ = exporter.from_notebook_node(nb, resources=resources)
        body = _link_pages(body, {p.stem for p in paths}, elsewhere, {p.stem for p in collection()})
        page = out / _page_name(path)
        page.write_text(body, encoding="utf-8")
        pages.append(page)
    return pages


def gallery_sets(folder: Path | None) -> list[tuple[str, list[Path]]]:
    """(text id, executed notebooks) for each text folder of a gallery run (``tools/gallery.py``)."""
    if folder is None or not folder.is_dir():
        return []
    sets = [(d.name, sorted(d.glob("[0-9]*.ipynb"))) for d in sorted(folder.iterdir()) if d.is_dir()]
    return [(name, nbs) for name, nbs in sets if nbs]


def build(paths: list[Path], out: Path, gallery: Path | None = None) -> list[Path]:
    """Write one page per notebook, the gallery's pages (if any) and index.html into ``out`` (emptied
    first); return the pages."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pages = render_pages(paths, out)
    sets = gallery_sets(gallery)
    for text, nbs in sets:
        pages += render_pages(nbs, out / "gallery" / text, label=text, elsewhere="../../")
    infos = [describe(nbformat.read(p, as_version=4), p.stem) for p in paths]
    index = out / "index.html"
    index.write_text(render_index(paths, infos, sets), encoding="utf-8")
    return [index, *pages]


def render_gallery(sets: list[tuple[str, list[Path]]]) -> str:
    """The index's gallery section: for each text, links to its pages."""
    if not sets:
        return ""
    rows = []
    for text, nbs in sets:
        hrefs = [f"gallery/{html.escape(text)}/{html.escape(_page_name(p))}" for p in nbs]
        names = [html.escape(p.stem[:2]) for p in nbs]
        links = " · ".join(f'<a href="{h}">{n}</a>' for h, n in zip(hrefs, names, strict=True))
        rows.append(f'  <li><span class="file">{html.escape(text)}</span> {links}</li>')
    return (
        '<h2 id="gallery">Gallery: the same notebooks on other texts</h2>\n'
        "<p>Each stage notebook executed on a press-briefing transcript and an official readout from "
        "<code>data/examples</code>, to show the method on other diplomatic texts.</p>\n<ul>\n"
        + "\n".join(rows)
        + "\n</ul>"
    )


def render_index(
    paths: list[Path], infos: list[tuple[str, str]], sets: list[tuple[str, list[Path]]] = ()
) -> str:
    items = []
    for path, (title, summary) in zip(paths, infos, strict=True):
        items.append(
            f'  <li><a href="{html.escape(_page_name(path))}">{html.escape(title)}</a>'
            f'<span class="file">{html.escape(path.name)}</span>'
            + (f"<p>{html.escape(summary)}</p>" if summary else "")
            + "</li>"
        )
    listing = "\n".join(items) if items else "  <li>No notebooks yet.</li>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{SITE_TITLE}</title>
<link rel="icon" href="data:,">
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1a1a1a; }}
h1 {{ font-size: 1.8em; margin-bottom: 0.2em; }}
p.lead {{ color: #444; margin-top: 0; }}
ol {{ padding-left: 1.4em; }}
li {{ margin: 1em 0; }}
li a {{ font-size: 1.15em; font-weight: 600; color: #0072B2; text-decoration: none; }}
li a:hover {{ text-decoration: underline; }}
li .file {{ margin-left: 0.6em; color: #666; font-family: ui-monospace, monospace; font-size: 0.85em; }}
li p {{ margin: 0.2em 0 0; color: #333; }}
</style>
</head>
<body>
<main>
<h1>{SITE_TITLE}</h1>
<p class="lead">The collection's notebooks, executed on the embedded article and rendered to HTML, in reading
order.</p>
<ol>
{listing}
</ol>
{render_gallery(list(sets))}
</main>
</body>
</html>
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "_site", help="output folder (emptied first)")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/[0-9]*.ipynb in order")
    parser.add_argument("--gallery", type=Path, help="folder of a tools/gallery.py run to add under gallery/")
    args = parser.parse_args(argv)
    paths = args.notebooks or collection()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        sys.exit(f"build_site: not found: {', '.join(missing)}")
    pages = build(paths, args.out, gallery=args.gallery)
    print(f"site: {len(pages)} pages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
