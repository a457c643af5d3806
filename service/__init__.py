"""The service around the pipeline, shared by ``api/`` and ``worker/``: its settings (``settings.py``), what a
process holds for its whole life (``runtime.py``: database, encrypted audio store, the loaded pipeline) and the
``casenote`` command (``cli.py``: the pipeline's commands plus ``serve``, ``worker`` and ``rotate-key``)."""
