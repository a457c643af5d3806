"""One settings object, read once from CASENOTE_* environment variables (or a .env file).

Stage code never reads the environment: adapters (CLI, API, worker) build a Settings once
and turn it into stage options with :func:`pipeline_options`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


ROLES = ("practitioner", "supervisor", "qa", "cms", "admin")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
OIDC_ALGORITHMS = ("RS256", "ES256")


def split_pairs(spec: str | None) -> list[str]:
    """``key=value`` entries of a list setting: split on ``;`` when it has one (a key may then hold
    commas, as an Active Directory DN does), else on ``,``."""
    spec = spec or ""
    return [p for p in spec.split(";" if ";" in spec else ",") if p.strip()]


def outbound_url_problem(url: str) -> str | None:
    """Why casenote must not send a note to ``url`` (None if it may): only https, or http to this machine's
    loopback (a receiver on the same host, or a test)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return "is not a URL: give the case system's https:// address"
    if not host:
        return "has no host: give the case system's https:// address"
    if parts.scheme == "https":
        return None
    if parts.scheme == "http" and (host in LOOPBACK_HOSTS or host.startswith("127.")):
        return None
    return "must be https:// (plain http only to the loopback address): notes hold a child's details"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASENOTE_", env_file=".env", extra="ignore")

    # --- speech recognition
    model: str = Field("base", description="Named model (tiny.en, base) or path to a CTranslate2 model directory")
    device: Literal["auto", "cpu", "cuda"] = Field("auto", description="auto picks CUDA when a GPU is visible to CTranslate2")
    compute_type: str = Field("auto", description="auto = int8 on CPU, float16 on CUDA; or any CTranslate2 type")
    cpu_threads: int = Field(0, description="CTranslate2 threads per worker; 0 lets it decide")
    beam_size: int = Field(5, description="Whisper beam width (1 is faster, 5 more accurate)")
    model_cache_dir: Path | None = Field(None, description="Where split packaged models are joined; default ~/.cache/casenote/models")
    vocabulary_file: Path | None = Field(None, description="Per-council custom vocabulary, one term per line")
    spoken_roles: dict[str, str] = Field(
        default_factory=dict,
        description='What practitioners call a relative, by case-context role, over the north-east defaults: '
        '{"mother": "mum", "grandmother": "gran"}. The name follows that word in the recogniser\'s prompt.',
    )

    # --- limits
    max_audio_seconds: float = Field(30 * 60, description="Longest recording accepted (413 / AudioTooLongError beyond)")
    max_upload_bytes: int = Field(200 * 1024 * 1024, ge=1, le=2**31 - 1, description="Largest upload accepted (413 beyond); at most 2 GiB (sizes are 32-bit columns)")
    max_text_chars: int = Field(100_000, description="Largest text the text stages accept")

    # --- redaction
    redaction_operator: Literal["replace", "mask", "pseudonymise"] = Field("replace", description="replace = [ROLE] placeholders; mask; pseudonymise = reversible with CASENOTE_PSEUDONYM_KEY")
    pseudonym_key: str | None = Field(None, description="Secret for reversible per-case pseudonyms")

    # --- the filed note
    note_template: str = Field("signs-of-safety", description="The case note template: signs-of-safety, assessment-framework, or the path of a council's own JSON file (see transcribe/templates/)")

    # --- service
    data_dir: Path = Field(Path("var"), description="Audio store and embedded database live here")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default sqlite:///<data_dir>/casenote.db")
    redis_url: str | None = Field(None, description="redis://...; unset = embedded mode (in-process worker)")
    queue_name: str = Field("casenote", description="RQ queue name")
    job_timeout_s: int = Field(3600, description="a dictation still processing after this many seconds fails (RQ stops a hung job a minute later)")
    job_retries: int = Field(3, description="RQ retries for a failed job")
    reconcile_interval_s: int = Field(60, description="How often the reconciler re-enqueues accepted dictations with no note")
    webhook_url: str | None = Field(None, description="Where finished notes are POSTed (signed); unset = pull only")
    webhook_secret: str | None = Field(None, description="HMAC-SHA256 key for webhook signatures (required with webhook_url)")
    webhook_max_attempts: int = Field(6, description="Delivery attempts before a webhook is marked failed (replayable)")
    key_file: Path | None = Field(None, description="Council key file for encryption at rest: base64 keys, one a line, the first current (0600); unset with CASENOTE_KEY unset = <data_dir>/keys/council.key, generated on first start")
    key: str | None = Field(None, description="Council key(s) as base64, comma-separated, the first current; instead of CASENOTE_KEY_FILE")
    retention_days: int | None = Field(None, ge=1, description="Days a finished dictation, its note, versions, approval, audits and webhook deliveries are kept; unset keeps them")
    audio_retention_days: int | None = Field(None, ge=1, description="Days a finished dictation's audio (and an abandoned upload) is kept, when sooner than CASENOTE_RETENTION_DAYS; unset = that")
    access_log_retention_days: int | None = Field(None, ge=1, description="Days access-log entries are kept; unset keeps them")
    retention_batch_size: int = Field(100, ge=1, le=10_000, description="Dictations deleted per transaction by a retention run")
    api_tokens: str | None = Field(None, description="Comma-separated token=role pairs; unset = open (embedded use)")
    job_retry_backoff_s: list[int] = Field([10, 60, 300], description="Seconds before each job retry (RQ Retry intervals)")
    job_heartbeat_s: float = Field(10.0, description="How often a running job marks its dictation alive")
    job_stale_after_s: float = Field(120.0, description="A running dictation silent this long is re-enqueued by the reconciler")
    webhook_backoff_s: float = Field(10.0, description="First webhook retry delay; doubles per attempt")
    webhook_timeout_s: float = Field(10.0, description="Per-attempt timeout for a webhook POST")
    webhook_poll_s: float = Field(2.0, description="How often a process looks for webhook deliveries that are due")
    clip_max_seconds: float = Field(600.0, description="Longest clip /v1/audio/transcriptions accepts")
    clip_wait_s: float = Field(300.0, description="How long /v1/audio/transcriptions waits for a worker")

    # --- sign-in through the council's identity provider (OIDC); works beside api_tokens
    oidc_issuer: str | None = Field(None, description="OIDC issuer URL exactly as in the tokens' iss (Entra ID: https://login.microsoftonline.com/<tenant>/v2.0; Keycloak: https://<host>/realms/<realm>); unset = no OIDC")
    oidc_audience: str | None = Field(None, description="The tokens' aud: casenote's client id / application ID URI at the IdP (required with oidc_issuer)")
    oidc_jwks_url: str | None = Field(None, description="Signing keys (JWKS) URL; unset = jwks_uri from <issuer>/.well-known/openid-configuration")
    oidc_role_claim: str = Field("roles", description="Claim holding the user's groups/roles; a dotted path for nested claims (Keycloak: realm_access.roles)")
    oidc_role_map: str | None = Field(None, description="group=role pairs, comma-separated (CSC-Practitioners=practitioner,CSC-QA=qa), or semicolon-separated where group names hold commas (Active Directory DNs: CN=CSC-QA,OU=Groups,DC=council,DC=gov,DC=uk=qa;...); unset = claim values that already are casenote roles")
    oidc_client_id: str | None = Field(None, description="The pages' client id at the IdP (a public client: authorization code with PKCE, redirect URI <casenote>/app/signed-in); unset = CASENOTE_OIDC_AUDIENCE")
    oidc_scope: str = Field("openid profile", description="Scopes the pages ask for when signing in")
    oidc_name_claim: str = Field("name", description="Claim with the person's display name, recorded on approvals and audits")
    oidc_algorithms: list[str] = Field(["RS256", "ES256"], description="Accepted token signature algorithms: RS256 and/or ES256 (never none or HS*)")
    oidc_leeway_s: float = Field(60.0, description="Clock skew allowed on exp/nbf/iat, in seconds")
    oidc_jwks_ttl_s: float = Field(3600.0, description="How long fetched signing keys are trusted before they are fetched again")
    oidc_http_timeout_s: float = Field(5.0, description="Timeout for fetching the discovery document and JWKS")

    @field_validator("model")
    @classmethod
    def _model_not_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("CASENOTE_MODEL must name a model (tiny.en, base) or a model directory")
        return v.strip()

    @field_validator("webhook_url")
    @classmethod
    def _https_webhook(cls, v: str | None) -> str | None:
        if v is not None and (problem := outbound_url_problem(v)):
            raise ValueError(f"CASENOTE_WEBHOOK_URL {problem}")
        return v

    @field_validator("oidc_algorithms")
    @classmethod
    def _asymmetric_only(cls, v: list[str]) -> list[str]:
        algs = [a.strip().upper() for a in v if a.strip()]
        bad = [a for a in algs if a not in OIDC_ALGORITHMS]
        if bad or not algs:
            raise ValueError(
                f"CASENOTE_OIDC_ALGORITHMS may list only {', '.join(OIDC_ALGORITHMS)} (got {bad or 'none'}): "
                "tokens must be signed with the identity provider's private key"
            )
        return algs

    @model_validator(mode="after")
    def _oidc_complete(self) -> Settings:
        if self.oidc_issuer and not (self.oidc_audience or "").strip():
            raise ValueError(
                "CASENOTE_OIDC_ISSUER is set but CASENOTE_OIDC_AUDIENCE is not: set it to casenote's client id "
                "(or application ID URI) at the identity provider, so tokens minted for other apps are refused"
            )
        if not self.oidc_issuer and (self.oidc_audience or self.oidc_jwks_url or self.oidc_role_map):
            raise ValueError("CASENOTE_OIDC_* settings are set but CASENOTE_OIDC_ISSUER is not: set the issuer URL too")
        for part in split_pairs(self.oidc_role_map):
            group, sep, role = part.strip().rpartition("=")
            if part.strip() and (not sep or not group.strip() or role.strip() not in ROLES):
                raise ValueError(
                    f"CASENOTE_OIDC_ROLE_MAP entry {part.strip()!r} must be group=role with role one of {', '.join(ROLES)}"
                )
        return self

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'casenote.db').resolve()}"
