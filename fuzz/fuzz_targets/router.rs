//! The router and the pages behind it, driven through whole visits. An
//! input is a script, one request per line, from one browser that keeps its
//! cookies, against a fresh site with an in-memory SQLite store:
//!
//! ```text
//! GET /user/signup
//! POST /user/signup csrf=@csrf&username=alice&password=correct+horse
//! Cookie: myapp_session=forged
//! GET /user/profile?x=1
//! ```
//!
//! A line is `METHOD TARGET [BODY]`, or a header for the next request only
//! (`Cookie:` replaces the browser's own, `Accept-Language:`, `User-Agent:`,
//! `From:` the client's last address byte). `@csrf` in a body becomes the
//! token of the last form the browser saw. Checked on every answer: no
//! server error, no line break in a header, no unescaped markup, no session
//! stored but by a login; and against a model of accounts: a sign-up succeeds
//! only for a new name (or one whose account was deleted), a login only with
//! that name's password (the last one set), the profile only for who logged in.
#![no_main]

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};

use libfuzzer_sys::fuzz_target;
use myapp::account::{name_key, Username};
use myapp::web::cookies::{find, CSRF_COOKIE, SESSION_COOKIE};
use myapp::web::{route, Lang, Method, Reply, Request};
use myapp_fuzz::site;

/// The script tag of the profile's clock (templates/profile.html).
const OWN_SCRIPT: &str = r#"<script src="/static/clock.js" defer></script>"#;

/// Requests per input: enough for sign-up, login, profile, logout and more.
const MAX_REQUESTS: usize = 16;

/// What one browser remembers, and what the site should know.
#[derive(Default)]
struct Visit {
    session_cookie: Option<String>,
    csrf_cookie: Option<String>,
    lang_cookie: Option<String>,
    csrf: String,
    /// name key → (name as shown, password) of every account made: one
    /// account per key, however its name is written.
    accounts: HashMap<String, (String, String)>,
    logged_in: Option<String>,
}

impl Visit {
    fn cookie_header(&self) -> String {
        let cookies = [
            self.session_cookie.as_ref().map(|v| format!("{SESSION_COOKIE}={v}")),
            self.csrf_cookie.as_ref().map(|v| format!("{CSRF_COOKIE}={v}")),
            self.lang_cookie.as_ref().map(|v| format!("myapp_lang={v}")),
        ];
        cookies.into_iter().flatten().collect::<Vec<_>>().join("; ")
    }

    fn remember(&mut self, reply: &Reply) {
        for (name, value) in &reply.headers {
            if *name == "Set-Cookie" {
                let pair = value.split(';').next().unwrap_or_default();
                let kept = find(pair, SESSION_COOKIE).map(|v| (&mut self.session_cookie, v));
                let kept = kept.or_else(|| find(pair, CSRF_COOKIE).map(|v| (&mut self.csrf_cookie, v)));
                let kept = kept.or_else(|| find(pair, "myapp_lang").map(|v| (&mut self.lang_cookie, v)));
                if let Some((slot, v)) = kept {
                    *slot = (!v.is_empty()).then(|| v.to_owned());
                }
            }
        }
        let body = String::from_utf8_lossy(&reply.body);
        // The page's own form (in `<main>`), not the header's logout form.
        let body = &body[body.find("<main>").unwrap_or(0)..];
        if let Some(at) = body.find(r#"name="csrf" value=""#) {
            let rest = &body[at + r#"name="csrf" value=""#.len()..];
            self.csrf = rest[..rest.find('"').unwrap_or(0)].to_owned();
        }
    }
}

/// HTML-escaped, as every value on a page is.
fn escaped(text: &str) -> String {
    let mut out = String::new();
    tinytemplate::escape(text, &mut out);
    out
}

/// The headers a script line may set for the next request.
#[derive(Default)]
struct Headers {
    cookie: Option<String>,
    accept_language: String,
    user_agent: String,
    ip: u8,
}

impl Headers {
    /// Takes a header line; false when the line is a request.
    fn take(&mut self, line: &str) -> bool {
        let Some((name, value)) = line.split_once(": ") else {
            return false;
        };
        match name {
            "Cookie" => self.cookie = Some(value.to_owned()),
            "Accept-Language" => self.accept_language = value.to_owned(),
            "User-Agent" => self.user_agent = value.to_owned(),
            "From" => self.ip = value.parse().unwrap_or_default(),
            _ => return false,
        }
        true
    }
}

/// The first value of a field, decoded by `form_urlencoded` rather than by
/// the code under test.
fn field(body: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

fuzz_target!(|script: &[u8]| {
    let site = site();
    let mut visit = Visit::default();
    let mut headers = Headers::default();
    let mut requests = 0;
    for line in script.split(|&b| b == b'\n') {
        let text = String::from_utf8_lossy(line);
        if line.is_empty() || headers.take(&text) {
            continue;
        }
        if requests == MAX_REQUESTS {
            break;
        }
        requests += 1;
        let mut parts = line.splitn(3, |&b| b == b' ');
        let method = match parts.next().unwrap_or_default() {
            b"GET" => Method::Get,
            b"HEAD" => Method::Head,
            b"POST" => Method::Post,
            _ => Method::Other,
        };
        let target = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let body = replace(parts.next().unwrap_or_default(), b"@csrf", visit.csrf.as_bytes());
        let headers = std::mem::take(&mut headers);
        let kept_cookies = headers.cookie.is_none();
        let cookie = headers.cookie.unwrap_or_else(|| visit.cookie_header());
        let req = Request {
            method,
            path: path.to_owned(),
            query: query.to_owned(),
            user_agent: headers.user_agent,
            lang: Lang::negotiate(&cookie, &headers.accept_language),
            cookie,
            client_ip: IpAddr::V4(Ipv4Addr::new(192, 0, 2, headers.ip)),
            body,
        };
        let sessions_before = site.sessions.count();
        let reply = route(&site, &req);
        let logged_in = req.method == Method::Post && req.path == "/user/login" && reply.status == 303;
        assert!(
            site.sessions.count() <= sessions_before + usize::from(logged_in),
            "only a login stores a session: {req:?}"
        );

        assert!(reply.status < 500, "{} for {req:?}", reply.status);
        for (name, value) in &reply.headers {
            assert!(!value.contains(['\r', '\n']), "{name}: {value:?}");
        }
        let page = String::from_utf8_lossy(&reply.body);
        // The profile's own clock script is the one script a page may hold.
        let others = page.replace(OWN_SCRIPT, "");
        assert!(
            !others.to_ascii_lowercase().contains("<script"),
            "markup reached the page: {req:?}"
        );

        let name = field(&req.body, "username").unwrap_or_default();
        let key = name_key(&name);
        let password = field(&req.body, "password").unwrap_or_default();
        match (req.method, req.path.as_str(), reply.status) {
            (Method::Post, "/user/signup", 303) => {
                assert!(!visit.accounts.contains_key(&key), "{name:?} signed up twice");
                let shown = Username::parse(&name).expect("a name signed up is valid");
                visit.accounts.insert(key, (shown.as_str().to_owned(), password));
            }
            (Method::Post, "/user/signup", 409) => {
                assert!(visit.accounts.contains_key(&key), "{name:?} was said to be taken");
            }
            (Method::Post, "/user/login", 303) => {
                let (shown, right) = visit.accounts.get(&key).expect("logged in to no account");
                assert_eq!(right, &password, "logged in as {name:?}");
                if kept_cookies {
                    visit.logged_in = Some(shown.clone());
                }
            }
            (Method::Post, "/user/logout", 303) if kept_cookies => visit.logged_in = None,
            // Account settings: a deleted name is free again, a changed password the only one.
            (Method::Post, "/user/settings/delete", 303) if kept_cookies && location(&reply) == "/user/deleted" => {
                if let Some(shown) = visit.logged_in.take() {
                    visit.accounts.remove(&name_key(&shown));
                }
            }
            (Method::Post, "/user/settings/password", 303) if kept_cookies => {
                if let Some(shown) = visit.logged_in.as_deref() {
                    let new = field(&req.body, "new_password").unwrap_or_default();
                    if let Some(account) = visit.accounts.get_mut(&name_key(shown)) {
                        account.1 = new;
                    }
                }
            }
            (Method::Get, "/user/profile", 200) if kept_cookies => {
                let name = visit.logged_in.as_deref().expect("a profile shown to nobody");
                assert!(page.contains(&escaped(name)), "the profile does not name {name:?}");
            }
            _ => {}
        }
        if kept_cookies {
            visit.remember(&reply);
        }
    }
});

fn location(reply: &Reply) -> &str {
    reply.header("Location").unwrap_or("")
}

fn replace(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = rest.windows(from.len()).position(|w| w == from) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(to);
        rest = &rest[at + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}
