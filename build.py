#!/usr/bin/env python3
"""Aid Archive: import seeds, build the site, preview, scaffold and check entries.

Run ``python build.py --help`` for the commands.
"""

import sys

from aid_archive.cli import main

if __name__ == "__main__":
    sys.exit(main())
