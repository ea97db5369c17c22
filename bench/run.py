"""`make bench`: the site under production serving, measured against a bare Django view.

1. Creates (or reuses) the PostgreSQL database, migrates, loads the demo content and the
   scale data (`load_scale_data --resources N --programs M`, reused when present) and
   collects the static files.
2. Starts three gunicorn servers with the same gunicorn.conf.py (gthread, the same worker
   and thread counts): the minimal project (bench/minimal: one view, a 20-line template
   with a loop of 10, no database), the site with the page cache on, and the site with
   the page cache off (PAGE_CACHE_SECONDS=0: every request renders, from the search and
   fragment caches below it, as a page-cache miss does in production).
   Both sites use production settings, PostgreSQL with persistent connections and Redis
   at 127.0.0.1:6379 under a key prefix of their own.
3. Warms every server on every page (connections, compiled templates), then, in each of
   ``--rounds`` rounds (3) over every page, for each page alternates: minimal, the page
   with the cache warm, minimal, the page with the cache off, … each a short
   `wrk -t2 -c16 --latency` run after a warm-up run.
   A page's ratio is its requests/s over the mean of the two minimal runs beside it, so
   whatever else the machine is doing at that moment weighs on both sides alike.
4. Prints one table (the medians over the rounds of requests/s, p50, p99 and the ratio,
   cache warm and cache off, with the highest single-round p99 below it; queries
   per request from bench/queries.py; the gzip size of the body), then the two "worst
   ratio" lines last.
"""

import argparse
import datetime
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")
LOGS = Path(tempfile.gettempdir()) / "connection-hub-bench"


def say(text=""):
    print(text, flush=True)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default="postgres://postgres@127.0.0.1:5432/connection_hub_bench",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--programs", type=int, default=2_000)
    parser.add_argument("--duration", type=int, default=3, help="seconds per measured run")
    parser.add_argument("--warmup", type=int, default=1, help="seconds of warm-up per run")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="measure every page this many times, in turn; the table gives the medians",
    )
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--only", action="append", help="measure only pages with this label")
    parser.add_argument("--skip-load", action="store_true", help="reuse the database as is")
    return parser.parse_args()


# --- setting up ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(scheme="postgresql", path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
            say(f"Created the database {name}.")


def ensure_redis(url: str):
    """Redis answering at ``url``; started for this run (and stopped after) if not."""
    import redis

    try:
        redis.Redis.from_url(url, socket_timeout=1).ping()
        return None
    except redis.RedisError:
        pass
    server = shutil.which("redis-server")
    if not server:
        sys.exit(f"No Redis at {url} and no redis-server to start: apt-get install redis-server")
    port = urlsplit(url).port or 6379
    process = subprocess.Popen(
        [server, "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(50):
        try:
            redis.Redis.from_url(url, socket_timeout=1).ping()
            say(f"Started redis-server on port {port} for this run.")
            return process
        except redis.RedisError:
            time.sleep(0.1)
    process.kill()
    sys.exit(f"redis-server did not start on port {port}")


def site_environment(args, port: int, secret: str, cache: bool) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("DJANGO_", "DATABASE_", "GUNICORN_", "PAGE_CACHE", "SEARCH_CACHE", "FRAGMENT_CACHE")
        )
        and key not in {"REDIS_URL", "SITE_URL", "PORT", "WEB_CONCURRENCY", "CACHE_KEY_PREFIX"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="connection_hub.settings.prod",
        DJANGO_SECRET_KEY=secret,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL=f"http://127.0.0.1:{port}",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=args.database_url,
        DATABASE_CONN_MAX_AGE="60",
        REDIS_URL=args.redis_url,
        CACHE_KEY_PREFIX="connection-hub-bench",
        PORT=str(port),
    )
    # Inherited on purpose: WEB_CONCURRENCY and GUNICORN_THREADS, if the caller set them,
    # apply to the three servers alike.
    for name in ("WEB_CONCURRENCY", "GUNICORN_THREADS"):
        if name in os.environ:
            env[name] = os.environ[name]
    if not cache:
        # The page cache off; the caches below it (search results, fragments) work as in
        # production. `make bench-single` shows what a page costs with all of them off.
        env.update(PAGE_CACHE_SECONDS="0")
    return env


def manage(env, *argv, quiet=False):
    subprocess.run(
        [PYTHON, "manage.py", *argv],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def start_server(name: str, app: str, env: dict, port: int, probe: str):
    LOGS.mkdir(exist_ok=True)
    log = (LOGS / f"{name}.log").open("wb")
    process = subprocess.Popen(
        [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py"), app],
        cwd=ROOT,
        env={**env, "PORT": str(port), "GUNICORN_PROC_NAME": f"bench-{name}"},
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn for {name} exited; see {LOGS / f'{name}.log'}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{probe}", timeout=5).read()
            return process
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    process.kill()
    sys.exit(f"gunicorn for {name} did not answer within 60 s; see {LOGS / f'{name}.log'}")


def stop_server(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()


# --- measuring ----------------------------------------------------------------------------

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, args, seconds: int) -> dict:
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])}
    for pct in ("50", "99"):
        value, unit = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        result[f"p{pct}"] = float(value) * UNITS[unit]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    result["failed"] = (int(bad[1]) if bad else 0) + (
        sum(int(n) for n in errors.groups()) if errors else 0
    )
    return result


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by a process and its children (gunicorn's workers)."""
    total = 0.0
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            for child in children.read().split():
                total += cpu_seconds(int(child))
    except (OSError, ValueError, IndexError):
        pass
    return total


def machine_busy() -> tuple[float, float]:
    """Busy and total jiffies of every core since boot (/proc/stat's first line)."""
    with open("/proc/stat") as stat:
        fields = [int(n) for n in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return sum(fields) - idle, sum(fields)


def drain(server, run: dict) -> None:
    """Wait until the server, and PostgreSQL behind it, are idle again: wrk stops
    sending, but the requests it left in flight still run (a slow page can leave many
    seconds of work, much of it in PostgreSQL's processes rather than the server's), and
    that work must not weigh on the next run, the minimal view's in particular."""
    time.sleep(min(5.0, max(0.1, run["p99"] / 1000)))
    deadline = time.monotonic() + 60
    before = cpu_seconds(server.pid)
    busy_before, total_before = machine_busy()
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = cpu_seconds(server.pid)
        busy, total = machine_busy()
        machine = (busy - busy_before) / max(1, total - total_before)
        if now - before < 0.02 and machine < 0.15:  # the server and the machine at rest
            return
        before, busy_before, total_before = now, busy, total


def measure(server, url: str, args) -> dict:
    drain(server, wrk(url, args, args.warmup))
    run = wrk(url, args, args.duration)
    drain(server, run)
    return run


def median_run(runs: list[dict]) -> dict:
    """One page in one mode over the rounds: the median of each figure (a stall of the
    shared machine during one round moves one run, not the result); ``p99_max``: the
    highest p99 of any round, printed below the table."""
    return {
        **{key: statistics.median(run[key] for run in runs) for key in ("rps", "p50", "p99")},
        "ratio": statistics.median(run["ratio"] for run in runs),
        "p99_max": max(run["p99"] for run in runs),
        "failed": sum(run["failed"] for run in runs),
        "status": max((run["status"] for run in runs), key=lambda status: status != 200),
    }


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


# --- the table --------------------------------------------------------------------------

HEADER = (
    f"{'page':24} {'rps':>7} {'p50':>7} {'p99':>7} {'×min':>5}  │ "
    f"{'rps':>7} {'p50':>7} {'p99':>7} {'×min':>5}  │ {'queries':>9} {'gzip':>8}"
)
GROUPS = f"{'':24} {'──── page cache warm ────':>30} │ {'──── page cache off ─────':>30} │"


def row(label, warm, off, info):
    def cells(run):
        failed = run.get("failed") or not run["rps"] or run.get("status", 200) != 200
        return f"{run['rps']:7.0f} {run['p50']:5.1f}ms {run['p99']:5.0f}ms {run['ratio']:5.2f}" + (
            "!" if failed else " "
        )

    queries = (
        f"{info['queries_render']}/{info['queries_off']}/{info['queries_warm']}" if info else ""
    )
    size = f"{info['gzip_bytes'] / 1024:6.1f}KB" if info else ""
    return f"{label:24} {cells(warm)} │ {cells(off)} │ {queries:>9} {size:>8}"


def main():
    args = parse_args()
    started = time.monotonic()
    if not shutil.which("wrk"):
        sys.exit("wrk is required: apt-get install wrk (make bench installs it)")
    ports = {"minimal": free_port(), "warm": free_port(), "off": free_port()}
    secret = secrets.token_urlsafe(50)
    warm_env = site_environment(args, ports["warm"], secret, cache=True)
    off_env = site_environment(args, ports["off"], secret, cache=False)
    redis_process = ensure_redis(args.redis_url)
    ensure_database(args.database_url)
    if not args.skip_load:
        manage(warm_env, "migrate", "--noinput", "-v0")
        manage(warm_env, "load_demo", quiet=True)
        manage(
            warm_env,
            "load_scale_data",
            "--resources",
            str(args.resources),
            "--programs",
            str(args.programs),
        )
    manage(warm_env, "collectstatic", "--noinput", "-v0")
    say(f"Database ready after {time.monotonic() - started:.0f} s; counting queries …")
    info = json.loads(
        subprocess.run(
            [PYTHON, str(ROOT / "bench" / "queries.py")],
            cwd=ROOT,
            env=warm_env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    if args.only:
        info = {k: v for k, v in info.items() if any(o in k for o in args.only)}
    servers = []
    try:
        servers.append(
            start_server(
                "minimal", "bench.minimal.wsgi:application", warm_env, ports["minimal"], "/"
            )
        )
        servers.append(
            start_server(
                "site-warm", "connection_hub.wsgi:application", warm_env, ports["warm"], "/health/"
            )
        )
        servers.append(
            start_server(
                "site-off", "connection_hub.wsgi:application", off_env, ports["off"], "/health/"
            )
        )
        minimal_url = f"http://127.0.0.1:{ports['minimal']}/"
        say(
            f"Measuring {len(info)} pages × 2 against the minimal view, alternating "
            f"(wrk -t{args.threads} -c{args.connections}, {args.warmup} s warm-up + "
            f"{args.duration} s each) …"
        )
        by_mode = {"minimal": servers[0], "warm": servers[1], "off": servers[2]}
        # Every server warmed on every page first (each worker thread opens its database
        # and Redis connections and each process compiles its templates on first use),
        # so the first page measured does not carry the servers' start-up.
        wrk(minimal_url, args, args.warmup)
        for mode in ("warm", "off"):
            for page in info.values():
                wrk(f"http://127.0.0.1:{ports[mode]}{page['path']}", args, args.warmup)
            drain(by_mode[mode], {"p99": 500})
        minimal_runs = [measure(by_mode["minimal"], minimal_url, args)]
        rounds = {label: {"warm": [], "off": []} for label in info}
        for number in range(1, args.rounds + 1):
            if args.rounds > 1:
                say(f"  round {number} of {args.rounds} …")
            for label, page in info.items():
                for mode in ("warm", "off"):
                    url = f"http://127.0.0.1:{ports[mode]}{page['path']}"
                    page[f"status_{mode}"] = status_of(url)
                    run = measure(by_mode[mode], url, args)
                    run["status"] = page[f"status_{mode}"]
                    minimal_runs.append(measure(by_mode["minimal"], minimal_url, args))
                    beside = statistics.mean(r["rps"] for r in minimal_runs[-2:])
                    run["ratio"] = run["rps"] / beside
                    rounds[label][mode].append(run)
        results = {
            label: {mode: median_run(runs) for mode, runs in modes.items()}
            for label, modes in rounds.items()
        }
    finally:
        for server in servers:
            stop_server(server)
        if redis_process:
            redis_process.terminate()

    say(f"Measured in {time.monotonic() - started:.0f} s.")
    minimal = {
        "rps": statistics.mean(r["rps"] for r in minimal_runs),
        "p50": statistics.median(r["p50"] for r in minimal_runs),
        "p99": statistics.median(r["p99"] for r in minimal_runs),
        "ratio": 1.0,
    }
    say()
    say(
        f"make bench, {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores, PostgreSQL + Redis, gunicorn gthread "
        f"(gunicorn.conf.py), {args.resources:,} resources, {args.programs:,} programs, "
        f"median of {args.rounds} round{'s' if args.rounds != 1 else ''}; "
        f"took {time.monotonic() - started:.0f} s"
    )
    say(GROUPS)
    say(HEADER)
    say(row(f"minimal view ({len(minimal_runs)} runs)", minimal, minimal, None))
    for label, runs in results.items():
        say(row(label, runs["warm"], runs["off"], info[label]))
    say()
    say("queries: per request rendered with every cache off / with the page cache off (the")
    say("search and fragment caches warm) / with it warm (bench/queries.py); gzip: the")
    say("compressed body; ×min: requests/s over the mean of the two minimal runs beside it;")
    say("! marks a run with failed requests (non-2xx, socket errors, none done in time).")
    if args.rounds > 1:
        say(f"rps, p50, p99 and ×min: the median of the {args.rounds} rounds of each page.")
        for mode, name in (("warm", "cache warm"), ("off", "cache off")):
            label, runs = max(results.items(), key=lambda item: item[1][mode]["p99_max"])
            say(
                f"highest p99 of any single round ({name}): "
                f"{runs[mode]['p99_max']:.0f} ms ({label})"
            )
    for label, page in info.items():
        bad = [
            f"{mode} {page.get(f'status_{mode}')}"
            for mode in ("warm", "off")
            if page.get(f"status_{mode}") != 200
        ]
        if bad or page["status"] != 200:
            say(f"  {label} ({page['path']}): status {', '.join(bad) or page['status']}")
    say("pages:")
    for label, page in info.items():
        say(f"  {label:24} {page['path']}")
    worst_warm = min(runs["warm"]["ratio"] for runs in results.values())
    worst_off = min(runs["off"]["ratio"] for runs in results.values())
    say(f"worst ratio to minimal view (cache warm): {worst_warm:.2f}")
    say(f"worst ratio to minimal view (cache off): {worst_off:.2f}")


if __name__ == "__main__":
    main()
