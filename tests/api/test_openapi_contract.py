"""Schemathesis against the running app, embedded (SQLite, in-process worker) and in production form
(PostgreSQL + Redis): whatever it sends, no answer is a 5xx, and every status is in the OpenAPI document.
Bounded (a few examples per operation) so the suite stays a few minutes on two cores."""

from __future__ import annotations

import os
import re

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import status_code_conformance

from tests.api.test_review import add_note

MAX_EXAMPLES = int(os.environ.get("CASENOTE_SCHEMATHESIS_EXAMPLES", "6"))  # per operation and generation mode


@pytest.fixture(params=["embedded", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def api_schema(request, tmp_path):
    from fastapi.testclient import TestClient

    from api.main import create_app
    from tests.conftest import REDIS_URL, make_settings
    from service.runtime import build_runtime

    production = request.param == "postgresql"
    if production:
        request.getfixturevalue("redis_conn")
    db = request.getfixturevalue("clean_pg") if production else None
    settings_ = make_settings(tmp_path / "data", database_url=db, redis_url=REDIS_URL if production else None)
    rt = build_runtime(settings_, pipeline=object())  # no job runs: nothing is processed here
    app = create_app(settings_, runtime=rt, background=False)
    with TestClient(app):  # the lifespan: runtime, dispatcher
        add_note(rt, "d-1")
        yield schemathesis.openapi.from_asgi("/openapi.json", app)
    rt.close()


def test_no_server_error_and_no_undocumented_status(api_schema):
    """Every operation, a few requests each that fit its schema and a few that do not; the failures of all
    operations are reported together."""
    failures = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(GenerationMode.POSITIVE) | operation.as_strategy(GenerationMode.NEGATIVE))
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(checks=[not_a_server_error, status_code_conformance])

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:  # collected: one run names every failing operation
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:600]}")
    assert not failures, "\n\n".join(failures)


def test_every_signed_in_operation_says_it_answers_401_and_does(tmp_path):
    """With tokens configured, every operation the document marks as needing one refuses a call without it
    with 401, and lists 401 among its statuses."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from tests.conftest import make_settings
    from service.runtime import build_runtime

    settings_ = make_settings(tmp_path / "data", api_tokens="tp=practitioner")
    rt = build_runtime(settings_, pipeline=object())
    with TestClient(create_app(settings_, runtime=rt, background=False)) as client:
        doc = client.get("/openapi.json").json()
        checked = 0
        for path, ops in doc["paths"].items():
            for method, op in ops.items():
                if not op.get("security"):
                    continue
                url = re.sub(r"\{[^}]+\}", "1", path)  # any id: the token is checked first
                r = client.request(method.upper(), url)
                assert r.status_code == 401 and "401" in op["responses"], (method, path, r.status_code)
                checked += 1
    rt.close()
    assert checked >= 30
