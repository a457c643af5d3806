"""transcribe/models/threads.py: numpy's BLAS runs on one thread once the pipeline's models load.

Each check runs in a fresh interpreter, since the limit lasts for the process. Each first sets the pool to three
threads, so a limit that did nothing would be seen on any machine, one core or many."""

import subprocess
import sys
import textwrap

_PROBE = textwrap.dedent("""
    import sys
    import numpy  # noqa: F401  (loads OpenBLAS)
    from threadpoolctl import threadpool_limits
    from transcribe.models.threads import blas_threads

    threadpool_limits(limits=3, user_api="blas")
    assert set(blas_threads()) == {3}, blas_threads()
    if sys.argv[1] == "limit":
        from transcribe.models.threads import limit_blas_threads
        limit_blas_threads(int(sys.argv[2]))
    else:
        from transcribe.pipeline import PipelineOptions, load_text_stages
        load_text_stages(PipelineOptions(blas_threads=int(sys.argv[2])))
    print(sorted(set(blas_threads())))
""")


def _threads_after(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_limit_sets_numpys_blas_to_the_number_given():
    assert _threads_after("limit", "1") == "[1]"


def test_zero_leaves_the_pool_as_it_was():
    assert _threads_after("limit", "0") == "[3]"


def test_loading_the_text_stages_limits_the_pool_from_the_options():
    assert _threads_after("text-stages", "1") == "[1]"
