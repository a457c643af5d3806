"""What a service process builds once at start (``service/runtime.py``)."""

from __future__ import annotations

import pytest


def test_webhook_without_secret_refused_at_start(tmp_path):
    from service.runtime import ConfigurationError, build_runtime
    from tests.conftest import make_settings

    with pytest.raises(ConfigurationError, match="WEBHOOK_SECRET"):
        build_runtime(make_settings(tmp_path, webhook_url="http://127.0.0.1:9/hook"))
