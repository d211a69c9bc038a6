//! The web pages: a request flows router → handler → (session, store) →
//! template → reply. Handlers see plain `Request`/`Reply` values, never a
//! socket; `server` turns tiny_http requests into them and back.

mod clock;
pub mod cookies;
mod forms;
mod forwarded;
mod i18n;
mod pages;
mod reply;
mod router;
pub mod server;
mod settings;
mod shared_failures;
mod templates;
mod throttle;
mod user;
mod useragent;

use std::net::IpAddr;
use std::sync::Arc;

use crate::hashing::Hasher;
use crate::hostinfo::HostInfo;
use crate::metrics::Metrics;
use crate::session::{CsrfKey, SessionStore};
use crate::store::Store;

pub use clock::{ClockStream, ClockWatchers, StreamEnd};
pub use forms::{Form, FormError, MAX_FORM_FIELDS};
pub use i18n::Lang;
pub use reply::Reply;
pub use router::{route, route_name, route_stream};
pub use shared_failures::SharedFailures;
pub use templates::Brand;
use templates::{SignedIn, View};
use throttle::LoginAttempt;
pub use throttle::{Limits, Origin, Throttle, Throttled};

/// Everything a handler may use, shared by all connection threads.
pub struct Site {
    pub store: Arc<dyn Store>,
    pub metrics: Metrics,
    pub sessions: Arc<dyn SessionStore>,
    /// Signs the CSRF tokens of forms shown to visitors not logged in.
    pub csrf: CsrfKey,
    /// Every argon2 hash and check goes through its few workers.
    pub hasher: Hasher,
    pub host: HostInfo,
    pub brand: Brand,
    pub secure_cookies: bool,
    pub throttle: Throttle,
    /// Failed logins counted in the database too, so replicas share the
    /// limit (with `--session-store database`).
    pub shared_failures: Option<SharedFailures>,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
    /// Browsers watching the server's clock (`GET /clock`).
    pub clock: ClockWatchers,
}

impl Site {
    /// How pages for this request are rendered, with whoever its session
    /// cookie names in the header (no store read without a session cookie).
    fn view<'a>(&'a self, req: &'a Request) -> View<'a> {
        self.view_as(req, user::signed_in(self, req))
    }

    /// How pages for this request are rendered, for a session already read.
    fn view_as<'a>(&'a self, req: &'a Request, user: Option<SignedIn>) -> View<'a> {
        View {
            brand: &self.brand,
            lang: req.lang,
            path: &req.path,
            user,
        }
    }

    /// Counts a login attempt on the account `name_key` from `ip` before its
    /// password is checked: in this process's throttle, and with
    /// `shared_too` in the failure counts replicas share (when kept).
    fn begin_login(&self, name_key: &str, ip: IpAddr, shared_too: bool) -> Result<LoginAttempt<'_>, NotBegun> {
        let attempt = self.throttle.begin_login(name_key, ip).map_err(NotBegun::Throttled)?;
        if let Some(shared) = self.shared_failures.as_ref().filter(|_| shared_too) {
            if let Some(wait) = shared.count(name_key, ip).map_err(NotBegun::Store)? {
                log::warn!("too many failed logins from {ip}, counted by all replicas");
                return Err(NotBegun::Throttled(Throttled::Logins { wait }));
            }
        }
        Ok(attempt)
    }

    /// The password was right: the account's failures from `ip` are
    /// forgotten, here and in the counts replicas share.
    fn login_proved(&self, attempt: LoginAttempt<'_>, name_key: &str, ip: IpAddr) {
        attempt.succeeded();
        if let Some(shared) = &self.shared_failures {
            shared.clear(name_key, ip);
        }
    }
}

/// Why a login attempt was not begun.
enum NotBegun {
    Throttled(Throttled),
    Store(crate::store::StoreError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    Other,
}

/// A request as handlers see it: headers they use, and a body already read
/// within `server::MAX_BODY_BYTES`.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: String,
    pub user_agent: String,
    pub cookie: String,
    /// From the language cookie or `Accept-Language`.
    pub lang: Lang,
    /// The peer, or what a trusted proxy says the client was.
    pub client_ip: IpAddr,
    pub body: Vec<u8>,
}
