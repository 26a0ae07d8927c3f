"""Periods as a reader writes them, in the language in use ("forår 2007", not "2007-spring")."""

from __future__ import annotations

import pytest

from tfi_rules.describe import moment_label
from tfi_rules.i18n import speaking


@pytest.mark.parametrize(
    ("moment", "danish", "english"),
    [
        ("2007-spring", "forår 2007", "spring 2007"),
        ("2008-autumn", "efterår 2008", "autumn 2008"),
        ("2009-H2", "2. halvår 2009", "H2 2009"),
        ("2009-Q1", "1. kvartal 2009", "Q1 2009"),
        ("2008-08", "august 2008", "August 2008"),
        ("2008", "2008", "2008"),
        ("2008-04-15", "2008-04-15", "2008-04-15"),
    ],
)
def test_a_moment_in_words(moment: str, danish: str, english: str) -> None:
    with speaking("da"):
        assert moment_label(moment) == danish
    with speaking("en"):
        assert moment_label(moment) == english
