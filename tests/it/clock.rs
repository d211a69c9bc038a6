//! `GET /clock` on real sockets: who may watch, how many, what a stream
//! sends and how it ends, and that watchers who vanish or a SIGTERM leave
//! nothing behind.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use crate::support::{assert_status, send_raw, spawn_app, spawn_app_with, wait_until, Binary, Browser};

/// A logged-in browser's cookie header.
fn logged_in(mut browser: Browser) -> String {
    browser.sign_up("watcher", "a fine password", "");
    assert_status(&browser.log_in("watcher", "a fine password"), 303);
    browser.cookie_header()
}

/// Opens `/clock` with `cookie`; returns the stream, positioned after the
/// answer's head, and the head.
fn watch(addr: SocketAddr, cookie: &str) -> (BufReader<TcpStream>, String) {
    let mut socket = TcpStream::connect(addr).unwrap();
    socket.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        socket,
        "GET /clock HTTP/1.1\r\nHost: t\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(socket);
    let mut head = String::new();
    while !head.ends_with("\r\n\r\n") {
        let n = reader.read_line(&mut head).unwrap();
        assert!(n > 0, "closed in the head: {head:?}");
    }
    (reader, head)
}

/// Reads the chunked body's lines up to the next `data:` event; its text.
/// `None` when the body ends first.
fn next_event(reader: &mut BufReader<TcpStream>) -> Option<String> {
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 {
            return None;
        }
        if line == "0\r\n" {
            return None; // the last chunk
        }
        if let Some(time) = line.strip_prefix("data: ") {
            return Some(time.trim_end().to_owned());
        }
    }
}

/// A metric's value on `/metrics`.
fn metric(addr: SocketAddr, name: &str) -> u64 {
    let page = send_raw(addr, b"GET /metrics HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").unwrap();
    page.body
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or_else(|| panic!("{name} missing from /metrics:\n{}", page.body))
}

#[track_caller]
fn assert_time_text(text: &str) {
    assert!(
        chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").is_ok(),
        "not YYYY-MM-DD HH:MM:SS: {text:?}"
    );
}

#[test]
fn a_visitor_not_logged_in_gets_401_and_no_stream() {
    let app = spawn_app();
    let (_, head) = watch(app.addr, "");
    assert!(head.starts_with("HTTP/1.1 401 "), "{head}");
    assert!(!head.contains("text/event-stream"), "{head}");
    let (_, head) = watch(app.addr, "myapp_session=made-up");
    assert!(head.starts_with("HTTP/1.1 401 "), "{head}");
    assert_eq!(metric(app.addr, "myapp_clock_watchers"), 0);
}

#[test]
fn a_logged_in_watcher_gets_the_time_every_second_from_the_ticker() {
    let app = spawn_app();
    let cookie = logged_in(app.browser());
    let pushes_before = metric(app.addr, "myapp_grpc_pushes_sent_total");
    let (mut stream, head) = watch(app.addr, &cookie);
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
    assert!(head.contains("Content-Type: text/event-stream"), "{head}");
    assert!(head.contains("Transfer-Encoding: chunked"), "{head}");
    assert_eq!(metric(app.addr, "myapp_clock_watchers"), 1);
    let started = Instant::now();
    let first = next_event(&mut stream).expect("an event");
    let second = next_event(&mut stream).expect("another event");
    assert_time_text(&first);
    assert_time_text(&second);
    assert_ne!(first, second);
    assert!(
        started.elapsed() < Duration::from_millis(2_500),
        "{:?}",
        started.elapsed()
    );
    // The ticker counts a fan-out's pushes once it has handed them all out.
    wait_until("the ticker counting both pushes", Duration::from_secs(1), || {
        metric(app.addr, "myapp_grpc_pushes_sent_total") >= pushes_before + 2
    });
}

#[test]
fn a_stream_says_how_to_reconnect_and_ends_after_the_watch_limit() {
    let app = spawn_app_with(&["--watch-limit", "1500ms"]);
    let cookie = logged_in(app.browser());
    let (mut stream, _) = watch(app.addr, &cookie);
    let started = Instant::now();
    let mut body = String::new();
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).unwrap() == 0 || line == "0\r\n" {
            break;
        }
        body.push_str(&line);
    }
    let lasted = started.elapsed();
    assert!(body.contains("retry: 1000\n"), "{body}");
    assert!(body.contains("data: "), "{body}");
    assert!(
        lasted >= Duration::from_millis(1_200) && lasted < Duration::from_secs(3),
        "{lasted:?}"
    );
    wait_until("the watcher gone", Duration::from_secs(2), || {
        metric(app.addr, "myapp_clock_watchers") == 0
    });
}

#[test]
fn an_http_1_0_watcher_gets_505_not_a_stream_held_whole() {
    let app = spawn_app();
    let cookie = logged_in(app.browser());
    let request = format!("GET /clock HTTP/1.0\r\nHost: t\r\nCookie: {cookie}\r\n\r\n");
    let answer = send_raw(app.addr, request.as_bytes()).unwrap();
    assert_status(&answer, 505);
    assert_eq!(metric(app.addr, "myapp_clock_watchers"), 0);
}

#[test]
fn watchers_beyond_max_watchers_get_503_with_retry_after() {
    let app = spawn_app_with(&["--max-watchers", "2"]);
    let cookie = logged_in(app.browser());
    let (first, head) = watch(app.addr, &cookie);
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
    let (_second, head) = watch(app.addr, &cookie);
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
    let (_, head) = watch(app.addr, &cookie);
    assert!(head.starts_with("HTTP/1.1 503 "), "{head}");
    assert!(head.contains("\r\nRetry-After: "), "{head}");
    drop(first);
    wait_until("a place freed at the next tick", Duration::from_secs(3), || {
        metric(app.addr, "myapp_clock_watchers") == 1
    });
    let (_, head) = watch(app.addr, &cookie);
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
}

#[test]
fn the_profile_shows_the_server_time_and_loads_the_clock_script() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("watcher", "a fine password", "");
    browser.log_in("watcher", "a fine password");
    let profile = browser.get("/user/profile");
    let time = profile
        .body
        .split("<dd id=\"server-time\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the server time on the profile");
    assert_time_text(time);
    assert!(
        profile.body.contains("<script src=\"/static/clock.js\""),
        "{}",
        profile.body
    );
    let csp = profile.header("Content-Security-Policy").unwrap_or_default().to_owned();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    let script = browser.get("/static/clock.js");
    assert_status(&script, 200);
    assert!(script
        .header("Content-Type")
        .unwrap_or_default()
        .starts_with("text/javascript"));
    assert!(script.body.contains("EventSource"), "{}", script.body);
}

#[test]
fn five_hundred_watchers_killed_abruptly_leave_no_subscriber_and_no_thread() {
    let app = Binary::start(&["--max-watchers", "600"]);
    let cookie = logged_in(app.browser());
    // A watcher first, so what the server starts once (the ticker's group,
    // the connection pool's kept threads) is there before counting.
    let (mut warm, _) = watch(app.addr, &cookie);
    next_event(&mut warm).expect("an event");
    drop(warm);
    wait_until("the first watcher gone", Duration::from_secs(3), || {
        metric(app.addr, "myapp_clock_watchers") == 0
    });
    let before = app.threads();
    let mut watchers: Vec<_> = (0..500).map(|_| watch(app.addr, &cookie).0).collect();
    for watcher in &mut watchers {
        next_event(watcher).expect("an event");
    }
    assert_eq!(metric(app.addr, "myapp_clock_watchers"), 500);
    assert!(app.threads() >= before + 450, "the watchers hold their threads");
    for (i, watcher) in watchers.into_iter().enumerate() {
        if i % 2 == 0 {
            // Half of them reset (linger 0), as a killed process's sockets may be.
            let off = libc::linger {
                l_onoff: 1,
                l_linger: 0,
            };
            // SAFETY: a valid socket, and a value of the size given.
            unsafe {
                libc::setsockopt(
                    watcher.get_ref().as_raw_fd(),
                    libc::SOL_SOCKET,
                    libc::SO_LINGER,
                    (&off as *const libc::linger).cast(),
                    std::mem::size_of::<libc::linger>() as libc::socklen_t,
                )
            };
        }
    }
    // Dropped just after a tick: the next one, a second later, lets them go
    // (their sockets looked at), not the one after (a failed write).
    wait_until("no watcher left", Duration::from_millis(1_700), || {
        metric(app.addr, "myapp_clock_watchers") == 0
    });
    assert_eq!(metric(app.addr, "myapp_grpc_time_subscribers"), 0);
    // Idle connection threads beyond the pool's kept ones end after 5 s.
    wait_until("the watchers' threads gone", Duration::from_secs(15), || {
        app.threads() <= before
    });
}

#[test]
fn sigterm_with_a_hundred_watchers_open_exits_zero_within_a_second() {
    let mut app = Binary::start(&["--shutdown-grace", "10s"]);
    let cookie = logged_in(app.browser());
    let mut watchers: Vec<_> = (0..100).map(|_| watch(app.addr, &cookie).0).collect();
    for watcher in &mut watchers {
        next_event(watcher).expect("an event");
    }
    let started = Instant::now();
    let status = app.terminate();
    let took = started.elapsed();
    assert!(status.success(), "{status:?}\n{}", app.log());
    assert!(took < Duration::from_secs(1), "took {took:?}\n{}", app.log());
}

#[test]
fn a_watcher_is_ended_at_the_next_tick_after_a_logout_or_a_password_change() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("watcher", "a fine password", "");
    assert_status(&browser.log_in("watcher", "a fine password"), 303);
    let mut phone = app.browser();
    assert_status(&phone.log_in("watcher", "a fine password"), 303);
    let (mut mine, _) = watch(app.addr, &browser.cookie_header());
    let (mut phones, _) = watch(app.addr, &phone.cookie_header());
    assert!(next_event(&mut mine).is_some() && next_event(&mut phones).is_some());

    // A password change here ends the phone's session, and so its watcher.
    let csrf = browser.get("/user/settings").csrf();
    let fields = format!("csrf={csrf}&current_password=a+fine+password&new_password=another+fine+one");
    assert_status(&browser.post("/user/settings/password", &fields), 303);
    let changed = Instant::now();
    assert_eq!(next_event(&mut phones), None, "the phone's stream ends");
    assert!(
        changed.elapsed() < Duration::from_millis(2_500),
        "{:?}",
        changed.elapsed()
    );
    assert!(
        next_event(&mut mine).is_some(),
        "the session that changed it watches on"
    );

    let csrf = browser.get("/user/profile").csrf();
    assert_status(&browser.post("/user/logout", &format!("csrf={csrf}")), 303);
    let out = Instant::now();
    assert_eq!(next_event(&mut mine), None, "a logout ends its stream");
    assert!(out.elapsed() < Duration::from_millis(2_500), "{:?}", out.elapsed());
    wait_until("no watcher left", Duration::from_secs(2), || {
        metric(app.addr, "myapp_clock_watchers") == 0
    });
}

#[test]
fn watchers_take_at_most_half_the_connections_and_pages_are_served_beside_them() {
    let app = spawn_app_with(&["--max-connections", "20", "--max-watchers", "100"]);
    let cookie = logged_in(app.browser());
    let watching: Vec<_> = (0..10).map(|_| watch(app.addr, &cookie)).collect();
    assert!(watching.iter().all(|(_, head)| head.starts_with("HTTP/1.1 200 ")));
    let (_, head) = watch(app.addr, &cookie);
    assert!(
        head.starts_with("HTTP/1.1 503 "),
        "the eleventh of 20 connections: {head}"
    );
    let pages: Vec<_> = (0..8)
        .map(|_| send_raw(app.addr, b"GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").unwrap())
        .collect();
    assert!(pages.iter().all(|page| page.status == 200));
    assert_eq!(metric(app.addr, "myapp_clock_watchers"), 10);
}

#[test]
fn a_watcher_that_stops_reading_is_dropped_and_the_others_keep_their_ticks() {
    let app = Binary::start(&[]);
    let cookie = logged_in(app.browser());
    // A receive buffer as small as the kernel allows, set before connecting,
    // and never read from. Its window is shut by the pages asked for ahead of
    // the stream, so what the stream sends stays unacknowledged from the
    // start (a client with a larger buffer gets there later: about a minute
    // with the smallest one, and a stream sends 34 bytes a second).
    let mut stalled = crate::support::connect_with_receive_buffer(app.addr, 1).unwrap();
    let page = format!("GET /user/profile HTTP/1.1\r\nHost: t\r\nCookie: {cookie}\r\n\r\n");
    let stream = format!("GET /clock HTTP/1.1\r\nHost: t\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n");
    write!(stalled, "{}{stream}", page.repeat(4)).unwrap();
    wait_until("the stalled watcher counted", Duration::from_secs(5), || {
        metric(app.addr, "myapp_clock_watchers") == 1
    });
    let (mut reader, _) = watch(app.addr, &cookie);
    let started = Instant::now();
    let mut ticks = 0;
    while metric(app.addr, "myapp_clock_watchers") == 2 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the stalled watcher was never dropped"
        );
        assert!(next_event(&mut reader).is_some());
        ticks += 1;
    }
    let seconds = started.elapsed().as_secs_f64();
    assert!(seconds < 4.0, "dropped after {seconds:.1} s");
    // Every second of that time, the watcher that reads got its event.
    assert!(ticks as f64 >= seconds - 1.0, "{ticks} events in {seconds:.1} s");
    app.wait_for_line(&["clock stream ended after", "the client stopped reading"]);
    assert!(next_event(&mut reader).is_some(), "the other watcher goes on");
}
