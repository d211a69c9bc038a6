//! Pages that need no account: home, the account index, health, metrics,
//! the stylesheet, the language switch, and the error page every other
//! handler falls back on.

use log::{error, warn};

use super::cookies;
use super::i18n::{self, Lang, Problem};
use super::templates::{render, Field, View, FAVICON_SVG, STYLESHEET};
use super::throttle::Throttled;
use super::{Reply, Request, Site};
use crate::store::StoreError;

/// The home page's and account index's fields: the brand, and whether
/// someone is logged in (they link to what that visitor may do).
fn index_fields<'a>(view: &'a View<'_>) -> [(&'static str, Field<'a>); 2] {
    [
        ("oem", Field::Text(&view.brand.oem)),
        ("signed_in", Field::Flag(view.user.is_some())),
    ]
}

pub fn home(site: &Site, req: &Request) -> Reply {
    let view = site.view(req);
    Reply::html(
        200,
        render(&view, "home", view.lang.text().home_title, &index_fields(&view)),
    )
}

pub fn user_index(site: &Site, req: &Request) -> Reply {
    let view = site.view(req);
    Reply::html(
        200,
        render(&view, "user", view.lang.text().account_title, &index_fields(&view)),
    )
}

/// 200 when the account store answers, else 503 with a plain reason: the
/// driver's words (addresses, server versions) go to the log only.
pub fn ready(site: &Site) -> Reply {
    match site.store.ping() {
        Ok(()) => Reply::text(200, "ready\n"),
        Err(e) => {
            note_store_error(site, &e);
            warn!("readyz: not ready: {e}");
            let reason = match e {
                StoreError::Unavailable(_) => "the database is unavailable",
                _ => "the database refused a statement",
            };
            Reply::text(503, &format!("not ready: {reason}\n"))
        }
    }
}

/// Counts a store failure in the metrics (its page or log line is the caller's).
pub fn note_store_error(site: &Site, e: &StoreError) {
    match e {
        StoreError::Statement { statement, .. } => site.metrics.statement_error(statement),
        _ => site.metrics.database_error(),
    }
}

/// The page for a store that failed: 503 for an outage (the client may try
/// again soon), 500 for a statement the database refused (a bug: trying
/// again will not help, and the database is fine for everything else).
pub fn store_failed(site: &Site, req: &Request, e: StoreError) -> Reply {
    note_store_error(site, &e);
    match e {
        StoreError::Unavailable(_) => {
            warn!("{e}");
            problem(site, req, Problem::DatabaseUnavailable)
        }
        StoreError::Statement { .. } | StoreError::NameTaken => {
            error!("{e}");
            problem(site, req, Problem::Internal)
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
    Reply::asset("text/css; charset=utf-8", 3600, STYLESHEET)
}

/// `GET /lang/en|zh?back=/path`: remembers the choice for a year and goes back.
pub fn switch_language(lang: Lang, req: &Request, secure: bool) -> Reply {
    let back = req
        .query
        .split('&')
        .find_map(|pair| pair.strip_prefix("back="))
        .filter(|path| is_local_path(path))
        .unwrap_or("/");
    Reply::redirect_303(back).with_header("Set-Cookie", cookies::language_cookie(lang.code(), secure))
}

/// Only a path on this site: no scheme, no `//host`, nothing to split a header.
fn is_local_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && path.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')
}

pub fn method_not_allowed(site: &Site, req: &Request, allow: &str) -> Reply {
    problem(site, req, Problem::MethodNotAllowed).with_header("Allow", allow.to_owned())
}

fn error_fields<'a>(heading: &'a str, message: &'a str) -> [(&'static str, Field<'a>); 2] {
    [("heading", Field::Text(heading)), ("message", Field::Text(message))]
}

/// The error page for a problem, in the visitor's language.
pub fn problem(site: &Site, req: &Request, problem: Problem) -> Reply {
    let view = site.view(req);
    let (heading, message) = problem.words(view.lang);
    let reply = Reply::html(
        problem.status(),
        render(&view, "error", heading, &error_fields(heading, message)),
    );
    if problem == Problem::DatabaseUnavailable {
        reply.with_header("Retry-After", "5")
    } else {
        reply
    }
}

/// The answer to a throttled request that has no form to show again: 429,
/// saying how many minutes to wait (`Retry-After` in seconds). The login
/// and sign-up forms are shown again instead; other throttled pages (the
/// account settings') may answer this.
#[allow(dead_code)]
pub fn throttled(site: &Site, req: &Request, throttled: Throttled) -> Reply {
    let (what, signups) = match throttled {
        Throttled::Logins { .. } => (Problem::TooManyAttempts, false),
        Throttled::Signups { .. } => (Problem::TooManySignups, true),
    };
    let wait = throttled.wait().as_secs().max(1);
    let view = site.view(req);
    let (heading, _) = what.words(view.lang);
    let message = i18n::wait_message(view.lang, signups, wait.div_ceil(60).max(1));
    Reply::html(
        what.status(),
        render(&view, "error", heading, &error_fields(heading, &message)),
    )
    .with_header("Retry-After", wait.to_string())
}

/// `GET /favicon.ico`, asked for by browsers whatever the page links: the
/// same small SVG (browsers read the type, not the name).
pub fn favicon() -> Reply {
    Reply::asset("image/svg+xml", 86400, FAVICON_SVG)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::templates::oracle::assert_renders_as_tinytemplate;
    use crate::web::templates::Brand;

    #[test]
    fn the_index_and_error_pages_render_as_tinytemplate_does() {
        let brand = Brand {
            oem: "my<app> & co".into(),
            ver: "1".into(),
        };
        for user in [
            None,
            Some(crate::web::templates::SignedIn {
                name: "n".into(),
                csrf: "c".into(),
            }),
        ] {
            let view = View {
                brand: &brand,
                lang: Lang::En,
                path: "/",
                user,
            };
            assert_renders_as_tinytemplate("home", "home", &index_fields(&view));
            assert_renders_as_tinytemplate("user", "user", &index_fields(&view));
        }
        for (heading, message) in [("", ""), ("<h>", "\"m\" & 'n' 错误")] {
            assert_renders_as_tinytemplate("error", heading, &error_fields(heading, message));
        }
    }

    #[test]
    fn the_language_switch_only_goes_back_to_this_site() {
        for ok in ["/", "/user/login", "/user/profile"] {
            assert!(is_local_path(ok), "{ok}");
        }
        for bad in [
            "",
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "/a b",
            "/a\r\nSet-Cookie:x",
        ] {
            assert!(!is_local_path(bad), "{bad:?}");
        }
    }
}
