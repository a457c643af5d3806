"""Assembles the app: routers, error handlers, and the lifespan that starts the worker side."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from service.runtime import Runtime
from service.settings import Settings

from . import errors
from .auth import Authenticator
from .deps import LogNoteRead, require_identified_access
from .limits import BodySizeLimit
from .openapi import document_statuses
from .routes import (access_log, dictations, health, holds, notes, pages, photos, review, signin, transcriptions, uploads, voice,
                     webhooks)
from .url_guard import ControlCharacterGuard


def create_app(
    settings: Settings | None = None,
    *,
    runtime: Runtime | None = None,
    dispatcher=None,
    background: bool = True,
) -> FastAPI:
    """The API. Given no runtime/dispatcher it builds them from settings at start-up: RQ when
    CASENOTE_REDIS_URL is set, else an in-process worker thread. ``background`` runs the reconciler
    and webhook sender (and the embedded worker thread)."""
    from service.lifecycle import Services

    services = Services(settings or (runtime.settings if runtime else Settings()), runtime, dispatcher, background)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        services.start()
        app.state.runtime, app.state.dispatcher, app.state.services = services.runtime, services.dispatcher, services
        try:
            yield
        finally:
            services.stop()
            app.state.authenticator.close()

    app = FastAPI(
        title="casenote",
        version="0.1.0",
        summary="Dictated visit notes in, structured case notes out.",
        lifespan=lifespan,
    )
    app.state.authenticator = Authenticator.from_settings(services.settings)  # static tokens and/or OIDC
    app.add_middleware(BodySizeLimit, settings=services.settings)
    app.add_middleware(ControlCharacterGuard)  # outermost: a NUL byte in a URL goes no further
    errors.register(app)
    secured = [Depends(require_identified_access)]  # a valid token, and not a redacted-only (QA) one
    app.include_router(health.router)
    app.include_router(pages.router)
    app.include_router(signin.router)  # no token yet: this is how the pages get one
    app.include_router(review.router)  # each endpoint states its roles
    app.include_router(access_log.router)  # supervisors and QA (QA's view has no identifiers)
    app.include_router(voice.router)  # feedback, 2a, 2b and returns; each endpoint states its roles (never QA)
    app.include_router(photos.router)  # photos of direct work; each endpoint states its roles (never QA)
    app.include_router(holds.router)  # administrators (and supervisors, to place one)
    for module in (dictations, uploads, webhooks, transcriptions):
        app.include_router(module.router, dependencies=secured)
    app.include_router(notes.router, dependencies=[*secured, LogNoteRead])  # each note read is logged
    document_statuses(app)
    return app
