"""The one error type the package raises for bad input.

Every message is a single line that says what went wrong, which file (when there is one) and what to do
about it, so the command line can print it as it is.
"""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: a missing or unreadable file, undecodable bytes, an empty text, a malformed lexicon.

    Attributes:
        path: the file concerned, or None for text passed in directly.
        problem: the short description of what is wrong.
        hint: what the user can do about it.
    """

    def __init__(self, problem: str, path: object = None, hint: str = "") -> None:
        self.path = None if path is None else str(path)
        self.problem = problem
        self.hint = hint
        where = f"{self.path}: " if self.path else ""
        text = f"{where}{problem}"
        if hint:
            text += f" ({hint})"
        super().__init__(" ".join(text.split()))
