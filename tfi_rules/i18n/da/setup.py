"""Danish for setting a plans repository up and starting a plan: tfi schema, tfi init, tfi new plan."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # the schemas (tfi_rules/load/schemas.py, tfi schema)
    "{folder}: not a folder; give a folder to write the schemas into": "{folder}: ikke en mappe; angiv en mappe at skrive skemaerne i",
    "{folder}: cannot make the folder ({reason})": "{folder}: kan ikke oprette mappen ({reason})",
    "{path}: cannot write the schema ({reason})": "{path}: kan ikke skrive skemaet ({reason})",
    "wrote {path}": "skrev {path}",
    "unchanged {path}": "uændret {path}",
    "name a kind (plan, mandate or measurements) or give --output DIR": "angiv en slags (plan, mandate eller measurements) eller --output MAPPE",
    # tfi init (tfi_rules/init/)
    "capacity {value} is not a number; write the årsværk, e.g. 4 or 3.5": "kapaciteten {value} er ikke et tal; skriv årsværkene, f.eks. 4 eller 3,5",
    "capacity {value} is not a positive number; write the årsværk, e.g. 4 or 3.5": "kapaciteten {value} er ikke et positivt tal; skriv årsværkene, f.eks. 4 eller 3,5",
    "the decision {value} has no letters or digits; write its reference, e.g. BIU 201/2006": "beslutningen {value} har hverken bogstaver eller tal; skriv dens reference, f.eks. BIU 201/2006",
    "{value} does not name an action; write OWNER/REPOSITORY@TAG, e.g. {example}": "{value} angiver ikke en action; skriv EJER/REPOSITORY@TAG, f.eks. {example}",
    "the mandate needs its capacity, start and decision": "mandatet skal have kapacitet, start og beslutning",
    "{path}: cannot write it ({reason})": "{path}: kan ikke skrives ({reason})",
    "The team's mandate, written by `tfi init`: the capacity every plan balances against.": "Teamets mandat, skrevet af `tfi init`: den kapacitet, hver plan skal balancere med.",
    "Fill in the source document below (title, case number, date) and the decision's own words.": "Udfyld kildedokumentet nedenfor (titel, sagsnummer, dato) og beslutningens egne ord.",
    "fill in: the mandate's title in the source's words": "udfyld: mandatets titel med kildens ord",
    "fill in: the document's title": "udfyld: dokumentets titel",
    "fill in: the case number (Sagsnr.), in quotes": "udfyld: sagsnummeret (Sagsnr.), i anførselstegn",
    "fill in: the document's date, YYYY-MM-DD": "udfyld: dokumentets dato, ÅÅÅÅ-MM-DD",
    "fill in: the decision's own words": "udfyld: beslutningens egne ord",
    "Recorded results, one YAML file per source (a report, a survey, a register extract). "
    "`tfi check` checks them and `tfi verdict` judges the plans' targets against them.": "Registrerede resultater, én YAML-fil pr. kilde (en rapport, en undersøgelse, et registerudtræk). "
    "`tfi check` kontrollerer dem, og `tfi verdict` vurderer planernes mål ud fra dem.",
    "Checks the plans on every pull request and push to main (written by `tfi init`).": "Kontrollerer planerne ved hver pull request og push til main (skrevet af `tfi init`).",
    "The action is tfi's own (action.yml of the tfi repository): replace OWNER if it is still there.": "Action'en er tfi's egen (action.yml i tfi-repositoriet): erstat OWNER, hvis det står der endnu.",
    "Runs `tfi check` on the plans a commit changes (written by `tfi init`; pre-commit.com).": "Kører `tfi check` på de planer, et commit ændrer (skrevet af `tfi init`; pre-commit.com).",
    "# Work plans of TaskForce Integration": "# TaskForce Integrations arbejdsplaner",
    "The team's work plans, their mandate and their recorded results, as YAML files that `tfi` "
    "(version {version}) checks.": "Teamets arbejdsplaner, deres mandat og de registrerede resultater, som YAML-filer, som `tfi` "
    "(version {version}) kontrollerer.",
    "- `plans/mandate.yaml`: the mandate, with the capacity in årsværk every plan balances against.": "- `plans/mandate.yaml`: mandatet med kapaciteten i årsværk, som hver plan skal balancere med.",
    "- `plans/`: one file per plan. Start next year's from this year's: "
    "`tfi new plan 2012 --from plans/2011.yaml`; the first one from the mandate: `tfi new plan 2012`.": "- `plans/`: én fil pr. plan. Begynd næste års plan ud fra årets: "
    "`tfi new plan 2012 --from plans/2011.yaml`; den første ud fra mandatet: `tfi new plan 2012`.",
    "- `measurements/`: recorded results, one file per source.": "- `measurements/`: registrerede resultater, én fil pr. kilde.",
    "- `schemas/`: the JSON Schemas editors check the files with; after installing a new tfi, "
    "`tfi schema --output schemas`.": "- `schemas/`: de JSON-skemaer, editorer kontrollerer filerne med; efter installation af en ny tfi: "
    "`tfi schema --output schemas`.",
    "Before a pull request: `tfi check` (it fails on an invalid or unbalanced plan) and "
    "`tfi diff main` (what the change does, in the plans' terms). The workflow in "
    "`.github/workflows/plans.yml` runs the same on every pull request.": "Før en pull request: `tfi check` (fejler på en ugyldig eller ubalanceret plan) og "
    "`tfi diff main` (hvad ændringen gør, i planernes termer). Workflowet i "
    "`.github/workflows/plans.yml` kører det samme ved hver pull request.",
    "the mandate needs {options} (no terminal to ask on)": "mandatet skal have {options} (ingen terminal at spørge på)",
    "Capacity in årsværk (e.g. 4)": "Kapacitet i årsværk (f.eks. 4)",
    "First day of the capacity (YYYY-MM-DD)": "Kapacitetens første dag (ÅÅÅÅ-MM-DD)",
    "Decision (e.g. BIU 201/2006)": "Beslutning (f.eks. BIU 201/2006)",
    "skipped {path} (it exists)": "sprang {path} over (findes allerede)",
    "Next: `tfi check` in {folder}, then `tfi new plan ID` for the first plan.": "Derefter: `tfi check` i {folder}, og så `tfi new plan ID` til den første plan.",
    # tfi check on a repository's schemas/ (tfi_rules/check/schemas_current.py)
    "this schema is not the one tfi {version} carries (written by another version, or edited)": "dette skema er ikke det, tfi {version} har med (skrevet af en anden version, eller redigeret)",
    "write the installed version's schemas with `tfi schema --output {folder}`": "skriv den installerede versions skemaer med `tfi schema --output {folder}`",
    # tfi new plan (tfi_rules/new/, cli.py)
    "the new period ({year}) must come after the plan's ({old})": "den nye periode ({year}) skal ligge efter planens ({old})",
    "fill in: the title of the new plan's document (its years are moved on)": "udfyld: titlen på den nye plans dokument (årstallene er flyttet frem)",
    "fill in: the document this plan is encoded from: title, case_no, document_no, date": "udfyld: det dokument, planen er indkodet fra: title, case_no, document_no, date",
    "check: the period, moved on from {start} – {end}": "kontrollér: perioden, flyttet frem fra {start} – {end}",
    "check: the areas, their årsværk (tfi check balances them against the mandate for the new "
    "period), activities, criteria and targets are last year's; due dates are moved on by "
    "{years} year(s). Change what the new plan changes; keep the ids of what stays.": "kontrollér: områderne, deres årsværk (tfi check afstemmer dem med mandatet for den nye periode), "
    "aktiviteter, kriterier og mål er sidste års; frister er flyttet {years} år frem. Ret det, den nye "
    "plan ændrer; behold id'erne på det, der bliver.",
    "fill in: the new budget (the amounts are last year's)": "udfyld: det nye budget (beløbene er sidste års)",
    "The indicators the criteria name stay declared in {file}.": "De indikatorer, kriterierne nævner, forbliver erklæret i {file}.",
    "Written by `tfi new plan` from {file}; fill in or check each place marked below.": "Skrevet af `tfi new plan` ud fra {file}; udfyld eller kontrollér hvert sted, der er markeret nedenfor.",
    "Waivers of {file} not carried over (decide again whether each applies):": "Dispensationer i {file}, der ikke er ført videre (afgør igen, om hver enkelt gælder):",
    "the whole file": "hele filen",
    "the mandate {mandate} gives no capacity on {day}; give another --period": "mandatet {mandate} giver ingen kapacitet den {day}; angiv en anden --period",
    "fill in: the title of the plan's document": "udfyld: titlen på planens dokument",
    "fill in: the focus areas, each with its årsværk (together {capacity}, the mandate's capacity), "
    "activities and criteria with targets": "udfyld: indsatsområderne, hvert med sine årsværk (i alt {capacity}, mandatets kapacitet), "
    "aktiviteter og kriterier med mål",
    "Written by `tfi new plan` from the mandate {mandate}; fill in each place marked below.": "Skrevet af `tfi new plan` ud fra mandatet {mandate}; udfyld hvert sted, der er markeret nedenfor.",
    "no mandate {mandate} in plans/; the mandates are: {known}": "intet mandat {mandate} i plans/; mandaterne er: {known}",
    "no mandate in plans/; write one with `tfi init`, or give --from a plan": "intet mandat i plans/; skriv et med `tfi init`, eller angiv en plan med --from",
    "several mandates in plans/ ({known}); choose one with --mandate": "flere mandater i plans/ ({known}); vælg et med --mandate",
    "'{id}' is not a valid id; ids use lowercase letters a–z, digits and single hyphens": "'{id}' er ikke et gyldigt id; id'er bruger små bogstaver a–z, tal og enkelte bindestreger",
    "{file} is not a valid plan; run `tfi check {file}`": "{file} er ikke en gyldig plan; kør `tfi check {file}`",
    "no plans/ folder here or above; run `tfi init` first": "ingen plans/-mappe her eller ovenfor; kør først `tfi init`",
    "{path} exists; give --force to replace it": "{path} findes; angiv --force for at erstatte den",
    "{path} is not a regular file; it is not replaced": "{path} er ikke en almindelig fil; den erstattes ikke",
    "give the plan's year with --period (the id '{id}' is not a year)": "angiv planens år med --period (id'et '{id}' er ikke et årstal)",
    "not carried over: waiver {waiver}": "ikke ført videre: dispensation {waiver}",
    "Next: fill in the places marked in {path}, then `tfi check`.": "Derefter: udfyld de markerede steder i {path}, og kør `tfi check`.",
}
