# One image for web, worker and beat. Build: docker build -t ipsp .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext libpq5 \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 1000 ipsp
WORKDIR /app
COPY requirements.lock ./
RUN pip install -r requirements.lock
COPY . .
# Static files are collected with the production storage (hashed names), using throw-away secrets.
RUN IPSP_PROFILE=production ALLOWED_HOSTS=build \
    SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
    python manage.py collectstatic --noinput \
    && chown -R ipsp:ipsp /app
USER ipsp
EXPOSE 8000
CMD ["gunicorn", "cms.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
