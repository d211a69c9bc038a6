"""The image under test and the containers the tests run, on the real Docker
engine: one image built from a clean clone of HEAD, containers on the host's
network (ports given by env to free loopback ports, never a bridge), each
container and volume removed afterwards. No engine is a failure with its
reason, never a skip: `make test-image` starts one first."""

import http.client
import os
import re
import secrets
import socket
import subprocess
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Debian's client: BuildKit is built in (another client on PATH may lack buildx).
DOCKER = os.environ.get("DOCKER", "/usr/bin/docker")
BUILD_SECONDS = 3600
RUN_ID = secrets.token_hex(4)
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def docker(*args, check=True, timeout=60, **kwargs):
    """Runs the Docker client; a failure shows the command and its stderr."""
    result = subprocess.run([DOCKER, *args], capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "DOCKER_BUILDKIT": "1"}, **kwargs)
    if check and result.returncode != 0:
        pytest.fail(f"docker {' '.join(args)} exited {result.returncode}:\n{result.stderr}{result.stdout}")
    return result


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def crate_version():
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        return re.search(r'^version = "([^"]+)"', f.read(), re.M).group(1)


@pytest.fixture(scope="session")
def engine():
    """The engine answers, or every test fails saying why."""
    try:
        result = subprocess.run([DOCKER, "info", "--format", "{{.ServerVersion}}"],
                                capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        pytest.fail(f"no Docker client at {DOCKER}: `make docker-engine` installs docker.io")
    if result.returncode != 0 or not result.stdout.strip():
        pytest.fail("no Docker engine answers (`make docker-engine` starts one; its log is "
                    f"target/dockerd.log): {result.stderr.strip()}")
    return result.stdout.strip()


@dataclass
class Image:
    tag: str
    version: str
    build_seconds: float
    size_bytes: int


@pytest.fixture(scope="session")
def image(engine):
    """myapp built from a clean clone of HEAD (what is committed, nothing
    else), as `make image` builds it; removed at the end (the build cache
    stays, so an unchanged HEAD builds again in seconds)."""
    head = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()
    version = crate_version()
    tag = f"myapp-test:{RUN_ID}"
    with tempfile.TemporaryDirectory(prefix="myapp-clone-") as parent:
        clone = os.path.join(parent, "myapp")
        subprocess.run(["git", "clone", "--quiet", "--no-checkout", ROOT, clone], check=True)
        # HEAD as the checkout has it, even when detached.
        subprocess.run(["git", "-C", clone, "fetch", "--quiet", "origin", "HEAD"], check=True)
        subprocess.run(["git", "-C", clone, "checkout", "--quiet", "--detach", head], check=True)
        started = time.monotonic()
        build = docker("build", "--network", "host", "--build-arg", f"VERSION={version}",
                       "-t", tag, clone, check=False, timeout=BUILD_SECONDS)
        seconds = time.monotonic() - started
    if build.returncode != 0:
        pytest.fail(f"the image did not build from a clean clone of {head[:12]}:\n"
                    + "\n".join((build.stderr + build.stdout).splitlines()[-40:]))
    size = int(docker("image", "inspect", "-f", "{{.Size}}", tag).stdout)
    print(f"\nimage {tag} from {head[:12]}: built in {seconds:.0f} s, {size / 1e6:.1f} MB")
    yield Image(tag, version, seconds, size)
    docker("rmi", "--force", tag, check=False)


@dataclass
class Container:
    name: str
    volume: str
    http_port: int
    grpc_port: int
    env: dict = field(default_factory=dict)

    @property
    def http_addr(self):
        return f"127.0.0.1:{self.http_port}"

    @property
    def grpc_addr(self):
        return f"127.0.0.1:{self.grpc_port}"

    def inspect(self, template):
        return docker("inspect", "-f", template, self.name).stdout.strip()

    def wait_healthy(self, within):
        """Seconds until the image's own HEALTHCHECK reports healthy."""
        started = time.monotonic()
        status = ""
        while time.monotonic() - started < within:
            status = self.inspect("{{.State.Health.Status}}")
            if status == "healthy":
                return time.monotonic() - started
            if self.inspect("{{.State.Running}}") != "true":
                break
            time.sleep(0.2)
        pytest.fail(f"{self.name} not healthy within {within} s (status {status!r}); logs:\n{self.logs()}")

    def logs(self):
        result = docker("logs", self.name, check=False)
        return result.stdout + result.stderr


class Containers:
    """Starts containers as the seed ran them (`docker run IMAGE`, the
    image's CMD `-logtostderr=true`), read-only, the data on a named volume,
    on the host's network; removes every container and volume it made."""

    def __init__(self, image):
        self.image = image
        self.names, self.volumes = [], []

    def volume(self):
        name = f"myapp-test-{RUN_ID}-{len(self.volumes)}"
        docker("volume", "create", name)
        self.volumes.append(name)
        return name

    def run(self, volume=None, env=None, wait=True):
        volume = volume or self.volume()
        name = f"myapp-test-{RUN_ID}-c{len(self.names)}"
        container = Container(name, volume, free_port(), free_port(), dict(env or {}))
        variables = {"MYAPP_HTTP_ADDR": container.http_addr, "MYAPP_GRPC_ADDR": container.grpc_addr,
                     **container.env}
        args = ["run", "--detach", "--name", name, "--network", "host", "--read-only",
                "--volume", f"{volume}:/app/data"]
        for key, value in variables.items():
            args += ["--env", f"{key}={value}"]
        self.names.append(name)
        docker(*args, self.image.tag)
        if wait:
            wait_for_port(container.http_port, container)
        return container

    def remove(self, container):
        docker("rm", "--force", container.name, check=False)

    def cleanup(self):
        for name in self.names:
            docker("rm", "--force", "--volumes", name, check=False)
        for volume in self.volumes:
            docker("volume", "rm", "--force", volume, check=False)


@pytest.fixture
def containers(image):
    made = Containers(image)
    yield made
    made.cleanup()


def wait_for_port(port, container, within=10):
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"{container.name} did not listen on {port} within {within} s; logs:\n{container.logs()}")


class Browser:
    """One visitor: a keep-alive connection, its cookies, no redirects followed."""

    def __init__(self, addr, timeout=30):
        self.addr, self.timeout = addr, timeout
        self.cookies = {}
        self.connection = None

    def request(self, method, path, form=None):
        headers = {"User-Agent": "myapp-container-test"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.connection is None:
            host, port = self.addr.split(":")
            self.connection = http.client.HTTPConnection(host, int(port), timeout=self.timeout)
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8")
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.headers.get("Connection", "").lower() == "close":
            self.close()
        return response.status, response.headers, text

    def get(self, path):
        return self.request("GET", path)

    def form_token(self, path):
        status, _, page = self.get(path)
        assert status == 200, f"GET {path}: {status}"
        # The form's own token: once logged in, the header's log-out form
        # comes first on the page, with the session's token.
        main = page[page.index("<main"):]
        return CSRF.search(main).group(1)

    def sign_up(self, username, password, token=None):
        token = token or self.form_token("/user/signup")
        status, headers, page = self.request("POST", "/user/signup", {
            "csrf": token, "username": username, "password": password,
            "introduction": f"I am {username}"})
        return status

    def log_in(self, username, password):
        token = self.form_token("/user/login")
        status, headers, _ = self.request("POST", "/user/login", {
            "csrf": token, "username": username, "password": password})
        return status, headers.get("Location")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None
