"""Danish for reading and validating files: the loader, the schema check, the models, configuration and paths (tfi_rules/loader.py, validation.py, model/, config.py, discovery.py, engine.py, waivers.py)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
}
