#!/usr/bin/env bash
# Local stand-ins for the Dockerfile's base images, for a machine that has a
# Docker engine but no registry to pull from (this one).
#
#   debian:bookworm-slim   debootstrap --variant=minbase bookworm, imported
#   rust:1.95-bookworm     that base + the C/C++ tools the build stage uses,
#                          this machine's Rust toolchain and CA bundle
#
# A name that already exists is never replaced, and a name the registry
# answers for is pulled rather than made, so the real images win wherever
# they are reachable. The CA bundle is the host's because crates are fetched
# through a TLS proxy whose authority only this machine trusts.
set -euo pipefail

DOCKER=${DOCKER:-/usr/bin/docker}
BASE=debian:bookworm-slim
BUILDER=rust:1.95-bookworm
RUST_VERSION=1.95
SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
PULL_SECONDS=120

export DOCKER_BUILDKIT=1

have() { "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

pulled() {
  timeout "$PULL_SECONDS" "$DOCKER" pull -q "$1" >/dev/null 2>&1
}

# Only one run makes images at a time (tests and `make image` may overlap).
exec 9>/tmp/myapp-standins.lock
flock 9

if have "$BASE" && have "$BUILDER"; then
  exit 0
fi

work=$(mktemp -d /var/tmp/myapp-standins.XXXXXX)
trap 'rm -rf "$work"' EXIT

make_base() {
  command -v debootstrap >/dev/null || { echo "debootstrap is missing (make docker-engine installs it)" >&2; exit 1; }
  echo "making $BASE: debootstrap --variant=minbase $SUITE (about a minute)"
  local root=$work/rootfs
  debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 || {
    tail -n 20 "$work/debootstrap.log" >&2
    echo "debootstrap failed (log above)" >&2
    exit 1
  }
  # The official image's sources: the release, its updates and security.
  rm -f "$root/etc/apt/sources.list"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: ${MIRROR}
Suites: ${SUITE} ${SUITE}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: ${SUITE}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/var/log/*.log
  tar -C "$root" -c . | "$DOCKER" import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    --message "stand-in for $BASE (debootstrap $SUITE minbase)" \
    - "$BASE" >/dev/null
  rm -rf "$root"
}

make_builder() {
  local sysroot version
  sysroot=$(rustc --print sysroot) || { echo "no Rust toolchain here (rustc) for the $BUILDER stand-in" >&2; exit 1; }
  version=$(rustc --version | awk '{print $2}')
  case "$version" in
    "$RUST_VERSION" | "$RUST_VERSION".*) ;;
    *) echo "$BUILDER stand-in: this machine's Rust is $version, not $RUST_VERSION" >&2; exit 1 ;;
  esac
  echo "making $BUILDER: $BASE + gcc, g++, cmake, make + Rust $version from $sysroot"
  local context=$work/builder
  mkdir -p "$context/rust"
  # The compiler and its libraries; not the 800 MB of documentation in share/.
  cp -a "$sysroot/bin" "$sysroot/lib" "$context/rust/"
  [ -d "$sysroot/libexec" ] && cp -a "$sysroot/libexec" "$context/rust/"
  cp "$CA_BUNDLE" "$context/ca-certificates.crt"
  cat >"$context/Dockerfile" <<DOCKERFILE
FROM $BASE
RUN apt-get update \\
 && apt-get install -y --no-install-recommends gcc g++ cmake make libc6-dev binutils \\
 && rm -rf /var/lib/apt/lists/*
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY rust /usr/local/rust
ENV CARGO_HOME=/usr/local/cargo \\
    RUST_VERSION=$version \\
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \\
    PATH=/usr/local/cargo/bin:/usr/local/rust/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN mkdir -p /usr/local/cargo/bin && cargo --version && rustc --version
DOCKERFILE
  "$DOCKER" build --network host -q -t "$BUILDER" "$context" >/dev/null
}

for name in "$BASE" "$BUILDER"; do
  have "$name" && continue
  if pulled "$name"; then
    echo "pulled $name"
    continue
  fi
  case "$name" in
    "$BASE") make_base ;;
    "$BUILDER") have "$BASE" || make_base; make_builder ;;
  esac
  echo "made stand-in $name ($("$DOCKER" image inspect -f '{{.Size}}' "$name" | awk '{printf "%.0f MB", $1/1e6}'))"
done
