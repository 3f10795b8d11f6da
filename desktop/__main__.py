"""`python -m desktop` behaves exactly like the `gigdesk` command."""

import sys

from desktop.cli import main

sys.exit(main())
