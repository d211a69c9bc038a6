"""Scanners against the real binary (issue 26): sqlmap on every form whose
fields reach SQL (log in, sign up, and the three account settings forms,
logged in) on SQLite and on MariaDB, and wapiti's general scan, logged in.

myapp throttles by address (five failed logins per account, twenty in all,
ten sign-ups), and a scanner behind a 429 page tests nothing. So the scanners
reach myapp through `Forwarder`, a small HTTP proxy on loopback that appends
a random X-Forwarded-For to every request, and myapp is started with
`--trusted-proxy 127.0.0.1`: each request counts as a new client, as a
botnet's would, and the limits stay as they ship. sqlmap's own `xforwardedfor`
tamper script was not enough: it only touches requests that carry a
payload, and sqlmap's plain requests (the original page, its stability
checks) would then pile up on 127.0.0.1 and meet the limits. The same proxy
keeps the scanners on loopback: anything it is asked to fetch elsewhere is
refused and recorded, and the tests assert there was nothing.

Each run is checked three ways: the scanner's verdict, the number of
requests myapp answered (from its access log on stderr, `IP | STATUS | TOOK
| METHOD PATH`, so a run that did nothing fails), and their statuses, so
that a run answered by 403 (a stale CSRF token) or 429 cannot pass as clean.
sqlmap's output and wapiti's report are kept in target/scans/."""

import html
import http.client
import http.server
import ipaddress
import json
import os
import random
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter

import pytest

from myapp_process import ROOT, MyappProcess, free_port

SCANS = os.path.join(ROOT, "target", "scans")
SQLMAP = "/usr/bin/sqlmap"
# Debian's wapiti 3.0.4, started from its own Python with one fix: its
# wildcard_translate puts the regex flags `(?ms)` at the end of every `-x`
# pattern, which Python 3.11 refuses (re.error), so `-x` stops it at once.
WAPITI = [
    "/usr/bin/python3", "-c",
    "import re, sys\n"
    "from wapitiCore.net import crawler\n"
    "crawler.wildcard_translate = lambda pattern: re.compile(\n"
    "    '(?ms)' + ''.join('.*' if c == '*' else re.escape(c) for c in pattern) + r'\\Z')\n"
    "from wapitiCore.main.wapiti import wapiti_main\n"
    "sys.argv[0] = 'wapiti'\n"
    "sys.exit(wapiti_main())\n",
]
TIMEOUT = 20

# sqlmap's bounds: the form's fields named with -p (not its cookies or
# headers: with memory sessions no cookie reaches SQL), level 2 (more
# prefixes and suffixes than the default 1), risk 2 (adds heavy time-based
# queries; not 3, whose OR payloads could rewrite every row through an
# UPDATE), every technique (boolean, error, UNION, stacked, time), with the
# payloads of the database under test. About 90 seconds in all.
SQLMAP_LEVEL = 2
SQLMAP_RISK = 2
SQLMAP_TIME_SEC = 2
SQLMAP_TIMEOUT = 240
# sqlmap sends 60-100 requests per field on SQLite, 190-430 on MariaDB;
# fewer than this means it stopped early.
SQLMAP_MIN_REQUESTS_PER_FIELD = 40

WAPITI_SCAN_SECONDS = 100
WAPITI_ATTACK_SECONDS = 10
WAPITI_TIMEOUT = WAPITI_SCAN_SECONDS + 120
# It sends some 35,000 requests (most of them its buster's guesses, 404)
# and finds 29 URLs and forms; of the pages a visitor can follow links to, it
# must have fetched at least WAPITI_MIN_PAGES.
WAPITI_MIN_REQUESTS = 5000
WAPITI_MIN_FOUND = 20
WAPITI_MIN_PAGES = 9
# Modules that cannot run on loopback alone: ssrf and xxe detect through
# wapiti's public endpoint (wapiti3.ovh), wapp needs Wappalyzer's database
# from GitHub, and nikto's database is not shipped (its license), so it has
# nothing to send. shellshock looks for bash behind CGI (myapp runs no
# shell), and replaces the Cookie header to do it: the forms it sends get a
# new CSRF cookie, which wapiti keeps, and every visitor form the modules
# after it send is then refused (403) for a token of the old cookie.
WAPITI_MODULES = "all,-ssrf,-xxe,-wapp,-nikto,-shellshock"
# Every form is attacked for real: at least this many answers (other than
# 403 for a mutated token) from each, logged in for the settings.
WAPITI_MIN_ANSWERS_PER_FORM = 50

ACCESS_LINE = re.compile(
    r"\[INFO\] (?P<ip>[0-9A-Fa-f.:]+) \| (?P<status>\d{3}) \| [^|]* \| (?P<method>\S+) (?P<path>\S+)"
)

# The forms sqlmap is run on. `fields` are the form's fields with the values
# each run starts from (the baseline sqlmap compares its payloads' answers
# with); `normal` the statuses the form answers that baseline and its bad
# input with. Every baseline is one the form answers the same way each time,
# and none changes anything: the login's password is wrong; the sign-up's
# name is taken (every field still reaches the INSERT, which the unique key
# refuses); the settings' current password is wrong (a change it would have
# allowed would end the run's baseline). Only the introduction is saved, as
# often as sqlmap sends it.
FORMS = {
    "login": {
        "path": "/user/login",
        "token_page": "/user/login",
        "fields": lambda account: {"username": account["name"], "password": "not-the-password"},
        "normal": {401, 422},
    },
    "sign-up": {
        "path": "/user/signup",
        "token_page": "/user/signup",
        "fields": lambda account: {
            "username": account["name"],
            "password": "another-password-1",
            "introduction": "hello",
        },
        # 303: a payload short enough to be a valid new name is one.
        "normal": {409, 422, 303},
    },
    "change-password": {
        "path": "/user/settings/password",
        "token_page": "/user/settings",
        "logged_in": True,
        # For password managers: the server takes the name from the session.
        "untested": {"username"},
        "fields": lambda account: {
            "username": account["name"],
            "current_password": "not-the-password",
            "new_password": "another-password-1",
        },
        "normal": {401, 422},
    },
    "edit-introduction": {
        "path": "/user/settings/introduction",
        "token_page": "/user/settings",
        "logged_in": True,
        "fields": lambda account: {"introduction": "hello"},
        "normal": {303, 422},
    },
    "delete-account": {
        "path": "/user/settings/delete",
        "token_page": "/user/settings",
        "logged_in": True,
        "fields": lambda account: {"password": "not-the-password"},
        "normal": {401, 422},
    },
}


# wapiti's low findings that are explained in docs/security.md (Attack
# tools): the headers and cookie flag a plain-HTTP test server leaves out on
# purpose. Any other finding above informational fails the test.
WAPITI_EXPLAINED = (
    "X-XSS-Protection is not set",
    "Strict-Transport-Security is not set",
    "Secure flag is not set",
)

def scanner_environment(folder):
    """The environment for a scanner: no proxy from the environment may take
    its traffic anywhere but the Forwarder it is given, and its temporary
    files go to `folder` (sqlmap leaves one in /tmp per run)."""
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["TMPDIR"] = folder
    return env


class Forwarder:
    """An HTTP proxy on loopback for the scanners: forwards to myapp only,
    appending a fresh random X-Forwarded-For to each request; refuses (403)
    and records anything else."""

    def __init__(self, myapp_port):
        self.myapp_port = myapp_port
        self.refused = []
        self.lock = threading.Lock()
        self.server = _ForwardingServer(("127.0.0.1", 0), _ForwardingHandler)
        self.server.forwarder = self
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, name="forwarder", daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def random_client():
        """A random address in 10.0.0.0/8: 16 million clients, so no two
        requests of a run share one but by a rare chance."""
        return str(ipaddress.IPv4Address((10 << 24) | random.getrandbits(24)))


class _ForwardingServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # wapiti's buster sends its guesses many at a time.
    request_queue_size = 256


# Hop-by-hop headers (RFC 9110 §7.6.1) stay with the hop.
HOP_BY_HOP = {"connection", "proxy-connection", "keep-alive", "proxy-authorization", "te", "upgrade", "trailer"}


class _ForwardingHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __getattr__(self, name):
        # Every method, the made-up ones scanners try too (`ABC`, `PUT`).
        if name.startswith("do_"):
            return self.forward
        raise AttributeError(name)

    def log_message(self, *args):
        pass

    def forward(self):
        forwarder = self.server.forwarder
        target = urllib.parse.urlsplit(self.path)
        if self.command == "CONNECT" or (
            target.scheme and (target.scheme != "http" or target.netloc != f"127.0.0.1:{forwarder.myapp_port}")
        ):
            with forwarder.lock:
                forwarder.refused.append(f"{self.command} {self.path}")
            return self.reply(403, "Forbidden", [], b"only myapp on loopback\n")
        path = urllib.parse.urlunsplit(("", "", target.path or "/", target.query, ""))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        upstream = http.client.HTTPConnection("127.0.0.1", forwarder.myapp_port, timeout=TIMEOUT)
        try:
            upstream.putrequest(self.command, path, skip_host=True, skip_accept_encoding=True)
            for name, value in self.headers.items():
                if name.lower() not in HOP_BY_HOP:
                    upstream.putheader(name, value)
            # Its own line, after the client's: myapp reads the rightmost hop.
            upstream.putheader("X-Forwarded-For", Forwarder.random_client())
            upstream.putheader("Connection", "close")
            upstream.endheaders(body)
            response = upstream.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException) as e:
            return self.reply(502, "Bad Gateway", [], f"myapp did not answer: {e}\n".encode())
        finally:
            upstream.close()
        headers = [
            (name, value)
            for name, value in response.getheaders()
            if name.lower() not in HOP_BY_HOP | {"content-length", "transfer-encoding"}
        ]
        if self.command == "HEAD":
            headers.append(("Content-Length", response.getheader("Content-Length", "0")))
        self.reply(response.status, response.reason, headers, content)

    def reply(self, status, reason, headers, content):
        self.close_connection = True
        lines = [f"HTTP/1.1 {status} {reason}"]
        lines += [f"{name}: {value}" for name, value in headers]
        if self.command != "HEAD":
            lines.append(f"Content-Length: {len(content)}")
        lines.append("Connection: close")
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if self.command != "HEAD":
            self.wfile.write(content)


class Browser:
    """Just enough of a browser to set up: cookies kept, redirects not
    followed; straight to myapp (from 127.0.0.1, a handful of requests)."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, fields=None):
        headers = {}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.request(method, path, body, headers)
            response = conn.getresponse()
            page = response.read().decode("utf-8")
        finally:
            conn.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in cookie.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response.status, page

    def csrf(self, page_path, form_path):
        """The token of the form posting to `form_path` on the page (the
        header's log-out form carries one too)."""
        status, page = self.request("GET", page_path)
        assert status == 200, f"GET {page_path}: {status}"
        found = re.search(
            rf'<form[^>]*action="{re.escape(form_path)}"[^>]*>\s*<input type="hidden" name="csrf" value="([^"]+)"', page
        )
        assert found, f"no form posting to {form_path} on {page_path}"
        return html.unescape(found.group(1))


class Myapp(MyappProcess):
    """The real binary trusting the Forwarder's X-Forwarded-For, its stderr
    (the access log) in a file."""

    def __init__(self, database_url, *flags):
        super().__init__("--trusted-proxy=127.0.0.1", *flags, database_url=database_url,
                         prefix="myapp-scan-", preexec_fn=die_with_parent)
        self.url = f"http://127.0.0.1:{self.http}"
        started = time.monotonic()
        while not self.ready():
            if self.proc.poll() is not None or time.monotonic() - started > TIMEOUT:
                self.proc.kill()
                pytest.fail(f"myapp did not get ready: {self.log_text()[-3000:]}")
            time.sleep(0.1)

    def ready(self):
        try:
            return Browser(self.http).request("GET", "/readyz")[0] == 200
        except OSError:
            return False

    def access_lines(self):
        """The access log so far, once it has stopped growing (it is written
        by its own thread, within a moment)."""
        text, still = self.log_text(), 0
        while still < 3:
            time.sleep(0.2)
            now = self.log_text()
            still = still + 1 if now == text else 0
            text = now
        return [m.groupdict() for m in map(ACCESS_LINE.search, text.splitlines()) if m]


def scanner_lines(lines):
    """The requests of a scan: all came through the Forwarder (none from
    127.0.0.1, the address of the test's own `Browser`)."""
    direct = [line for line in lines if line["ip"] == "127.0.0.1"]
    assert not direct, f"requests around the Forwarder: {direct[:5]}"
    return lines


# ---- MariaDB ---------------------------------------------------------------

def mariadb_answers(port):
    return subprocess.run(
        ["mariadb", "--no-defaults", "--protocol=tcp", "-h127.0.0.1", f"-P{port}", "-uroot",
         "--connect-timeout=2", "-e", "SELECT 1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=TIMEOUT,
    ).returncode == 0


def die_with_parent():
    """Asks the kernel for SIGKILL when the test process dies (PR_SET_PDEATHSIG)."""
    import ctypes
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, 9)


@pytest.fixture(scope="module")
def mariadb_port():
    """A MariaDB server's port: one answering on 127.0.0.1:3306 as root
    without a password, else a private mariadbd in a temporary folder (as
    tests/it/mariadb.rs does); never skipped."""
    if mariadb_answers(3306):
        yield 3306
        return
    folder = tempfile.mkdtemp(prefix="mariadb-scan-")
    os.mkdir(os.path.join(folder, "tmp"))
    install = subprocess.run(
        ["mariadb-install-db", "--no-defaults", f"--datadir={folder}/data", f"--tmpdir={folder}/tmp",
         "--user=root", "--skip-test-db", "--auth-root-authentication-method=normal"],
        capture_output=True, text=True, timeout=120,
    )
    assert install.returncode == 0, f"mariadb-install-db failed: {install.stderr}"
    port = free_port()
    server = subprocess.Popen(
        ["/usr/sbin/mariadbd", "--no-defaults", f"--datadir={folder}/data", f"--tmpdir={folder}/tmp",
         f"--socket={folder}/mysqld.sock", f"--pid-file={folder}/mysqld.pid",
         f"--log-error={folder}/error.log", f"--port={port}", "--bind-address=127.0.0.1", "--user=root",
         "--skip-grant-tables", "--skip-log-bin", "--innodb-buffer-pool-size=32M"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_parent,
    )
    started = time.monotonic()
    while not mariadb_answers(port):
        assert server.poll() is None and time.monotonic() - started < 60, \
            f"mariadbd did not answer: {open(os.path.join(folder, 'error.log')).read()}"
        time.sleep(0.2)
    yield port
    server.kill()
    server.wait()
    shutil.rmtree(folder, ignore_errors=True)


def mariadb_sql(port, statement):
    subprocess.run(
        ["mariadb", "--no-defaults", "--protocol=tcp", "-h127.0.0.1", f"-P{port}", "-uroot", "-e", statement],
        check=True, timeout=TIMEOUT,
    )


# ---- the app under scan ----------------------------------------------------

@pytest.fixture(scope="module", params=["sqlite", "mariadb"])
def app(request):
    """myapp on SQLite with memory sessions (the defaults), or on MariaDB with
    `--session-store database`, so that sessions, failed-login counts and the
    introduction written into sessions go through SQL too; behind a
    Forwarder; with one account, logged in."""
    database = request.param
    if database == "sqlite":
        folder = tempfile.mkdtemp(prefix="myapp-scan-db-")
        myapp = Myapp(f"sqlite://{folder}/myapp.db")
        dropped = lambda: shutil.rmtree(folder, ignore_errors=True)  # noqa: E731
    else:
        port = request.getfixturevalue("mariadb_port")
        name = f"myapp_scan_{os.getpid()}"
        mariadb_sql(port, f"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name} CHARACTER SET utf8mb4")
        myapp = Myapp(f"mysql://root@127.0.0.1:{port}/{name}", "--session-store=database")
        dropped = lambda: mariadb_sql(port, f"DROP DATABASE IF EXISTS {name}")  # noqa: E731
    forwarder = Forwarder(myapp.http)
    account = {"name": "scanner", "password": secrets.token_urlsafe(18)}
    browser = Browser(myapp.http)
    token = browser.csrf("/user/signup", "/user/signup")
    assert browser.request("POST", "/user/signup", {"csrf": token, "username": account["name"],
                                                    "password": account["password"], "introduction": "hi"})[0] == 303
    token = browser.csrf("/user/login", "/user/login")
    assert browser.request("POST", "/user/login", {"csrf": token, "username": account["name"],
                                                   "password": account["password"]})[0] == 303
    yield {"database": database, "myapp": myapp, "forwarder": forwarder, "account": account, "browser": browser}
    forwarder.close()
    myapp.stop()
    dropped()


# ---- sqlmap ----------------------------------------------------------------

VERDICT_CLEAN = "all tested parameters do not appear to be injectable"
# What sqlmap says of a finding (`POST parameter 'x' appears to be '<technique>'
# injectable`, `... is '<technique>' injectable`), even a heuristic one (a
# database error in a page, an unescaped reflection). Not its candidates on
# the way, which it then checks: on MariaDB the sign-up's UNION column probe
# says "target URL appears to be UNION injectable with 1 columns", because a
# name is new once (303) and taken (409) after, then finds nothing.
FINDINGS = re.compile(
    r"parameter '[^']*' (appears to be|is) '.*' injectable|is vulnerable|identified the following injection point"
    r"|might be injectable|might be vulnerable",
    re.IGNORECASE,
)


@pytest.mark.parametrize("form", list(FORMS))
def test_sqlmap_finds_no_injectable_field_in_the_form(app, form):
    spec = FORMS[form]
    myapp = app["myapp"]
    # The settings forms are sent by the logged-in browser; the login and
    # sign-up forms by a visitor, with a `myapp_csrf` cookie of its own.
    browser = app["browser"] if spec.get("logged_in") else Browser(myapp.http)
    fields = spec["fields"](app["account"])
    # The form's token as that browser holds it: the visitor forms' is signed
    # for its `myapp_csrf` cookie, the settings forms' is the session's own;
    # either stays valid as long as its cookie does, so sqlmap sends it
    # unchanged (and does not test it) with the cookies.
    token = browser.csrf(spec["token_page"], spec["path"])
    data = urllib.parse.urlencode({"csrf": token, **fields})
    tested = [name for name in fields if name not in spec.get("untested", ())]
    dbms = {"sqlite": "SQLite", "mariadb": "MySQL"}[app["database"]]
    out = tempfile.mkdtemp(prefix="sqlmap-")
    before = len(myapp.access_lines())
    started = time.monotonic()
    try:
        run = subprocess.run(
            [SQLMAP, "-u", myapp.url + spec["path"], "--data", data,
             "--cookie", "; ".join(f"{k}={v}" for k, v in browser.cookies.items()),
             "-p", ",".join(tested), "--dbms", dbms,
             "--level", str(SQLMAP_LEVEL), "--risk", str(SQLMAP_RISK), "--time-sec", str(SQLMAP_TIME_SEC),
             # A wrong password is answered 401, which sqlmap would otherwise
             # take for HTTP authentication it lacks, and stop.
             "--ignore-code", "401",
             # A 303 is followed as a browser does, with a GET: the page it
             # leads to shows what was saved (sqlmap's default would post the
             # form again, to a page that takes no POST).
             "--answers", "resend=N",
             "--proxy", app["forwarder"].url, "--batch", "--disable-coloring", "--timeout", "10",
             "--output-dir", out],
            capture_output=True, text=True, timeout=SQLMAP_TIMEOUT, env=scanner_environment(out),
        )
    finally:
        shutil.rmtree(out, ignore_errors=True)
    took = time.monotonic() - started
    output = run.stdout + run.stderr
    os.makedirs(SCANS, exist_ok=True)
    with open(os.path.join(SCANS, f"sqlmap-{app['database']}-{form}.txt"), "w", encoding="utf-8") as f:
        f.write(output)
    lines = scanner_lines(myapp.access_lines()[before:])
    is_post = lambda line: line["method"] == "POST" and line["path"] == spec["path"]  # noqa: E731
    posts = [line for line in lines if is_post(line)]
    statuses = Counter(int(line["status"]) for line in posts)
    # Anything else it sent: following a 303, as a browser would.
    others = Counter(f"{line['method']} {line['path']} {line['status']}" for line in lines if not is_post(line))
    print(f"\nsqlmap {app['database']} {form}: {len(posts)} posts in {took:.0f}s, statuses {dict(statuses)}, "
          f"then {dict(others)}")

    findings = [line for line in output.splitlines() if FINDINGS.search(line)]
    assert not findings, "sqlmap reports:\n" + "\n".join(findings)
    assert VERDICT_CLEAN in output, f"no verdict from sqlmap:\n{output[-3000:]}"
    for name in tested:
        assert f"POST parameter '{name}' does not seem to be injectable" in output, \
            f"sqlmap did not test {name}:\n{output[-3000:]}"
    assert len(posts) >= SQLMAP_MIN_REQUESTS_PER_FIELD * len(tested), \
        f"only {len(posts)} posts reached myapp:\n{output[-3000:]}"
    assert statuses[429] == 0, f"throttled: {dict(statuses)}"
    normal = sum(n for status, n in statuses.items() if status in spec["normal"])
    assert normal >= 0.95 * len(posts), f"statuses {dict(statuses)}, expected mostly {spec['normal']}"
    assert all(other.startswith("GET ") and other.endswith(" 200") for other in others), f"also sent {dict(others)}"
    assert app["forwarder"].refused == [], f"off loopback: {app['forwarder'].refused}"
    if spec.get("logged_in"):
        status, _ = browser.request("GET", "/user/settings")
        assert status == 200, "the session did not outlive the scan"


# ---- wapiti ----------------------------------------------------------------

def test_wapiti_finds_nothing_above_informational_logged_in():
    folder = tempfile.mkdtemp(prefix="myapp-wapiti-")
    # A /clock stream (wapiti's buster finds the path) would last an hour.
    myapp = Myapp(f"sqlite://{folder}/myapp.db", "--watch-limit=2s")
    forwarder = Forwarder(myapp.http)
    try:
        # wapiti's crawler sends every form with its own defaults (`alice`,
        # `Letm3in_`): it would sign up as alice, log in as alice and scan on
        # as her, with the settings forms' tokens of the first session (403
        # for each, which its csrf module takes for tokens left unchecked).
        # Its name taken, with another password, it stays logged in as itself.
        name, password = "alice", secrets.token_urlsafe(18)
        browser = Browser(myapp.http)
        token = browser.csrf("/user/signup", "/user/signup")
        assert browser.request("POST", "/user/signup", {"csrf": token, "username": name, "password": password,
                                                        "introduction": "hi"})[0] == 303
        config = os.path.join(folder, "config")
        os.makedirs(config)
        # wapp's constructor downloads Wappalyzer's database from GitHub when
        # none is here, even with the module off: an empty one keeps it home.
        with open(os.path.join(config, "apps.json"), "w") as f:
            f.write("{}")
        report = os.path.join(folder, "report.json")
        before = len(myapp.access_lines())
        started = time.monotonic()
        run = subprocess.run(
            [*WAPITI, "-u", myapp.url + "/", "--scope", "folder", "-m", WAPITI_MODULES,
             # Logged in through the login form itself (its CSRF token and
             # cookies as a browser gets them).
             "--auth-type", "post", "-a", f"{name}%{password}", "-s", myapp.url + "/user/login",
             # Its crawler sends every form it finds, and the log-out form
             # would end the logged-in scan at its start.
             "-x", myapp.url + "/user/logout",
             "--max-scan-time", str(WAPITI_SCAN_SECONDS), "--max-attack-time", str(WAPITI_ATTACK_SECONDS),
             "-t", "10", "-p", forwarder.url + "/", "--flush-session",
             "--store-session", os.path.join(folder, "session"), "--store-config", config,
             "--no-bugreport", "-v", "1", "-f", "json", "-o", report],
            capture_output=True, text=True, timeout=WAPITI_TIMEOUT, env=scanner_environment(folder),
        )
        took = time.monotonic() - started
        output = run.stdout + run.stderr
        access = myapp.access_lines()[before:]
        os.makedirs(SCANS, exist_ok=True)
        shutil.copy(myapp.log_path, os.path.join(SCANS, "wapiti-myapp.log"))
        with open(os.path.join(SCANS, "wapiti.txt"), "w", encoding="utf-8") as f:
            f.write(output)
        lines = scanner_lines(access)
        assert run.returncode == 0, f"wapiti exited {run.returncode}:\n{output[-3000:]}"
        shutil.copy(report, os.path.join(SCANS, "wapiti.json"))
        with open(report, encoding="utf-8") as f:
            found = json.load(f)
    finally:
        forwarder.close()
        myapp.stop()
        shutil.rmtree(folder, ignore_errors=True)
    statuses = Counter(int(line["status"]) for line in lines)
    urls = {(line["method"], line["path"]) for line in lines}
    print(f"\nwapiti: {len(lines)} requests in {took:.0f}s, {len(urls)} method+path, "
          f"statuses {dict(sorted(statuses.items()))}; {re.findall(r'Wapiti found .*', output)}")

    assert "Login success" in output, f"wapiti did not log in:\n{output[-3000:]}"
    assert any(line["path"] == "/user/settings" and line["status"] == "200" for line in lines), \
        "wapiti never saw the settings page logged in"
    assert len(lines) >= WAPITI_MIN_REQUESTS, f"only {len(lines)} requests:\n{output[-3000:]}"
    found_count = re.search(r"Wapiti found (\d+) URLs and forms", output)
    assert found_count and int(found_count.group(1)) >= WAPITI_MIN_FOUND, f"crawl:\n{output[-3000:]}"
    pages = {path for method, path in urls if method == "GET"} & {
        "/", "/user", "/user/login", "/user/signup", "/user/profile", "/user/settings", "/static/style.css",
        "/static/clock.js", "/favicon.svg", "/lang/en", "/lang/zh",
    }
    assert len(pages) >= WAPITI_MIN_PAGES, f"fetched only {sorted(pages)}"
    for spec in FORMS.values():
        answers = Counter(int(line["status"]) for line in lines
                          if line["method"] == "POST" and line["path"] == spec["path"])
        assert sum(answers[status] for status in spec["normal"]) >= WAPITI_MIN_ANSWERS_PER_FORM, \
            f"{spec['path']} answered {dict(answers)}"
    assert statuses[429] == 0, f"throttled: {dict(statuses)}"
    assert forwarder.refused == [], f"off loopback: {forwarder.refused}"
    above_info = [
        (finding["info"], f"{kind} / {category}: level {finding['level']} {finding['method']} {finding['path']} "
                          f"{finding.get('parameter') or ''}: {finding['info']}")
        for kind in ("vulnerabilities", "anomalies")
        for category, items in found.get(kind, {}).items()
        for finding in items
        if int(finding.get("level", 0)) > 0 or kind == "anomalies"
    ]
    explained = [line for info, line in above_info if any(known in info for known in WAPITI_EXPLAINED)]
    unexplained = [line for info, line in above_info if not any(known in info for known in WAPITI_EXPLAINED)]
    assert not unexplained, "wapiti reports:\n" + "\n".join(unexplained)
    print(f"wapiti: {len(explained)} findings explained in docs/security.md:\n" + "\n".join(explained))
    with open(os.path.join(ROOT, "docs", "security.md")) as doc:
        security = doc.read()
    for known in WAPITI_EXPLAINED:
        assert f"`{known}`" in security, f"docs/security.md does not explain wapiti's {known!r}"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-v"]))
