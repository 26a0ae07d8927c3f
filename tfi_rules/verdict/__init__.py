"""`tfi verdict`: judge every success criterion against the measurements, and render the rows."""
