"""`tfi measurements import`: results kept in a spreadsheet (.xlsx or .csv) become a measurements file.

`tables` reads the sheets (openpyxl for .xlsx, the standard library for .csv), `columns`
knows the headings (Danish or English), `cells` turns a cell into a number, a unit, a date or
text, and `build` makes the measurements file, validated through the model before it is written.
"""
