"""Small span utilities shared by the stages."""

from __future__ import annotations

from collections.abc import Iterable


def merge_intervals(spans: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Sort ``(start, end)`` spans and merge the overlapping ones into disjoint ``[start, end]`` intervals.

    Spans that only touch (one ends where the next starts) stay apart. With the starts of the result a
    caller can test positions or ranges by bisection instead of scanning every span.
    """
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged
