"""The HTTP API: a thin adapter over the store, the dispatcher and (for short clips) the pipeline."""
