"""Where Moodle's format fixtures are: the shared fixtures beside the project root
(``../shared``, as tests/quizzes/test_stats.py finds them), else /work/shared."""

from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
CANDIDATES = [PROJECT_DIR / ".." / "shared", Path("/work/shared")]
FORMATS = next(
    (
        place / "fixtures" / "moodle" / "formats"
        for place in CANDIDATES
        if (place / "fixtures" / "moodle" / "formats").is_dir()
    ),
    CANDIDATES[0] / "fixtures" / "moodle" / "formats",
)

needs_moodle_formats = pytest.mark.skipif(
    not FORMATS.is_dir(),
    reason=f"Moodle's format fixtures are absent (looked in {', '.join(map(str, CANDIDATES))})",
)
