"""Danish for the HTML report (tfi report, tfi_rules/report/)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # tfi report (cli.py)
    "Report written to {file}.": "Rapporten er skrevet til {file}.",
    "{file} fails tfi check (errors: {count}); the report names it.":
        "{file} består ikke tfi check (fejl: {count}); rapporten nævner den.",
    # the page's frame and overview (tfi_rules/report/html.py)
    "TaskForce Integration: plans, targets and verdicts": "TaskForce Integration: planer, mål og status",
    "Verdicts as of {day}": "Status pr. {day}",
    "Plans: {count}": "Planer: {count}",
    "Success criteria: {count}": "Succeskriterier: {count}",
    "Made by tfi {version} from the plans and measurements; verdicts as of {day}. "
    "Figures are shown as the files write them.":
        "Lavet af tfi {version} ud fra planerne og målingerne; status pr. {day}. "
        "Tallene vises, som filerne skriver dem.",
    "Overview": "Overblik",
    "Plan": "Plan",
    "Period": "Periode",
    "Criteria": "Kriterier",
    "Verdicts": "Status",
    "All plans": "Alle planer",
    "Verdicts on all success criteria": "Status for alle succeskriterier",
    "Each verdict is shown by a symbol and a word, never by colour alone.":
        "Hver status vises med et symbol og et ord, aldrig kun med farve.",
    "Files that fail tfi check": "Filer, der ikke består tfi check",
    "None: every file passes tfi check.": "Ingen: alle filer består tfi check.",
    "These files fail tfi check; what they say may be wrong or left out below:":
        "Disse filer består ikke tfi check; det, de siger, kan være forkert eller mangle nedenfor:",
    "errors: {count}": "fejl: {count}",
    "Files checked: {count}": "Filer kontrolleret: {count}",
    "Errors: {count}": "Fejl: {count}",
    "Warnings: {count}": "Advarsler: {count}",
    "Info: {count}": "Info: {count}",
    "Waived: {count}": "Dispenseret: {count}",
    "no success criteria": "ingen succeskriterier",
    # one plan (tfi_rules/report/html.py)
    "Period: {start} – {end}": "Periode: {start} – {end}",
    "File: {file}": "Fil: {file}",
    "Årsværk against the mandate": "Årsværk i forhold til mandatet",
    "This plan names no mandate: its areas spend none of the task force's capacity, so there is no "
    "balance to show.":
        "Planen nævner intet mandat: dens indsatsområder bruger intet af task forcens kapacitet, så der er "
        "ingen balance at vise.",
    "The mandate {mandate} is not among the files read, so its capacity is unknown.":
        "Mandatet {mandate} er ikke blandt de indlæste filer, så kapaciteten er ukendt.",
    "The mandate {mandate} gives no capacity on the plan's first day.":
        "Mandatet {mandate} giver ingen kapacitet på planens første dag.",
    "Capacity from the mandate {mandate} ({decision}). Each segment is an area, numbered as in the list below.":
        "Kapaciteten er fra mandatet {mandate} ({decision}). Hvert felt er et indsatsområde, nummereret som i "
        "listen nedenfor.",
    "The plan waives this:": "Planen har dispensation for dette:",
    "in Danish": "på dansk",
    "in English": "på engelsk",
    "No.": "Nr.",
    "Area": "Indsatsområde",
    "Årsværk": "Årsværk",
    "Core årsværk in all": "Kernens årsværk i alt",
    "funded from elsewhere": "finansieret andetsteds fra",
    "not stated": "ikke angivet",
    "Indicators over time": "Indikatorer over tid",
    "{level} by {due}": "{level} med frist {due}",
    "{indicator}: figures {figures}; target {targets}.": "{indicator}: målinger {figures}; mål {targets}.",
    "{indicator}: figures {figures}; no target level to draw.":
        "{indicator}: målinger {figures}; intet målniveau at tegne.",
    "target: {target}": "mål: {target}",
    "a measured figure": "måling",
    "the baseline": "udgangspunkt (startmåling)",
    "straight path from baseline to target": "lige linje fra udgangspunkt til mål",
    "the target": "mål",
    "the day judged": "dagen, status gælder for",
    "Success criteria": "Succeskriterier",
    "The plan states no success criteria.": "Planen angiver ingen succeskriterier.",
    "Target": "Mål",
    "Measured": "Målt",
    "From baseline (or 0) to target, ▼ measured": "Fra udgangspunkt (eller 0) til mål, ▼ målt",
    "Verdict": "Status",
    "{share} % of the way": "{share} % af vejen",
    "{share} % of the way, on track": "{share} % af vejen, på rette spor",
    "{share} % of the way, at risk": "{share} % af vejen, i risiko",
    "From {start} to the target {target}; measured {actual}.": "Fra {start} til målet {target}; målt {actual}.",
    "From {start} to the target {target}; nothing measured yet.": "Fra {start} til målet {target}; intet målt endnu.",
    "From {start}; target between {low} and {high}; measured {actual}.":
        "Fra {start}; mål mellem {low} og {high}; målt {actual}.",
    "From {start}; target between {low} and {high}; nothing measured yet.":
        "Fra {start}; mål mellem {low} og {high}; intet målt endnu.",
    "Findings of tfi check": "Fund fra tfi check",
    "No findings: the file passes tfi check without remarks.": "Ingen fund: filen består tfi check uden bemærkninger.",
    "Severity": "Alvor",
    "Line": "Linje",
    "Rule": "Regel",
    "Finding": "Fund",
    "Other files checked": "Andre kontrollerede filer",
    # charts (tfi_rules/report/charts.py)
    "{excess} årsværk over the capacity": "{excess} årsværk ud over kapaciteten",
    "{lack} årsværk not allotted": "{lack} årsværk ikke fordelt",
    "mandate: {capacity} årsværk": "mandat: {capacity} årsværk",
    "allotted: {total} årsværk": "fordelt: {total} årsværk",
    "The areas spend {spent} core årsværk of the mandate's {capacity}: {excess} årsværk more than the capacity.":
        "Indsatsområderne bruger {spent} årsværk af mandatets {capacity}: {excess} årsværk mere end kapaciteten.",
    "The areas spend {spent} core årsværk of the mandate's {capacity}: {lack} årsværk are not allotted.":
        "Indsatsområderne bruger {spent} årsværk af mandatets {capacity}: {lack} årsværk er ikke fordelt.",
    "The areas spend {spent} core årsværk of the mandate's {capacity}: they add up exactly.":
        "Indsatsområderne bruger {spent} årsværk af mandatets {capacity}: det går præcis op.",
    "time (a figure is placed at the end of the period it describes)":
        "tid (et tal er placeret ved slutningen af den periode, det beskriver)",
    "as of {day}": "pr. {day}",
    "target {level}": "mål {level}",
    "by {due}": "frist {due}",
    "stated end level: {level}": "angivet slutniveau: {level}",
    "target ≥ {value}": "mål ≥ {value}",
    "target ≤ {value}": "mål ≤ {value}",
    "per cent (%)": "procent (%)",
    "kroner": "kroner",
    "million kroner": "mio. kr.",
    "number": "antal",
    # decisions recorded on a criterion (report/html.py)
    "Reading confirmed against the source by {by} on {on}": "Læsningen er bekræftet mod kilden af {by} den {on}",
    "The source does not say how it is measured (decided by {by} on {on})":
        "Kilden siger ikke, hvordan det måles (besluttet af {by} den {on})",
}
