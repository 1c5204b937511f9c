"""Charts, one module per pipeline stage; each function takes a table and returns a matplotlib Axes.

``style`` holds the shared look (Okabe–Ito colour-blind-safe palette, readable type) and ``savefig``.
"""
