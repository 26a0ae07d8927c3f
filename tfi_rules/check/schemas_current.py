"""Whether a repository's `schemas/` are the installed tfi's: editors check plans against them, so a
copy from an older tfi lets an editor accept what `tfi check` refuses (or the reverse)."""

from __future__ import annotations

import os
from pathlib import Path

from .. import __version__
from ..findings import Finding, Severity
from ..i18n import t
from ..load.discovery import repository_root
from ..load.schemas import differing

SCHEMAS_RULE = "schemas-current"


def stale_schema_findings(checked: list[Path]) -> list[Finding]:
    """An info finding for each schema file, in the repositories of the paths checked, that is not the
    installed version's (written by an older or newer tfi, or edited)."""
    roots = {root for path in checked if (root := repository_root(_folder_of(path).absolute())) is not None}
    return [
        Finding(
            _shown(path),
            0,
            0,
            SCHEMAS_RULE,
            Severity.INFO,
            t(
                "this schema is not the one tfi {version} carries (written by another version, or edited)",
                version=__version__,
            ),
            t("write the installed version's schemas with `tfi schema --output {folder}`", folder=_shown(path.parent)),
        )
        for root in sorted(roots)
        for path in differing(root / "schemas")
    ]


def _folder_of(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)
