"""``casenote``: the console command. The pipeline's commands (``transcribe/cli.py``) plus the service's:

    casenote serve [--host H] [--port P]      (API plus an in-process worker: the embedded default)
    casenote worker [--burst]                 (an RQ worker for production, against Redis)
    casenote rotate-key [--new] [--keep-old]  (re-wrap stored data keys under the first council key)
"""

from __future__ import annotations

import sys

from transcribe import cli as pipeline_cli


def main(argv: list[str] | None = None) -> int:
    return pipeline_cli.main(argv, add_service_commands)


def add_service_commands(add: pipeline_cli.AddCommand) -> None:
    sp = add("serve", cmd_serve, "Run the API with an in-process worker (SQLite and local files unless configured).")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)

    sp = add("rotate-key", cmd_rotate_key, "Re-wrap every stored data key under the first council key "
             "(CASENOTE_KEY_FILE / CASENOTE_KEY); encrypts data stored before encryption at rest.")
    sp.add_argument("--new", action="store_true", help="generate a new key, put it first in the key file, re-wrap, "
                    "then drop the old keys from the file")
    sp.add_argument("--keep-old", action="store_true", help="with --new: keep the old keys in the file")

    sp = add("worker", cmd_worker, "Run an RQ worker against CASENOTE_REDIS_URL (production).")
    sp.add_argument("--burst", action="store_true", help="exit when the queue is empty")


def _settings():
    from .settings import Settings

    return Settings()


def cmd_serve(args) -> int:
    from api.serve import run_embedded

    run_embedded(_settings(), host=args.host, port=args.port)
    return 0


def cmd_rotate_key(args) -> int:
    from .runtime import rotate_council_key

    r = rotate_council_key(_settings(), new_key=args.new, keep_old=args.keep_old)
    print(f"re-wrapped {r.files_changed} of {r.files} audio files and {r.values_changed} of {r.values} database values")
    return 0


def cmd_worker(args) -> int:
    from .lifecycle import run_worker

    run_worker(_settings(), burst=args.burst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
