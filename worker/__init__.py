"""The worker: a thin adapter that runs the pipeline on queued dictations (RQ, or a thread when embedded)."""
