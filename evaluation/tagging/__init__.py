"""Tagging evaluation and training. ``python -m evaluation.tagging --help``."""
