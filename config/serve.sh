#!/bin/sh
# `make serve`: the app in production on one machine. Prepares the database and the static
# files, then runs gunicorn and, beside it, the worker for background tasks. Ctrl-C or a TERM
# stops both, and either one stopping on its own stops the other, so a supervisor notices.
# Settings come from the environment (see README, "Configuration" and "Production").
set -eu
cd "$(dirname "$0")/.."

BIN=${BIN:-.venv/bin}
HOST=${HOST:-0.0.0.0:8000}
# Gunicorn's usual rule of thumb: two workers per core, plus one.
WEB_CONCURRENCY=${WEB_CONCURRENCY:-$((2 * $(getconf _NPROCESSORS_ONLN) + 1))}

if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
    echo "serve: set DJANGO_SECRET_KEY to a long random value, e.g. the output of" >&2
    echo "  python3 -c 'import secrets; print(secrets.token_urlsafe(50))'" >&2
    exit 2
fi

manage() { "$BIN/python" manage.py "$@"; }

# Deployment warnings are printed for the operator to read; only errors stop the start.
manage check --deploy
manage migrate --noinput
manage createcachetable
manage collectstatic --noinput --verbosity 0

case "$(echo "${TASKS_BACKEND:-database}" | tr '[:upper:]' '[:lower:]')" in
    rq) set -- rqworker --job-class django_tasks_rq.Job default ;;
    *) set -- db_worker ;;
esac

echo "serve: http://$HOST/ with $WEB_CONCURRENCY gunicorn workers and a task worker ($1)"
"$BIN/python" manage.py "$@" &
worker=$!
# No control socket: it lives at one path per user, which a second server would take over.
"$BIN/gunicorn" config.wsgi --bind "$HOST" --workers "$WEB_CONCURRENCY" --no-control-socket &
web=$!

# Ctrl-C reaches both from the terminal already: a second signal would make the task
# worker abandon its current task, so only a TERM (from a supervisor) is passed on.
stopping=""
trap 'stopping=1' INT
trap 'stopping=1; kill -TERM "$web" "$worker" 2>/dev/null || true' TERM

while [ -z "$stopping" ] && kill -0 "$web" 2>/dev/null && kill -0 "$worker" 2>/dev/null; do
    sleep 1 || true
done
if [ -z "$stopping" ]; then
    echo "serve: one of the web server and the task worker stopped; stopping the other" >&2
    kill -TERM "$web" "$worker" 2>/dev/null || true
fi
wait "$web" 2>/dev/null || true
wait "$worker" 2>/dev/null || true
[ -n "$stopping" ]
