"""The OpenAPI document states every status the API can answer with, not only each handler's own: those that
come from what routes share (sign-in, the body-size limit, body parsing, request validation and the
control-character guard) are added here, read from the operation itself (its security requirement, its
method, its request body), so no handler has to repeat them."""

from __future__ import annotations

from fastapi import FastAPI

SIGNED_IN = {
    "401": "No token, or one that is not valid: send 'Authorization: Bearer <token>'",
    "403": "The token's role may not use this (or a signed-in user with no casenote role)",
    "503": "The identity provider cannot be reached to check the token",
}
EVERY = {"422": "Invalid parameters or body (listed in 'detail'), or a control character in the address"}
SENDING = {"413": "The body is larger than CASENOTE_MAX_UPLOAD_BYTES (the limit is in the answer)"}
PARSED = {"400": "The body could not be parsed (not UTF-8 JSON, or broken multipart)"}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def document_statuses(app: FastAPI) -> None:
    """Make ``app.openapi()`` list the shared statuses on every operation they can come from."""
    generate = app.openapi

    def openapi() -> dict:
        doc = generate()  # FastAPI's, cached by FastAPI
        for path in doc.get("paths", {}).values():
            for method, op in path.items():
                if method in METHODS:
                    responses = op.setdefault("responses", {})
                    for code, description in _shared(method, op).items():
                        responses.setdefault(code, {"description": description})
        return doc

    app.openapi = openapi


def _shared(method: str, op: dict) -> dict[str, str]:
    statuses = dict(EVERY)
    if op.get("security"):  # the bearer-token dependency (api.deps.get_principal)
        statuses.update(SIGNED_IN)
    if method in ("post", "put", "patch"):  # api.limits.BodySizeLimit reads every one
        statuses.update(SENDING)
    if "requestBody" in op:
        statuses.update(PARSED)
    return statuses
