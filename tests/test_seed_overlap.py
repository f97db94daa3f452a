"""No run of 8+ words in content/ or src/ is copied from a seed document."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO.parent / "shared" / "tools" / "seed_overlap.py"


@pytest.mark.skipif(not TOOL.is_file(), reason="../shared/tools/seed_overlap.py is not next to this clone")
def test_no_text_copied_from_seeds() -> None:
    result = subprocess.run(
        [sys.executable, str(TOOL), "content", "src"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 run(s)" in result.stdout
