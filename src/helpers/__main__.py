"""``python -m helpers``: see :mod:`helpers.cli`."""

import sys

if __name__ == "__main__":
    try:
        from .cli import main

        code = main()
    except KeyboardInterrupt:  # Ctrl-C before the command's own handling starts (while importing)
        code = 130
    sys.exit(code)
