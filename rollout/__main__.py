"""``python -m rollout report|gate``: the offline A/B analysis (``rollout.report.cli``)."""

import sys

from rollout.report.cli import main

sys.exit(main())
