"""The HTTP API: a thin adapter over the service (`service/`): it parses a request, calls the service and answers."""
