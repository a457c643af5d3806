"""spaCy's parser and NER transition loop run holding the GIL: the same Docs, about 25 ms less CPU a 500-word note.

spaCy 3.8.18's compiled parser takes and drops the GIL inside every state look-up of its transition loop (see
``_parse_loop.pyx``); about a quarter of the one spaCy pass went on that. ``_parse_loop`` is the same loop without
releasing the GIL, compiled from this folder's ``_parse_loop.pyx``:

    .venv/bin/python -m transcribe.models.parse_loop     # scripts/setup.sh runs it

Building needs Cython (requirements.lock) and a C++ compiler; where either is missing nothing is built and the
pipeline runs spaCy's own loop (``spacy_model.run_component``), with the same results.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "_parse_loop.pyx"


@lru_cache(maxsize=1)
def compiled_loop():
    """The compiled ``_parse_loop`` module, or None where it was not built (or was built for another spaCy)."""
    try:
        from . import _parse_loop
    except (ImportError, ValueError):  # not built; or a binary-incompatible spaCy (Cython raises ValueError)
        return None
    return _parse_loop


def build_parse_loop(dest: Path = HERE) -> Path:
    """Compile ``_parse_loop.pyx`` into ``dest`` and return the built file. Raises ImportError without Cython and
    setuptools' CompileError without a C++ compiler."""
    import numpy
    from Cython.Build import cythonize
    from setuptools import Extension
    from setuptools.dist import Distribution

    ext = Extension("_parse_loop", [str(SOURCE)], language="c++", include_dirs=[numpy.get_include()],
                    extra_compile_args=["-w"])  # (spaCy's own headers warn of signed comparisons)
    dist = Distribution({"ext_modules": cythonize([ext], quiet=True, language_level=3)})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib, cmd.build_temp = str(dest), str(dest / "build")
    dist.run_command("build_ext")
    return Path(cmd.get_ext_fullpath("_parse_loop"))


def main() -> int:
    try:
        built = build_parse_loop()
    except Exception as exc:  # noqa: BLE001 - any failure leaves spaCy's own loop, which is correct, only slower
        print(f"parse loop: not built ({type(exc).__name__}: {exc}); spaCy's own loop runs (same results, slower). "
              "It needs Cython (requirements.lock) and a C++ compiler (apt-get install g++).", file=sys.stderr)
        return 1
    print(f"parse loop: built {built.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
