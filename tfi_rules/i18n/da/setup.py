"""Danish for setting a plans repository up and starting a plan: tfi schema, tfi init, tfi new plan."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # the schemas (tfi_rules/load/schemas.py, tfi schema)
    "{folder}: not a folder; give a folder to write the schemas into":
        "{folder}: ikke en mappe; angiv en mappe at skrive skemaerne i",
    "{folder}: cannot make the folder ({reason})": "{folder}: kan ikke oprette mappen ({reason})",
    "{path}: cannot write the schema ({reason})": "{path}: kan ikke skrive skemaet ({reason})",
    "wrote {path}": "skrev {path}",
    "unchanged {path}": "uændret {path}",
    "name a kind (plan, mandate or measurements) or give --output DIR":
        "angiv en slags (plan, mandate eller measurements) eller --output MAPPE",
}
