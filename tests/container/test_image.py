"""The container image on a real Docker engine: built from a clean clone and
small; run as the seed ran it, unprivileged and read-only; its health check,
pages, footer and gRPC client; accounts that outlive a container; a stop in
the middle of a burst of sign-ups."""

import datetime
import http.client
import json
import subprocess
import threading
import time
import zoneinfo

import pytest
from conftest import DOCKER, Browser, docker

MAX_IMAGE_BYTES = 30 * 1000 * 1000
HEALTHY_WITHIN_SECONDS = 10
STOP_GRACE_SECONDS = 10  # docker stop's default, and myapp's --shutdown-grace
PASSWORD = "correct horse battery"
PAGES = ["/", "/user", "/user/login", "/user/signup", "/healthz", "/readyz", "/metrics",
         "/static/style.css"]


def test_the_image_builds_from_a_clean_clone_within_30_mb(image):
    assert image.size_bytes <= MAX_IMAGE_BYTES, f"{image.size_bytes / 1e6:.1f} MB"
    config = json.loads(docker("image", "inspect", "-f", "{{json .Config}}", image.tag).stdout)
    assert config["User"] == "10001:10001"
    assert config["Entrypoint"] == ["myapp"] and config["Cmd"] == ["-logtostderr=true"]
    assert config["Healthcheck"]["Test"] == ["CMD", "myapp", "healthcheck"]
    assert set(config["Volumes"]) == {"/app/data"}
    assert {"OEM=myapp", f"VER={image.version}"} <= set(config["Env"])


def test_a_container_runs_as_10001_read_only_healthy_with_the_footer_from_env(containers):
    container = containers.run(env={"OEM": "AcmeBox", "VER": "9.9.9-test"})
    took = container.wait_healthy(within=HEALTHY_WITHIN_SECONDS)
    print(f"healthy after {took:.1f} s")

    pid = container.inspect("{{.State.Pid}}")
    with open(f"/proc/{pid}/status", encoding="utf-8") as f:
        ids = {line.split(":")[0]: line.split()[1:] for line in f if line.startswith(("Uid:", "Gid:"))}
    assert ids == {"Uid": ["10001"] * 4, "Gid": ["10001"] * 4}
    with open(f"/proc/{pid}/mountinfo", encoding="utf-8") as f:
        options = {fields[4]: fields[5].split(",") for fields in (line.split() for line in f)}
    assert "ro" in options["/"], "the root file system is read-only"
    assert "rw" in options["/app/data"], "the data volume is writable"

    browser = Browser(container.http_addr)
    for path in PAGES:
        status, _, page = browser.get(path)
        assert status == 200, f"GET {path}: {status}"
    _, _, home = browser.get("/")
    assert "<footer>AcmeBox 9.9.9-test</footer>" in home

    # The only writable place is the volume: a sign-up's database lands there, owned by 10001.
    assert browser.sign_up("container-owner", PASSWORD) == 303
    owner = docker("run", "--rm", "--network", "host", "--volume", f"{container.volume}:/data",
                   "debian:bookworm-slim", "stat", "-c", "%u:%g", "/data/myapp.db").stdout.strip()
    assert owner == "10001:10001"


def test_myapp_cli_in_the_container_echoes_and_gets_time_pushes_in_its_time_zone(containers):
    container = containers.run(env={"MYAPP_PUSH_INTERVAL": "300ms", "TZ": "Asia/Shanghai"})
    cli = subprocess.Popen([DOCKER, "exec", "--interactive", container.name,
                            "myapp-cli", "--addr", container.grpc_addr],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(cli.stdout), daemon=True)
    reader.start()
    cli.stdin.write("hello\n你好\n")
    cli.stdin.flush()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(l.startswith("time: ") for l in list(lines)):
        time.sleep(0.1)
    cli.stdin.close()
    assert cli.wait(timeout=20) == 0, cli.stderr.read()
    reader.join(timeout=5)
    assert "echo:hello\n" in lines and "echo:你好\n" in lines, lines
    pushes = [l.split(" ", 1)[1].strip() for l in lines if l.startswith("time: ")]
    assert pushes, f"no time push: {lines}"
    pushed = datetime.datetime.strptime(pushes[-1], "%Y-%m-%d %H:%M:%S")
    shanghai = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)
    assert abs((shanghai - pushed).total_seconds()) < 60, f"pushed {pushed}, Shanghai {shanghai}"


def test_an_account_made_in_one_container_logs_in_from_the_next_on_the_same_volume(containers, image):
    first = containers.run()
    assert Browser(first.http_addr).sign_up("survivor", PASSWORD) == 303
    docker("stop", first.name)
    containers.remove(first)

    second = containers.run(volume=first.volume)
    browser = Browser(second.http_addr)
    assert browser.log_in("survivor", PASSWORD) == (303, "/user/profile")
    status, _, profile = browser.get("/user/profile")
    assert status == 200 and "survivor" in profile
    assert f"<footer>myapp {image.version}</footer>" in profile, "OEM and VER from the image"


def test_docker_stop_during_a_burst_of_sign_ups_loses_no_answered_account(containers):
    generous = {"MYAPP_MAX_SIGNUPS_PER_IP": "100000", "MYAPP_MAX_LOGINS_PER_IP": "100000"}
    container = containers.run(env=generous)
    answered, lock, stop = [], threading.Lock(), threading.Event()

    def sign_up_until_gone(worker):
        browser = Browser(container.http_addr)
        token = browser.form_token("/user/signup")
        n = 0
        while True:
            name = f"burst-{worker}-{n}"
            n += 1
            try:
                status = browser.sign_up(name, PASSWORD, token)
            except (OSError, http.client.HTTPException):
                if stop.is_set():
                    return
                continue
            if status == 303:
                with lock:
                    answered.append(name)

    workers = [threading.Thread(target=sign_up_until_gone, args=(w,), daemon=True) for w in range(6)]
    for w in workers:
        w.start()
    deadline = time.monotonic() + 60
    while len(answered) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(answered) >= 20, "the burst got going"

    started = time.monotonic()
    stop.set()
    docker("stop", "--time", str(STOP_GRACE_SECONDS), container.name, timeout=STOP_GRACE_SECONDS + 30)
    stopped_in = time.monotonic() - started
    for w in workers:
        w.join(timeout=30)
    print(f"{len(answered)} sign-ups answered 303; docker stop took {stopped_in:.1f} s")
    assert container.inspect("{{.State.ExitCode}}") == "0"
    assert stopped_in < STOP_GRACE_SECONDS

    logs = container.logs()
    signups_logged = [l for l in logs.splitlines() if "| 303 |" in l and "POST /user/signup" in l]
    assert len(signups_logged) >= len(answered), "an access line for every answered sign-up"

    containers.remove(container)
    after = containers.run(volume=container.volume, env=generous)
    missing = []

    def log_in_each(names):
        browser = Browser(after.http_addr)
        for name in names:
            if browser.log_in(name, PASSWORD) != (303, "/user/profile"):
                missing.append(name)

    checkers = [threading.Thread(target=log_in_each, args=(answered[i::4],)) for i in range(4)]
    for c in checkers:
        c.start()
    for c in checkers:
        c.join(timeout=300)
    assert not missing, f"answered 303 but cannot log in: {missing}"
