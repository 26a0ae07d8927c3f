"""Languages: which one `tfi` speaks, and putting a message into it.

Messages are written in English in the code, with named fields:
`t("core årsværk add up to {total}", total=format_number(total))`. The Danish
text of each lives in `tfi_rules/i18n/da/`, keyed by the English text, and a
test fails when a message in the code has no Danish text there (or a Danish
text names other fields than its English one).

The language in use is a context variable: the CLI sets it once from `--lang`,
everything below reads it, and the library's default is English. Numbers are
put into a language by `tfi_rules.numbers`, which reads the same variable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

LANGUAGES = ("en", "da")
DEFAULT_LANGUAGE = "en"

_language: ContextVar[str] = ContextVar("tfi_language", default=DEFAULT_LANGUAGE)

# A field is `{name}`; YAML in hints (`{source: other}`) has spaces or colons and is left alone.
FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def language() -> str:
    """The language messages are given in now: "en" or "da"."""
    return _language.get()


def set_language(code: str) -> None:
    """Speak `code` from now on (the CLI calls this once, from `--lang`)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; tfi speaks {', '.join(LANGUAGES)}")
    _language.set(code)


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Speak `code` inside a `with` block (tests, and a library caller that wants Danish)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; tfi speaks {', '.join(LANGUAGES)}")
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the user's locale asks for: Danish for `da_DK.UTF-8` and the like, else English.

    Follows gettext's order: `LANGUAGE` (a list, first entry counts), `LC_ALL`,
    `LC_MESSAGES`, `LANG`; the first one set decides. `TFI_LANG` comes first of all.
    """
    environ = os.environ if environ is None else environ
    for variable in ("TFI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").split(":")[0].strip()
        if value:
            return "da" if value.lower().startswith("da") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def t(message: str, /, **fields: object) -> str:
    """`message` (English, a literal) in the language in use, with its `{fields}` filled in.

    Fields are put in as given (`str()`): format numbers with `format_number`
    first, so they get the language's decimal comma. A message with no Danish
    text falls back to English rather than failing the user; the test suite is
    what makes sure that never ships.
    """
    code = _language.get()
    if code != DEFAULT_LANGUAGE:
        message = catalog(code).get(message, message)
    if not fields:
        return message
    return FIELD.sub(lambda match: str(fields[match.group(1)]) if match.group(1) in fields else match.group(0), message)


def catalog(code: str) -> Mapping[str, str]:
    """The messages of language `code`, keyed by their English text (imported on first use)."""
    if code == "da":
        from .da import MESSAGES

        return MESSAGES
    return {}


def fields_of(message: str) -> set[str]:
    """The names of the `{fields}` a message fills in."""
    return set(FIELD.findall(message))
