"""Danish for the rules' messages and hints (`tfi_rules/rules/`)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # capacity-balance
    "the areas spend {total} core årsværk, but the plan names no mandate to balance them against":
        "indsatsområderne bruger {total} årsværk af kernekapaciteten, men planen nævner intet mandat at afstemme dem mod",
    "add `mandate: <id of the mandate>` (e.g. biu-201-2006), "
    "or mark the areas `funding: {source: other, reference: ...}`":
        "tilføj `mandate: <mandatets id>` (fx biu-201-2006), "
        "eller markér indsatsområderne `funding: {source: other, reference: ...}`",
    "the mandate {mandate} gives no capacity on {day}, the plan's first day":
        "mandatet {mandate} giver ingen kapacitet den {day}, planens første dag",
    "check the plan's period, or add the capacity in force then to the mandate file":
        "ret planens periode, eller tilføj den kapacitet, der gælder da, i mandatfilen",
    "the mandate's capacity changes or ends during the plan's period ({start} – {end})":
        "mandatets kapacitet ændres eller ophører i planens periode ({start} – {end})",
    "split the plan at the date the capacity changes, or bring the mandate file up to date":
        "del planen på den dato, kapaciteten ændres, eller opdatér mandatfilen",
    "core årsværk add up to {total} ({sum}), but the mandate {mandate} gives {capacity} ({excess} too many)":
        "indsatsområderne bruger i alt {total} årsværk af mandatets kapacitet ({sum}), "
        "men mandatet {mandate} giver {capacity} ({excess} for mange)",
    "core årsværk add up to {total} ({sum}), but the mandate {mandate} gives {capacity} ({lack} too few)":
        "indsatsområderne bruger i alt {total} årsværk af mandatets kapacitet ({sum}), "
        "men mandatet {mandate} giver {capacity} ({lack} for få)",
    "change the areas' årsværk so they add up to {capacity}, "
    "or fund an area from elsewhere with `funding: {source: other, reference: ...}`":
        "ret indsatsområdernes årsværk, så de giver {capacity} i alt, "
        "eller finansiér et indsatsområde andetsteds fra med `funding: {source: other, reference: ...}`",
}
