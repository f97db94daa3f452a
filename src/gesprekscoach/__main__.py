"""`python -m gesprekscoach` does the same as the `gesprekscoach` command."""

from gesprekscoach.cli.main import main

raise SystemExit(main())
