"""Django settings for the IPSP platform: one module, every variable read through `cms.env`.

Embedded defaults (no variable set): SQLite, Wagtail's database search, Celery tasks run
eagerly, e-mail printed to the console, media on disk. Services are chosen by
`DATABASE_URL`, `ELASTICSEARCH_URL`, `CELERY_BROKER_URL`, `REDIS_URL` and `EMAIL_URL`.
`IPSP_PROFILE=production` hardens everything and refuses to start without secrets.
"""

from urllib.parse import urlparse

import dj_database_url
import dj_email_url

from cms.env import BASE_DIR, load_environment

ENV = load_environment()

DEBUG = ENV.effective_debug
SECRET_KEY = ENV.effective_secret_key
ALLOWED_HOSTS = ENV.effective_allowed_hosts
CSRF_TRUSTED_ORIGINS = ENV.csrf_trusted_origins

INSTALLED_APPS = [
    # The project's own apps first, so their templates override the packages' ones.
    "cms",
    "home",
    "directory",
    "publications",
    "encyclopedia",
    "workflows",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail.embeds",
    "wagtail.sites",
    "cms.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
AUTH_USER_MODEL = "cms.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site_navigation",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
DATABASES = {"default": dj_database_url.parse(ENV.database_url, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the development server read while a command writes; the timeout rides out locks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (rate limits and throttles need a shared one in services mode) -----------------
if ENV.cache_url:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": ENV.cache_url,
            "KEY_PREFIX": "ipsp",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Passwords ----------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------------
# The ten most spoken languages named by the work programme; English is the source language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("zh-hans", "简体中文"),
    ("fr", "Français"),
    ("hi", "हिन्दी"),
    ("ja", "日本語"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("sw", "Kiswahili"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

# --- Static and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = ENV.static_root
MEDIA_URL = "/media/"
MEDIA_ROOT = ENV.media_root
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if ENV.is_production
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- E-mail -------------------------------------------------------------------------------
_email = dj_email_url.parse(ENV.email_url)
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = bool(_email.get("EMAIL_USE_TLS"))
EMAIL_USE_SSL = bool(_email.get("EMAIL_USE_SSL"))
DEFAULT_FROM_EMAIL = ENV.default_from_email
SERVER_EMAIL = ENV.default_from_email

# --- Search -------------------------------------------------------------------------------
if ENV.elasticsearch_url:
    _es = urlparse(ENV.elasticsearch_url)
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's Elasticsearch 8/9 backend with an analyser per language.
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ENV.elasticsearch_url],
            "INDEX_PREFIX": "ipsp_",
            "TIMEOUT": 10,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
            "PLUGINS": ENV.elasticsearch_plugins or None,
        }
    }
else:
    # Wagtail's database search (SQLite FTS5 or PostgreSQL), per language: search/backends.
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

# --- Background work ----------------------------------------------------------------------
# The project's own tasks use Celery; with no broker they run eagerly in the request.
CELERY_BROKER_URL = ENV.celery_broker_url or "memory://"
# Results are kept only where a broker can hold them (Redis); eager mode needs none.
CELERY_RESULT_BACKEND = (
    ENV.celery_broker_url if ENV.celery_broker_url.startswith(("redis://", "rediss://")) else None
)
CELERY_RESULT_EXPIRES = 60 * 60 * 24
CELERY_TASK_ALWAYS_EAGER = not ENV.celery_broker_url
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "ipsp"
CELERY_TIMEZONE = TIME_ZONE
# Celery's own root-logger setup would bypass the redacting filter of LOGGING below.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Run by `celery -A cms beat` next to the workers.
CELERY_BEAT_SCHEDULE: dict = {
    "purge-spam-log": {"task": "directory.purge_spam_log", "schedule": 60 * 60 * 6},
    "send-digests": {"task": "directory.send_digests", "schedule": 60 * 60 * 24},
    "suggest-introductions": {"task": "directory.suggest_introductions", "schedule": 60 * 60 * 24},
    "remind-overdue-reviews": {"task": "workflows.remind_overdue_reviews", "schedule": 60 * 60 * 24},
    "close-consultations": {"task": "workflows.close_consultations", "schedule": 60 * 60},
    "propose-encyclopedia-pages": {"task": "encyclopedia.propose_pages", "schedule": 60 * 60 * 24 * 7},
}
# The weekly encyclopedia proposals: groups of at least MIN_SIZE live entries that share at least
# MIN_SHARED_TERMS themes, domains, disciplines, project types or countries (encyclopedia/clustering.py).
ENCYCLOPEDIA_CLUSTER_MIN_SHARED_TERMS = 3
ENCYCLOPEDIA_CLUSTER_MIN_SIZE = 3
# Wagtail's own background work (search index, reference index) stays immediate.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- DataCite (DOIs of initiatives, minted by the `directory.mint_doi` task) ---------------
# Without a prefix, a repository ID and a password, no DOI is requested: it stays "pending".
DATACITE_API_URL = ENV.datacite_api_url.rstrip("/")
DATACITE_PREFIX = ENV.datacite_prefix
DATACITE_REPOSITORY_ID = ENV.datacite_repository_id
DATACITE_PASSWORD = ENV.datacite_password
DATACITE_PUBLISHER = ENV.datacite_publisher

# --- Wagtail ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "International Platform for Social Progress"
WAGTAILADMIN_BASE_URL = ENV.base_url
WAGTAILAPI_BASE_URL = ENV.base_url
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip", "mp3"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILLOCALIZE_JQUERY_DIALOG = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# --- Logging: one line per event, never a request body (contributors' data stays out) -----
# Every handler redacts access tokens and e-mail addresses; Django's own loggers (request
# paths, the development server's access lines) are routed through it instead of their defaults.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"private": {"()": "cms.log_filters.RedactPrivateData"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["private"]}
    },
    "root": {"handlers": ["console"], "level": "INFO" if ENV.is_production else "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "celery": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# --- Production hardening -----------------------------------------------------------------
if ENV.is_production:
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
    X_FRAME_OPTIONS = "DENY"
    if ENV.secure_proxy_ssl_header:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
