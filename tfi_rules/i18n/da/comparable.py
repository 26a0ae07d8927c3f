"""Danish: what a figure counts, against its criterion (the verdict's "not comparable" reasons, the rules
measurement-comparable and measurement-derived)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # verdict/judge.py
    "a figure for {measured}, before the criterion's period ({wanted}): a baseline, not a result": (
        "et tal for {measured}, før kriteriets periode ({wanted}): et udgangspunkt, ikke et resultat"
    ),
    "another period: {measured}, the criterion {wanted}": "en anden periode: {measured}, kriteriet {wanted}",
    "another unit: {measured}, the target {wanted}": "en anden enhed: {measured}, målet {wanted}",
    "population": "population",
    "numerator": "tæller",
    "scale": "skala",
    "another {part}: '{measured}', the criterion '{wanted}'": "en anden {part}: '{measured}', kriteriet '{wanted}'",
    "counts something other than the criterion: {differences}": "tæller noget andet end kriteriet: {differences}",
    # rules/measurement_comparable.py
    "{measurement} does not say which {part} it counts, but {criterion} counts '{wanted}': "
    "the verdict cannot tell whether it answers the criterion": (
        "{measurement} siger ikke, hvilken {part} den tæller, men {criterion} tæller '{wanted}': "
        "vurderingen kan ikke afgøre, om den besvarer succeskriteriet"
    ),
    "add `counts: {{part}: {id: ...}}` in the source's words: the id `{id}` if it counts the "
    "same, another id if not (the verdict then says not comparable)": (
        "tilføj `counts: {{part}: {id: ...}}` med kildens ord: id'et `{id}`, hvis den tæller det samme, "
        "ellers et andet id (så siger vurderingen ikke sammenlignelig)"
    ),
    # rules/measurement_derived.py
    "{measurement} is derived but records no value to check": (
        "{measurement} er udledt, men angiver ingen værdi at kontrollere"
    ),
    "write the value the derivation gives in `value`": "skriv den værdi, udledningen giver, i `value`",
    "{measurement} is {value}, but its derivation ({how} of {ids}) gives {computed}": (
        "{measurement} er {value}, men udledningen ({how} af {ids}) giver {computed}"
    ),
    "write the value the derivation gives, or correct the measurements it names": (
        "skriv den værdi, udledningen giver, eller ret de målinger, den nævner"
    ),
    "{measurement} counts {names} more than once": "{measurement} tæller {names} mere end én gang",
    "list each name once": "nævn hvert navn én gang",
    "{measurement} is {value}, but the different names it lists are {count}: {names}": (
        "{measurement} er {value}, men de forskellige navne, den nævner, er {count}: {names}"
    ),
    "write the number of names in `value`, or list every name counted in `names`": (
        "skriv antallet af navne i `value`, eller nævn hvert navn, der tælles, i `names`"
    ),
    "{measurement} is a difference of {count} measurement": "{measurement} er en differens af {count} måling",
    "{measurement} is a difference of {count} measurements": "{measurement} er en differens af {count} målinger",
    "{measurement} is a sum of {count} measurement": "{measurement} er en sum af {count} måling",
    "{measurement} is a sum of {count} measurements": "{measurement} er en sum af {count} målinger",
    "name exactly two measurements in `of`, the first less the second": (
        "nævn præcis to målinger i `of`: den første minus den anden"
    ),
    "name the measurements added up in `of`": "nævn de målinger, der lægges sammen, i `of`",
    "{measurement} is worked out from {part}, which is not a measurement with a figure in this file": (
        "{measurement} er udregnet af {part}, som ikke er en måling med et tal i denne fil"
    ),
    "name a measurement of this file that records a value, or a numerator and a denominator": (
        "nævn en måling i denne fil, der angiver en værdi eller en tæller og en nævner"
    ),
    "{measurement} is worked out from itself: {circle}": "{measurement} er udregnet af sig selv: {circle}",
    "work a figure out from figures the source prints, not from itself": (
        "udregn et tal af tal, som kilden trykker, ikke af tallet selv"
    ),
    "{measurement} is in {unit}, but {part}, which it is worked out from, is in {other}": (
        "{measurement} er i {unit}, men {part}, som den er udregnet af, er i {other}"
    ),
    "work a figure out only from figures in its own unit": "udregn kun et tal af tal i dets egen enhed",
    "{measurement} is {value}, but {count} of the names it lists are not among the earlier ones: {names}": (
        "{measurement} er {value}, men {count} af de navne, den nævner, er ikke blandt de tidligere: {names}"
    ),
    "write the number of new names in `value`, or list the earlier names in `among`": (
        "skriv antallet af nye navne i `value`, eller nævn de tidligere navne i `among`"
    ),
}
