//! What the fuzz targets share: a site like the server's, on a fresh
//! in-memory SQLite store, with loopback as a trusted proxy (so the `http`
//! target's `X-Forwarded-For` headers are parsed too).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use myapp::clock::Ticker;
use myapp::hashing::Hasher;
use myapp::hostinfo::HostInfo;
use myapp::metrics::{GrpcCounters, Metrics};
use myapp::session::{CsrfKey, MemorySessions, SessionStore};
use myapp::store::SqliteStore;
use myapp::web::{Brand, ClockWatchers, Site, Throttle};

pub fn site() -> Site {
    let sessions: Arc<dyn SessionStore> = Arc::new(MemorySessions::new(Duration::from_secs(3600), 64));
    Site {
        store: Arc::new(SqliteStore::open(Path::new(":memory:")).expect("an in-memory SQLite store")),
        metrics: Metrics::new(
            sessions.clone(),
            Box::new(GrpcCounters::default),
            Box::new(|| 0usize),
            "myapp",
        ),
        sessions,
        csrf: CsrfKey::random(),
        hasher: Hasher::start(1).expect("a hash worker"),
        host: HostInfo {
            host_name: "fuzz".into(),
            ip: "192.0.2.1".into(),
            instance: "fuzz".into(),
        },
        brand: Brand {
            oem: "myapp".into(),
            ver: "fuzz".into(),
        },
        secure_cookies: false,
        throttle: Throttle::default(),
        shared_failures: None,
        trusted_proxies: vec!["127.0.0.1".parse().expect("an IP address")],
        clock: ClockWatchers::new(Ticker::start().expect("a ticker thread"), 4, 8, Duration::from_secs(60)),
    }
}
