"""The real myapp binary for the tests in this folder: on two free loopback
ports, with a folder and SQLite file of its own, its stderr (the access log)
in a file, since a pipe nobody reads could fill and stall it, and a stop
that asserts the exit code SIGTERM must give."""

import os
import shutil
import socket
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MYAPP = os.environ.get("MYAPP_BIN", os.path.join(ROOT, "target", "release", "myapp"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MyappProcess:
    """Started with `flags` (and `database_url`, else its own SQLite file);
    `popen` goes to subprocess.Popen. Readiness is the caller's to wait for."""

    def __init__(self, *flags, database_url=None, prefix="myapp-", **popen):
        self.dir = tempfile.mkdtemp(prefix=prefix)
        self.http, self.grpc = free_port(), free_port()
        self.log_path = os.path.join(self.dir, "myapp.log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [MYAPP, f"--http-addr=127.0.0.1:{self.http}", f"--grpc-addr=127.0.0.1:{self.grpc}",
             f"--database-url={database_url or f'sqlite://{self.dir}/myapp.db'}", *flags],
            stdout=subprocess.DEVNULL, stderr=self.log, **popen,
        )

    def log_text(self):
        self.log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def status(self, field):
        """A number from /proc/PID/status: `VmRSS` (KiB), `Threads`."""
        with open(f"/proc/{self.proc.pid}/status") as f:
            return int(next(line for line in f if line.startswith(field + ":")).split()[1])

    def stop(self, timeout=20):
        self.proc.terminate()
        try:
            code = self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.log.close()
            shutil.rmtree(self.dir, ignore_errors=True)
        assert code == 0, f"myapp exited {code} on SIGTERM"
