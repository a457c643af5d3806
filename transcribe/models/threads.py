"""One thread for numpy's BLAS, so the text stages' small matrix products do not spin against each other.

spaCy's layers (``spacy_model.use_numpy_matmul``) and faster-whisper's feature extractor multiply small matrices
with numpy, whose OpenBLAS starts one thread per core. On a 2-core machine with anything else running (the decoder's
own threads, a second worker, the API) those threads wait on each other: a 560x288 by 288x288 product took 16 ms
with OpenBLAS's default two threads and 1.3 ms with one (load 6, Intel Xeon, AVX-512), and the one spaCy pass for
redaction and tagging of a 500-word note took 525 ms wall / 274 ms CPU instead of about 100 ms. The 3-minute
sample's log-mel features took 250 ms with two threads and 120 ms with one. A one-thread pool is as fast on an idle
machine for matrices this small, and never worse under load. CTranslate2 keeps its own threads
(``AsrOptions.cpu_threads``): this limits numpy's BLAS only.

:func:`limit_blas_threads` is called once, before models load (:meth:`transcribe.pipeline.Pipeline.load`,
:func:`transcribe.pipeline.load_text_stages`); ``PipelineSettings.blas_threads`` (``CASENOTE_BLAS_THREADS``) sets
the number, 0 leaving the library's own default.
"""

from __future__ import annotations

from threadpoolctl import threadpool_info, threadpool_limits

_limited: int | None = None


def limit_blas_threads(threads: int = 1) -> int | None:
    """Limit every BLAS library loaded in this process (numpy's OpenBLAS) to ``threads``; 0 leaves them as they
    are. Returns the limit now in force (None: none set here). Idempotent; the limit lasts for the process."""
    global _limited
    if threads <= 0 or _limited == threads:
        return _limited
    threadpool_limits(limits=threads, user_api="blas")
    _limited = threads
    return _limited


def blas_threads() -> list[int]:
    """The thread count of each BLAS library loaded in this process, as it is now."""
    return [pool["num_threads"] for pool in threadpool_info() if pool.get("user_api") == "blas"]
