"""Per-resource response schemas (pydantic at the API boundary only)."""
