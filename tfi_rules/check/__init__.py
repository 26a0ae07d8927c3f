"""`tfi check`: the pipeline that runs the rules on typed files, applies waivers and gives one result."""
