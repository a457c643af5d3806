"""The service around the pipeline, shared by ``api/`` and ``worker/``: its settings (``settings.py``), what a
process holds for its whole life (``runtime.py``: database, encrypted audio store, the loaded pipeline) and the
``casenote`` command (``cli.py``: the pipeline's commands plus ``serve``, ``worker`` and ``rotate-key``). What the API
asks of the store goes through one module per noun (``intake``, ``dictations``, ``uploads``, ``notes``, ``versions``,
``approvals``, ...), so ``api/`` imports nothing from ``store/`` or ``worker/``."""
