from __future__ import annotations

from pydantic import BaseModel


class TranscriptionJson(BaseModel):
    text: str


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


class TranscriptionVerbose(BaseModel):
    task: str = "transcribe"
    language: str
    duration: float
    text: str
    segments: list[VerboseSegment]
