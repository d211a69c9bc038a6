//! Pages that need no account, health endpoints, errors and headers.

use crate::support::{assert_status, send_raw, spawn_app};

#[test]
fn every_page_shows_the_software_name_and_version() {
    let app = spawn_app();
    let mut browser = app.browser();
    for path in ["/", "/user", "/user/signup", "/user/login", "/no/such/page"] {
        let page = browser.get(path);
        assert!(page.body.contains("testoem 9.9.9"), "{path} footer: {}", page.body);
    }
}

#[test]
fn home_and_account_index_link_to_the_forms() {
    let app = spawn_app();
    let mut browser = app.browser();
    let home = browser.get("/");
    assert_status(&home, 200);
    assert!(home.body.contains("href=\"/user/signup\"") && home.body.contains("href=\"/user/login\""));
    let index = browser.get("/user");
    assert_status(&index, 200);
    assert!(index.body.contains("href=\"/user/signup\"") && index.body.contains("href=\"/user/login\""));
}

#[test]
fn health_and_readiness_answer_in_plain_text() {
    let app = spawn_app();
    let mut browser = app.browser();
    for path in ["/healthz", "/readyz"] {
        let r = browser.get(path);
        assert_status(&r, 200);
        assert!(r.header("Content-Type").unwrap().starts_with("text/plain"));
    }
}

#[test]
fn stylesheet_is_served_from_the_binary() {
    let app = spawn_app();
    let r = app.browser().get("/static/style.css");
    assert_status(&r, 200);
    assert!(r.header("Content-Type").unwrap().starts_with("text/css"));
    assert!(r.body.contains("font-family") || r.body.contains("font:"));
}

#[test]
fn unknown_paths_get_a_404_page_and_wrong_methods_a_405_with_allow() {
    let app = spawn_app();
    let mut browser = app.browser();
    let r = browser.get("/nope");
    assert_status(&r, 404);
    assert!(r.body.contains("<h1>Page not found</h1>"));
    let cases = [
        ("POST", "/", "GET, HEAD"),
        ("PUT", "/user/login", "GET, HEAD, POST"),
        ("DELETE", "/user/signup", "GET, HEAD, POST"),
        ("GET", "/user/logout", "POST"),
        ("POST", "/healthz", "GET, HEAD"),
    ];
    for (method, path, allow) in cases {
        let r = browser.request(method, path, "");
        assert_eq!(r.status, 405, "{method} {path}");
        assert_eq!(r.header("Allow"), Some(allow), "{method} {path}");
    }
}

#[test]
fn head_requests_get_headers_without_a_body() {
    let app = spawn_app();
    let r = send_raw(app.addr, b"HEAD / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").unwrap();
    assert_status(&r, 200);
    assert!(r.body.is_empty());
}

#[test]
fn every_response_carries_the_security_headers() {
    let app = spawn_app();
    let mut browser = app.browser();
    for path in ["/", "/user/login", "/nope", "/static/style.css"] {
        let r = browser.get(path);
        let csp = r.header("Content-Security-Policy").unwrap_or_default();
        assert!(
            csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(r.header("X-Frame-Options"), Some("DENY"), "{path}");
        assert_eq!(r.header("X-Content-Type-Options"), Some("nosniff"), "{path}");
        assert!(r.header("Referrer-Policy").is_some(), "{path}");
    }
}
