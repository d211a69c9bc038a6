# myapp image: built in the official Rust image, run from scratch holding only
# the two stripped binaries, the shared libraries they link, time zones and
# an account for uid 10001 (about 25 MB; tests/container checks ≤ 30 MB).
#   make image      (DOCKER_BUILDKIT=1 docker build --network host --build-arg VERSION=… -t myapp:VERSION .)
#   docker run -v myapp-data:/app/data -p 8080:8080 -p 50051:50051 myapp:VERSION   (as the seed: -logtostderr=true)

# Debian 12's GCC 12 and CMake 3.25 build gRPC C-core cleanly (newer ones do not).
FROM rust:1.95-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends cmake g++ rsync \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The caches keep crates and the build (gRPC C-core takes minutes) between
# image builds. Cargo judges freshness by modification time, and a fresh clone
# makes every file new, C-core's thousands included; so the sources are
# mirrored into the cache by content (rsync --checksum, times not copied) and
# only files whose content changed look new to cargo. `locked`: one build at
# a time uses the mirror.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/build,sharing=locked \
    rsync --recursive --links --perms --checksum --delete --exclude=/target /src/ /build/ \
 && cd /build \
 && cargo build --release --locked --bins \
 && mkdir -p /rootfs/usr/local/bin \
 && cp target/release/myapp target/release/myapp-cli /rootfs/usr/local/bin/ \
 && strip /rootfs/usr/local/bin/myapp /rootfs/usr/local/bin/myapp-cli
# The runtime's whole file system is assembled here, scratch having no shell:
# the libraries ldd finds (libstdc++, libgcc_s, libm, libc, the loader) at
# the paths the binaries ask for, time zones for TZ (the time pushes are
# local time), passwd and group entries for uid 10001, and its data folder.
RUN set -eu; \
    for lib in $(for bin in /rootfs/usr/local/bin/*; do ldd "$bin"; done | grep -o '/[^ ]*' | sort -u); do \
      cp --parents --dereference "$lib" /rootfs/; \
    done; \
    mkdir -p /rootfs/usr/share /rootfs/etc /rootfs/app/data /rootfs/tmp; \
    cp -a /usr/share/zoneinfo /rootfs/usr/share/; \
    rm -rf /rootfs/usr/share/zoneinfo/right; \
    printf 'root:x:0:0:root:/root:/sbin/nologin\nmyapp:x:10001:10001:myapp:/app:/sbin/nologin\n' > /rootfs/etc/passwd; \
    printf 'root:x:0:\nmyapp:x:10001:\n' > /rootfs/etc/group; \
    printf 'hosts: files dns\n' > /rootfs/etc/nsswitch.conf; \
    chown 10001:10001 /rootfs/app/data; \
    chmod 1777 /rootfs/tmp

FROM scratch
ARG VERSION=0.1.0
COPY --from=build /rootfs/ /
ENV PATH=/usr/local/bin \
    OEM=myapp \
    VER=${VERSION} \
    DATABASE_URL=sqlite:///app/data/myapp.db
LABEL org.opencontainers.image.title="myapp" \
      org.opencontainers.image.description="Sign-up, log-in and profile pages plus a gRPC echo and time stream" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT OR Apache-2.0"
WORKDIR /app
VOLUME /app/data
USER 10001:10001
EXPOSE 8080 50051
# Docker 20.10 runs the first check one interval after start: 5 s keeps a
# new container's "healthy" within 10 s.
HEALTHCHECK --interval=5s --timeout=3s --start-period=10s --retries=3 CMD ["myapp", "healthcheck"]
ENTRYPOINT ["myapp"]
CMD ["-logtostderr=true"]
