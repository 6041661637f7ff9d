"""The frozen program's entry point (PyInstaller): the same `burenrust` command."""

import sys

from desktop.cli import main

sys.exit(main())
