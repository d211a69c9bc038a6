//! Limits against hostile clients: login throttling, who is believed about
//! the client's address, slow and many connections, running out of
//! descriptors.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::support::{assert_status, enc, send_raw, spawn_app, spawn_app_with, Browser};

/// A login POST with the given extra headers, on a browser's session.
fn log_in_with(browser: &mut Browser, name: &str, password: &str, headers: &str) -> crate::support::Response {
    let csrf = browser.get("/user/login").csrf();
    let body = format!("csrf={csrf}&username={}&password={}", enc(name), enc(password));
    let req = format!(
        "POST /user/login HTTP/1.1\r\nHost: t\r\nConnection: close\r\nCookie: myapp_session={}\r\n{headers}\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        browser.cookie.clone().unwrap(),
        body.len()
    );
    let response = send_raw(browser.addr, req.as_bytes()).unwrap();
    let renewed = response
        .header("Set-Cookie")
        .and_then(|c| c.strip_prefix("myapp_session="));
    if let Some(cookie) = renewed {
        browser.cookie = cookie.split(';').next().map(str::to_owned);
    }
    response
}

#[test]
fn five_failed_logins_make_the_sixth_wait_with_429() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("victim", "password123", "");
    for _ in 0..5 {
        assert_status(&browser.log_in("victim", "wrong guess"), 401);
    }
    let refused = browser.log_in("victim", "password123");
    assert_status(&refused, 429);
    let wait: u64 = refused.header("Retry-After").unwrap().parse().unwrap();
    assert!(wait > 800 && wait <= 900, "{wait}");
    assert!(refused.body.contains("Too many attempts"));
}

#[test]
fn the_owner_elsewhere_is_not_locked_out_and_forwarded_for_counts_only_from_trusted_proxies() {
    let app = spawn_app_with(&["--trusted-proxy", "127.0.0.1"]);
    let mut browser = app.browser();
    browser.sign_up("owner", "password123", "");
    let attacker = "X-Forwarded-For: 198.51.100.7\r\n";
    for _ in 0..5 {
        assert_status(&log_in_with(&mut browser, "owner", "wrong guess", attacker), 401);
    }
    assert_status(&log_in_with(&mut browser, "owner", "password123", attacker), 429);
    // The owner, from their own address, logs in.
    let owner = "X-Forwarded-For: 203.0.113.9\r\n";
    assert_status(&log_in_with(&mut browser, "owner", "password123", owner), 303);
    let req = format!(
        "GET /user/profile HTTP/1.1\r\nHost: t\r\nConnection: close\r\nCookie: myapp_session={}\r\n{owner}\r\n",
        browser.cookie.clone().unwrap()
    );
    let page = send_raw(app.addr, req.as_bytes()).unwrap().body;
    assert!(page.contains("<dd id=\"client-ip\">203.0.113.9</dd>"), "{page}");
}

#[test]
fn forwarded_for_from_an_untrusted_peer_is_ignored() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("plain", "password123", "");
    assert_status(
        &log_in_with(&mut browser, "plain", "password123", "X-Forwarded-For: 203.0.113.9\r\n"),
        303,
    );
    let req = format!(
        "GET /user/profile HTTP/1.1\r\nHost: t\r\nConnection: close\r\nCookie: myapp_session={}\r\n\
         X-Forwarded-For: 203.0.113.9\r\n\r\n",
        browser.cookie.clone().unwrap()
    );
    let page = send_raw(app.addr, req.as_bytes()).unwrap().body;
    assert!(page.contains("<dd id=\"client-ip\">127.0.0.1</dd>"), "{page}");
}

#[test]
fn a_client_trickling_its_headers_is_cut_off_at_the_deadline() {
    let app = spawn_app_with(&["--request-timeout", "1s"]);
    let mut slow = TcpStream::connect(app.addr).unwrap();
    let started = Instant::now();
    slow.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    // One header byte every 300 ms: each read succeeds, but the whole head is late.
    let mut cut = false;
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(300));
        if slow.write_all(b"X").is_err() {
            cut = true;
            break;
        }
        let mut probe = [0u8; 1];
        slow.set_nonblocking(true).unwrap();
        let closed = matches!(slow.read(&mut probe), Ok(0) | Ok(_));
        slow.set_nonblocking(false).unwrap();
        if closed {
            cut = true;
            break;
        }
    }
    assert!(cut, "the connection was not closed");
    assert!(started.elapsed() < Duration::from_secs(4), "{:?}", started.elapsed());
}

#[test]
fn oversized_heads_and_urls_get_431_and_414() {
    let app = spawn_app();
    let many: String = (0..100).map(|i| format!("X-Filler-{i}: x\r\n")).collect();
    let cases = [
        (
            format!("GET / HTTP/1.1\r\nHost: t\r\n{many}Connection: close\r\n\r\n"),
            431,
        ),
        (
            format!(
                "GET / HTTP/1.1\r\nHost: t\r\nCookie: {}\r\nConnection: close\r\n\r\n",
                "c".repeat(20_000)
            ),
            431,
        ),
        (
            format!(
                "GET /{} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
                "a".repeat(5_000)
            ),
            414,
        ),
    ];
    for (request, status) in cases {
        let r = send_raw(app.addr, request.as_bytes()).unwrap();
        assert_eq!(r.status, status, "{}", &request[..40]);
    }
    assert_status(&app.browser().get("/healthz"), 200);
}

#[test]
fn connections_beyond_the_cap_get_503_and_the_server_recovers() {
    let app = spawn_app_with(&["--max-connections", "5"]);
    let idle: Vec<TcpStream> = (0..5).map(|_| TcpStream::connect(app.addr).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(200));
    let r = send_raw(
        app.addr,
        b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
    )
    .unwrap();
    assert_eq!(r.status, 503);
    drop(idle);
    let started = Instant::now();
    loop {
        let r = send_raw(
            app.addr,
            b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
        if r.status == 200 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(5), "still refused");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn running_out_of_descriptors_is_survived_and_said_in_the_log() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let port = crate::support::free_port();
    let grpc = crate::support::free_port();
    let log = dir.path().join("stderr.log");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_myapp"));
    command
        .arg(format!("--http-addr=127.0.0.1:{port}"))
        .arg(format!("--grpc-addr=127.0.0.1:{grpc}"))
        .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display()))
        .stderr(std::fs::File::create(&log).unwrap());
    // SAFETY: setrlimit in the child before exec; soft = hard, so myapp cannot raise it.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 200,
                rlim_max: 200,
            };
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
            Ok(())
        });
    }
    let mut server = command.spawn().unwrap();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let started = Instant::now();
    while TcpStream::connect(addr).is_err() {
        assert!(started.elapsed() < Duration::from_secs(10));
        std::thread::sleep(Duration::from_millis(20));
    }
    // More clients than descriptors: the kernel queues them, accept() fails with EMFILE.
    let hogs: Vec<TcpStream> = (0..300).filter_map(|_| TcpStream::connect(addr).ok()).collect();
    std::thread::sleep(Duration::from_millis(500));
    drop(hogs);
    let started = Instant::now();
    let answered = loop {
        let healthy = TcpStream::connect(addr).ok().and_then(|mut s| {
            s.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                .ok()?;
            let mut text = String::new();
            s.read_to_string(&mut text).ok()?;
            text.starts_with("HTTP/1.1 200").then_some(())
        });
        if healthy.is_some() {
            break true;
        }
        if started.elapsed() > Duration::from_secs(15) {
            break false;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    // SAFETY: signalling our own child.
    unsafe { libc::kill(server.id() as i32, libc::SIGTERM) };
    let _ = server.wait();
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(answered, "myapp never accepted again:\n{log}");
    assert!(log.contains("Error accepting new client"), "the log says so:\n{log}");
}
