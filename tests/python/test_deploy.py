"""The deploy files, checked offline: every Kubernetes manifest against the
Kubernetes schemas (kubernetes-validate), the pieces that matter (probes,
secret refs, ports, replicas, grace period), and the Dockerfile's shape.
No cluster runs here; the image itself is built and run on a real Docker
engine by tests/container."""

import os
import re

import kubernetes_validate
import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
K8S = os.path.join(ROOT, "deploy", "k8s")
KUBERNETES_VERSION = "1.33.0"


def load(name):
    with open(os.path.join(K8S, name), encoding="utf-8") as f:
        return [doc for doc in yaml.safe_load_all(f) if doc]


def kustomization():
    return load("kustomization.yaml")[0]


def resources():
    docs = []
    for name in kustomization()["resources"]:
        docs.extend(load(name))
    return docs


def find(kind, name):
    matches = [d for d in resources() if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(matches) == 1, f"one {kind}/{name}"
    return matches[0]


def crate_version():
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        return re.search(r'^version = "([^"]+)"', f.read(), re.M).group(1)


def test_every_manifest_file_is_in_the_kustomization():
    listed = set(kustomization()["resources"])
    on_disk = {f for f in os.listdir(K8S) if f.endswith(".yaml") and f != "kustomization.yaml"}
    assert listed == on_disk


@pytest.mark.parametrize("doc", resources(), ids=lambda d: f"{d['kind']}/{d['metadata']['name']}")
def test_manifests_are_valid_kubernetes(doc):
    kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_the_image_tag_is_the_crate_version():
    assert kustomization()["images"] == [{"name": "myapp", "newTag": crate_version()}]


def myapp_container():
    deployment = find("Deployment", "myapp")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return deployment, container


def env(container):
    return {e["name"]: e for e in container["env"]}


def test_myapp_runs_at_least_two_replicas_that_share_sessions_in_mysql():
    deployment, container = myapp_container()
    assert "replicas" not in deployment["spec"], "the autoscaler owns the count"
    autoscaler = find("HorizontalPodAutoscaler", "myapp")
    assert autoscaler["apiVersion"] == "autoscaling/v2"
    assert autoscaler["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "myapp"}
    assert 2 <= autoscaler["spec"]["minReplicas"] < autoscaler["spec"]["maxReplicas"] <= 20
    (metric,) = autoscaler["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu" and 50 <= metric["resource"]["target"]["averageUtilization"] <= 90
    assert "cpu" in container["resources"]["requests"], "a CPU target needs a CPU request"
    variables = env(container)
    assert variables["MYAPP_SESSION_STORE"]["value"] == "database"
    assert variables["DATABASE_URL"]["value"].startswith("mysql://")
    assert "@" in variables["DATABASE_URL"]["value"] and ":" not in variables["DATABASE_URL"]["value"].split("//")[1].split("@")[0], \
        "no password in the URL"
    assert variables["MYAPP_INSTANCE"]["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"


def test_secret_refs_point_at_keys_that_exist():
    secrets = {}
    for name in ("mysql", "myapp"):
        secret = find("Secret", name)
        secrets[name] = set(secret.get("stringData", {})) | set(secret.get("data", {}))
    refs = []
    for doc in resources():
        if doc["kind"] in ("Deployment", "StatefulSet"):
            for c in doc["spec"]["template"]["spec"]["containers"]:
                refs += [e["valueFrom"]["secretKeyRef"] for e in c.get("env", []) if "secretKeyRef" in e.get("valueFrom", {})]
    assert len(refs) == 3, "MySQL and myapp both read the password; myapp reads its own secret"
    for ref in refs:
        assert ref["key"] in secrets.get(ref["name"], set()), ref
    _, container = myapp_container()
    assert env(container)["MYSQL_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "mysql", "key": "MYSQL_ROOT_PASSWORD"}
    assert env(container)["MYAPP_SECRET"]["valueFrom"]["secretKeyRef"] == {"name": "myapp", "key": "MYAPP_SECRET"}
    secret = find("Secret", "myapp")["stringData"]["MYAPP_SECRET"]
    assert len(secret.encode()) >= 32, "myapp refuses a MYAPP_SECRET under 32 bytes"


def test_probes_hit_readyz_and_healthz_on_the_http_port():
    _, container = myapp_container()
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"http": 8080, "grpc": 50051}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}


def test_the_grace_period_covers_the_pre_stop_wait_and_the_shutdown_grace():
    deployment, container = myapp_container()
    grace = int(env(container)["MYAPP_SHUTDOWN_GRACE"]["value"].rstrip("s"))
    pre_stop = int(container["lifecycle"]["preStop"]["exec"]["command"][-1])
    assert deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] > grace + pre_stop


def test_resources_and_security_are_set():
    deployment, container = myapp_container()
    assert {"cpu", "memory"} <= set(container["resources"]["requests"])
    assert "memory" in container["resources"]["limits"]
    pod_security = deployment["spec"]["template"]["spec"]["securityContext"]
    assert pod_security["runAsNonRoot"] is True
    assert pod_security["runAsUser"] == 10001, "the image's user"
    assert pod_security["seccompProfile"] == {"type": "RuntimeDefault"}
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]


def test_replicas_spread_across_nodes_without_blocking_a_one_node_cluster():
    deployment, _ = myapp_container()
    spec = deployment["spec"]["template"]["spec"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    spread = {c["topologyKey"]: c for c in spec["topologySpreadConstraints"]}
    assert "kubernetes.io/hostname" in spread
    for constraint in spread.values():
        assert constraint["maxSkew"] == 1
        assert constraint["whenUnsatisfiable"] == "ScheduleAnyway"
        assert constraint["labelSelector"]["matchLabels"].items() <= labels.items()


def test_services_select_the_pods_and_expose_both_ports():
    service = find("Service", "myapp")
    deployment, _ = myapp_container()
    assert service["spec"]["selector"].items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
    assert {(p["port"], p["targetPort"]) for p in service["spec"]["ports"]} == {(8080, "http"), (50051, "grpc")}
    mysql = find("Service", "mysql")
    statefulset = find("StatefulSet", "mysql")
    assert statefulset["spec"]["serviceName"] == "mysql"
    assert mysql["spec"]["selector"].items() <= statefulset["spec"]["template"]["metadata"]["labels"].items()
    assert "mysql://root@mysql:3306/" in env(myapp_container()[1])["DATABASE_URL"]["value"]


def test_mysql_keeps_its_data_on_a_persistent_volume():
    statefulset = find("StatefulSet", "mysql")
    (claim,) = statefulset["spec"]["volumeClaimTemplates"]
    (container,) = statefulset["spec"]["template"]["spec"]["containers"]
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert mounts[claim["metadata"]["name"]] == "/var/lib/mysql"


def dockerfile():
    with open(os.path.join(ROOT, "Dockerfile"), encoding="utf-8") as f:
        lines = [l.strip() for l in f.read().replace("\\\n", " ").splitlines()]
    return [l for l in lines if l and not l.startswith("#")]


def test_the_dockerfile_builds_in_one_stage_and_runs_small_and_unprivileged():
    lines = dockerfile()
    stages = [l for l in lines if l.startswith("FROM ")]
    assert len(stages) == 2 and "AS build" in stages[0] and stages[1] == "FROM scratch"
    runtime = lines[lines.index(stages[1]):]
    user = [l for l in runtime if l.startswith("USER ")]
    assert user and not user[-1].split()[1].startswith(("root", "0"))
    assert "EXPOSE 8080 50051" in runtime
    assert any(l.startswith("HEALTHCHECK") and '"healthcheck"' in l for l in runtime)
    assert any(l.startswith("ENV ") and "OEM=myapp" in l and "VER=" in l for l in runtime)
    assert any(l.startswith("VOLUME /app/data") for l in runtime)
    assert not any("curl" in l for l in runtime)


def test_the_dockerignore_keeps_build_output_out_of_the_context():
    with open(os.path.join(ROOT, ".dockerignore"), encoding="utf-8") as f:
        ignored = set(f.read().split())
    assert {"target", ".venv", ".git"} <= ignored


def quantity_bytes(text):
    units = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30}
    for unit, size in units.items():
        if text.endswith(unit):
            return int(text[: -len(unit)]) * size
    return int(text)


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def test_the_worst_http_flood_of_one_client_fits_the_memory_limit_with_the_manifests_settings():
    """The manifest's settings on the real binary (SQLite in place of MySQL),
    flooded by one client with half again as many connections as
    MYAPP_MAX_CONNECTIONS, each sending a form's body but its last bytes:
    every allowed connection holds a thread and its body. The peak, plus
    what gRPC (calls of about 17 KB, at most MYAPP_MAX_STREAMS + 1,000) and
    argon2id (19 MiB for the one core of the CPU limit) may take besides,
    stays under the container's memory limit."""
    import resource
    import socket
    import subprocess
    import tempfile
    import time

    _, container = myapp_container()
    settings = {name: e["value"] for name, e in env(container).items() if "value" in e}
    max_connections = int(settings["MYAPP_MAX_CONNECTIONS"])
    max_streams = int(settings["MYAPP_MAX_STREAMS"])
    limit = quantity_bytes(container["resources"]["limits"]["memory"])
    assert container["resources"]["limits"]["cpu"] == "1"
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    assert hard > 2 * max_connections, f"the open-file limit {hard} is too low for the flood"

    data = tempfile.mkdtemp()
    ports = []
    for _ in range(2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    run_env = dict(os.environ)
    run_env.update({k: v for k, v in settings.items() if k.startswith("MYAPP_") and k != "MYAPP_INSTANCE"})
    run_env["DATABASE_URL"] = f"sqlite://{data}/myapp.db"
    myapp = os.environ.get("MYAPP_BIN", os.path.join(ROOT, "target", "release", "myapp"))
    proc = subprocess.Popen(
        [myapp, *container["args"], f"--http-addr=127.0.0.1:{ports[0]}", f"--grpc-addr=127.0.0.1:{ports[1]}",
         "--hash-workers=1"],
        env=run_env, stderr=subprocess.DEVNULL)
    sockets = []
    try:
        deadline = time.time() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", ports[0]), timeout=1).close()
                break
            except OSError:
                assert time.time() < deadline, "myapp did not start"
                time.sleep(0.1)
        head = (b"POST /user/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                b"Content-Length: 65536\r\n\r\n")
        for _ in range(max_connections * 3 // 2):
            s = socket.create_connection(("127.0.0.1", ports[0]), timeout=5)
            s.sendall(head + b"a" * 65_000)
            sockets.append(s)
        time.sleep(2)
        threads = int(open(f"/proc/{proc.pid}/status").read().split("Threads:")[1].split()[0])
        assert threads >= max_connections, f"only {threads} threads: the flood did not hold its connections"
        peak = rss_bytes(proc.pid)
        grpc_worst = (max_streams + 1000) * 17_000
        argon2 = 19 << 20
        print(f"HTTP flood: {peak / 1e6:.1f} MB RSS with {threads} threads; "
              f"+ gRPC {grpc_worst / 1e6:.0f} MB + argon2id {argon2 / 1e6:.0f} MB against {limit / 1e6:.0f} MB")
        assert peak + grpc_worst + argon2 < limit
    finally:
        for s in sockets:
            s.close()
        proc.kill()
        proc.wait()
