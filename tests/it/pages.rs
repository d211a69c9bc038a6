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
        ("PUT", "/user/logout", "GET, HEAD, POST"),
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

#[test]
fn metrics_count_requests_by_route_and_status_and_read_live_values() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.get("/");
    browser.get("/");
    browser.get("/no/such/page");
    browser.get("/user/login"); // stores no session: a form view by a visitor
    let client = app.grpc();
    let (_sender, _replies) = client
        .duplex_streaming(&myapp::grpc::proto::ECHO, grpcio::CallOption::default())
        .unwrap();
    let started = std::time::Instant::now();
    while app.app().grpc_counters().active_streams == 0 {
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let r = browser.get("/metrics");
    assert_status(&r, 200);
    assert!(r.header("Content-Type").unwrap().contains("openmetrics"));
    let text = r.body;
    for line in [
        "myapp_http_requests_total{route=\"/\",status=\"200\"} 2",
        "myapp_http_requests_total{route=\"other\",status=\"404\"} 1",
        "myapp_http_request_duration_seconds_count{route=\"/\"} 2",
        "myapp_sessions 0",
        "myapp_grpc_active_streams 1",
        "myapp_grpc_time_subscribers 1",
        "myapp_database_errors_total 0",
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line:?} in\n{text}");
    }
    assert!(text.contains("myapp_grpc_pushes_sent_total"));
}

#[test]
fn the_healthcheck_command_probes_healthz() {
    let app = spawn_app();
    let bin = env!("CARGO_BIN_EXE_myapp");
    let ok = std::process::Command::new(bin)
        .args(["healthcheck", "--http-addr", &app.addr.to_string()])
        .output()
        .unwrap();
    assert!(ok.status.success(), "{ok:?}");
    let port = crate::support::free_port();
    let down = std::process::Command::new(bin)
        .args(["healthcheck", "--http-addr", &format!("127.0.0.1:{port}")])
        .output()
        .unwrap();
    assert!(!down.status.success());
}
