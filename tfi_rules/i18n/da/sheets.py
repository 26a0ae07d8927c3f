"""Danish for the spreadsheets: `tfi measurements import` (tfi_rules/sheets/) and `tfi verdict --format xlsx`."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # cli.py
    "{file}: expected an .xlsx or a .csv file": "{file}: forventede en .xlsx- eller en .csv-fil",
    "tfi: {file}: {error}": "tfi: {file}: {error}",
    "{count} problem(s) in {file}; nothing written.": "{count} problem(er) i {file}; intet skrevet.",
    "{count} measurement(s) written to {output}.": "{count} måling(er) skrevet til {output}.",
    # tables.py
    "cannot read the file ({reason})": "kan ikke læse filen ({reason})",
    "the file is larger than {size} MB; split it": "filen er større end {size} MB; del den op",
    "cannot read the file as an Excel workbook (.xlsx)": "kan ikke læse filen som en Excel-projektmappe (.xlsx)",
    "cannot read the file as CSV": "kan ikke læse filen som CSV",
    "sheet {sheet} has more than {count} rows; split it": "arket {sheet} har mere end {count} rækker; del det op",
    # cells.py
    "write a number such as 4 or 1,5": "skriv et tal som 4 eller 1,5",
    "write an ordinary number": "skriv et almindeligt tal",
    "write the number alone ({number}) and its unit in the unit column ({unit})":
        "skriv tallet alene ({number}) og enheden i kolonnen enhed ({unit})",
    "write a number such as 4 or {example} (the original wording belongs in the text column)":
        "skriv et tal som 4 eller {example} (den oprindelige ordlyd hører til i kolonnen tekst)",
    "the number {found} can be read two ways": "tallet {found} kan læses på to måder",
    "make it a number cell: type the figure without quotes or a leading apostrophe":
        "gør cellen til en talcelle: skriv tallet uden anførselstegn eller foranstillet apostrof",
    "expected a whole number of 0 or more, found {found}": "forventede et helt tal på 0 eller mere, fandt {found}",
    "write how many, such as 35": "skriv hvor mange, fx 35",
    "unknown unit {found}": "ukendt enhed {found}",
    "write one of: percent (%, pct., procent), count (antal), kr, mio_kr (mio. kr.)":
        "skriv en af: percent (%, pct., procent), count (antal), kr, mio_kr (mio. kr.)",
    "expected yes or no, found {found}": "forventede ja eller nej, fandt {found}",
    "write ja or nej (yes or no)": "skriv ja eller nej",
    "expected a date, found a time of day ({found})": "forventede en dato, fandt et klokkeslæt ({found})",
    "write the day alone, such as 2008-08-31": "skriv dagen alene, fx 2008-08-31",
    # build.py
    "no rows of results below the headings": "ingen rækker med resultater under overskrifterne",
    "write one row per figure under headings such as indikator, værdi, enhed, dato":
        "skriv én række pr. tal under overskrifter som indikator, værdi, enhed, dato",
    "unknown heading {heading}{suggestion}": "ukendt overskrift {heading}{suggestion}",
    "the headings are listed in the README (Results from spreadsheets)":
        "overskrifterne står i README (Results from spreadsheets)",
    "a second column for {field} (the first is {cell})": "en kolonne mere for {field} (den første er {cell})",
    "keep one of the two columns": "behold én af de to kolonner",
    "no column says what was measured": "ingen kolonne siger, hvad der er målt",
    "add a column kriterium (criterion) or indikator (indicator)": "tilføj en kolonne kriterium eller indikator",
    "no column says when": "ingen kolonne siger hvornår",
    "add a column dato (date) or periode (period)": "tilføj en kolonne dato eller periode",
    "no column holds the figures": "ingen kolonne indeholder tallene",
    "add a column værdi (value), or tæller and nævner (numerator and denominator)":
        "tilføj en kolonne værdi, eller tæller og nævner",
    "a value in a column without a heading": "en værdi i en kolonne uden overskrift",
    "give column {column} a heading, or empty it": "giv kolonne {column} en overskrift, eller tøm den",
    "the row does not say what was measured": "rækken siger ikke, hvad der er målt",
    "write the indicator's id or the criterion as plan/criterion":
        "skriv indikatorens id eller kriteriet som plan/kriterium",
    "the row does not say when": "rækken siger ikke hvornår",
    "write a day (2008-08-31), a month (2008-08), a year (2010) or a half (2007-H2)":
        "skriv en dag (2008-08-31), en måned (2008-08), et år (2010) eller et halvår (2007-H2)",
    "a share needs both numerator and denominator": "en andel kræver både tæller og nævner",
    "write both (35 of 36: tæller 35, nævner 36)": "skriv begge (35 af 36: tæller 35, nævner 36)",
    "the row has no figure": "rækken har intet tal",
    "write the value, or the numerator and denominator": "skriv værdien, eller tæller og nævner",
    "the id {id} is also in {cell}": "id'et {id} står også i {cell}",
    "give every row its own id": "giv hver række sit eget id",
    "{output}: cannot write the file ({reason})": "{output}: kan ikke skrive filen ({reason})",
    "{output}: not a regular file; choose another name": "{output}: ikke en almindelig fil; vælg et andet navn",
    "{output} exists; add --force to replace it": "{output} findes; tilføj --force for at erstatte den",
    "{output}: the folder {folder} does not exist": "{output}: mappen {folder} findes ikke",
    "{output}: the file's name is its id and must be lowercase letters, digits and hyphens, "
    "such as measurements/resultater-2009.yaml":
        "{output}: filens navn er dens id og skal være små bogstaver, cifre og bindestreger, "
        "fx measurements/resultater-2009.yaml",
    # tfi verdict --format xlsx (verdict/xlsx.py) and --output (cli.py)
    "--format xlsx writes a file: add --output FILE (e.g. status.xlsx)":
        "--format xlsx skriver en fil: tilføj --output FIL (fx status.xlsx)",
    "Verdict written to {file}.": "Vurderingen er skrevet til {file}.",
    "plan": "plan",
    "title": "titel",
    "criteria": "succeskriterier",
    "All plans": "Alle planer",
    "as of": "opgjort pr.",
    "target figure": "mål (tal)",
    "measured figure": "målt (tal)",
    "measured on": "målt (tid)",
    "reason": "begrundelse",
    "from this row on, the measurements file would be larger than tfi reads ({size} bytes)":
        "fra denne række bliver målingsfilen større, end tfi læser ({size} bytes)",
    "split the rows into two spreadsheets, each imported to its own file":
        "del rækkerne i to regneark, der hver importeres til sin egen fil",
    "{file} has no sheet {sheet} (its sheets: {sheets})": "{file} har intet ark {sheet} (dens ark: {sheets})",
}
