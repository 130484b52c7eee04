"""``python -m regionbrief``: the command line."""

from regionbrief._cli import main

raise SystemExit(main())
