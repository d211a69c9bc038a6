//! Where one request's body ends and the next request begins (issue 12,
//! "Hostile clients, round two"): slow bodies are bounded as a whole and hold
//! only their own connection, `Expect` and `Upgrade` get no special pass, and every
//! ambiguous framing is refused and its connection closed, so no body is ever
//! parsed as a request of its own (request smuggling).

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use crate::support::{parse_response, spawn_app_with};

/// What a client saw after sending its bytes.
struct Exchange {
    /// Every byte the server sent.
    answer: Vec<u8>,
    /// The server closed the connection (EOF or reset), rather than leaving
    /// it open until the read timeout.
    closed: bool,
}

impl Exchange {
    /// The status of each response in the answer, in order.
    fn statuses(&self) -> Vec<u16> {
        let mut statuses = Vec::new();
        let mut rest = &self.answer[..];
        while let Ok(response) = parse_response(rest) {
            statuses.push(response.status);
            let Some(head_end) = rest.windows(4).position(|w| w == b"\r\n\r\n") else {
                break;
            };
            let length: usize = response
                .header("Content-Length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            rest = &rest[(head_end + 4 + length).min(rest.len())..];
        }
        statuses
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.answer).into_owned()
    }
}

/// Sends `bytes` on a new connection, then reads until the server closes or
/// `patience` passes without a byte.
fn exchange(addr: SocketAddr, bytes: &[u8], patience: Duration) -> Exchange {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(patience)).unwrap();
    // The server may refuse and close before reading everything.
    let _ = stream.write_all(bytes);
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    let closed = loop {
        match stream.read(&mut buf) {
            Ok(0) => break true,
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            // Closed with our bytes unread: the kernel resets the connection.
            Err(e) if e.kind() == ErrorKind::ConnectionReset => break true,
            Err(_) => break false,
        }
    };
    Exchange { answer, closed }
}

/// True once the server has answered or closed `stream`; never blocks.
fn answered_or_closed(stream: &mut TcpStream) -> bool {
    stream.set_nonblocking(true).unwrap();
    let mut probe = [0u8; 512];
    let seen = match stream.read(&mut probe) {
        Ok(_) => true,
        Err(e) if e.kind() == ErrorKind::WouldBlock => false,
        Err(_) => true,
    };
    stream.set_nonblocking(false).unwrap();
    seen
}

/// How long `/healthz` took to answer 200, or `None` within `limit`.
fn healthz_within(addr: SocketAddr, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    let answer = exchange(
        addr,
        b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
        limit,
    );
    (answer.closed && answer.statuses() == [200]).then(|| started.elapsed())
}

/// Opens a hundred connections that each send `head`, then trickle a byte
/// every 500 ms while `/healthz` is asked three times: each must answer
/// within 1 s. Each slow request holds its own connection's thread; the
/// honest client's connection gets a thread of its own.
#[track_caller]
fn slow_requests_leave_healthz_answering(head: &str) {
    let app = spawn_app_with(&["--request-timeout", "10s"]);
    let mut slow: Vec<TcpStream> = (0..100)
        .map(|_| {
            let mut s = TcpStream::connect(app.addr).unwrap();
            s.write_all(head.as_bytes()).unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    for round in 0..3 {
        for s in &mut slow {
            // The server may have answered and closed already.
            let _ = s.write_all(b"x");
        }
        let took = healthz_within(app.addr, Duration::from_secs(3));
        assert!(
            took.is_some_and(|t| t < Duration::from_secs(1)),
            "round {round}: /healthz took {took:?} behind a hundred slow {head:?}"
        );
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
fn slow_expect_continue_bodies_leave_healthz_answering() {
    slow_requests_leave_healthz_answering(
        "POST /user/login HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 65536\r\n\r\n",
    );
}

#[test]
fn slow_upgrade_requests_leave_healthz_answering() {
    slow_requests_leave_healthz_answering(
        "POST /user/login HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n",
    );
}

#[test]
fn slow_bodies_are_cut_off_at_the_request_timeout_while_an_honest_client_is_served() {
    const DEADLINE: Duration = Duration::from_secs(2);
    let app = spawn_app_with(&["--request-timeout", "2s", "--max-connections", "5"]);
    // Four of the five connections allowed, each declaring 64 KiB and
    // sending one byte every 500 ms: every read succeeds, the body is late.
    let mut slow: Vec<(TcpStream, Instant)> = (0..4)
        .map(|_| {
            let mut s = TcpStream::connect(app.addr).unwrap();
            s.write_all(b"POST /user/login HTTP/1.1\r\nHost: t\r\nContent-Length: 65536\r\n\r\nu")
                .unwrap();
            (s, Instant::now())
        })
        .collect();
    let mut cut_after: Vec<Option<Duration>> = vec![None; slow.len()];
    let mut honest = Vec::new();
    let started = Instant::now();
    while cut_after.iter().any(Option::is_none) && started.elapsed() < DEADLINE * 4 {
        std::thread::sleep(Duration::from_millis(500));
        for ((s, sent), cut) in slow.iter_mut().zip(&mut cut_after) {
            if cut.is_none() && answered_or_closed(s) {
                *cut = Some(sent.elapsed());
            } else if cut.is_none() {
                let _ = s.write_all(b"s");
            }
        }
        if cut_after.iter().all(Option::is_none) {
            honest.push(healthz_within(app.addr, Duration::from_secs(2)));
        }
    }
    eprintln!("slow bodies cut after {cut_after:?}; honest client served in {honest:?}");
    assert!(
        !honest.is_empty(),
        "no honest request was made while the slow bodies ran"
    );
    assert!(
        honest.iter().all(|t| t.is_some_and(|t| t < Duration::from_secs(1))),
        "the honest client was not served promptly: {honest:?}"
    );
    for cut in cut_after {
        let cut = cut.expect("a slow body was never cut off");
        assert!(
            cut >= DEADLINE - Duration::from_millis(100) && cut <= DEADLINE + Duration::from_millis(1500),
            "cut off after {cut:?}, deadline {DEADLINE:?}"
        );
    }
}

#[test]
fn a_slow_body_gets_408_and_its_connection_closes() {
    let app = spawn_app_with(&["--request-timeout", "1s"]);
    let started = Instant::now();
    let answer = exchange(
        app.addr,
        b"POST /user/login HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nusername=",
        Duration::from_secs(5),
    );
    assert!(answer.closed, "still open: {}", answer.text());
    assert!(answer.text().starts_with("HTTP/1.1 408 "), "{}", answer.text());
    assert!(answer.text().contains("Connection: close\r\n"), "{}", answer.text());
    assert!(
        started.elapsed() < Duration::from_millis(2500),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn an_expect_continue_body_over_the_limit_gets_413_without_100_continue() {
    let app = spawn_app_with(&[]);
    let answer = exchange(
        app.addr,
        b"POST /user/login HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 1000000\r\n\r\n",
        Duration::from_secs(5),
    );
    assert!(answer.closed, "still open: {}", answer.text());
    assert_eq!(answer.statuses(), [413], "{}", answer.text());
    assert!(answer.text().contains("Connection: close\r\n"), "{}", answer.text());
}

/// The request an attacker hides in a body; were it parsed, it would get 404.
const SMUGGLED: &str = "GET /smuggled-X HTTP/1.1\r\nHost: t\r\n\r\n";

#[test]
fn ambiguous_framing_is_answered_once_and_the_connection_closed() {
    let app = spawn_app_with(&["--request-timeout", "3s"]);
    let n = SMUGGLED.len();
    let post = |headers: &str, body: &str| {
        // POST to a GET-only path: its body is still read, and 405 does not
        // depend on sessions or forms.
        format!("POST /healthz HTTP/1.1\r\nHost: t\r\n{headers}\r\n{body}{SMUGGLED}")
    };
    let cases: Vec<(&str, String, &[u16])> = vec![
        (
            "a list Content-Length",
            post(&format!("Content-Length: {n}, {n}\r\n"), ""),
            &[400],
        ),
        (
            "two equal Content-Length headers",
            post(&format!("Content-Length: {n}\r\nContent-Length: {n}\r\n"), ""),
            &[400],
        ),
        (
            "two different Content-Length headers",
            post(&format!("Content-Length: 0\r\nContent-Length: {n}\r\n"), ""),
            &[400],
        ),
        (
            "a non-numeric Content-Length",
            post("Content-Length: abc\r\n", ""),
            &[400],
        ),
        (
            "a signed Content-Length",
            post(&format!("Content-Length: +{n}\r\n"), ""),
            &[400],
        ),
        ("an empty Content-Length", post("Content-Length:\r\n", ""), &[400]),
        (
            "an overflowing Content-Length",
            post("Content-Length: 99999999999999999999999999\r\n", ""),
            &[400],
        ),
        (
            "Transfer-Encoding: xchunked with a length",
            post(&format!("Transfer-Encoding: xchunked\r\nContent-Length: {n}\r\n"), ""),
            &[400],
        ),
        (
            "Transfer-Encoding: identity with a length",
            post(&format!("Transfer-Encoding: identity\r\nContent-Length: {n}\r\n"), ""),
            &[400],
        ),
        (
            "Transfer-Encoding: identity alone",
            post("Transfer-Encoding: identity\r\n", ""),
            &[400],
        ),
        (
            "Transfer-Encoding: chunked, chunked",
            post("Transfer-Encoding: chunked, chunked\r\n", ""),
            &[400],
        ),
        (
            "Transfer-Encoding: chunked with a length",
            post(&format!("Transfer-Encoding: chunked\r\nContent-Length: {n}\r\n"), ""),
            &[400],
        ),
        (
            "Content-Length before Transfer-Encoding: chunked",
            post(&format!("Content-Length: {n}\r\nTransfer-Encoding: chunked\r\n"), ""),
            &[400],
        ),
        (
            "a chunk-size line carrying a request",
            post("Transfer-Encoding: chunked\r\n", "5;"),
            &[411],
        ),
        (
            "a chunked form",
            post("Transfer-Encoding: chunked\r\n", &format!("{n:x}\r\n")),
            &[411],
        ),
        (
            "a GET with a chunked body",
            format!("GET /healthz HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n{SMUGGLED}"),
            &[200],
        ),
        ("a body over the limit", post("Content-Length: 70000\r\n", ""), &[413]),
        (
            "Connection: Upgrade with a length",
            post("Connection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 0\r\n", ""),
            &[405],
        ),
    ];
    for (what, request, allowed) in cases {
        let answer = exchange(app.addr, request.as_bytes(), Duration::from_secs(5));
        let statuses = answer.statuses();
        assert!(answer.closed, "{what}: the connection stayed open after {statuses:?}");
        assert!(
            statuses.len() == 1 && allowed.contains(&statuses[0]),
            "{what}: answered {statuses:?}, want one of {allowed:?}:\n{}",
            answer.text()
        );
        assert!(
            answer.text().contains("Connection: close\r\n"),
            "{what}: {}",
            answer.text()
        );
    }
    assert_eq!(healthz_within(app.addr, Duration::from_secs(2)).map(|_| ()), Some(()));
}

#[test]
fn pipelined_keep_alive_requests_each_get_their_answer() {
    let app = spawn_app_with(&[]);
    let cases: [(&str, String, &[u16]); 3] = [
        (
            "two GETs",
            "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\nGET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
                .to_owned(),
            &[200, 200],
        ),
        (
            "a POST with a body, then a GET",
            "POST /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nusername=x\
             GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
                .to_owned(),
            &[405, 200],
        ),
        (
            "a POST that expects 100-continue, then a GET",
            "POST /healthz HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\nusername=x\
             GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
                .to_owned(),
            &[100, 405, 200],
        ),
    ];
    for (what, request, want) in cases {
        let answer = exchange(app.addr, request.as_bytes(), Duration::from_secs(5));
        assert!(answer.closed, "{what}: not closed after Connection: close");
        assert_eq!(answer.statuses(), want, "{what}:\n{}", answer.text());
    }
}

/// The headers every answer carries, whoever wrote it: myapp's handlers or
/// tiny_http itself (a request it could not read, or one past the cap).
#[track_caller]
fn assert_myapp_headers(what: &str, answer: &Exchange) {
    let response = parse_response(&answer.answer).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_eq!(
        response.headers_named("Server"),
        ["myapp"],
        "{what}:\n{}",
        answer.text()
    );
    for (name, value) in [
        ("X-Frame-Options", "DENY"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
    ] {
        assert_eq!(response.headers_named(name), [value], "{what}:\n{}", answer.text());
    }
    let csp = response.header("Content-Security-Policy").unwrap_or_default();
    assert!(csp.contains("default-src 'none'"), "{what}:\n{}", answer.text());
    assert!(!answer.text().contains("tiny-http"), "{what}:\n{}", answer.text());
}

#[test]
fn every_answer_carries_myapps_headers_tiny_https_own_included() {
    let app = spawn_app_with(&["--request-timeout", "1s", "--max-connections", "4"]);
    let many: String = (0..100).map(|i| format!("X-Filler-{i}: x\r\n")).collect();
    let cases: Vec<(&str, String, u16)> = vec![
        (
            "a page",
            "GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".into(),
            200,
        ),
        (
            "a missing page",
            "GET /nowhere HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".into(),
            404,
        ),
        ("a bad header line", "GET / HTTP/1.1\r\nBad Header\r\n\r\n".into(), 400),
        (
            "ambiguous framing",
            "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1, 1\r\n\r\nx".into(),
            400,
        ),
        (
            "a body too slow",
            "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 9\r\n\r\nab".into(),
            408,
        ),
        (
            "an unknown Expect",
            "GET / HTTP/1.1\r\nHost: t\r\nExpect: teapot\r\n\r\n".into(),
            417,
        ),
        (
            "too many headers",
            format!("GET / HTTP/1.1\r\nHost: t\r\n{many}\r\n"),
            431,
        ),
        ("HTTP/2.0", "GET / HTTP/2.0\r\nHost: t\r\n\r\n".into(), 505),
    ];
    for (what, request, status) in cases {
        let answer = exchange(app.addr, request.as_bytes(), Duration::from_secs(5));
        assert_eq!(answer.statuses(), [status], "{what}:\n{}", answer.text());
        assert_myapp_headers(what, &answer);
    }
    // Past --max-connections, the accept thread answers 503 itself. A
    // connection just answered may count until its thread is done, and an
    // idle one opened meanwhile is then refused: open four that are all
    // held (none answered) before the fifth.
    let started = std::time::Instant::now();
    let idle = loop {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "four connections were never all held"
        );
        std::thread::sleep(Duration::from_millis(100));
        let idle: Vec<TcpStream> = (0..4).map(|_| TcpStream::connect(app.addr).unwrap()).collect();
        std::thread::sleep(Duration::from_millis(200));
        let held = idle.iter().all(|c| {
            c.set_nonblocking(true).unwrap();
            matches!(c.peek(&mut [0u8; 1]), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
        });
        if held {
            break idle;
        }
    };
    let answer = exchange(
        app.addr,
        b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n",
        Duration::from_secs(5),
    );
    assert_eq!(answer.statuses(), [503], "{}", answer.text());
    assert_myapp_headers("past the connection cap", &answer);
    drop(idle);
}
