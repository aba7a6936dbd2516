"""The one typed schema of the environment variables that configure the platform.

Every setting that differs between a laptop and a production cluster is read here, once,
and nowhere else. The embedded defaults need no variable at all; the production profile
refuses to start without the values that must never have a default there.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BASE_DIR = Path(__file__).resolve().parent.parent

# Only ever used by the development profile; production refuses to start without its own key.
DEVELOPMENT_SECRET_KEY = "insecure-development-key-never-used-in-production"  # noqa: S105


class Profile(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


class ConfigurationError(RuntimeError):
    """Raised when the environment cannot describe a safe configuration."""


class Environment(BaseSettings):
    """The platform's environment, read from variables (and an optional `.env` file)."""

    model_config = SettingsConfigDict(
        env_file=BASE_DIR / ".env", env_file_encoding="utf-8", extra="ignore"
    )

    profile: Profile = Field(Profile.DEVELOPMENT, alias="IPSP_PROFILE")
    debug: bool | None = Field(None, alias="DEBUG")
    secret_key: str = Field("", alias="SECRET_KEY")
    allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="ALLOWED_HOSTS")
    csrf_trusted_origins: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="CSRF_TRUSTED_ORIGINS")
    base_url: str = Field("http://localhost:8000", alias="BASE_URL")

    database_url: str = Field(f"sqlite:///{BASE_DIR / 'db.sqlite3'}", alias="DATABASE_URL")
    elasticsearch_url: str = Field("", alias="ELASTICSEARCH_URL")
    # Analysis plugins the search index may use ("analysis-icu,analysis-smartcn,analysis-kuromoji"
    # or "none"); unset, those on every node are detected when the index is created.
    elasticsearch_plugins: str = Field("", alias="ELASTICSEARCH_PLUGINS")
    celery_broker_url: str = Field("", alias="CELERY_BROKER_URL")
    redis_url: str = Field("", alias="REDIS_URL")
    email_url: str = Field("console://", alias="EMAIL_URL")
    default_from_email: str = Field("IPSP <noreply@localhost>", alias="DEFAULT_FROM_EMAIL")
    # DataCite mints the DOIs of initiatives; with no prefix or credentials, DOIs stay pending.
    datacite_api_url: str = Field("https://api.test.datacite.org", alias="DATACITE_API_URL")
    datacite_prefix: str = Field("", alias="DATACITE_PREFIX")
    datacite_repository_id: str = Field("", alias="DATACITE_REPOSITORY_ID")
    datacite_password: str = Field("", alias="DATACITE_PASSWORD", repr=False)
    datacite_publisher: str = Field("International Panel on Social Progress", alias="DATACITE_PUBLISHER")

    media_root: Path = Field(BASE_DIR / "media", alias="MEDIA_ROOT")
    static_root: Path = Field(BASE_DIR / "static_collected", alias="STATIC_ROOT")
    # Behind a TLS-terminating proxy, Django learns the scheme from this header.
    secure_proxy_ssl_header: bool = Field(True, alias="SECURE_PROXY_SSL_HEADER")

    @field_validator("allowed_hosts", "csrf_trusted_origins", mode="before")
    @classmethod
    def split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @model_validator(mode="after")
    def production_needs_secrets(self) -> Environment:
        if self.profile is Profile.PRODUCTION:
            missing = [
                name
                for name, value in (("SECRET_KEY", self.secret_key), ("ALLOWED_HOSTS", self.allowed_hosts))
                if not value
            ]
            if missing:
                raise ConfigurationError(
                    "The production profile needs " + " and ".join(missing) + " to be set."
                )
            if len(self.secret_key) < 50 or self.secret_key == DEVELOPMENT_SECRET_KEY:
                raise ConfigurationError(
                    "SECRET_KEY must be at least 50 random characters in production."
                )
        return self

    @property
    def is_production(self) -> bool:
        return self.profile is Profile.PRODUCTION

    @property
    def effective_debug(self) -> bool:
        if self.debug is not None:
            return self.debug and not self.is_production
        return not self.is_production

    @property
    def effective_secret_key(self) -> str:
        return self.secret_key or DEVELOPMENT_SECRET_KEY

    @property
    def effective_allowed_hosts(self) -> list[str]:
        return self.allowed_hosts or ["localhost", "127.0.0.1", "[::1]", "testserver"]

    @property
    def cache_url(self) -> str:
        """Redis serves the cache (rate limits, sessions of the admin) when it is configured."""
        if self.redis_url:
            return self.redis_url
        if self.celery_broker_url.startswith(("redis://", "rediss://")):
            return self.celery_broker_url
        return ""


def load_environment() -> Environment:
    try:
        return Environment()
    except ConfigurationError:
        raise
    except ValueError as error:  # pydantic's ValidationError wraps our ConfigurationError
        cause = getattr(error, "errors", lambda: [])()
        messages = "; ".join(str(item.get("msg", item)) for item in cause) or str(error)
        raise ConfigurationError(messages) from error
