"""Entry point of the frozen bundle: one executable for the window (no arguments) and the CLI."""

import sys

from explorer.cli import console_main

if __name__ == "__main__":
    sys.exit(console_main())
