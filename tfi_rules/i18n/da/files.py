"""Danish for reading and validating files: the loader, the schema check, the models, configuration and paths (tfi_rules/loader.py, validation.py, model/, config.py, discovery.py, engine.py, waivers.py, suggest.py).

Words used throughout: a YAML mapping is "et afsnit med nøgler" (readers are
coordinators, not programmers), a list item is "et punkt", and numbers or
dates suggested for the file keep their YAML form (`1.5`, `2007-06-25`): they
are what the user must type. Raw words from libyaml, tomllib, pydantic or the
operating system are English in every language; they are quoted after a
Danish sentence that says what went wrong.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # loader.py: files that cannot be read
    "cannot read '{name}': {reason}": "kan ikke læse '{name}': {reason}",
    "cannot read '{name}': {system_message}": "kan ikke læse '{name}'; styresystemet svarer: '{system_message}'",
    "check the path and that the file can be read": "kontrollér stien, og at filen kan læses",
    "the path contains a NUL character": "stien indeholder et NUL-tegn",
    "it is a directory, not a file": "det er en mappe, ikke en fil",
    "it is not a regular file (a pipe, socket or device)": "det er ikke en almindelig fil (men en pipe, en socket eller en enhed)",
    "the file does not exist": "filen findes ikke",
    "permission denied": "adgang nægtet",
    "a part of the path is not a directory": "en del af stien er ikke en mappe",
    "the path is a loop of symbolic links": "stien er en løkke af symbolske links",
    "the path is too long": "stien er for lang",
    # loader.py: size and depth
    "the file is {size} bytes; a plan may be at most {limit} bytes": "filen fylder {size} byte; en plan må højst fylde {limit} byte",
    "split the plan or remove pasted material; plans are a few kilobytes": "del planen op, eller fjern indsat materiale; en plan fylder nogle få kilobyte",
    "the file needs too much memory to be read": "filen kræver for meget hukommelse til at kunne læses",
    "the file nests too deeply to be read": "filen har for mange niveauer inden i hinanden til at kunne læses",
    "keep lists and mappings within {depth} levels": "hold lister og afsnit inden for {depth} niveauer",
    "lists and mappings nest more than {depth} levels deep here": "lister og afsnit ligger mere end {depth} niveauer inden i hinanden her",
    "flatten the structure; plans need only a few levels": "gør strukturen fladere; en plan har kun brug for få niveauer",
    # loader.py: encoding
    "the text holds the lone surrogate U+{code}, which is not Unicode text": "teksten indeholder det enlige surrogattegn U+{code}, som ikke er gyldig Unicode-tekst",
    "save the file as UTF-8": "gem filen som UTF-8",
    "save as UTF-8": "gem filen som UTF-8",
    "the file is saved as {encoding}, not UTF-8": "filen er gemt som {encoding}, ikke som UTF-8",
    "byte 0x{byte} is not valid UTF-8": "byten 0x{byte} er ikke gyldig UTF-8",
    "byte 0x{byte} is not valid UTF-8 (it looks like '{letter}' saved as Latin-1 or Windows-1252)": "byten 0x{byte} er ikke gyldig UTF-8 (det ligner et '{letter}' gemt som Latin-1 eller Windows-1252)",
    "the file cannot be read as text: {error}": "filen kan ikke læses som tekst; læseren svarer: '{error}'",
    "the file holds the control character U+{code}, which YAML does not allow": "filen indeholder kontroltegnet U+{code}, som YAML ikke tillader",
    "delete the character (often invisible, pasted from another program); "
    "if the file is full of them, save it as UTF-8": "slet tegnet (det er ofte usynligt og kopieret ind fra et andet program); "
    "er filen fuld af dem, så gem den som UTF-8",
    # loader.py: what the file holds
    "the file holds no YAML data": "filen indeholder ingen YAML-data",
    "write the plan as a mapping of keys such as `kind:`, `id:`, `title:`": "skriv planen som nøgler med værdier, fx `kind:`, `id:`, `title:`",
    "the file holds a list, not a mapping": "filen indeholder en liste, ikke nøgler med værdier",
    "the file holds a single value, not a mapping": "filen indeholder en enkelt værdi, ikke nøgler med værdier",
    "the file holds more than one YAML document (a second one starts here)": "filen indeholder mere end ét YAML-dokument (det andet begynder her)",
    "remove the `---` line and merge the documents; one file holds one plan": "fjern linjen `---`, og saml dokumenterne; én fil indeholder én plan",
    # loader.py: anchors and aliases
    "the alias '*{anchor}' repeats a value; anchors and aliases are not supported": "aliasset '*{anchor}' gentager en værdi; ankre og aliasser understøttes ikke",
    "the anchor '&{anchor}' marks a value for reuse; anchors and aliases are not supported": "ankeret '&{anchor}' markerer en værdi til genbrug; ankre og aliasser understøttes ikke",
    "a value here is repeated through an alias; anchors and aliases are not supported": "en værdi her gentages gennem et alias; ankre og aliasser understøttes ikke",
    "the alias here repeats a value; anchors and aliases are not supported": "aliasset her gentager en værdi; ankre og aliasser understøttes ikke",
    "write the value out in full; anchors and aliases are not supported in plans": "skriv værdien helt ud; ankre og aliasser understøttes ikke i planer",
    # loader.py: numbers, tags and keys
    "the number {number} is out of range: {rule}": "tallet {number} er uden for det tilladte område: {rule}",
    "write the number in full, or quote it if it is text": "skriv tallet helt ud, eller sæt det i anførselstegn, hvis det er tekst",
    "this number has {count} characters; at most {limit} are allowed": "tallet har {count} tegn; højst {limit} er tilladt",
    "quote it if it is text rather than a number": "sæt det i anførselstegn, hvis det er tekst og ikke et tal",
    "the number {number} is written in hexadecimal and reads as {value}": "tallet {number} er skrevet i 16-talssystemet og læses som {value}",
    "the number {number} is written in octal and reads as {value}": "tallet {number} er skrevet i 8-talssystemet og læses som {value}",
    "the number {number} starts with a zero, which YAML tools read differently (as {value}, as octal or as text)": "tallet {number} begynder med et nul, som YAML-værktøjer læser forskelligt (som {value}, i 8-talssystemet "
    "eller som tekst)",
    'write {value} (plain decimal digits), or put it in quotes ("{number}") if it is text such as a code': 'skriv {value} (almindelige cifre), eller sæt det i anførselstegn ("{number}"), hvis det er tekst som fx en kode',
    # numbers.py: the bounds every number read from a file keeps
    "numbers lie between -{largest} and {largest} and have at most {most} decimals": "tal ligger mellem -{largest} og {largest} og har højst {most} decimaler",
    "the number {number} is too large: {rule}": "tallet {number} er for stort: {rule}",
    "the number {number} is too small: {rule}": "tallet {number} er for lille: {rule}",
    "check the figure against the source (an amount can be written in millions, with `unit: mio_kr`); "
    "put it in quotes if it is text": "kontrollér tallet mod kilden (et beløb kan skrives i millioner med `unit: mio_kr`); "
    "sæt det i anførselstegn, hvis det er tekst",
    "the number {number} has {count} decimals: {rule}": "tallet {number} har {count} decimaler: {rule}",
    "round it to {most} decimals or fewer (a third is 0.333333); put it in quotes if it is text": "afrund det til {most} decimaler eller færre (en tredjedel er 0.333333); "
    "sæt det i anførselstegn, hvis det er tekst",
    "{start}…{end} ({count} characters)": "{start}…{end} ({count} tegn)",
    "the value {value} is not a valid {tag}": "værdien {value} er ikke en gyldig {tag}",
    "the tag {tag} is not allowed here": "tagget {tag} er ikke tilladt her",
    "remove the tag; plans hold plain text, numbers, lists and mappings": "fjern tagget; en plan indeholder kun almindelig tekst, tal, lister og afsnit med nøgler",
    "a list or mapping cannot be a key": "en liste eller et afsnit kan ikke være en nøgle",
    "use a plain text key such as `title:`": "brug en nøgle af almindelig tekst, fx `title:`",
    "this mapping entry has no key": "her står en værdi uden nøgle",
    "write a key before the colon, such as `title:`": "skriv en nøgle før kolonet, fx `title:`",
    "the key {key} is read as a number, not as text": "nøglen {key} læses som et tal, ikke som tekst",
    "the key {key} is read as true/false, not as text": "nøglen {key} læses som sand/falsk (true/false), ikke som tekst",
    "the key {key} is read as null, not as text": "nøglen {key} læses som tom (null), ikke som tekst",
    'write the key in quotes: "{key}":': 'skriv nøglen i anførselstegn: "{key}":',
    "key '{key}' appears twice in this mapping (first on line {line})": "nøglen '{key}' står to gange i samme afsnit (første gang på linje {line})",
    "keep one of them; YAML would silently drop the first": "behold kun den ene; YAML ville uden varsel se bort fra den første",
    # loader.py: syntax errors ("{since}" is "på linje 3" or "længere oppe")
    "line {opened}": "på linje {opened}",
    "above": "længere oppe",
    "the YAML cannot be read": "YAML-teksten kan ikke læses",
    "a tab character is used here, but YAML indents with spaces only": "her er brugt et tabulatortegn, men YAML indrykker kun med mellemrum",
    "indent with spaces, not tabs": "indryk med mellemrum, ikke med tabulator",
    "the character {char} cannot start a value in YAML": "tegnet {char} kan ikke stå først i en værdi i YAML",
    'put the text in quotes: "{char}..."': 'sæt teksten i anførselstegn: "{char}..."',
    "a colon followed by a space starts a key here, where none is allowed": "et kolon efterfulgt af et mellemrum begynder en nøgle her, hvor der ikke må stå nogen nøgle",
    "put a space after the colon or quote the text if it contains ': ' "
    '(title: "Mål: 10 pct."); a value that continues on the next line must not look like a new key': "sæt et mellemrum efter kolonet, eller sæt teksten i anførselstegn, hvis den indeholder ': ' "
    '(title: "Mål: 10 pct."); en værdi, der fortsætter på næste linje, må ikke ligne en ny nøgle',
    "a quoted text that starts on {since} is never closed": "en tekst i anførselstegn, der begynder {since}, bliver aldrig afsluttet",
    "add the closing quote": "tilføj det afsluttende anførselstegn",
    "this double-quoted text holds an unknown backslash escape": "teksten i dobbelte anførselstegn indeholder en ukendt kode med omvendt skråstreg (\\)",
    "write a backslash as \\\\ or use single quotes": "skriv en omvendt skråstreg som \\\\, eller brug enkelte anførselstegn",
    "more text follows a value that has already ended (after a closing quote or bracket)": "der står mere tekst efter en værdi, som allerede er afsluttet (efter et anførselstegn eller en klamme)",
    "quote the whole value (inside single quotes write '' for a quote), or remove an extra ']' or '}'": "sæt hele værdien i anførselstegn (inden i enkelte anførselstegn skrives et anførselstegn som ''), "
    "eller fjern et overskydende ']' eller '}'",
    "this line does not continue the list that starts on {since}": "linjen fortsætter ikke den liste, der begynder {since}",
    "start every list item with '- ' at the same column": "begynd hvert punkt i listen med '- ' i samme kolonne",
    "this line is not indented like the keys of the mapping that starts on {since}": "linjen er ikke indrykket som nøglerne i det afsnit, der begynder {since}",
    "line up the keys of one mapping at the same column, using spaces": "stil nøglerne i samme afsnit op i samme kolonne med mellemrum",
    "the bracketed collection that starts on {since} is not closed here": "klammen, der åbnes {since}, er ikke lukket her",
    "put a comma between items and close it with '{closer}'": "sæt komma mellem elementerne, og luk med '{closer}'",
    "the key that starts on {since} has no ':' after it": "nøglen, der begynder {since}, har intet ':' efter sig",
    "write `key: value`; a text that continues on the next line must be indented more": "skriv `nøgle: værdi`; en tekst, der fortsætter på næste linje, skal indrykkes mere",
    "a list cannot start on the same line here": "en liste kan ikke begynde på samme linje her",
    "start the list on a new line, indented under its key": "begynd listen på en ny linje, indrykket under sin nøgle",
    "more text follows the end of the YAML data here": "her står mere tekst efter slutningen af YAML-dataene",
    "remove it, or look for an extra ']' or '}' before it": "fjern den, eller se efter et overskydende ']' eller '}' før den",
    "a value is missing here": "her mangler en værdi",
    "write a value, or quote the text": "skriv en værdi, eller sæt teksten i anførselstegn",
    "only YAML version 1 documents can be read": "kun YAML-dokumenter i version 1 kan læses",
    "remove the `%YAML` line": "fjern linjen `%YAML`",
    "the YAML cannot be read: {problem}": "YAML-teksten kan ikke læses; YAML-læseren svarer: '{problem}'",
    "check the indentation and quoting around this place": "kontrollér indrykning og anførselstegn omkring dette sted",
    # validation.py: the kind of file
    "the file does not say what kind of file it is": "filen siger ikke, hvilken slags fil den er",
    "add `kind: {kind}` at the top (one of: {kinds})": "tilføj `kind: {kind}` øverst (en af: {kinds})",
    "unknown kind of file {kind}": "ukendt slags fil: {kind}",
    "write `kind: {kind}` (one of: {kinds})": "skriv `kind: {kind}` (en af: {kinds})",
    # validation.py: keys and values the schema does not allow
    "the file": "filen",
    "required key '{name}' is missing": "den påkrævede nøgle '{name}' mangler",
    "add `{name}:` here": "tilføj `{name}:` her",
    "unknown key '{name}'": "ukendt nøgle '{name}'",
    "did you mean '{key}'?": "mente du '{key}'?",
    "allowed keys here: {keys}": "tilladte nøgler her: {keys}",
    "{choices} or {last}": "{choices} eller {last}",
    "'{name}' must be one of {options}; found {found}": "'{name}' skal være en af {options}, men der står {found}",
    "write '{value}'": "skriv '{value}'",
    "write one of {options}": "skriv en af {options}",
    "unknown kind {kind} for '{name}'": "ukendt slags {kind} i '{name}'",
    "write `kind: {kind}`": "skriv `kind: {kind}`",
    "write `kind:` as one of {kinds}": "skriv `kind:` som en af {kinds}",
    "'{name}' does not say its `kind:`": "'{name}' mangler sin `kind:`",
    "add `kind:` (for a target: at_least, at_most, exactly, range, change, all, done or qualitative)": "tilføj `kind:` (for et mål: at_least, at_most, exactly, range, change, all, done eller qualitative)",
    "'{name}' must be a mapping of keys, found {found}": "'{name}' skal være et afsnit med nøgler, men der står {found}",
    "write `key: value` lines, indented under this key": "skriv linjer med `nøgle: værdi`, indrykket under denne nøgle",
    "write `key: value` lines indented under this key, e.g. {keys}": "skriv linjer med `nøgle: værdi`, indrykket under denne nøgle, fx {keys}",
    "'{name}' must be a list, found {found}": "'{name}' skal være en liste, men der står {found}",
    "write each item on its own line, starting with '- '": "skriv hvert punkt på sin egen linje, begyndende med '- '",
    "'{name}' must be true or false, found {found}": "'{name}' skal være true eller false, men der står {found}",
    "write true or false (without quotes)": "skriv true eller false (uden anførselstegn)",
    "'{name}' must be text, found {found}": "'{name}' skal være tekst, men der står {found}",
    "put the text in quotes": "sæt teksten i anførselstegn",
    "'{name}' needs at least {count} item(s)": "'{name}' skal have mindst {count} punkt(er)",
    "add an item": "tilføj et punkt",
    # An error type we have no words for: a Danish sentence, pydantic's English quoted.
    "'{name}': {problem}": "'{name}' har en værdi, som skemaet ikke tillader; skemakontrollen svarer: '{problem}'",
    # model/types.py: how a value is named in a message
    "the text {text}": "teksten {text}",
    "the yes/no value {value}": "ja/nej-værdien {value}",
    "nothing (an empty value)": "ingenting (en tom værdi)",
    "a list": "en liste",
    "a mapping": "et afsnit med nøgler",
    "the number {number}": "tallet {number}",
    # model/types.py: numbers
    "expected a number, found {found}": "her skal stå et tal, men der står {found}",
    "write {number} (a decimal point, no fraction sign)": "skriv {number} (med decimalpunktum og uden brøktegn)",
    "write the number alone, {number}, and put the unit in `unit: percent`": "skriv tallet alene, {number}, og angiv enheden med `unit: percent`",
    "write {number} (no thousands separators; a point before decimals)": "skriv {number} (uden tusindtalspunktummer og med punktum før decimalerne)",
    "write {number} (a decimal point, not a comma)": "skriv {number} (med decimalpunktum, ikke komma)",
    "write {number} without quotes, so that it is read as a number": "skriv {number} uden anførselstegn, så det læses som et tal",
    "write the amount in full, without 'mio.' (keep the original wording in `text`)": "skriv beløbet helt ud, uden 'mio.' (behold den oprindelige ordlyd i `text`)",
    "write a number such as 4 or 1.5; keep the original wording in the `text` field": "skriv et tal som 4 eller 1.5; behold den oprindelige ordlyd i feltet `text`",
    "write a number such as 4 or 1.5": "skriv et tal som 4 eller 1.5",
    "expected a finite number, found {found}": "her skal stå et endeligt tal, men der står {found}",
    "write an ordinary number; .nan and .inf are not amounts": "skriv et almindeligt tal; .nan og .inf kan ikke bruges som tal",
    "expected zero or more, found {found}": "her skal stå 0 eller mere, men der står {found}",
    "write a number of 0 or more": "skriv et tal, der er 0 eller større",
    "expected a whole number, found {found}": "her skal stå et helt tal, men der står {found}",
    "write a whole number such as 35": "skriv et helt tal, fx 35",
    "a count is zero or more, found {found}": "et antal er 0 eller mere, men der står {found}",
    "write the number the wording gives; a fall in a count is a `change` target with `direction: decrease`": "skriv det tal, ordlyden angiver; et fald i et antal er et `change`-mål med `direction: decrease`",
    # model/types.py: dates and periods
    "expected a date (year-month-day), found {found}": "her skal stå en dato (år-måned-dag), men der står {found}",
    "write the date as year-month-day: {day}": "skriv datoen som år-måned-dag: {day}",
    "write the date as year-month-day, e.g. 2007-06-25": "skriv datoen som år-måned-dag, fx 2007-06-25",
    "'{found}' is not a date in the calendar": "'{found}' er ikke en dato, der findes i kalenderen",
    "check the month (01–12) and the day of the month": "kontrollér måneden (01–12) og dagen i måneden",
    "expected a date or period, found {found}": "her skal stå en dato eller en periode, men der står {found}",
    "write a day (2008-08-31), a month (2008-08), a year (2010), a half (2007-H2), "
    "a quarter (2009-Q1) or a season (2007-spring)": "skriv en dag (2008-08-31), en måned (2008-08), et år (2010), et halvår (2007-H2), "
    "et kvartal (2009-Q1) eller en årstid (2007-spring)",
    # model/types.py: ids and text
    "'{found}' is not a valid id": "'{found}' er ikke et gyldigt id",
    "ids use lowercase letters a–z, digits and single hyphens": "et id består af små bogstaver a–z, cifre og enkelte bindestreger",
    "ids use lowercase letters a–z, digits and single hyphens; write '{id}'": "et id består af små bogstaver a–z, cifre og enkelte bindestreger; skriv '{id}'",
    "expected an id (text), found the number {found}": "her skal stå et id (tekst), men der står tallet {found}",
    "write it in quotes: '{value}'": "skriv det i anførselstegn: '{value}'",
    "expected an id, found {found}": "her skal stå et id, men der står {found}",
    "write an id such as 'intdag-foreninger'": "skriv et id som 'intdag-foreninger'",
    "this text is empty": "teksten er tom",
    "write the wording, or remove the key": "skriv ordlyden, eller fjern nøglen",
    "expected text, found {found}": "her skal stå tekst, men der står {found}",
    'write the words in quotes, e.g. "{words}"': 'skriv ordene i anførselstegn, fx "{words}"',
    # model/measurements.py
    "expected a criterion reference such as '2007-h2/tilfredshed', found '{found}'": "her skal stå en henvisning til et succeskriterium som '2007-h2/tilfredshed', men der står '{found}'",
    "write the plan's id, a slash, and the criterion's id": "skriv planens id, en skråstreg og succeskriteriets id",
    # config.py
    "{source}: cannot read [tool.tfi]: {error}": "{source}: kan ikke læse [tool.tfi]; TOML-læseren svarer: '{error}'",
    "{source}: unknown setting(s) {settings}; allowed: {allowed}": "{source}: ukendte indstillinger: {settings}; tilladt er: {allowed}",
    "{source}: '{key}' must be a list of rule ids": "{source}: '{key}' skal være en liste af regel-id'er",
    "{source}: 'severity' must map rule ids to error, warning or info": "{source}: 'severity' skal give hvert regel-id værdien error, warning eller info",
    "{source}: severity of '{rule}' must be error, warning or info, not {level}": "{source}: alvorsgraden for '{rule}' skal være error, warning eller info, ikke {level}",
    "{source}: 'hours-per-week' must be a positive number, not {hours}": "{source}: 'hours-per-week' skal være et positivt tal, ikke {hours}",
    "{source}: unknown rule '{rule}'; did you mean '{close}'?": "{source}: ukendt regel '{rule}'; mente du '{close}'?",
    "{source}: unknown rule '{rule}'; `tfi rules` lists them": "{source}: ukendt regel '{rule}'; `tfi rules` viser alle regler",
    # discovery.py
    "no plans/ folder in {start} or above it; give the files or folders to check": "ingen mappe plans/ i {start} eller over den; angiv de filer eller mapper, der skal kontrolleres",
    # (also in output.py, for cli.py; the same Danish)
    "{path}: no such file or folder": "{path}: filen eller mappen findes ikke",
    # describe.waiver_approval: who approved a waiver (check, verdict, report)
    "approved by {approver}": "godkendt af {approver}",
    "unapproved: no one has approved this exception (recorded by {recorder})": "ikke godkendt: ingen har godkendt denne undtagelse (skrevet ind af {recorder})",
    "unapproved: no one has approved this exception": "ikke godkendt: ingen har godkendt denne undtagelse",
    # suggest.py
    "; did you mean {names}?": "; mente du {names}?",
    "or": "eller",
    # loader.py: how many values a file may hold
    "the file holds more than {limit} values (list items and what keys hold); a plan holds a few thousand": "filen indeholder mere end {limit} værdier (punkter og nøglernes værdier); en plan har nogle få tusind",
    # config.py: how many findings are listed per file
    "{source}: 'max-findings' must be a whole number of 0 or more, not {value}": "{source}: 'max-findings' skal være et helt tal på 0 eller mere, ikke {value}",
    # config.py: a pyproject.toml whose tool.tfi is not a table
    "{source}: [tool.tfi] must be a table of settings such as disable = [...]": "{source}: [tool.tfi] skal være en tabel af indstillinger, fx disable = [...]",
    # discovery.py: folders that cannot be read, links out of the repository
    "{path}: {reason}": "{path}: {reason}",
    "cannot read the folder '{name}': {reason}": "kan ikke læse mappen '{name}': {reason}",
    "make the folder readable for this user (chmod a+rx), or move the files out of it": "gør mappen læsbar for denne bruger (chmod a+rx), eller flyt filerne ud af den",
    "'{link}' is a symbolic link to {target}, outside the repository; it is not followed or read": "'{link}' er et symbolsk link til {target}, uden for depotet; det bliver hverken fulgt eller læst",
    "copy the file into the repository, or give {target} itself on the command line": "kopiér filen ind i depotet, eller angiv selve {target} på kommandolinjen",
    # os_reasons.py: why the system refused (the rest are the loader's, above)
    "no space left on device": "der er ikke mere plads på enheden",
    "disk quota exceeded": "diskkvoten er opbrugt",
    "file too large": "filen er for stor",
    "input/output error": "ind- eller uddatafejl",
    "read-only file system": "filsystemet er skrivebeskyttet",
    # --new-since (tfi_rules/check/standing.py)
    "git is not installed, so --new-since cannot read an earlier revision": "git er ikke installeret, så --new-since kan ikke læse en tidligere version",
    "git {command} failed: {complaint}": "git {command} mislykkedes: {complaint}",
    "--new-since {revision}: {folder} is not in a git repository": "--new-since {revision}: {folder} ligger ikke i et git-repository",
    "--new-since {revision}: not a known git revision (in a shallow clone, fetch it "
    "first; in GitHub Actions check out with fetch-depth: 0)": "--new-since {revision}: ikke en kendt git-version (i en overfladisk klon skal den hentes først; "
    "i GitHub Actions: tjek ud med fetch-depth: 0)",
}
