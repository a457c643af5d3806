"""Redaction evaluation: a labelled development set, a scorer, and a side-by-side run
of this pipeline and stock Presidio. Run: ``python -m evaluation.redaction``."""
