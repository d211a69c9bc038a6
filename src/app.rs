//! `App::start(config)`: opens the store and binds the servers; one code path
//! for the binary and the tests. Dropping an `App` shuts it down.

use std::net::SocketAddr;
use std::sync::Arc;

use crate::config::Config;
use crate::hostinfo::HostInfo;
use crate::session::Sessions;
use crate::store;
use crate::web::server::HttpServer;
use crate::web::{Brand, Site};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot open the account store: {0}")]
    Store(#[from] store::StoreError),
    #[error("cannot start the HTTP server on {addr}: {source}")]
    Http {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

pub struct App {
    http: HttpServer,
    site: Arc<Site>,
}

impl App {
    pub fn start(config: &Config) -> Result<App, StartError> {
        let store = store::open(&config.database_url)?;
        let site = Arc::new(Site {
            store,
            sessions: Arc::new(Sessions::new(
                config.session_ttl,
                config.max_sessions as usize,
            )),
            host: HostInfo::detect(config.instance.clone()),
            brand: Brand {
                oem: config.oem.clone(),
                ver: config.ver.clone(),
            },
            secure_cookies: config.secure_cookies,
        });
        let http = HttpServer::start(
            config.http_addr,
            config.workers.into(),
            config.request_timeout,
            site.clone(),
        )
        .map_err(|source| StartError::Http {
            addr: config.http_addr,
            source,
        })?;
        Ok(App { http, site })
    }

    /// The address the pages are served on (the real port when 0 was asked for).
    pub fn http_addr(&self) -> SocketAddr {
        self.http.addr()
    }

    /// Number of sessions held in memory.
    pub fn session_count(&self) -> usize {
        self.site.sessions.len()
    }

    /// Answers the requests in flight, then stops.
    pub fn shutdown(mut self) {
        self.http.stop();
    }
}
