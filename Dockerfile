# myapp image: build in a Rust image, run in a small Debian one.
#   make image      (docker build -t myapp:VERSION .)

# Debian 12's GCC 12 and CMake 3.25 build gRPC C-core cleanly (newer ones do not).
FROM rust:1.95-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends cmake g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The caches keep crates and gRPC C-core (minutes to build) between image builds.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bins \
 && mkdir -p /out \
 && cp target/release/myapp target/release/myapp-cli /out/ \
 && strip /out/myapp /out/myapp-cli

FROM debian:bookworm-slim
ARG VERSION=0.1.0
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin myapp \
 && mkdir -p /app/data \
 && chown myapp:myapp /app/data
COPY --from=build /out/myapp /out/myapp-cli /usr/local/bin/
ENV OEM=myapp \
    VER=${VERSION} \
    DATABASE_URL=sqlite:///app/data/myapp.db
WORKDIR /app
VOLUME /app/data
USER 10001:10001
EXPOSE 8080 50051
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 CMD ["myapp", "healthcheck"]
ENTRYPOINT ["myapp"]
CMD ["-logtostderr=true"]
