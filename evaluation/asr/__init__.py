"""ASR evaluation: bare faster-whisper against the casenote pipeline, per accent group."""
