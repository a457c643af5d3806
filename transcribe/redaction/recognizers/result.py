"""Shared helper: a RecognizerResult carrying the metadata Presidio's engine expects."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult


def make_result(recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float, why: str = "") -> RecognizerResult:
    return RecognizerResult(
        entity, start, end, score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=why or None
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
