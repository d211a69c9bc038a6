//! Hostile clients, round two (issue 12): racing the login throttle, hiding
//! behind `X-Forwarded-For`, forging access-log lines, signing up in bulk,
//! many addresses of one IPv6 /64, and churning the session map with
//! logins. Each test drives a real server over a real socket.

use std::sync::{Arc, Barrier};

use crate::support::{assert_status, enc, send_raw, spawn_app_with, Binary, Browser};

fn login_fields(name: &str, password: &str) -> String {
    format!("username={}&password={}", enc(name), enc(password))
}

/// Wrong passwords for `target`, one after another, each with the header
/// lines `headers(i)`; their statuses.
fn wrong_logins(browser: &mut Browser, range: std::ops::Range<usize>, headers: impl Fn(usize) -> String) -> Vec<u16> {
    range
        .map(|i| {
            browser
                .submit("/user/login", &login_fields("target", "wrong"), &headers(i))
                .status
        })
        .collect()
}

/// The account's five failures, then 429 for the rest of the window.
#[track_caller]
fn five_failures_then_429(statuses: &[u16]) {
    assert_eq!(&statuses[..5], [401; 5], "{statuses:?}");
    assert!(statuses[5..].iter().all(|&s| s == 429), "{statuses:?}");
}

/// `n` browsers each open a form, then all POST at the same instant; their statuses.
fn burst(browser: &Browser, n: usize, path: &'static str, fields: impl Fn(usize) -> String, headers: &str) -> Vec<u16> {
    let barrier = Arc::new(Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|i| {
            let mut browser = Browser {
                cookie: None,
                ..browser.clone()
            };
            let (barrier, fields, headers) = (barrier.clone(), fields(i), headers.to_owned());
            std::thread::spawn(move || {
                let csrf = browser.get(path).csrf();
                barrier.wait();
                browser
                    .request_with("POST", path, &format!("csrf={csrf}&{fields}"), &headers)
                    .status
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

#[track_caller]
fn assert_at_most_passed(statuses: &[u16], limit: usize) {
    let passed = statuses.iter().filter(|&&s| s != 429).count();
    assert!(
        (1..=limit).contains(&passed),
        "{passed} passed the throttle (limit {limit}): {statuses:?}"
    );
    assert!(statuses.iter().all(|&s| matches!(s, 401 | 429)), "{statuses:?}");
}

#[test]
fn parallel_wrong_passwords_cannot_outrun_the_login_throttle() {
    let app = spawn_app_with(&["--trusted-proxy", "127.0.0.1"]);
    let mut browser = app.browser();
    assert_status(&browser.sign_up("target", "password123", ""), 303);

    let one_account = "X-Forwarded-For: 198.51.100.7\r\n";
    let statuses = burst(
        &browser,
        40,
        "/user/login",
        |_| login_fields("target", "wrong guess"),
        one_account,
    );
    assert_at_most_passed(&statuses, 5);

    let many_names = "X-Forwarded-For: 198.51.100.8\r\n";
    let statuses = burst(
        &browser,
        60,
        "/user/login",
        |i| login_fields(&format!("name{i}"), "wrong guess"),
        many_names,
    );
    assert_at_most_passed(&statuses, 20);
}

#[test]
fn a_forwarded_for_line_written_by_the_client_does_not_escape_the_throttle() {
    let app = spawn_app_with(&["--trusted-proxy", "127.0.0.1"]);
    let mut browser = app.browser();
    assert_status(&browser.sign_up("target", "password123", ""), 303);
    // The client's own line first, then the one the proxy appended.
    let statuses = wrong_logins(&mut browser, 0..30, |i| {
        format!("X-Forwarded-For: 192.0.2.{i}\r\nX-Forwarded-For: 198.51.100.7\r\n")
    });
    five_failures_then_429(&statuses);
}

#[test]
fn addresses_of_one_ipv6_slash_64_share_one_throttle() {
    let app = spawn_app_with(&["--trusted-proxy", "127.0.0.1"]);
    let mut browser = app.browser();
    assert_status(&browser.sign_up("target", "password123", ""), 303);
    let statuses = wrong_logins(&mut browser, 1..13, |i| {
        format!("X-Forwarded-For: 2001:db8:1:2::{i:x}\r\n")
    });
    five_failures_then_429(&statuses);
    let next_prefix = "X-Forwarded-For: 2001:db8:1:3::1\r\n";
    assert_status(
        &browser.submit("/user/login", &login_fields("target", "password123"), next_prefix),
        303,
    );
}

#[test]
fn sign_ups_from_one_address_stop_at_the_limit_with_429_in_both_languages() {
    let app = spawn_app_with(&[]);
    let browser = app.browser();
    let statuses = burst(
        &browser,
        30,
        "/user/signup",
        |i| format!("username=bulk{i}&password=password123&introduction="),
        "",
    );
    let made = statuses.iter().filter(|&&s| s == 303).count();
    assert!((1..=10).contains(&made), "{made} accounts made: {statuses:?}");
    assert!(statuses.iter().all(|&s| matches!(s, 303 | 429)), "{statuses:?}");

    for (lang, heading) in [("en", "Too many sign-ups"), ("zh-CN", "注册次数过多")] {
        let mut browser = app.browser();
        let headers = format!("Accept-Language: {lang}\r\n");
        let fields = "username=one-more&password=password123&introduction=";
        let refused = browser.submit("/user/signup", fields, &headers);
        assert_status(&refused, 429);
        let wait: u64 = refused.header("Retry-After").unwrap().parse().unwrap();
        assert!(wait > 800 && wait <= 900, "{wait}");
        assert!(refused.body.contains(heading), "{}", refused.body);
    }
}

#[test]
fn one_address_logging_in_over_and_over_cannot_evict_another_users_session() {
    let app = spawn_app_with(&[
        "--trusted-proxy",
        "127.0.0.1",
        "--max-sessions",
        "20",
        "--max-logins-per-ip",
        "10",
    ]);
    let mut victim = app.browser();
    assert_status(&victim.sign_up("victim", "password123", ""), 303);
    assert_status(&app.browser().sign_up("churner", "password123", ""), 303);
    let from_victim = "X-Forwarded-For: 203.0.113.9\r\n";
    assert_status(
        &victim.submit("/user/login", &login_fields("victim", "password123"), from_victim),
        303,
    );

    let from_attacker = "X-Forwarded-For: 198.51.100.7\r\n";
    let statuses: Vec<u16> = (0..30)
        .map(|_| {
            // A fresh browser each time, so every login leaves a session behind.
            let mut attacker = app.browser();
            let fields = login_fields("churner", "password123");
            attacker.submit("/user/login", &fields, from_attacker).status
        })
        .collect();
    assert_eq!(&statuses[..10], [303; 10], "{statuses:?}");
    assert!(statuses[10..].iter().all(|&s| s == 429), "{statuses:?}");
    let profile = victim.get("/user/profile");
    assert_status(&profile, 200);
    assert!(profile.body.contains("victim"));
}

#[test]
fn a_trusted_ipv4_proxy_is_known_on_a_dual_stack_listener() {
    // On [::], a connection from 127.0.0.1 comes from ::ffff:127.0.0.1.
    let server = Binary::start_on("[::]", &["--trusted-proxy=127.0.0.1"]);
    let addr = server.addr;
    let mut browser = Browser::new(addr, "dual-stack-test");
    assert_status(&browser.sign_up("dual", "password123", ""), 303);
    let forwarded = "X-Forwarded-For: 203.0.113.9\r\n";
    assert_status(
        &browser.submit("/user/login", &login_fields("dual", "password123"), forwarded),
        303,
    );
    let req = format!(
        "GET /user/profile HTTP/1.1\r\nHost: t\r\nConnection: close\r\nCookie: myapp_session={}\r\n{forwarded}\r\n",
        browser.cookie.clone().unwrap()
    );
    let page = send_raw(addr, req.as_bytes()).unwrap().body;
    assert!(page.contains("<dd id=\"client-ip\">203.0.113.9</dd>"), "{page}");
}

#[test]
fn client_text_cannot_forge_or_flood_access_log_lines() {
    let mut server = Binary::start(&[]);
    let addr = server.addr;
    // tiny_http ends a request line only at CRLF, and splits it at spaces:
    // anything else goes into the target as it came.
    let forged = "/x\n2099-01-01T00:00:00Z\tINFO\t[forged]\x1b[2J\0\rend";
    let long = format!("/{}", "a".repeat(4999));
    for target in [forged, long.as_str()] {
        let req = format!("GET {target} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        send_raw(addr, req.as_bytes()).unwrap();
    }
    send_raw(addr, b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").unwrap();
    server.terminate();

    let log = std::fs::read_to_string(&server.stderr).unwrap();
    for line in log.lines() {
        assert!(!line.starts_with("2099"), "a forged line: {line:?}\n{log}");
        assert!(line.len() < 1024, "a line of {} bytes", line.len());
    }
    assert!(!log.contains(['\x1b', '\0', '\r']), "raw control characters: {log:?}");
    assert!(
        log.contains("GET /x\\x0a2099-01-01T00:00:00Z\\x09INFO\\x09[forged]\\x1b[2J\\x00\\x0dend"),
        "{log}"
    );
    assert!(log.contains("…(5000 bytes)"), "{log}");
    assert!(log.contains("GET /healthz"), "{log}");
}
