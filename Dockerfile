# casenote: the same install script CI runs (scripts/setup.sh), on Debian bookworm's Python 3.11.
# CPU image. For a GPU host, build FROM an nvidia/cuda runtime image with Python 3.11 and set
# CASENOTE_DEVICE=cuda; mount the council's CTranslate2 large-v3 directory and set CASENOTE_MODEL to it.
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    CASENOTE_DATA_DIR=/data \
    CASENOTE_MODEL_CACHE_DIR=/opt/casenote/models \
    XDG_CACHE_HOME=/opt/casenote/cache

WORKDIR /opt/casenote/app
COPY . .
# g++ builds spaCy's parse loop held under the GIL (transcribe/models/parse_loop.py: the same Docs, a quarter less
# CPU for the spaCy pass); without it setup goes on and spaCy's own loop runs.
RUN apt-get update && apt-get install -y --no-install-recommends g++ && rm -rf /var/lib/apt/lists/* \
    && ./scripts/setup.sh \
    && useradd --system --home /opt/casenote --uid 10001 casenote \
    && mkdir -p /data && chown -R casenote /data /opt/casenote/models

USER casenote
VOLUME ["/data"]
EXPOSE 8000
# Embedded default: API plus an in-process worker on SQLite. Production: set CASENOTE_DATABASE_URL and
# CASENOTE_REDIS_URL, run this image once as the API and N times with `casenote worker`.
ENTRYPOINT [".venv/bin/casenote"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
