"""A private nginx on loopback that answers the Replicate API with fixed JSON.

Two server blocks share one nginx: `fast` (no access log, for timing) and `counted`
(one access-log line per request, so request counts can be read without a proxy).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from bench import fixtures

# Paths are matched by regex so that any owner/name and any prediction id work.
_ROUTES: list[tuple[str, int, str]] = [
    ("~ ^/v1/models/[^/]+/[^/]+/predictions$", 201, "prediction"),
    ("~ ^/v1/predictions/[^/]+$", 200, "prediction"),
    ("~ ^/v1/models/[^/]+/[^/]+/versions$", 200, "versions_page"),
    ("~ ^/v1/models/[^/]+/[^/]+/versions/[^/]+$", 200, "version"),
    ("~ ^/v1/models/[^/]+/[^/]+$", 200, "model"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def find_nginx() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.path.exists(p)), None
    )


def ensure_nginx_installed() -> str:
    """Return the nginx binary, installing Debian's package when it is missing."""
    found = find_nginx()
    if found:
        return found
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, timeout=180, **quiet)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "nginx"], check=True, env=env, timeout=240, **quiet
    )
    found = find_nginx()
    if not found:
        raise RuntimeError("nginx is not installed and apt-get could not install it")
    return found


def _quote(body: str) -> str:
    """Quote a response body for nginx's `return` (no variables, no single quotes)."""
    if "'" in body or "$" in body:
        raise ValueError("fixed bodies must not contain ' or $")
    return f"'{body}'"


def _server_block(port: int, data_dir: Path, access_log: str) -> str:
    origin = f"http://127.0.0.1:{port}"
    locations = []
    for match, status, builder in _ROUTES:
        body = fixtures.compact(getattr(fixtures, builder)(origin))
        locations.append(f"        location {match} {{ return {status} {_quote(body)}; }}")
    file_body = _quote(fixtures.compact(fixtures.file_object(origin)))
    created = _quote(fixtures.compact(fixtures.prediction(origin)))
    return f"""
    server {{
        listen 127.0.0.1:{port} reuseport;
        {access_log}
        client_max_body_size 0;
        # Listings come from files (pages/page<cursor>.json); creates answer as before.
        location = /v1/predictions {{
            if ($request_method = GET) {{ rewrite ^ /pages/page$arg_cursor.json last; }}
            return 201 {created};
        }}
        # Predictions with big outputs, from files; a POST to a file is a 405 in nginx,
        # turned into a 201 with the file.
        location ~ ^/v1/models/bench/(?<big>big-text|big-list)/predictions$ {{
            rewrite ^ /outputs/$big.json last;
        }}
        location ^~ /pages/ {{ internal; root {data_dir}; }}
        location ^~ /outputs/ {{ internal; root {data_dir}; error_page 405 =201 $uri; }}
{chr(10).join(locations)}
        location = /v1/files {{ return 201 {file_body}; }}
        location ~ ^/v1/files/[^/]+/download$ {{
            default_type application/octet-stream;
            root {data_dir};
            try_files /{fixtures.BIG_FILE_NAME} =404;
        }}
        location = /files/{fixtures.BIG_FILE_NAME} {{
            default_type application/octet-stream;
            root {data_dir};
            try_files /{fixtures.BIG_FILE_NAME} =404;
        }}
    }}"""


def render_config(prefix: Path, data_dir: Path, fast_port: int, counted_port: int) -> str:
    user = "user root root;" if os.geteuid() == 0 else ""
    fast = _server_block(fast_port, data_dir, "access_log off;")
    counted = _server_block(counted_port, data_dir, f"access_log {prefix}/access.log counted;")
    return f"""{user}
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    default_type application/json;
    types {{ }}
    log_format counted '$request_method $uri';
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    sendfile on;
    tcp_nopush off;
    tcp_nodelay on;
    keepalive_timeout 300s;
    keepalive_requests 10000000;
    server_tokens off;
{fast}
{counted}
}}
"""


@dataclass
class Nginx:
    fast_origin: str
    counted_origin: str
    access_log: Path

    def count_lines(self) -> list[str]:
        """Requests logged so far by the counted server block, as 'METHOD /path'."""
        if not self.access_log.exists():
            return []
        return self.access_log.read_text().splitlines()


def _wait_listening(port: int, process: subprocess.Popen[bytes], deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited with code {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError("nginx did not start listening in time")


@contextmanager
def running_nginx(binary: str, prefix: Path, data_dir: Path) -> Iterator[Nginx]:
    """Start a private nginx under `prefix`, yield its origins, and stop it afterwards."""
    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    fast_port, counted_port = free_port(), free_port()
    fixtures.write_bulk_files(data_dir, f"http://127.0.0.1:{fast_port}")
    config = prefix / "nginx.conf"
    config.write_text(render_config(prefix, data_dir, fast_port, counted_port))
    access_log = prefix / "access.log"
    access_log.unlink(missing_ok=True)
    process = subprocess.Popen(
        [binary, "-p", str(prefix), "-c", str(config), "-e", str(prefix / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 10
        _wait_listening(fast_port, process, deadline)
        _wait_listening(counted_port, process, deadline)
        yield Nginx(
            fast_origin=f"http://127.0.0.1:{fast_port}",
            counted_origin=f"http://127.0.0.1:{counted_port}",
            access_log=access_log,
        )
    finally:
        stop_process_group(process)


def stop_process_group(process: subprocess.Popen[bytes]) -> None:
    """Terminate a process started in its own session, then its group, politely then not."""
    if process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
