"""Danish for what the commands print: severities, verdicts, headings, summaries (reporters, verdict, cli.py)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # severities (tfi_rules/findings.py)
    "info": "info",
    "warning": "advarsel",
    "error": "fejl",
    # verdicts (tfi_rules/verdict.py)
    "met": "opfyldt",
    "not met": "ikke opfyldt",
    "pending": "afventer",
    "no data": "ingen data",
    "not comparable": "ikke sammenlignelig",
    "qualitative": "kvalitativ",
    "waived": "dispenseret",
    # tfi check on a folder (tfi_rules/checker.py)
    "no YAML files in this folder": "ingen YAML-filer i denne mappe",
    "put plans (*.yaml) here, or give another folder": "læg planer (*.yaml) her, eller angiv en anden mappe",
    # tfi check's human formats (tfi_rules/reporters/text.py, github.py, junit.py, sarif.py)
    "hint: {hint}": "tip: {hint}",
    "(waived: {reason})": "(dispenseret: {reason})",
    "{count} file checked": "{count} fil kontrolleret",
    "{count} files checked": "{count} filer kontrolleret",
    "{count} error": "{count} fejl",
    "{count} errors": "{count} fejl",
    "{count} warning": "{count} advarsel",
    "{count} warnings": "{count} advarsler",
    "{count} info": "{count} info",
    "{count} infos": "{count} info",
    "{count} waived ({errors} error)": "{count} med dispensation ({errors} fejl)",
    "{count} waived ({errors} errors)": "{count} med dispensation ({errors} fejl)",
    "{count} standing since {revision}": "{count} fandtes allerede i {revision}",
    # targets, figures and reasons (tfi_rules/verdict.py)
    "all {counted}": "alle {counted}",
    "done": "gennemført",
    "not done": "ikke gennemført",
    "{sign}{amount} pp": "{sign}{amount} procentpoint",
    "{sign}{amount} (mode not stated)": "{sign}{amount} (procentpoint eller procent ikke angivet)",
    "increase": "stigning",
    "decrease": "fald",
    "{change} from {baseline} ({date})": "{change} fra {baseline} ({date})",
    "{change} to ca. {level}": "{change} til ca. {level}",
    "{change} to {level}": "{change} til {level}",
    "{numerator} of {denominator}": "{numerator} af {denominator}",
    "the target is reached, but not sub-criteria {names}": "målet er nået, men ikke delkriterierne {names}",
    "no number to compare": "intet tal at sammenligne",
    "no number to compare; no assessment recorded": "intet tal at sammenligne; ingen vurdering registreret",
    "the figures recorded do not give a number for this target": "de registrerede målinger giver ikke et tal for dette mål",
    "nothing measured in the criterion's period": "intet målt i succeskriteriets periode",
    "period runs to {end}; nothing measured yet": "perioden løber til {end}; intet målt endnu",
    "period runs to {end}": "perioden løber til {end}",
    "measured by {measured}, the target set by {target}": "målt efter metoden {measured}, målet sat efter {target}",
    "measured by 'an unstated method', the target set by {target}": "målt uden angivet metode, målet sat efter {target}",
    "no baseline to measure the change from": "intet udgangspunkt at måle ændringen fra",
    "no rule to compare this kind of target": "ingen regel til at sammenligne denne slags mål",
    # tfi verdict's tables (tfi_rules/verdict_report.py)
    "criterion": "succeskriterium",
    "wording": "ordlyd",
    "target": "mål",
    "actual": "målt",
    "verdict": "vurdering",
    "{status} ({share} % of the way)": "{status} ({share} % af vejen)",
    "{status} ({share} % of the way, on track)": "{status} ({share} % af vejen, på rette spor)",
    "{status} ({share} % of the way, at risk)": "{status} ({share} % af vejen, bagud)",
    # A verdict's name does not bend with a count in Danish ("2 ikke opfyldt"): name, then count.
    "{count} {verdict}": "{verdict}: {count}",
    "no criteria": "ingen succeskriterier",
    "Summary: {summary}": "Sammenfatning: {summary}",
    "**Summary:** {summary}": "**Sammenfatning:** {summary}",
    "All plans: {summary}": "Alle planer: {summary}",
    "**All plans:** {summary}": "**Alle planer:** {summary}",
    "skipped {location}: {message} (run `tfi check`)": "sprunget over: {location}: {message} (kør `tfi check`)",
    # errors (cli.py)
    "tfi: error: {error}": "tfi: fejl: {error}",
    "tfi: internal error ({kind}: {error}). This is a bug in tfi; "
    "please report it with the command you ran (add --debug for the detail).": "tfi: intern fejl ({kind}: {error}). Det er en fejl i tfi; "
    "meld den venligst sammen med den kommando, du kørte (tilføj --debug for detaljerne).",
    "{output}: cannot write the report ({reason})": "{output}: kan ikke skrive rapporten ({reason})",
    "{value} is not a date; write year-month-day, e.g. 2009-06-30": "{value} er ikke en dato; skriv år-måned-dag, fx 2009-06-30",
    "{path}: no such file or folder": "{path}: filen eller mappen findes ikke",
    "tfi: {location}: {message} (skipped; run `tfi check`)": "tfi: {location}: {message} (sprunget over; kør `tfi check`)",
    # where an unknown rule id was written (cli.py)
    "command line": "kommandolinjen",
    "tfi rules": "tfi rules",
    # findings past --max-findings (tfi_rules/reporters/text.py, github.py, junit.py, sarif.py)
    "{file}: 1 more finding not listed ({counts}); --max-findings 0 lists it": "{file}: 1 fund mere er ikke vist ({counts}); --max-findings 0 viser det",
    "{file}: {count} more findings not listed ({counts}); --max-findings 0 lists them all": "{file}: {count} fund mere er ikke vist ({counts}); --max-findings 0 viser dem alle",
    # writing --output and standard output (files.py, cli.py)
    "a folder": "en mappe",
    "a character device": "en tegnenhed",
    "a block device": "en blokenhed",
    "a named pipe": "en navngivet pipe",
    "a socket": "en socket",
    "another kind of file": "en anden slags fil",
    "the output file name is empty; give the name of a file, or - for standard output": "navnet på uddatafilen er tomt; angiv navnet på en fil, eller - for standardoutput",
    "{path} ends in a slash, so it names a folder; nothing was written. "
    "Give the name of a file, or - for standard output": "{path} ender på en skråstreg og er derfor navnet på en mappe; intet er skrevet. "
    "Angiv navnet på en fil, eller - for standardoutput",
    "{path} is a symbolic link to {target}; tfi replaces only a regular file, never a "
    "link or what it points to, and nothing was written. Give the name of the file itself, "
    "or - for standard output": "{path} er et symbolsk link til {target}; tfi erstatter kun en almindelig fil, aldrig et link eller "
    "det, det peger på, og intet er skrevet. Angiv navnet på selve filen, eller - for standardoutput",
    "{path} is {kind}, not a regular file; nothing was written. Give the name of a file "
    "(it is replaced whole), or - for standard output": "{path} er {kind}, ikke en almindelig fil; intet er skrevet. Angiv navnet på en fil "
    "(den erstattes helt), eller - for standardoutput",
    "tfi: error: could not write the output: {reason}": "tfi: fejl: kunne ikke skrive uddata: {reason}",
    "an empty path was given; name a file or folder, or give none for the repository's "
    "plans/ and measurements/": "der er angivet en tom sti; angiv en fil eller en mappe, eller ingen for depotets "
    "plans/ og measurements/",
    "tfi: error: a worker process was stopped ({reason}); run again, or with --jobs 1 for one process": "tfi: fejl: en arbejdsproces blev stoppet ({reason}); kør igen, eller med --jobs 1 for én proces",
    "killed by signal {number}": "dræbt af signal {number}",
    "it ended with exit code {code}": "den sluttede med afslutningskode {code}",
    # the markdown format of tfi check (tfi_rules/output/markdown.py)
    "## tfi check: what changed since {revision}": "## tfi check: det nye siden {revision}",
    "## tfi check": "## tfi check",
    "line": "linje",
    "severity": "alvor",
    "rule": "regel",
    "message": "besked",
    "No findings.": "Ingen fund.",
    # periods (describe.moment_label)
    "{month} {year}": "{month} {year}",
    "H{number} {year}": "{number}. halvår {year}",
    "Q{number} {year}": "{number}. kvartal {year}",
    "{season} {year}": "{season} {year}",
    "spring": "forår",
    "summer": "sommer",
    "autumn": "efterår",
    "January": "januar",
    "February": "februar",
    "March": "marts",
    "April": "april",
    "May": "maj",
    "June": "juni",
    "July": "juli",
    "August": "august",
    "September": "september",
    "October": "oktober",
    "November": "november",
    "December": "december",
    # final versus interim (tfi_rules/verdict/judge.py)
    "no final figure": "intet endeligt tal",
    "no figure for the end of the period ({end}); the last status is from {day}": "intet tal for periodens slutning ({end}); seneste status er fra {day}",
    ", when the target was reached": ", hvor målet var nået",
    ", when the target was not reached": ", hvor målet ikke var nået",
    # reasons where people read (tfi_rules/verdict/render.py)
    "Judged as of {day}": "Bedømt pr. {day}",
    "Why:": "Hvorfor:",
    "**Why:**": "**Hvorfor:**",
    # more than one reading (tfi_rules/verdict/judge.py, tfi_rules/describe.py); "{share} % of the way" is in report.py
    "reached then": "nået da",
    "not reached then": "ikke nået da",
    "depends on the reading": "afhænger af læsningen",
    "depends on the reading: {verdicts}": "afhænger af læsningen: {verdicts}",
    "under every reading: {verdicts}": "efter enhver læsning: {verdicts}",
    "{status} ({reading})": "{status} ({reading})",
    "{change} from {baseline} (date not stated)": "{change} fra {baseline} (dato ikke angivet)",
    "{change}: {levels}": "{change}: {levels}",
    " or ": " eller ",
    "{change} (compared: {level})": "{change} (sammenlignet: {level})",
    "no level": "intet niveau",
    "ca. {level}": "ca. {level}",
    "{level} as the stated end level": "{level} som det angivne slutniveau",
    "{level} in percentage points": "{level} i procentpoint",
    "{level} as a relative change": "{level} som relativ ændring",
    "date not stated": "dato ikke angivet",
}
