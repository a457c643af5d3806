"""The OpenAI audio API's shapes, as its official client parses them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class DurationUsage(BaseModel):
    type: Literal["duration"] = "duration"
    seconds: float


class TranscriptionJson(BaseModel):
    text: str
    usage: DurationUsage


class VerboseSegment(BaseModel):
    id: int
    seek: int = 0
    start: float
    end: float
    text: str
    tokens: list[int] = []
    temperature: float = 0.0
    avg_logprob: float
    compression_ratio: float
    no_speech_prob: float


class VerboseWord(BaseModel):
    word: str
    start: float
    end: float


class TranscriptionVerbose(BaseModel):
    task: str = "transcribe"
    language: str
    duration: float
    text: str
    segments: list[VerboseSegment] | None = None  # with timestamp_granularities "segment" (the default)
    words: list[VerboseWord] | None = None  # with timestamp_granularities "word"
    usage: DurationUsage


class TextDelta(BaseModel):
    """A server-sent event of ``stream=true``: text heard since the last one (deltas join to the whole text)."""

    type: Literal["transcript.text.delta"] = "transcript.text.delta"
    delta: str


class TextDone(BaseModel):
    """The last server-sent event of ``stream=true``: the whole transcript."""

    type: Literal["transcript.text.done"] = "transcript.text.done"
    text: str


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class ErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorBody(BaseModel):
    """Every error of the /v1 routes, in OpenAI's shape, so its clients show the message."""

    error: ErrorDetail
