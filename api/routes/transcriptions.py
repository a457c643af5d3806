"""OpenAI-compatible ``/v1``: transcription of short clips and the models this server can load, in the shapes
the official ``openai`` client parses (errors included). A plain transcriber: nothing is stored. The clip is
spooled to a temporary file that is deleted once it is transcribed; the transcript is never written (in
production it comes back from the worker over Redis pub/sub, and the job is deleted as it ends).

    POST /v1/audio/transcriptions   json, text, srt, vtt, verbose_json (words with timestamp_granularities[]=word);
                                    stream=true: server-sent transcript.text.delta events, then transcript.text.done
    GET  /v1/models, /v1/models/{id}
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Generator, Iterator
from itertools import chain
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel

from service import transcriptions as transcription_service
from service.errors import ModelNotFoundError
from service.intake import receive_clip
from service.lifecycle import ClipTimeout
from service.settings import Settings
from service.transcriptions import ModelInfo, Transcript

from ..deps import CurrentPrincipal, DispatcherDep, RuntimeDep, record_access
from ..errors import openai_error
from ..schemas.transcriptions import (
    DurationUsage,
    ErrorBody,
    ErrorDetail,
    ModelCard,
    ModelList,
    TextDelta,
    TextDone,
    TranscriptionJson,
    TranscriptionVerbose,
    VerboseSegment,
    VerboseWord,
)

log = logging.getLogger(__name__)

FORMATS = ("json", "text", "srt", "verbose_json", "vtt")
GRANULARITIES = ("segment", "word")
SERVER_MODEL = "whisper-1"  # what OpenAI's clients send by default: this server's configured model


class OpenAIRequestError(Exception):
    """A request the /v1 routes refuse, with OpenAI's ``param`` and ``code``."""

    def __init__(self, status_code: int, message: str, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.status_code, self.message, self.param, self.code = status_code, message, param, code


class OpenAIErrorRoute(APIRoute):
    """Answers every error of its routes in OpenAI's shape, ``{"error": {"message", "type", "param", "code"}}``.
    The API's own handlers (``api.errors``, FastAPI's) still decide the status and the message."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def handle(request: Request):
            try:
                return await handler(request)
            except OpenAIRequestError as exc:
                return openai_error(exc.status_code, exc.message, exc.param, exc.code)
            except Exception as exc:
                return await _reshaped(request, exc)

        return handle


def _errors(*codes: int) -> dict:
    return {code: {"model": ErrorBody} for code in codes}


router = APIRouter(prefix="/v1", tags=["openai-compatible"], route_class=OpenAIErrorRoute, responses=_errors(401, 403, 500, 503))


@router.post(
    "/audio/transcriptions",
    response_model=TranscriptionJson | TranscriptionVerbose,
    response_model_exclude_none=True,
    responses={200: {"content": {"text/plain": {}, "text/vtt": {}, "text/event-stream": {}}}, **_errors(404, 413, 415, 422, 504)},
)
def create_transcription(
    rt: RuntimeDep,
    dispatcher: DispatcherDep,
    principal: CurrentPrincipal,
    file: Annotated[UploadFile, File()],
    model: Annotated[str, Form(description=f"{SERVER_MODEL} (this server's model) or an id from GET /v1/models")] = SERVER_MODEL,
    response_format: Annotated[str, Form(description=", ".join(FORMATS))] = "json",
    stream: Annotated[bool, Form(description="Server-sent events of the text as it is heard")] = False,
    granularities: Annotated[list[str] | None, Form(alias="timestamp_granularities[]")] = None,
    granularities_plain: Annotated[list[str] | None, Form(alias="timestamp_granularities")] = None,
    language: Annotated[str | None, Form(description="Accepted; English is always transcribed")] = None,
    prompt: Annotated[str | None, Form(description="Accepted and not used")] = None,
    temperature: Annotated[float | None, Form(description="Accepted and not used")] = None,
):
    _check_choice("response_format", [response_format], FORMATS)
    asked = [*(granularities or []), *(granularities_plain or [])]
    _check_choice("timestamp_granularities", asked, GRANULARITIES)
    model_id = _model_id(rt.settings, model)
    clip = receive_clip(rt, file.file, file.filename)  # 413/415/422 now, not in a worker
    try:
        if stream:
            events = dispatcher.stream_clip(str(clip), rt.settings.clip_wait_s, model_id)
            first = next(events)  # a clip the worker refuses gets its status code, not a broken stream
        else:
            transcript = dispatcher.transcribe_clip(str(clip), rt.settings.clip_wait_s, model_id)
    except BaseException:
        clip.unlink(missing_ok=True)
        raise
    record_access(rt.sessions, principal, "transcription")  # who, when; never the text
    if stream:
        return StreamingResponse(_sse(first, events, clip), media_type="text/event-stream")
    clip.unlink(missing_ok=True)
    return _render(transcript, response_format, set(asked) or {"segment"})


@router.get("/models", response_model=ModelList)
def list_models(rt: RuntimeDep) -> ModelList:
    return ModelList(data=[_card(m) for m in transcription_service.list_models(rt.settings)])


@router.get("/models/{model_id}", response_model=ModelCard, responses=_errors(404))
def retrieve_model(model_id: str, rt: RuntimeDep) -> ModelCard:
    return _card(_find_model(rt.settings, model_id))


# -- requests -----------------------------------------------------------------------------------
def _check_choice(param: str, values: list[str], allowed: tuple[str, ...]) -> None:
    for value in values:
        if value not in allowed:
            raise OpenAIRequestError(
                422, f"{param} {value!r} is not supported; use one of {', '.join(allowed)}.", param, "invalid_value"
            )


def _model_id(settings: Settings, model: str) -> str | None:
    """The model a request names: ``None`` for this server's own (whisper-1), else an id from GET /v1/models."""
    return None if model in ("", SERVER_MODEL) else _find_model(settings, model).name


def _find_model(settings: Settings, model_id: str) -> ModelInfo:
    models = transcription_service.list_models(settings)
    for info in models:
        if info.name == model_id:
            return info
    raise OpenAIRequestError(
        404,
        f"The model {model_id!r} is not available here. Use {SERVER_MODEL} (this server's model) or one of "
        f"{', '.join(m.name for m in models)} (GET /v1/models).",
        "model",
        "model_not_found",
    )


# -- answers ------------------------------------------------------------------------------------
def _render(t: Transcript, response_format: str, granularities: set[str]):
    usage = DurationUsage(seconds=t.duration_s)
    if response_format == "text":
        return PlainTextResponse(t.text + "\n")
    if response_format == "srt":
        return PlainTextResponse(transcription_service.render_subtitles(t, "srt"))
    if response_format == "vtt":
        return PlainTextResponse(transcription_service.render_subtitles(t, "vtt"), media_type="text/vtt")
    if response_format == "json":
        return TranscriptionJson(text=t.text, usage=usage)
    return TranscriptionVerbose(
        language="english" if t.language == "en" else t.language,
        duration=t.duration_s,
        text=t.text,
        segments=[
            VerboseSegment(id=i, start=s.start, end=s.end, text=s.text, avg_logprob=s.avg_logprob,
                           compression_ratio=s.compression_ratio, no_speech_prob=s.no_speech_prob)
            for i, s in enumerate(t.segments)
        ] if "segment" in granularities else None,
        words=[
            VerboseWord(word=w.word.strip(), start=w.start, end=w.end) for s in t.segments for w in s.words
        ] if "word" in granularities else None,
        usage=usage,
    )


def _sse(first, events: Generator, clip: Path) -> Iterator[str]:
    """``transcript.text.delta`` per segment as the worker decodes it (the deltas join to the whole text),
    then ``transcript.text.done``; a failure after the first event is an ``error`` event."""
    said = False
    try:
        for event in chain([first], events):
            if isinstance(event, Transcript):
                yield _event(TextDone(text=event.text))
            else:
                yield _event(TextDelta(delta=(" " if said else "") + event.text))
                said = True
    except Exception as exc:
        log.exception("streamed transcription failed")
        timeout = isinstance(exc, ClipTimeout)
        message = str(exc) if timeout else "Transcription failed; try again."
        yield _event(ErrorBody(error=ErrorDetail(message=message, type="server_error", code="timeout" if timeout else None)))
    finally:
        events.close()
        clip.unlink(missing_ok=True)


def _event(body: BaseModel) -> str:
    return f"data: {body.model_dump_json(exclude_none=True)}\n\n"


def _card(info: ModelInfo) -> ModelCard:
    return ModelCard(
        id=info.name,
        created=int((info.path / "model.bin").stat().st_mtime),
        owned_by="casenote" if info.source == "package" else "council",
    )


# -- errors -------------------------------------------------------------------------------------
CODES = {401: "invalid_api_key", 403: "forbidden", 404: "not_found", 413: "too_large", 504: "timeout"}


async def _reshaped(request: Request, exc: Exception) -> JSONResponse:
    """The response the app's own handler gives ``exc``, in OpenAI's shape."""
    if isinstance(exc, ClipTimeout):
        return openai_error(504, str(exc), code="timeout")
    if isinstance(exc, ModelNotFoundError):  # the worker could not load the model asked for
        return openai_error(404, str(exc), "model", "model_not_found")
    handler = next((request.app.exception_handlers[c] for c in type(exc).__mro__ if c in request.app.exception_handlers), None)
    if handler is None:
        log.exception("/v1 request failed")
        return openai_error(500, "Transcription failed on the server; try again, and tell IT if it keeps failing.")
    response = handler(request, exc)
    if inspect.isawaitable(response):
        response = await response
    body = json.loads(response.body)
    detail, param = body.get("detail"), None
    if isinstance(detail, list):  # FastAPI's field errors
        where = [".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]) for e in detail]
        param = where[0] if where else None
        detail = "; ".join(f"{w}: {e['msg']}" for w, e in zip(where, detail))
    code = body.get("problem") or CODES.get(response.status_code)
    kept = {k: v for k, v in response.headers.items() if k.lower() in ("www-authenticate", "retry-after")}
    return openai_error(response.status_code, str(detail), param, code, kept)
