"""`python -m gesprekscoach` does the same as the `gesprekscoach` command."""

from gesprekscoach.cli import main

raise SystemExit(main())
