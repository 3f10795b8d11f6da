"""`python -m desktop` behaves exactly like the `gigdesk` command (and is the bundle's
entry: a reader process it starts runs this module again, under another name)."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # in the bundle, a reader process stops here
    sys.exit(main())
