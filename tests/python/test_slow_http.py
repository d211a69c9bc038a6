"""Slow HTTP attacks (issue 26) against the real binary on loopback, with the
real `slowhttptest` (Debian's) and with raw sockets: slow read, a client that
never reads, Slowloris (slow headers) and slow bodies.

myapp serves each HTTP connection on a thread of its own, so what a slow
client can take is a thread; each test starts myapp with a short
`--request-timeout` (3 s: to send a request's head, then its body, to take
an answer, or to idle between requests) and checks three figures:

- an honest client (a new connection per request, sequential GETs of
  /healthz) has a p99 latency under 50 ms while the attack holds its
  connections (measured only then: the held count is checked after);
- the attack's connections are cut by the server at the request timeout,
  not before (a 503 or a refusal would also "close" them) and not much
  after: counted from slowhttptest's own CSV (`-g -o`: second, closed,
  pending, connected) and from the sockets myapp itself still holds
  (/proc/PID/fd against /proc/net/tcp), and for Slowloris and slow bodies
  from myapp's access log (one `408 ... cut off` line each);
- myapp's thread count (/proc/PID/status) comes back to what it was before
  the attack: a cut connection's thread idles `POOL_IDLE_S` in tiny_http's
  pool, then ends.

On loopback the server's send buffer grows to net.ipv4.tcp_wmem's maximum
(4 MiB): the MSS is 64 KiB, and Linux sizes the buffer by MSS times the
initial congestion window. slowhttptest pipelines at most 10 requests
(`-k`), about 100 KB of answers even with the biggest page, so its slow read
is absorbed by the kernel and only holds idle connections. The write
deadline is therefore tested with raw sockets: a slow reader that announces
a small MSS (536, as a client on a small-MTU link does, which keeps the
server's send buffer at a few hundred KB) and reads 256 bytes a second, and
a client that pipelines 6 MB of answers and never reads. The slow reader
makes each blocked write progress within its send timeout: a server whose
per-write timeout starts over after a partial write (std's `write_all`)
held these 50 readers 12-15 s, measured with a stand-in server.

Last, a request whose head or body comes a byte every 2.5 s: each read
returns within the timeout, so only the deadline for the head or body as a
whole cuts it, and it should at the request timeout. slowhttptest's reports
are kept in target/slowhttp/."""

import collections
import csv
import http.client
import math
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from myapp_process import ROOT, MyappProcess

REPORTS = os.path.join(ROOT, "target", "slowhttp")
SLOWHTTPTEST = "/usr/bin/slowhttptest"
START_TIMEOUT_S = 20

REQUEST_TIMEOUT_S = 3
# A connection thread that has nothing to do ends after this long
# (vendor/tiny_http/src/util/task_pool.rs).
POOL_IDLE_S = 5
# Sampling, scheduling and slowhttptest's one-second steps.
MARGIN_S = 2
# From the moment an attack holds its connections: all cut by then, and
# their threads ended (after idling in the pool) by then.
RELEASED_WITHIN_S = REQUEST_TIMEOUT_S + MARGIN_S
THREADS_BACK_WITHIN_S = RELEASED_WITHIN_S + POOL_IDLE_S + 1

HONEST_REQUESTS = 150
HONEST_P99_LIMIT_S = 0.050

# Pages anyone may GET; the slow read asks for the biggest.
PUBLIC_PAGES = ["/", "/user", "/user/login", "/user/signup", "/static/style.css",
                "/static/clock.js", "/favicon.svg", "/metrics"]

# The raw slow reader: many answers pipelined, taken 256 bytes a second, far
# below a page (2.6 KB) per request timeout, but a read every second.
SLOW_READERS = 50
SLOW_READER_MSS = 536
SLOW_READER_RCVBUF = 4096
SLOW_READER_PIPELINED = 400
SLOW_READER_BYTES_PER_READ = 256
SLOW_READER_READ_EVERY_S = 1.0

# The client that never reads: its answers (about 3.3 KB each) fill the
# server's 4 MiB send buffer one and a half times over.
NON_READERS = 20
NON_READER_PIPELINED = 2000


@pytest.fixture(scope="module", autouse=True)
def descriptors_for_a_thousand_connections():
    """slowhttptest raises its own soft limit to its connection count, and
    myapp its own to the hard limit; both inherit this process's."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    assert hard == resource.RLIM_INFINITY or hard >= 4096, \
        f"the hard descriptor limit is {hard}: slowhttptest and myapp need over 1,000 each"
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


class Myapp(MyappProcess):
    """The real binary with a 3 s request timeout, its log (the access log:
    one line per answer, 408s included; at debug level, also a line for a
    client that leaves part way through a request head) in a file."""

    def __init__(self):
        super().__init__(f"--request-timeout={REQUEST_TIMEOUT_S}s", "--log-level=debug", prefix="myapp-slow-")
        started = time.monotonic()
        while True:
            assert self.proc.poll() is None, f"myapp exited at start: {self.log_text()[-2000:]}"
            try:
                if get(self.http, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() - started < START_TIMEOUT_S, "myapp answers /healthz within 20 s"
            time.sleep(0.1)
        time.sleep(0.5)
        self.start_threads = self.threads()

    def threads(self):
        return self.status("Threads")

    def held_connections(self, client_ports=None):
        """Client ports of the HTTP connections whose socket myapp still
        holds (a socket it closed may linger in the kernel, owned by no one)."""
        inodes = set()
        for fd in os.listdir(f"/proc/{self.proc.pid}/fd"):
            try:
                link = os.readlink(f"/proc/{self.proc.pid}/fd/{fd}")
            except OSError:
                continue
            if link.startswith("socket:["):
                inodes.add(link[len("socket:["):-1])
        held = set()
        with open("/proc/net/tcp") as f:
            next(f)
            for line in f:
                fields = line.split()
                local_port = int(fields[1].rsplit(":", 1)[1], 16)
                remote_port = int(fields[2].rsplit(":", 1)[1], 16)
                listening = fields[3] == "0A"
                if local_port == self.http and not listening and fields[9] in inodes:
                    if client_ports is None or remote_port in client_ports:
                        held.add(remote_port)
        return held


@pytest.fixture
def myapp():
    server = Myapp()
    yield server
    server.stop()


def get(port, path):
    """One GET on a new connection: status and body."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path, headers={"Connection": "close"})
        answer = conn.getresponse()
        return answer.status, answer.read()
    finally:
        conn.close()


def honest_latencies(port, count=HONEST_REQUESTS):
    """Sequential GETs of /healthz, each on a new connection: the seconds
    each took (an error counts as forever)."""
    took = []
    for _ in range(count):
        started = time.perf_counter()
        try:
            ok = get(port, "/healthz")[0] == 200
        except OSError:
            ok = False
        took.append(time.perf_counter() - started if ok else math.inf)
    return took


def p99(samples):
    ordered = sorted(samples)
    return ordered[math.ceil(0.99 * len(ordered)) - 1]


def wait_until(condition, limit_s, since=None, every_s=0.05):
    """Seconds from `since` (default: now) until `condition()` held, or None
    if it did not within `limit_s` of `since`."""
    since = time.monotonic() if since is None else since
    while True:
        if condition():
            return time.monotonic() - since
        if time.monotonic() - since > limit_s:
            return None
        time.sleep(every_s)


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


class Slowhttptest:
    """One run of slowhttptest with statistics (`-g -o`), its output and
    reports in target/slowhttp/NAME.{log,csv,html}."""

    def __init__(self, name, *flags):
        assert os.access(SLOWHTTPTEST, os.X_OK), f"{SLOWHTTPTEST} is missing: `make deps` installs it"
        os.makedirs(REPORTS, exist_ok=True)
        self.prefix = os.path.join(REPORTS, name)
        for ext in (".csv", ".html", ".log"):
            if os.path.exists(self.prefix + ext):
                os.remove(self.prefix + ext)
        self.output = open(self.prefix + ".log", "wb")
        self.proc = subprocess.Popen([SLOWHTTPTEST, *flags, "-g", "-o", self.prefix],
                                     stdout=self.output, stderr=subprocess.STDOUT)

    def running(self):
        return self.proc.poll() is None

    def finish(self, limit_s):
        """Waits up to `limit_s` for the run to end by itself, else cancels it
        (SIGINT: it still writes its reports); the CSV's rows (seconds,
        closed, pending, connected, service available), none if it wrote none."""
        try:
            self.proc.wait(timeout=limit_s)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(timeout=10)
        self.output.close()
        try:
            with open(self.prefix + ".csv", newline="") as f:
                return [{k: int(v) for k, v in row.items()} for row in csv.DictReader(f)]
        except FileNotFoundError:
            return []

    def output_text(self):
        with open(self.prefix + ".log", encoding="utf-8", errors="replace") as f:
            return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", f.read())

    def ending(self):
        """The second the run ended on and why, as slowhttptest says at the end."""
        text = self.output_text()
        second = re.search(r"Test ended on (\d+)th second", text)
        why = re.search(r"Exit status: (.*)", text)
        return (int(second.group(1)) if second else None), (why.group(1).strip() if why else None)

    def state(self):
        """For a failure's message: running or not, and its last words."""
        return f"slowhttptest {'running' if self.running() else 'ended'}: ...{self.output_text()[-400:]}"


def biggest_page(port):
    sizes = {path: len(get(port, path)[1]) for path in PUBLIC_PAGES}
    return max(sizes, key=sizes.get), sizes



def hold_and_release(myapp, attack, connections, share):
    """While `attack` runs: waits until myapp holds `share` of its
    connections, then measures an honest client, and waits for the held
    connections to be let go and the threads to come back. Returns the
    seconds to land, the peak threads, the honest latencies, the connections
    still held after them, and the seconds (after landing) to release and to
    the threads' return (None where it did not happen in time)."""
    landed_s = wait_until(lambda: len(myapp.held_connections()) >= connections * share, 10, every_s=0.02)
    assert landed_s is not None, \
        f"myapp held {len(myapp.held_connections())} of {connections} connections; {attack.state()}"
    landed = time.monotonic()
    peak_threads = myapp.threads()
    latencies = honest_latencies(myapp.http)
    held_after_honest = len(myapp.held_connections())
    released_s = wait_until(lambda: not myapp.held_connections(), RELEASED_WITHIN_S, since=landed)
    threads_back_s = wait_until(lambda: myapp.threads() <= myapp.start_threads,
                                THREADS_BACK_WITHIN_S, since=landed, every_s=0.2)
    return landed_s, peak_threads, latencies, held_after_honest, released_s, threads_back_s


def test_a_slow_read_attack_leaves_honest_clients_fast_and_gives_back_every_thread(myapp):
    """slowhttptest -X: 500 connections with a 512-1024 byte receive window,
    each pipelining the biggest page 10 times and reading 32 bytes a second.
    myapp answers them all (into its send buffers), then cuts each
    connection when it has idled the request timeout, while slowhttptest is
    still running: its threads come back before the attack ends."""
    connections = 500
    path, sizes = biggest_page(myapp.http)
    attack = Slowhttptest("slow-read", "-X", "-c", str(connections), "-r", "500", "-w", "512", "-y", "1024",
                          "-n", "1", "-z", "32", "-k", "10", "-p", "3", "-l", "30",
                          "-u", f"http://127.0.0.1:{myapp.http}{path}")
    try:
        (landed_s, peak_threads, latencies, held_after_honest, released_s,
         threads_back_s) = hold_and_release(myapp, attack, connections, 0.98)
        attack_still_running = attack.running()
        threads_left = myapp.threads()
    finally:
        rows = attack.finish(limit_s=0)
    connected = max((r["Connected"] for r in rows), default=0)
    print(f"slow read of {path} ({sizes[path]} bytes, x10): {connections} held {landed_s:.1f} s after the start, "
          f"threads {myapp.start_threads} -> {peak_threads}; honest p99 {ms(p99(latencies))} "
          f"(max {ms(max(latencies))}), {held_after_honest} still held after; from then on, all released "
          f"at {released_s} s, threads back at {threads_back_s} s ({threads_left}); slowhttptest connected "
          f"{connected}, still running: {attack_still_running}")
    assert connected == connections, f"slowhttptest connected {connected} of {connections} and asked"
    assert held_after_honest >= connections * 0.98, \
        f"the honest client ran during the attack (only {held_after_honest} held after it)"
    assert p99(latencies) < HONEST_P99_LIMIT_S, \
        f"honest p99 {ms(p99(latencies))} during the slow read (max {ms(max(latencies))})"
    assert released_s is not None, \
        f"myapp still holds {len(myapp.held_connections())} slow readers {RELEASED_WITHIN_S} s later"
    assert threads_back_s is not None, \
        f"threads {threads_left}, {myapp.start_threads} before the attack"
    assert attack_still_running, "the threads came back while slowhttptest still ran"


def slow_reader(port, ports, bytes_read, stop):
    """Pipelines many answers, then reads a little every second until
    told to stop or the connection ends."""
    s = socket.socket()
    try:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, SLOW_READER_MSS)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, SLOW_READER_RCVBUF)
        s.connect(("127.0.0.1", port))
        me = s.getsockname()[1]
        ports.add(me)
        bytes_read[me] = 0
        s.settimeout(2)
        try:
            s.sendall(b"GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * SLOW_READER_PIPELINED)
        except socket.timeout:
            pass  # the server reads requests as it answers; what it took is enough
        s.settimeout(SLOW_READER_READ_EVERY_S)
        while not stop.is_set():
            started = time.monotonic()
            try:
                data = s.recv(SLOW_READER_BYTES_PER_READ)
            except socket.timeout:
                continue
            except OSError:
                return
            if not data:
                return
            bytes_read[me] += len(data)
            stop.wait(max(0.0, SLOW_READER_READ_EVERY_S - (time.monotonic() - started)))
    finally:
        s.close()


def test_a_slow_reader_loses_its_thread_at_the_write_deadline(myapp):
    """50 clients pipeline 400 stylesheets (about 1.3 MB of answers each),
    announce a small MSS and a 4 KB receive buffer, and read 256 bytes every
    second: a write of myapp's always makes some progress within the
    request timeout, but no answer is taken whole within it. Each
    connection is cut at the write deadline, and its thread ends."""
    ports, bytes_read, stop = set(), {}, threading.Event()
    readers = [threading.Thread(target=slow_reader, args=(myapp.http, ports, bytes_read, stop))
               for _ in range(SLOW_READERS)]
    for r in readers:
        r.start()
    try:
        landed_s = wait_until(lambda: len(ports) == SLOW_READERS
                              and len(myapp.held_connections(ports)) == SLOW_READERS, 5, every_s=0.01)
        assert landed_s is not None, f"{len(myapp.held_connections(ports))} of {SLOW_READERS} slow readers held"
        landed = time.monotonic()
        peak_threads = myapp.threads()
        latencies = honest_latencies(myapp.http)
        held_after_honest = len(myapp.held_connections(ports))
        released_s = wait_until(lambda: not myapp.held_connections(ports), RELEASED_WITHIN_S,
                                since=landed)
        threads_back_s = wait_until(lambda: myapp.threads() <= myapp.start_threads,
                                    THREADS_BACK_WITHIN_S, since=landed, every_s=0.2)
        threads_left = myapp.threads()
        still_held = len(myapp.held_connections(ports))
    finally:
        stop.set()
        for r in readers:
            r.join(timeout=10)
    taken = sorted(bytes_read.values())
    print(f"{SLOW_READERS} slow readers: threads {myapp.start_threads} -> {peak_threads}; honest p99 "
          f"{ms(p99(latencies))} (max {ms(max(latencies))}), {held_after_honest} held after; from all held, all "
          f"released at {released_s} s, threads back at {threads_back_s} s ({threads_left}); "
          f"bytes read per reader {taken[0]}-{taken[-1]}")
    assert held_after_honest == SLOW_READERS, \
        f"the honest client ran during the attack (only {held_after_honest} held after it)"
    assert p99(latencies) < HONEST_P99_LIMIT_S, \
        f"honest p99 {ms(p99(latencies))} during the slow read (max {ms(max(latencies))})"
    assert taken[0] > 0, "every slow reader took some of its answers"
    assert released_s is not None, \
        f"{still_held} slow readers still held {RELEASED_WITHIN_S} s after they were held"
    assert threads_back_s is not None, f"threads {threads_left}, {myapp.start_threads} before the attack"


def test_a_client_that_never_reads_is_closed_at_the_write_deadline(myapp):
    """20 clients each pipeline 2,000 stylesheets (6.6 MB of answers, more
    than the 4 MiB send buffer) and never read: each connection is closed
    once a write has waited the request timeout, and its thread ends."""
    request = b"GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    clients = []
    for _ in range(NON_READERS):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, SLOW_READER_RCVBUF)
        s.connect(("127.0.0.1", myapp.http))
        s.settimeout(2)
        try:
            s.sendall(request * NON_READER_PIPELINED)
        except socket.timeout:
            pass  # the rest waits in the kernel while the server's writes do
        clients.append(s)
    sent = time.monotonic()
    ports = {s.getsockname()[1] for s in clients}
    try:
        wait_until(lambda: len(myapp.held_connections(ports)) == NON_READERS, 1, every_s=0.01)
        held_at_start = len(myapp.held_connections(ports))
        peak_threads = myapp.threads()
        released_s = wait_until(lambda: not myapp.held_connections(ports), RELEASED_WITHIN_S,
                                since=sent)
        threads_back_s = wait_until(lambda: myapp.threads() <= myapp.start_threads,
                                    THREADS_BACK_WITHIN_S, since=sent, every_s=0.2)
        threads_left = myapp.threads()
        still_held = len(myapp.held_connections(ports))
        # Only now does a client read: what reached it, then the end.
        ended = 0
        for s in clients:
            s.settimeout(5)
            try:
                while s.recv(65536):
                    pass
                ended += 1
            except ConnectionResetError:
                ended += 1
            except socket.timeout:
                pass
        latencies = honest_latencies(myapp.http, 20)
    finally:
        for s in clients:
            s.close()
    print(f"{NON_READERS} clients that never read: {held_at_start} held, threads {myapp.start_threads} -> "
          f"{peak_threads}; all released {released_s} s after sending, threads back at {threads_back_s} s "
          f"({threads_left}); {ended} saw their connection end")
    assert held_at_start == NON_READERS, f"{held_at_start} of {NON_READERS} connections held at first"
    assert released_s is not None, \
        f"{still_held} of the clients that never read still held {RELEASED_WITHIN_S} s later"
    assert released_s >= REQUEST_TIMEOUT_S * 0.9, \
        f"released after {released_s:.2f} s: before a write could have waited the request timeout"
    assert threads_back_s is not None, f"threads {threads_left}, {myapp.start_threads} before the attack"
    assert ended == NON_READERS, f"{ended} of {NON_READERS} clients saw their connection closed"
    assert p99(latencies) < HONEST_P99_LIMIT_S, f"honest p99 {ms(p99(latencies))} after the attack"


# Slow requests: the mode's flags, the page, and the reason in myapp's 408 line.
SLOW_REQUESTS = {
    "slowloris": (["-H", "-t", "GET"], "/user/login", "the request head was not complete in time"),
    "slow-body": (["-B", "-t", "POST", "-s", "8192"], "/user/login", "the request body was not complete in time"),
}


@pytest.mark.parametrize("mode", list(SLOW_REQUESTS))
def test_slow_requests_are_cut_at_the_request_timeout_while_honest_clients_stay_fast(myapp, mode):
    """slowhttptest -H (headers never finished) or -B (a POST body of 8 KB
    never finished), 1,000 connections, each sending a little more every
    second, so a per-read timeout would never fire: only the deadline for
    the head or body as a whole cuts them. None is closed before it (no 503:
    they fit --max-connections), all are by the request timeout after the
    last one came (slowhttptest then ends by itself, "No open connections
    left"), each with a 408 in myapp's log; threads come back after."""
    flags, path, reason = SLOW_REQUESTS[mode]
    connections = 1000
    attack = Slowhttptest(mode, *flags, "-c", str(connections), "-r", "1000", "-i", "1", "-x", "10",
                          "-p", "3", "-l", "30", "-u", f"http://127.0.0.1:{myapp.http}{path}")
    try:
        (landed_s, peak_threads, latencies, held_after_honest, released_s,
         threads_back_s) = hold_and_release(myapp, attack, connections, 0.99)
        threads_left = myapp.threads()
    finally:
        rows = attack.finish(limit_s=5)
    all_connected = next((r["Seconds"] for r in rows if r["Connected"] + r["Closed"] >= connections), None)
    # slowhttptest stops as soon as none is left open, before its next row.
    ended_on, why = attack.ending()
    all_closed = next((r["Seconds"] for r in rows if r["Closed"] >= connections),
                      ended_on if why == "No open connections left" else None)
    closed_early = max((r["Closed"] for r in rows if r["Seconds"] < REQUEST_TIMEOUT_S), default=0)
    log = myapp.log_text()
    cut_off = log.count(f"(cut off: {reason})")
    # For a failure's message: myapp's answers by status and reason, and its warnings.
    answers = collections.Counter(re.sub(r"^.*? \| (\d{3}) \| .*?(\(cut off: .*\))?$", r"\1 \2", line)
                                  for line in log.splitlines() if " | " in line)
    troubles = [line for line in log.splitlines() if "[WARN]" in line or "[ERROR]" in line]
    left_early = log.count("left before its request head was complete")
    print(f"{mode}: {connections} held after {landed_s:.1f} s, threads {myapp.start_threads} -> {peak_threads}; "
          f"honest p99 {ms(p99(latencies))} (max {ms(max(latencies))}), {held_after_honest} held after; "
          f"slowhttptest: all connected by second {all_connected}, {closed_early} closed before second "
          f"{REQUEST_TIMEOUT_S}, all closed by second {all_closed} ({why}); "
          f"myapp: {cut_off} cut off with 408, {left_early} left before; from all held, all released at {released_s} s, threads back "
          f"at {threads_back_s} s ({threads_left})")
    assert held_after_honest >= connections * 0.99, \
        f"the honest client ran during the attack (only {held_after_honest} held after it)"
    assert p99(latencies) < HONEST_P99_LIMIT_S, \
        f"honest p99 {ms(p99(latencies))} during {mode} (max {ms(max(latencies))})"
    assert all_connected is not None, "slowhttptest connected every connection"
    assert closed_early == 0, f"{closed_early} connections closed before the request timeout"
    assert all_closed is not None and all_closed <= all_connected + REQUEST_TIMEOUT_S + 1, \
        f"all connected by second {all_connected}, all closed by second {all_closed}: " \
        f"later than the {REQUEST_TIMEOUT_S} s request timeout"
    assert not troubles, f"myapp warned: {troubles[:5]}"
    # Every connection is answered 408, unless slowhttptest itself closed it
    # first (a debug line): that, rarely, is the tool's doing.
    assert cut_off + left_early == connections and left_early <= connections // 100, \
        f"{cut_off} of {connections} connections answered 408 in myapp's log, {left_early} left before; " \
        f"its answers: {dict(answers)}"
    assert released_s is not None, f"myapp still holds {len(myapp.held_connections())} slow connections"
    assert threads_back_s is not None, f"threads {threads_left}, {myapp.start_threads} before the attack"


# A request sent a byte at a time with pauses shorter than the request
# timeout: each read returns within it, so only the deadline for the head
# or the body as a whole can cut it.
DRIPS = {
    "head": (b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", b"x" * 10),
    "body": (b"POST /user/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
             b"Content-Type: application/x-www-form-urlencoded\r\n\r\n", b"a" * 10),
}
DRIP_EVERY_S = 2.5


@pytest.mark.parametrize("part", list(DRIPS))
def test_a_request_sent_a_byte_every_few_seconds_is_cut_at_the_request_timeout(myapp, part):
    whole, drip = DRIPS[part]
    with socket.create_connection(("127.0.0.1", myapp.http)) as s:
        s.sendall(whole)
        started = time.monotonic()
        answer = b""
        for byte in drip:
            s.settimeout(DRIP_EVERY_S)
            try:
                answer = s.recv(4096)
                break
            except socket.timeout:
                pass
            try:
                s.sendall(bytes([byte]))
            except OSError:
                break
        took = time.monotonic() - started
    print(f"{part} dripped a byte every {DRIP_EVERY_S} s: {answer[:30]!r} after {took:.2f} s")
    assert answer.startswith(b"HTTP/1.1 408 "), f"answer {answer[:60]!r} after {took:.2f} s"
    assert took < REQUEST_TIMEOUT_S + 0.5, \
        f"the {part} was cut {took:.2f} s after it began, {REQUEST_TIMEOUT_S} s the request timeout"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-v"]))
