"""Danish for the rules' messages and hints (`tfi_rules/rules/`)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # capacity-balance
    "the areas spend {total} core årsværk, but the plan names no mandate to balance them against": "indsatsområderne bruger {total} årsværk af kernekapaciteten, men planen nævner intet mandat at afstemme dem mod",
    "add `mandate: <id of the mandate>` (e.g. biu-201-2006), "
    "or mark the areas `funding: {source: other, reference: ...}`": "tilføj `mandate: <mandatets id>` (fx biu-201-2006), "
    "eller markér indsatsområderne `funding: {source: other, reference: ...}`",
    "the mandate {mandate} gives no capacity on {day}, the plan's first day": "mandatet {mandate} giver ingen kapacitet den {day}, planens første dag",
    "check the plan's period, or add the capacity in force then to the mandate file": "ret planens periode, eller tilføj den kapacitet, der gælder da, i mandatfilen",
    "the mandate's capacity changes or ends during the plan's period ({start} – {end})": "mandatets kapacitet ændres eller ophører i planens periode ({start} – {end})",
    "split the plan at the date the capacity changes, or bring the mandate file up to date": "del planen på den dato, kapaciteten ændres, eller opdatér mandatfilen",
    "core årsværk add up to {total} ({sum}), but the mandate {mandate} gives {capacity} ({excess} too many)": "indsatsområderne bruger i alt {total} årsværk af mandatets kapacitet ({sum}), "
    "men mandatet {mandate} giver {capacity} ({excess} for mange)",
    "core årsværk add up to {total} ({sum}), but the mandate {mandate} gives {capacity} ({lack} too few)": "indsatsområderne bruger i alt {total} årsværk af mandatets kapacitet ({sum}), "
    "men mandatet {mandate} giver {capacity} ({lack} for få)",
    "change the areas' årsværk so they add up to {capacity}, "
    "or fund an area from elsewhere with `funding: {source: other, reference: ...}`": "ret indsatsområdernes årsværk, så de giver {capacity} i alt, "
    "eller finansiér et indsatsområde andetsteds fra med `funding: {source: other, reference: ...}`",
    # suggest (tfi_rules/suggest.py; "did you mean" after an unknown id, in the reference and waiver rules)
    "; did you mean {names}?": "; mente du {names}?",
    "or": "eller",
    # decisions-valid
    "the area '{area}' records the decision about {about} twice (the first is decision {first})": "indsatsområdet '{area}' har beslutningen om {about} to gange (den første er beslutning {first})",
    "the criterion '{criterion}' records the decision about {about} twice "
    "(the first is decision {first})": "succeskriteriet '{criterion}' har beslutningen om {about} to gange "
    "(den første er beslutning {first})",
    "keep one decision for each question; put what the other adds into its `note`": "behold én beslutning for hvert spørgsmål; skriv det, den anden tilføjer, i dens `note`",
    "the area '{area}' has success criteria, but a decision records that the source gives "
    "it none": "indsatsområdet '{area}' har succeskriterier, men en beslutning siger, at kilden ikke giver det nogen",
    "remove the decision if the criteria are the source's; if the source really gives none, "
    "remove the criteria": "fjern beslutningen, hvis succeskriterierne er kildens; giver kilden virkelig ingen, "
    "så fjern succeskriterierne",
    "the criterion '{criterion}' says how it is measured, but a decision records that the source "
    "does not say": "succeskriteriet '{criterion}' siger, hvordan det måles, men en beslutning siger, at kilden "
    "ikke gør",
    "remove the decision if the source says how; otherwise remove `measured_by` or `indicator`": "fjern beslutningen, hvis kilden siger hvordan; ellers fjern `measured_by` eller `indicator`",
    "the criterion '{criterion}' has no reading read from context, but a decision confirms one": "succeskriteriet '{criterion}' har ingen læsning ud fra sammenhængen, men en beslutning bekræfter en",
    "remove the decision, or mark the target `inferred: true` if its comparison was read from context": "fjern beslutningen, eller markér målet `inferred: true`, hvis dets sammenligning er læst ud fra sammenhængen",
    # area-without-criteria
    "the area '{area}' has no success criteria, so no one can tell whether it delivered": "indsatsområdet '{area}' har ingen succeskriterier, så ingen kan se, om det har leveret noget",
    "the area '{area}' spends {allocation} årsværk but has no success criteria, "
    "so no one can tell whether it delivered": "indsatsområdet '{area}' bruger {allocation} årsværk, men har ingen succeskriterier, "
    "så ingen kan se, om det har leveret noget",
    "add the source's success criteria under `criteria:`; if the source gives none, record that: "
    "`decisions: [{about: criteria, by: <who>, on: <YYYY-MM-DD>, note: <where in the source>}]`": "tilføj kildens succeskriterier under `criteria:`; angiver kilden ingen, så skriv det: "
    "`decisions: [{about: criteria, by: <hvem>, on: <ÅÅÅÅ-MM-DD>, note: <hvor i kilden>}]`",
    # budget-sums
    "the budget total": "budgettet i alt",
    'the budget total ("{text}")': 'budgettet i alt ("{text}")',
    "{count} amount": "{count} beløb",
    "{count} amounts": "{count} beløb",
    "{count} column": "{count} kolonne",
    "{count} columns": "{count} kolonner",
    "{name} has {amounts}, but the budget has no `columns`": "{name} har {amounts}, men budgettet har ingen `columns`",
    "add the column headings to `budget.columns`, or write a single `amount:`": "tilføj kolonneoverskrifterne i `budget.columns`, eller skriv ét enkelt `amount:`",
    "{name} has {amounts}, but the budget has {columns} ({headings})": "{name} har {amounts}, men budgettet har {columns} ({headings})",
    'write one amount per column, null where the source prints "-"': 'skriv ét beløb pr. kolonne, og null hvor kilden skriver "-"',
    "column {heading}": "kolonne {heading}",
    "amount": "beløb",
    "total": "i alt",
    "… ({count} more)": "… ({count} til)",
    "nothing": "ingenting",
    "{name}: {column} {stated} but {addition} = {computed} {unit} ({difference} more than stated)": "{name}: {column} er {stated}, men {addition} = {computed} {unit} ({difference} mere end angivet)",
    "{name}: {column} {stated} but {addition} = {computed} {unit} ({difference} less than stated)": "{name}: {column} er {stated}, men {addition} = {computed} {unit} ({difference} mindre end angivet)",
    "check the figures against the source table; if the source's own sum is wrong, keep its figures "
    "and add a waiver citing it": "kontrollér tallene mod kildens tabel; er kildens egen sum forkert, så behold dens tal "
    "og tilføj en dispensation, der henviser til den",
    "; rounding of the printed figures explains at most {slack}": "; afrunding af de trykte tal forklarer højst {slack}",
    "; {total} agrees with the line items beneath this subtotal, so the subtotal is the figure that "
    "disagrees": "; {total} stemmer med linjerne under denne subtotal, så det er subtotalen, der ikke stemmer",
    # budget-rounding
    "{name}: {column} {stated}, while {addition} = {computed} {unit}: the difference of {difference} is "
    "within the rounding of the printed figures (at most {slack})": "{name}: {column} er {stated}, mens {addition} = {computed} {unit}: forskellen på {difference} "
    "ligger inden for afrundingen af de trykte tal (højst {slack})",
    "nothing to correct if the source prints these figures: keep them as printed": "intet at rette, hvis kilden trykker disse tal: behold dem, som de står",
    # change-target
    "the range of {criterion} runs from {min} down to {max}: the lower bound is above the upper bound": "intervallet for {criterion} går fra {min} ned til {max}: den nedre grænse ligger over den øvre",
    "swap `min` and `max`": "byt om på `min` og `max`",
    "{start} + {amount} percentage points = {end}": "{start} + {amount} procentpoint = {end}",
    "{start} - {amount} percentage points = {end}": "{start} - {amount} procentpoint = {end}",
    "{start} increased by {amount} % of itself = {end}": "{start} øget med {amount} % af sig selv = {end}",
    "{start} reduced by {amount} % of itself = {end}": "{start} reduceret med {amount} % af sig selv = {end}",
    "{criterion} is a change by {amount} but has no baseline to start from": "succeskriteriet {criterion} er en ændring på {amount}, men har intet udgangspunkt at regne fra",
    "{criterion} is a change to an end level but has no baseline to start from": "succeskriteriet {criterion} er en ændring til et slutniveau, men har intet udgangspunkt at regne fra",
    "add `baseline: {value: ..., date: ..., method: ...}` with the starting level, when and how it was measured": "tilføj `baseline: {value: ..., date: ..., method: ...}` med startniveauet, og hvornår og hvordan "
    "det blev målt",
    "check `direction` (increase or decrease), the baseline and the end level against the source": "kontrollér `direction` (increase eller decrease), udgangspunktet og slutniveauet mod kilden",
    ' The wording says "ca.", but the end level is compared exactly.': ' Ordlyden siger "ca.", men slutniveauet sammenlignes nøjagtigt.',
    "{criterion}: {arithmetic}, but the stated end level is {stated}.{approximate}": "{criterion}: {arithmetic}, men det angivne slutniveau er {stated}.{approximate}",
    "encode what the source says and add a waiver citing it, or correct the figure the encoding got wrong "
    "(baseline, `by`, `mode` or `end_level`)": "indkod det, kilden siger, og tilføj en dispensation, der henviser til den, eller ret det tal, "
    "der er indkodet forkert (udgangspunktet, `by`, `mode` eller `end_level`)",
    "{criterion} is to increase from {start}, but its end level {end} is the same": "succeskriteriet {criterion} skal stige fra {start}, men slutniveauet {end} er det samme",
    "{criterion} is to increase from {start}, but its end level {end} is lower": "succeskriteriet {criterion} skal stige fra {start}, men slutniveauet {end} er lavere",
    "{criterion} is to decrease from {start}, but its end level {end} is the same": "succeskriteriet {criterion} skal falde fra {start}, men slutniveauet {end} er det samme",
    "{criterion} is to decrease from {start}, but its end level {end} is higher": "succeskriteriet {criterion} skal falde fra {start}, men slutniveauet {end} er højere",
    ": from {start} that ends at {points} in percentage points but at {relative} as a relative change": ": fra {start} ender det på {points} i procentpoint, men på {relative} som relativ ændring",
    " (the stated end level {end} fits {mode})": " (det angivne slutniveau {end} passer med {mode})",
    " (the stated end level {end} fits neither)": " (det angivne slutniveau {end} passer med ingen af dem)",
    "{criterion} is to increase by {amount} without saying in what{detail}": "succeskriteriet {criterion} skal stige med {amount} uden at sige, "
    "om det er procentpoint eller procent{detail}",
    "{criterion} is to decrease by {amount} without saying in what{detail}": "succeskriteriet {criterion} skal falde med {amount} uden at sige, "
    "om det er procentpoint eller procent{detail}",
    "add `mode: percentage_points` when the source says procentpoint, "
    "or `mode: relative_percent` when it says pct. or % of the level": "tilføj `mode: percentage_points`, når kilden siger procentpoint, "
    "eller `mode: relative_percent`, når den siger pct. eller % af niveauet",
    # criterion-inferred-threshold
    "between {min} and {max}": "mellem {min} og {max}",
    "at least {value}": "mindst {value}",
    "at most {value}": "højst {value}",
    "exactly {value}": "præcis {value}",
    '{criterion} is read as {reading}; the wording has no "mindst"/"højst": "{text}"': 'succeskriteriet {criterion} er læst som {reading}; ordlyden har hverken "mindst" eller "højst": "{text}"',
    "confirm the reading against the source; if the number is a maximum or exact, change `kind`": "bekræft læsningen mod kilden; er tallet et maksimum eller et eksakt tal, så ret `kind`",
    # criterion-measurable
    '{criterion} is qualitative, but its wording states a number ("{phrase}")': 'succeskriteriet {criterion} er kvalitativt, men ordlyden nævner et tal ("{phrase}")',
    "give it a numeric target, e.g. `target: {kind: at_least, value: ..., unit: count, counted: ...}`, "
    "or say in `reason` why the number is not a target": "giv det et måltal, fx `target: {kind: at_least, value: ..., unit: count, counted: ...}`, "
    "eller forklar i `reason`, hvorfor tallet ikke er et mål",
    "{criterion} does not say how it is measured": "succeskriteriet {criterion} siger ikke, hvordan det måles",
    "add `measured_by:` (count, survey, register, report, attendance, assessment or indicator), "
    "or `indicator:` with the id of the indicator that measures it": "tilføj `measured_by:` (count, survey, register, report, attendance, assessment eller indicator), "
    "eller `indicator:` med id'et på den indikator, der måler det",
    "{criterion} is measured by an indicator but does not name which": "succeskriteriet {criterion} måles med en indikator, men siger ikke hvilken",
    "add `indicator:` with the id of an indicator listed under a plan's `indicators:`": "tilføj `indicator:` med id'et på en indikator, der står under `indicators:` i en plan",
    # hours-within-allocation
    "the split '{split}' says {hours} hours a week ({from_hours} årsværk at {norm} hours per årsværk) "
    "and {allocation} årsværk; they disagree": "delen '{split}' angiver {hours} timer ugentligt ({from_hours} årsværk ved {norm} timer pr. årsværk) "
    "og {allocation} årsværk; de to stemmer ikke overens",
    "give the split in one unit only, as the source states it": "angiv kun delen i én enhed, sådan som kilden gør",
    "the area '{area}' splits its time into {count} part(s) but has no `årsværk` for them to fit in": "indsatsområdet '{area}' deler sin tid i {count} del(e), men har ingen `årsværk`, de kan passe ind i",
    "add the area's `årsværk` as the source states it, or move the parts into the area's `note`": "tilføj indsatsområdets `årsværk`, som kilden angiver dem, eller flyt delene til indsatsområdets `note`",
    "the earmarked parts of '{area}' add up to {total} årsværk ({total_hours} hours a week{parts}), "
    "more than the area's {allocation} årsværk ({allocation_hours} hours a week at {norm} hours per årsværk)": "de øremærkede dele af '{area}' giver {total} årsværk i alt ({total_hours} timer ugentligt{parts}), "
    "mere end indsatsområdets {allocation} årsværk ({allocation_hours} timer ugentligt ved {norm} timer "
    "pr. årsværk)",
    "check the hours against the source; the area's {allocation} årsværk holds at most {hours} hours a week": "kontrollér timerne mod kilden; indsatsområdets {allocation} årsværk rummer højst {hours} timer ugentligt",
    "{hours} hours": "{hours} timer",
    # indicator-reference
    "{criterion} names the indicator '{indicator}', which no plan declares": "succeskriteriet {criterion} henviser til indikatoren '{indicator}', som ingen plan definerer",
    "write the id of an indicator listed under `indicators:` in a plan, or declare it there": "skriv id'et på en indikator, der står under `indicators:` i en plan, eller definér den dér",
    # mandate-reference
    "the mandates are {mandates}": "mandaterne er {mandates}",
    "no mandate file was found": "der blev ikke fundet nogen mandatfil",
    "the plan names the mandate '{mandate}', which does not exist": "planen henviser til mandatet '{mandate}', som ikke findes",
    "write the id of a mandate file (kind: mandate), e.g. biu-201-2006": "skriv id'et på en mandatfil (kind: mandate), fx biu-201-2006",
    "the area '{area}' is paid from the mandate's capacity but states no `årsværk`, "
    "so the balance counts it as none": "indsatsområdet '{area}' betales af mandatets kapacitet, men angiver ingen `årsværk`, "
    "så balancen regner det som nul",
    "add `årsværk:` as the source states it (0 if it has none), "
    "or mark it `funding: {source: other, reference: ...}`": "tilføj `årsværk:`, som kilden angiver dem (0, hvis den ingen angiver), "
    "eller markér det `funding: {source: other, reference: ...}`",
    "the area '{area}' is paid from elsewhere but does not say by what": "indsatsområdet '{area}' finansieres andetsteds fra, men siger ikke hvorfra",
    "add `reference:` naming the decision or budget that pays, e.g. BIU 19.06.2008 dagsordenspunkt 12": "tilføj `reference:` med den beslutning eller det budget, der betaler, fx BIU 19.06.2008 dagsordenspunkt 12",
    # measurement-consistency
    "the parts of {measurement} add up to {sum} = {total}, but its value is {value}": "delene af målingen {measurement} giver {sum} = {total}, men dens værdi er {value}",
    "check the parts and the value against the source; if the source's own sum is wrong, "
    "keep its figures and add a waiver citing it": "kontrollér delene og værdien mod kilden; er kildens egen sum forkert, "
    "så behold dens tal og tilføj en dispensation, der henviser til den",
    "{measurement} has a numerator but no denominator": "målingen {measurement} har en tæller, men ingen nævner",
    "{measurement} has a denominator but no numerator": "målingen {measurement} har en nævner, men ingen tæller",
    "a share needs both: how many (`numerator`) of how many (`denominator`)": "en andel kræver begge dele: hvor mange (`numerator`) ud af hvor mange (`denominator`)",
    "{measurement} gives {value} %, but {numerator} of {denominator} is {share} % "
    "(compared exactly, so a rounded percentage differs too)": "målingen {measurement} angiver {value} %, men {numerator} ud af {denominator} er {share} % "
    "(der sammenlignes nøjagtigt, så en afrundet procent afviger også)",
    "keep `numerator` and `denominator` (the verdict computes the share exactly) and leave `value` "
    "out, or add a waiver citing the source's rounded figure": "behold `numerator` og `denominator` (vurderingen beregner andelen nøjagtigt) og udelad `value`, "
    "eller tilføj en dispensation, der henviser til kildens afrundede tal",
    "{measurement} reports nothing: no value, no numerator and denominator, no done, no assessment": "målingen {measurement} oplyser ingenting: hverken værdi, tæller og nævner, done eller vurdering",
    "add the figure (`value` and `unit`), the share (`numerator`, `denominator`), `done: true/false` "
    "or the recorded `assessment`": "tilføj tallet (`value` og `unit`), andelen (`numerator`, `denominator`), `done: true/false` "
    "eller den registrerede vurdering (`assessment`)",
    # measurement-id-unique
    "the measurement id '{measurement}' is already used in {file}": "målings-id'et '{measurement}' er allerede brugt i {file}",
    "give this measurement its own id (ids are unique across all measurement files)": "giv denne måling sit eget id (et id må kun bruges én gang på tværs af alle målingsfiler)",
    "the measurement id '{measurement}' is used twice in this file (first at measurement {number})": "målings-id'et '{measurement}' er brugt to gange i denne fil (første gang ved måling nr. {number})",
    "give each measurement its own id": "giv hver måling sit eget id",
    # measurement-method
    "{measurement} does not say how it was measured, but the baseline of {criterion} "
    'was measured by "{method}": the verdict will judge it not comparable': "målingen {measurement} siger ikke, hvordan den er målt, men udgangspunktet for {criterion} "
    'blev målt med "{method}": vurderingen vil finde den ikke sammenlignelig',
    "add `method: {method}` if the figure was measured that way; otherwise say how it was": "tilføj `method: {method}`, hvis tallet er målt sådan; skriv ellers, hvordan det blev målt",
    " (they differ only in case or spacing, but the verdict compares them exactly)": " (de adskiller sig kun i store og små bogstaver eller mellemrum, men vurderingen sammenligner dem "
    "nøjagtigt)",
    '{measurement} was measured by "{method}", but the baseline of {criterion} by "{baseline}": '
    "the verdict will judge it not comparable": 'målingen {measurement} er målt med "{method}", men udgangspunktet for {criterion} med "{baseline}": '
    "vurderingen vil finde den ikke sammenlignelig",
    "if it is the same method, write it exactly as the baseline does; "
    "if not, the figure cannot show the change": "er det samme metode, så skriv den nøjagtigt som ved udgangspunktet; "
    "hvis ikke, kan tallet ikke vise ændringen",
    # measurement-reference
    "{measurement} names neither an indicator nor a criterion, so no target can use it": "målingen {measurement} henviser hverken til en indikator eller et succeskriterium, "
    "så intet mål kan bruge den",
    "add `indicator: <id>` (from a plan's `indicators`) or `criterion: <plan-id>/<criterion-id>`": "tilføj `indicator: <id>` (fra en plans `indicators`) eller `criterion: <plan-id>/<criterion-id>`",
    "{measurement} names the indicator '{indicator}', which no plan declares": "målingen {measurement} henviser til indikatoren '{indicator}', som ingen plan definerer",
    "write the plan's id, a slash and the id of one of its criteria (sub-criteria count too)": "skriv planens id, en skråstreg og id'et på et af dens succeskriterier (delkriterier tæller også)",
    "{measurement} names the criterion '{reference}', but there is no plan '{plan}'": "målingen {measurement} henviser til succeskriteriet '{reference}', men der findes ingen plan '{plan}'",
    "{measurement} names the criterion '{reference}', but the plan {plan} has no criterion '{criterion}'": "målingen {measurement} henviser til succeskriteriet '{reference}', men planen {plan} har intet "
    "succeskriterium '{criterion}'",
    # measurement-unit
    "per cent": "procent",
    "a count": "antal",
    "{measurement} has the value {value} but no unit": "målingen {measurement} har værdien {value}, men ingen enhed",
    "add `unit:` percent, count, kr or mio_kr": "tilføj `unit:` percent, count, kr eller mio_kr",
    "{measurement} is a share ({numerator} of {denominator}) but its unit is {unit}": "målingen {measurement} er en andel ({numerator} ud af {denominator}), men enheden er {unit}",
    "write `unit: percent` for a share; a plain count goes in `value` without numerator and denominator": "skriv `unit: percent` for en andel; et almindeligt antal skrives i `value` uden tæller og nævner",
    "{measurement} is in {unit}, but the target of {criterion} is in {expected}": "målingen {measurement} er opgjort i {unit}, men målet for {criterion} er opgjort i {expected}",
    "record the figure the target asks for (in {expected}), or name the criterion it does measure": "registrér det tal, målet spørger efter (i {expected}), eller henvis til det succeskriterium, "
    "tallet faktisk måler",
    "{measurement} is in {unit}, but the indicator {indicator} is in {expected}": "målingen {measurement} er opgjort i {unit}, men indikatoren {indicator} er opgjort i {expected}",
    "record the figure in {expected}, or name the indicator it does measure": "registrér tallet i {expected}, eller henvis til den indikator, tallet faktisk måler",
    # of-which-fits
    "{criterion} counts {counted} in {unit}, but its parent {parent} counts it in {parent_unit}": "delkriteriet {criterion} tæller {counted} i enheden {unit}, men det overordnede kriterium {parent} "
    "tæller i enheden {parent_unit}",
    "the same thing": "det samme",
    "write `unit: {unit}` if it is a part of the parent, or say in `counted` what else it counts": "skriv `unit: {unit}`, hvis det er en del af det overordnede kriterium, eller skriv i `counted`, "
    "hvad det ellers tæller",
    "the sub-criteria of {parent} need at least {need}{addition}, more than the parent's at least {whole}": "delkriterierne under {parent} kræver mindst {need}{addition}, "
    "mere end de mindst {whole} i det overordnede kriterium",
    "the sub-criteria of {parent} need at least {need}{addition}, but {parent} allows at most {whole}": "delkriterierne under {parent} kræver mindst {need}{addition}, men {parent} tillader højst {whole}",
    'check the numbers against the source: "hvoraf" parts are counted inside their parent; '
    "if a sub-criterion counts something else, say so in its `counted`": 'kontrollér tallene mod kilden: "hvoraf"-dele tælles med inden for det overordnede kriterium; '
    "tæller et delkriterium noget andet, så skriv det i dets `counted`",
    "{criterion} allows at most {part}, more than its parent {parent} allows in all ({whole})": "delkriteriet {criterion} tillader højst {part}, "
    "mere end det overordnede kriterium {parent} tillader i alt ({whole})",
    "check the numbers against the source: a part cannot be larger than its whole": "kontrollér tallene mod kilden: en del kan ikke være større end helheden",
    # period-sanity
    "the plan's period ends on {end}, before it starts on {start}": "planens periode slutter den {end}, før den begynder den {start}",
    "check the years and the order: `period: {start: <first day>, end: <last day>}`": "kontrollér årstallene og rækkefølgen: `period: {start: <første dag>, end: <sidste dag>}`",
    "the plan starts on {start}, before the mandate {mandate} gives any capacity (from {first})": "planen begynder den {start}, før mandatet {mandate} giver nogen kapacitet (fra {first})",
    "check the plan's start, or name the mandate in force then": "kontrollér planens start, eller henvis til det mandat, der gjaldt dengang",
    "the plan ends on {end}, after the mandate {mandate} stops giving capacity ({last})": "planen slutter den {end}, efter at mandatet {mandate} er holdt op med at give kapacitet ({last})",
    "check the plan's end, or bring the mandate file up to date with the decision that extended it": "kontrollér planens slutdato, eller opdatér mandatfilen med den beslutning, der forlængede mandatet",
    "{criterion} is due {due} (by {by}), before the plan starts on {start}": "succeskriteriet {criterion} har frist {due} (senest {by}), før planen begynder den {start}",
    "check the year of `due`; a target met before the plan starts is not the plan's target": "kontrollér årstallet i `due`; et mål, der nås, før planen begynder, er ikke planens mål",
    "{criterion} is due {due}, more than {years} years after the plan ends on {end}": "succeskriteriet {criterion} har frist {due}, mere end {years} år efter at planen slutter den {end}",
    "check the year of `due`": "kontrollér årstallet i `due`",
    "{criterion}'s baseline is from {baseline}, after the plan ends on {end}": "udgangspunktet for succeskriteriet {criterion} er fra {baseline}, efter at planen slutter den {end}",
    "a baseline is measured before the change it starts; check its date": "et udgangspunkt måles, før ændringen begynder; kontrollér datoen",
    "{criterion}'s baseline is from {baseline}, after the criterion is due ({due})": "udgangspunktet for succeskriteriet {criterion} er fra {baseline}, efter dets frist ({due})",
    "a baseline is measured before the change it starts; check its date and `due`": "et udgangspunkt måles, før ændringen begynder; kontrollér datoen og `due`",
    # plan-id-filename
    "the plan's id '{plan}' differs from its file name '{stem}'": "planens id '{plan}' er ikke det samme som filnavnet '{stem}'",
    'write `id: "{stem}"`, or rename the file to {plan}.yaml '
    "(measurements name the plan by its id: change them too)": 'skriv `id: "{stem}"`, eller omdøb filen til {plan}.yaml '
    "(målinger henviser til planen med dens id: ret dem også)",
    # plan-id-unique
    "the plan id '{plan}' is already used by {file}": "plan-id'et '{plan}' er allerede brugt af {file}",
    "give each plan file an id of its own (by convention its file name without .yaml)": "giv hver planfil sit eget id (efter konvention filnavnet uden .yaml)",
    "the indicator '{indicator}' is already declared in {file}": "indikatoren '{indicator}' er allerede defineret i {file}",
    "declare an indicator in one plan only; criteria of any plan may name it, "
    "or give this one another id if it measures something else": "definér kun indikatoren i én plan; succeskriterier i alle planer kan henvise til den. "
    "Måler denne noget andet, så giv den et andet id",
    # share-range
    "{what} is {value} %, more than 100 %: a share lies between 0 and 100": "{what} er {value} %, mere end 100 %: en andel ligger mellem 0 og 100",
    "{what} is {value} %, less than 0 %: a share lies between 0 and 100": "{what} er {value} %, mindre end 0 %: en andel ligger mellem 0 og 100",
    "check the figure against the source; a count belongs in `unit: count`, not `unit: percent`": "kontrollér tallet mod kilden; et antal hører til i `unit: count`, ikke i `unit: percent`",
    "the target of {criterion}": "måltallet for {criterion}",
    "the lower bound of {criterion}": "den nedre grænse for {criterion}",
    "the upper bound of {criterion}": "den øvre grænse for {criterion}",
    "the end level of {criterion}": "slutniveauet for {criterion}",
    "the baseline of {criterion}": "udgangspunktet for {criterion}",
    "{criterion} is a share of the group set by criterion '{group}', "
    "but this plan has no criterion with that id": "succeskriteriet {criterion} måler en andel af den gruppe, som succeskriteriet '{group}' fastsætter, "
    "men planen har intet succeskriterium med det id",
    "write the id of the criterion in this plan whose target is the group's size, or leave `criterion` out": "skriv id'et på det succeskriterium i denne plan, hvis mål er gruppens størrelse, eller udelad `criterion`",
    "{criterion} is a share of a group of {size}{wording}, "
    "but criterion {group}, which sets the group, aims at {aim}": "succeskriteriet {criterion} måler en andel af en gruppe på {size}{wording}, "
    "men succeskriteriet {group}, som fastsætter gruppen, sigter mod {aim}",
    "make the two agree: correct `population.value` or the target of {group}, "
    "and note which one the source says": "få de to til at stemme overens: ret `population.value` eller målet for {group}, "
    "og notér, hvilket tal kilden angiver",
    "the value of {measurement}": "værdien af målingen {measurement}",
    "{measurement} is {numerator} of 0: a share of nobody has no value": "målingen {measurement} er {numerator} ud af 0: en andel af ingen har ingen værdi",
    "check the figures against the source; leave numerator and denominator out if it gives none": "kontrollér tallene mod kilden; udelad tæller og nævner, hvis kilden ikke angiver nogen",
    "{measurement} is {numerator} of {denominator}: the part is bigger than the whole": "målingen {measurement} er {numerator} ud af {denominator}: delen er større end helheden",
    "`numerator` is how many (35 of 36 → 35), `denominator` of how many (→ 36); check they are not swapped": "`numerator` er hvor mange (35 ud af 36 → 35), `denominator` ud af hvor mange (→ 36); "
    "kontrollér, at de ikke er byttet om",
    # unique-ids
    "the area id '{id}' is used twice; the first is at {first}": "id'et '{id}' er brugt af to indsatsområder; det første står ved {first}",
    "give this area an id of its own (measurements and waivers name it by id)": "giv dette indsatsområde sit eget id (målinger og dispensationer henviser til det med id'et)",
    "the criterion id '{id}' is used twice; the first is at {first}": "id'et '{id}' er brugt af to succeskriterier; det første står ved {first}",
    "give this criterion an id of its own (measurements and waivers name it by id)": "giv dette succeskriterium sit eget id (målinger og dispensationer henviser til det med id'et)",
    "the indicator id '{id}' is used twice; the first is at {first}": "id'et '{id}' er brugt af to indikatorer; den første står ved {first}",
    "give this indicator an id of its own (measurements and waivers name it by id)": "giv denne indikator sit eget id (målinger og dispensationer henviser til den med id'et)",
    "the budget line id '{id}' is used twice; the first is at {first}": "id'et '{id}' er brugt af to budgetlinjer; den første står ved {first}",
    "give this budget line an id of its own (measurements and waivers name it by id)": "giv denne budgetlinje sit eget id (målinger og dispensationer henviser til den med id'et)",
    # waiver-unused
    "the waiver of {rule} at '{applies_to}' covers no finding": "dispensationen fra {rule} for '{applies_to}' dækker intet fund",
    "the waiver of {rule} in this file covers no finding": "dispensationen fra {rule} i denne fil dækker intet fund",
    "remove the waiver if the problem it excused is gone; check `rule` and `applies_to` if it should "
    "still cover one": "fjern dispensationen, hvis det problem, den dækkede, er væk; kontrollér `rule` og `applies_to`, "
    "hvis den stadig skal dække et fund",
    "it covers only findings at exactly the place it names; its rule's findings inside that place are at "
    "{pointers}: name those the reason is about in `applies_to`, or write `scope: within` if it is "
    "meant for every finding inside": "den dækker kun fund præcis dér, hvor den peger; reglens fund inden for "
    "stedet står ved {pointers}: skriv dem, begrundelsen handler om, i `applies_to`, eller skriv `scope: within`, "
    "hvis den skal dække alle fund inden for stedet",
    # waiver-valid
    "the waiver names the rule '{rule}', which does not exist": "dispensationen henviser til reglen '{rule}', som ikke findes",
    "write the id of a rule as `tfi rules` lists it, or `verdict` to waive a criterion's verdict": "skriv id'et på en regel, sådan som `tfi rules` viser det, eller `verdict` for at dispensere fra et succeskriteriums vurdering",
    "the waiver applies to '{applies_to}', which names nothing in this file": "dispensationen gælder '{applies_to}', som ikke findes i denne fil",
    "write the id of an area, criterion, budget line or measurement in this file, "
    "a JSON pointer such as /areas/0, or leave `applies_to` out for the whole file": "skriv id'et på et indsatsområde, et succeskriterium, en budgetlinje eller en måling i denne fil, "
    "en JSON-pointer som /areas/0, eller udelad `applies_to` for at dække hele filen",
    "the waiver of {rule} expired on {expires}, so it covers nothing": "dispensationen fra {rule} udløb den {expires}, så den dækker intet",
    "renew it with a new `expires` date if the exception still holds, or remove it": "forny den med en ny `expires`-dato, hvis undtagelsen stadig gælder, eller fjern den",
    # wording-number
    'the target of {criterion} is {number}, but its wording states {stated}: "{wording}"': 'målet for succeskriteriet {criterion} er {number}, men ordlyden nævner {stated}: "{wording}"',
    "make the target and the wording agree; where the source itself states a number its wording "
    "does not, add a waiver citing the source": "få målet og ordlyden til at stemme overens; hvor kilden selv angiver et tal, som ordlyden ikke nævner, "
    "tilføj en dispensation med henvisning til kilden",
    # change-target: readings (issue 14 item 3)
    "{criterion} has the reading {reading}, but not the number it reads": "{criterion} har læsningen {reading}, men ikke det tal, den læser",
    "add `end_level` for the end_level reading, `by` for percentage_points or relative_percent, or remove the reading": "tilføj `end_level` for læsningen end_level, `by` for percentage_points eller relative_percent, "
    "eller fjern læsningen",
}
