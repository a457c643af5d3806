"""OpenAI-compatible ``POST /v1/audio/transcriptions`` for short clips: a plain transcriber, nothing stored."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse

from store.audio_store import UploadTooLarge
from worker.dispatch import ClipTimeout

from ..deps import DispatcherDep, RuntimeDep
from ..errors import UploadTooLargeError
from ..intake import validate_audio
from ..schemas.transcriptions import TranscriptionJson, TranscriptionVerbose, VerboseSegment

router = APIRouter(prefix="/v1/audio", tags=["openai-compatible"])

FORMATS = ("json", "text", "verbose_json")


@router.post(
    "/transcriptions",
    response_model=TranscriptionJson | TranscriptionVerbose,
    responses={200: {"content": {"text/plain": {}}}, 413: {}, 415: {}, 422: {}, 504: {}},
)
def create_transcription(
    rt: RuntimeDep,
    dispatcher: DispatcherDep,
    file: Annotated[UploadFile, File()],
    model: Annotated[str, Form(description="Accepted for compatibility (e.g. whisper-1); the server's model is used")] = "whisper-1",
    response_format: Annotated[str, Form()] = "json",
    language: Annotated[str | None, Form()] = None,
    prompt: Annotated[str | None, Form()] = None,
    temperature: Annotated[float | None, Form()] = None,
):
    if response_format not in FORMATS:
        return JSONResponse(
            status_code=422,
            content={
                "detail": f"response_format {response_format!r} is not supported; use one of {', '.join(FORMATS)}.",
                "error": {"message": f"Unsupported response_format {response_format!r}", "type": "invalid_request_error",
                          "param": "response_format", "code": None},
            },
        )
    try:
        tmp, _, _ = rt.store.spool(file.file, limit=rt.settings.max_upload_bytes)
    except UploadTooLarge as exc:
        raise UploadTooLargeError(exc.limit) from exc
    try:
        validate_audio(tmp, rt.settings.clip_max_seconds, file.filename)  # 415/413/422 now, not in a worker
        try:
            t = dispatcher.transcribe_clip(str(tmp), rt.settings.clip_wait_s)
        except ClipTimeout as exc:
            raise HTTPException(status_code=504, detail=str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    text = t["text"]
    if response_format == "text":
        return PlainTextResponse(text + "\n")
    if response_format == "json":
        return TranscriptionJson(text=text)
    return TranscriptionVerbose(
        language="english" if t.get("language", "en") == "en" else t.get("language", ""),
        duration=t["duration_s"],
        text=text,
        segments=[
            VerboseSegment(
                id=i, start=s["start"], end=s["end"], text=s["text"], avg_logprob=s.get("avg_logprob", 0.0),
                compression_ratio=s.get("compression_ratio", 0.0), no_speech_prob=s.get("no_speech_prob", 0.0),
            )
            for i, s in enumerate(t.get("segments", []))
        ],
    )
