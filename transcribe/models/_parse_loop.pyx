# cython: language_level=3
# distutils: language = c++
"""spaCy's ``Parser.greedy_parse`` with its transition loop run holding the GIL.

Built by ``python -m transcribe.models.parse_loop`` (scripts/setup.sh runs it; it needs Cython and a C++
compiler); without it the pipeline runs spaCy's own loop (``spacy_model.run_component``).

spaCy 3.8.18's wheel (Cython 3.3) calls ``PyGILState_Ensure``/``Release`` inside every ``StateC`` accessor
(``B()``, ``S()``, ...) that the transition system's validity checks call for every move at every step. spaCy runs
that loop in ``with nogil:``, so each call takes the GIL and drops it again (mutexes and a condition signal); with
the GIL held, ``PyGILState_Ensure`` only counts. The loop below is ``greedy_parse``'s, line for line, without the
``with nogil:``: the same C functions in the same order, so the same scores and the same transitions.
"""
from libcpp.vector cimport vector
from spacy.ml.parser_model cimport SizesC, WeightsC, get_c_sizes, get_c_weights
from spacy.pipeline._parser_internals._state cimport StateC
from spacy.pipeline._parser_internals.stateclass cimport StateClass
from spacy.pipeline.transition_parser cimport Parser
from thinc.api import set_dropout_rate
from thinc.backends.cblas cimport CBlas


def greedy_parse(Parser parser, docs):
    """``parser.greedy_parse(docs)``: the same states, annotated alike by ``parser.set_annotations``."""
    cdef vector[StateC*] states
    cdef StateClass state
    cdef CBlas cblas = parser.model.ops.cblas()
    cdef WeightsC weights
    cdef SizesC sizes
    parser._ensure_labels_are_added(docs)
    set_dropout_rate(parser.model, 0.0)
    batch = parser.moves.init_batch(docs)
    model = parser.model.predict(docs)
    weights = get_c_weights(model)
    for state in batch:
        if not state.is_final():
            states.push_back(state.c)
    sizes = get_c_sizes(model, states.size())
    if states.size():
        parser._parseC(cblas, &states[0], weights, sizes)
    model.clear_memory()
    del model
    return batch
