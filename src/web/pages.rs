//! Pages that need no account: home, the account index, health, the
//! stylesheet, and the error page every other handler falls back on.

use serde::Serialize;

use super::templates::{render, STYLESHEET};
use super::{Reply, Site};

#[derive(Serialize)]
struct Empty {
    oem: String,
}

pub fn home(site: &Site) -> Reply {
    let ctx = Empty {
        oem: site.brand.oem.clone(),
    };
    Reply::html(200, render(&site.brand, "home", "Home", &ctx))
}

pub fn user_index(site: &Site) -> Reply {
    let ctx = Empty {
        oem: site.brand.oem.clone(),
    };
    Reply::html(200, render(&site.brand, "user", "Account", &ctx))
}

/// 200 when the account store answers, else 503.
pub fn ready(site: &Site) -> Reply {
    match site.store.ping() {
        Ok(()) => Reply::text(200, "ready\n"),
        Err(e) => {
            site.metrics.database_error();
            Reply::text(503, &format!("not ready: {e}\n"))
        }
    }
}

pub fn metrics(site: &Site) -> Reply {
    Reply {
        status: 200,
        headers: vec![(
            "Content-Type",
            "application/openmetrics-text; version=1.0.0; charset=utf-8".into(),
        )],
        body: site.metrics.render().into_bytes(),
    }
}

pub fn stylesheet() -> Reply {
    Reply {
        status: 200,
        headers: vec![
            ("Content-Type", "text/css; charset=utf-8".into()),
            ("Cache-Control", "public, max-age=3600".into()),
        ],
        body: STYLESHEET.as_bytes().to_vec(),
    }
}

pub fn method_not_allowed(site: &Site, allow: &str) -> Reply {
    error(
        site,
        405,
        "Method not allowed",
        "This address does not accept that kind of request.",
    )
    .with_header("Allow", allow)
}

#[derive(Serialize)]
struct ErrorPage<'a> {
    heading: &'a str,
    message: &'a str,
}

/// An HTML error page with the given status.
pub fn error(site: &Site, status: u16, heading: &str, message: &str) -> Reply {
    let html = render(&site.brand, "error", heading, &ErrorPage { heading, message });
    Reply::html(status, html)
}

/// The page shown when the account store cannot be reached.
pub fn database_unavailable(site: &Site) -> Reply {
    error(
        site,
        503,
        "Database unavailable",
        "Accounts cannot be reached right now. Please try again in a moment.",
    )
    .with_header("Retry-After", "5")
}
