"""Let a stage module be called like its main verb: ``helpers.speakers(article)``.

``helpers.speakers`` is both a module (``speakers.py``) and, by design, the verb ``speakers()``. Python sets
the package attribute to the *module* whenever the submodule is imported, which would hide the verb; so
the module itself is made callable and forwards to its verb of the same name.
"""

from __future__ import annotations

import sys
import types


class _VerbModule(types.ModuleType):
    def __call__(self, *args, **kwargs):
        return getattr(self, self.__name__.rsplit(".", 1)[-1])(*args, **kwargs)


def make_callable(module_name: str) -> None:
    """Make ``sys.modules[module_name]`` callable as its same-named function."""
    sys.modules[module_name].__class__ = _VerbModule
