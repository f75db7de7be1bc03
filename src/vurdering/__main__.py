"""`python -m vurdering` – samme program som kommandoen `vurdering`."""

from vurdering.cli import main

raise SystemExit(main())
