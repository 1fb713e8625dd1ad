"""``python -m explorer``: the same as the ``space-ai-explorer`` command."""

import sys

from explorer.cli import console_main

if __name__ == "__main__":
    sys.exit(console_main())
