"""`tfi measurements import`: results kept in a spreadsheet (.xlsx or .csv) become a measurements file.

`tables` reads the sheets (openpyxl for .xlsx, the standard library for .csv), `columns`
knows the headings (Danish or English), `cells` turns a cell into a number, a unit, a date or
text, `build` makes the measurements file, validated through the model, and `measurements_file`
writes its YAML, reads it back through the loader, and replaces the file safely.
"""
