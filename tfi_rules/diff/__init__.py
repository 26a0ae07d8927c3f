"""`tfi diff`: what a change does to the plans, mandates and measurements, in their own terms."""
