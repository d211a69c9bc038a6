//! `App::start(config)`: opens the store and binds the servers; one code path
//! for the binary and the tests. Dropping an `App` shuts it down.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::{Config, Secret, SessionStoreKind};
use crate::grpc::{GrpcCounters, GrpcError, GrpcLimits, GrpcServer};
use crate::hashing::Hasher;
use crate::hostinfo::HostInfo;
use crate::metrics::Metrics;
use crate::session::{CsrfKey, DatabaseSessions, MemorySessions, SessionStore};
use crate::store::{self, Store};
use crate::web::server::{HttpLimits, HttpServer};
use crate::web::{Brand, ClockWatchers, Limits, SharedFailures, Site, Throttle};

/// The key for visitors' form tokens: MYAPP_SECRET's, else one kept in the
/// database beside shared sessions, else this process's own.
fn csrf_key(config: &Config, store: &Arc<dyn Store>) -> CsrfKey {
    match (&config.secret, config.session_store) {
        (Some(secret), _) => {
            log::info!("form tokens are signed with a key from MYAPP_SECRET");
            CsrfKey::from_secret(secret.expose().as_bytes())
        }
        (None, SessionStoreKind::Database) => {
            log::info!("form tokens are signed with a key kept in the database, shared by every replica");
            CsrfKey::stored_in(store.clone())
        }
        (None, SessionStoreKind::Memory) => {
            log::info!(
                "form tokens are signed with a key of this process's own; set MYAPP_SECRET to share it \
                 between replicas or keep it across restarts"
            );
            CsrfKey::random()
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot listen on {addr} ({flag}): {reason}")]
    Port {
        addr: SocketAddr,
        flag: &'static str,
        reason: String,
    },
    #[error("cannot open the account store: {0}")]
    Store(#[from] store::StoreError),
    #[error("cannot start the HTTP server on {addr}: {source}")]
    Http { addr: SocketAddr, source: std::io::Error },
    #[error("cannot start the hash workers: {0}")]
    HashWorkers(std::io::Error),
    #[error("cannot start the gRPC server on {addr}: {source}")]
    Grpc { addr: SocketAddr, source: GrpcError },
}

/// Binds both addresses at once and lets them go, so a taken port stops
/// myapp before either server starts (and says which flag moves it), not
/// after one has started and must be stopped again.
fn check_ports(config: &Config) -> Result<(), StartError> {
    let mut held = Vec::new();
    for (addr, flag) in [(config.http_addr, "--http-addr"), (config.grpc_addr, "--grpc-addr")] {
        let listener = std::net::TcpListener::bind(addr).map_err(|e| StartError::Port {
            addr,
            flag,
            reason: match e.kind() {
                std::io::ErrorKind::AddrInUse => {
                    format!("address already in use; stop what listens there or choose another port with {flag}")
                }
                std::io::ErrorKind::PermissionDenied => {
                    format!("permission denied (ports below 1024 need privileges); choose another port with {flag}")
                }
                std::io::ErrorKind::AddrNotAvailable => {
                    format!("no interface of this host has that address; choose another with {flag}")
                }
                _ => format!("{e}; choose another address with {flag}"),
            },
        })?;
        held.push(listener);
    }
    Ok(())
}

pub struct App {
    http: HttpServer,
    grpc: GrpcServer,
    site: Arc<Site>,
    shutdown_grace: Duration,
}

impl App {
    pub fn start(config: &Config) -> Result<App, StartError> {
        check_ports(config)?;
        let password = config.mysql_password.as_ref().map(Secret::expose);
        let store = store::open(&config.database_url, password, usize::from(config.db_connections))?;
        let sessions: Arc<dyn SessionStore> = match config.session_store {
            SessionStoreKind::Memory => Arc::new(MemorySessions::new(config.session_ttl, config.max_sessions as usize)),
            SessionStoreKind::Database => Arc::new(DatabaseSessions::new(store.clone(), config.session_ttl)),
        };
        let grpc_limits = GrpcLimits {
            max_streams: config.max_streams,
            max_streams_per_connection: config.max_streams_per_connection,
            max_connections: config.max_grpc_connections,
            idle_timeout: config.grpc_idle_timeout,
        };
        let grpc = GrpcServer::start(
            config.grpc_addr,
            config.push_interval,
            config.grpc_threads.into(),
            grpc_limits,
        )
        .map_err(|source| match source {
            // Free when checked, taken since: C-core says only `BindFail`.
            GrpcError::Grpc(grpcio::Error::BindFail(_)) => StartError::Port {
                addr: config.grpc_addr,
                flag: "--grpc-addr",
                reason: "cannot bind it (address already in use?); choose another port with --grpc-addr".into(),
            },
            source => StartError::Grpc {
                addr: config.grpc_addr,
                source,
            },
        })?;
        let grpc_stats = grpc.stats();
        let limits = Limits {
            logins_per_address: config.max_logins_per_ip,
            signups_per_address: config.max_signups_per_ip,
            ..Limits::default()
        };
        let shared_failures = (config.session_store == SessionStoreKind::Database)
            .then(|| SharedFailures::new(store.clone(), limits.failures_per_account, limits.window));
        let clock = ClockWatchers::new(
            grpc.ticker(),
            config.max_watchers as usize,
            config.max_connections as usize,
            config.watch_limit,
        );
        let watchers = clock.clone();
        let site = Arc::new(Site {
            csrf: csrf_key(config, &store),
            store,
            metrics: Metrics::new(
                sessions.clone(),
                Box::new(move || grpc_stats.counters()),
                Box::new(move || watchers.count()),
                &config.oem,
            ),
            sessions,
            hasher: Hasher::start(usize::from(config.hash_workers)).map_err(StartError::HashWorkers)?,
            host: HostInfo::detect(config.instance.clone()),
            brand: Brand {
                oem: config.oem.clone(),
                ver: config.ver.clone(),
            },
            secure_cookies: config.secure_cookies,
            shared_failures,
            throttle: Throttle::new(limits),
            trusted_proxies: config.trusted_proxies.clone(),
            clock,
        });
        let limits = HttpLimits {
            request_timeout: config.request_timeout,
            max_connections: config.max_connections as usize,
        };
        let http = HttpServer::start(config.http_addr, limits, site.clone()).map_err(|source| StartError::Http {
            addr: config.http_addr,
            source,
        })?;
        Ok(App {
            http,
            grpc,
            site,
            shutdown_grace: config.shutdown_grace,
        })
    }

    /// The address the pages are served on (the real port when 0 was asked for).
    pub fn http_addr(&self) -> SocketAddr {
        self.http.addr()
    }

    /// The port gRPC is served on.
    pub fn grpc_port(&self) -> u16 {
        self.grpc.port()
    }

    pub fn grpc_counters(&self) -> GrpcCounters {
        self.grpc.stats().counters()
    }

    /// Number of sessions stored.
    pub fn session_count(&self) -> usize {
        self.site.sessions.count()
    }

    /// Health turns NOT_SERVING, the HTTP requests in flight are answered
    /// (idle connections closed), then gRPC streams are ended with
    /// UNAVAILABLE, all within the grace period.
    pub fn shutdown(mut self) {
        let started = Instant::now();
        self.grpc.stop_serving();
        self.http.stop(self.shutdown_grace);
        self.grpc
            .shutdown(self.shutdown_grace.saturating_sub(started.elapsed()));
    }
}
