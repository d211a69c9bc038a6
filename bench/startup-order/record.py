#!/usr/bin/env python3
"""Records bench/startup-order/startup.order: the functions of target/release/myapp that run
while the server starts, answers its readiness probe, idles (clock ticks,
time pushes) and drains on SIGTERM, found by running it under valgrind's
callgrind. build.rs hands the list to the linker, which places those
functions first and together, so an idle server keeps about 2 MB of its
text resident instead of 7 MB (see bench/startup-order/README.md).

    bench/startup-order/record.py

It records two builds of the binary: `cargo build --bins` (make build, the
benchmark, the image) and the one `cargo test` links for the integration
tests, whose dependencies are built with the dev-dependencies' features too,
so many Rust names differ in their hash. Each run adds what it saw to the
list (runs differ a little: threads race); the list stays sorted, so its diff
shows what changed. Ends with `cargo build --bins` again. Needs valgrind.
Only the Python standard library is used.
"""

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MYAPP = os.path.join(ROOT, "target", "release", "myapp")
ORDER = os.path.join(ROOT, "bench", "startup-order", "startup.order")
# The two ways target/release/myapp gets built (see above).
BUILDS = (["cargo", "build", "--release", "--locked", "--bins"],
          ["cargo", "test", "--release", "--locked", "--no-run"])
# valgrind runs the server some 50 times slower: give start-up room.
READY_SECONDS = 120


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url, proc):
    start = time.monotonic()
    while time.monotonic() - start < READY_SECONDS:
        if proc.poll() is not None:
            sys.exit(f"myapp exited with {proc.returncode} under valgrind")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    sys.exit(f"{url} did not answer within {READY_SECONDS} s")


def record(out, idle_seconds):
    """Runs myapp under callgrind as the benchmark starts it (bench/run.py), writing `out`."""
    tmp = tempfile.mkdtemp()
    http_port, grpc_port = free_port(), free_port()
    argv = ["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}", MYAPP,
            f"--http-addr=127.0.0.1:{http_port}", f"--grpc-addr=127.0.0.1:{grpc_port}",
            f"--database-url=sqlite://{tmp}/order.db", "--push-interval=1s",
            "--max-signups-per-ip=4000000000", "--max-logins-per-ip=4000000000"]
    with open(os.path.join(tmp, "valgrind.log"), "wb") as log:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=log)
    wait_ready(f"http://127.0.0.1:{http_port}/readyz", proc)
    time.sleep(idle_seconds)
    proc.send_signal(signal.SIGTERM)
    if proc.wait(timeout=READY_SECONDS) != 0:
        sys.exit(f"myapp exited with {proc.returncode}; see {tmp}/valgrind.log")


def functions_of_myapp(callgrind_file):
    """The (mangled) names of the functions in the myapp binary that ran at least once."""
    objects, names, current, ran = {}, {}, None, set()
    with open(callgrind_file) as f:
        for line in f:
            # callgrind names each object and function once, "(id) name", then by "(id)" alone.
            m = re.match(r"^(c?ob|c?fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
            if not m:
                continue
            kind, ident, name = m.groups()
            table = objects if kind.endswith("ob") else names
            if name:
                table[ident] = name
            if kind == "ob":
                current = objects[ident]
            elif kind == "fn" and current and os.path.basename(current) == "myapp":
                # "name'2" marks a recursion level; addresses mark code without a symbol.
                symbol = re.sub(r"'\d+$", "", names[ident])
                if not symbol.startswith("0x"):
                    ran.add(symbol)
    return ran


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs to merge per build (default 3)")
    parser.add_argument("--idle", type=float, default=3.0, help="seconds to idle after ready (default 3)")
    parser.add_argument("--fresh", action="store_true", help="drop the existing list instead of adding to it")
    args = parser.parse_args()
    symbols = set()
    if not args.fresh and os.path.exists(ORDER):
        with open(ORDER) as f:
            symbols = {line.strip() for line in f if line.strip()}
    before = len(symbols)
    with tempfile.TemporaryDirectory() as tmp:
        for b, build in enumerate(BUILDS):
            subprocess.run(build, cwd=ROOT, check=True)
            for i in range(args.runs):
                out = os.path.join(tmp, f"callgrind.{b}.{i}")
                record(out, args.idle)
                symbols |= functions_of_myapp(out)
    with open(ORDER, "w") as f:
        f.write("".join(f"{s}\n" for s in sorted(symbols)))
    print(f"{ORDER}: {len(symbols)} functions ({len(symbols) - before:+d})")
    # Links target/release/myapp with the new order, as make build would.
    subprocess.run(BUILDS[0], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
