//! SIGTERM on the real binary: health turns NOT_SERVING, the HTTP requests in
//! flight are answered, gRPC streams end with UNAVAILABLE, logs are written,
//! and the process exits 0 within the grace period. Stopping in process:
//! idle keep-alive connections close at once, a request under way finishes.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures_executor::block_on;
use futures_util::{SinkExt, StreamExt};
use grpcio::{CallOption, RpcStatusCode, WriteFlags};

use myapp::grpc::proto::{self, health, ClockRequest, EchoRequest};

use crate::support::{assert_status, free_port, parse_response, spawn_app_with, Browser};

#[track_caller]
fn assert_unavailable<T: std::fmt::Debug>(next: Option<grpcio::Result<T>>) {
    match next {
        Some(Err(grpcio::Error::RpcFailure(status))) => assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE),
        other => panic!("expected UNAVAILABLE, got {other:?}"),
    }
}

#[test]
fn sigterm_answers_requests_in_flight_ends_streams_cleanly_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let (http, grpc_port) = (free_port(), free_port());
    let log = dir.path().join("stderr.log");
    let mut server = Command::new(env!("CARGO_BIN_EXE_myapp"))
        .arg(format!("--http-addr=127.0.0.1:{http}"))
        .arg(format!("--grpc-addr=127.0.0.1:{grpc_port}"))
        .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display()))
        .args(["--push-interval=200ms", "--shutdown-grace=5s"])
        .stderr(std::fs::File::create(&log).unwrap())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let addr = format!("127.0.0.1:{http}").parse().unwrap();
    let started = Instant::now();
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(started.elapsed() < Duration::from_secs(10), "myapp did not start");
        std::thread::sleep(Duration::from_millis(20));
    }

    // Streams: a health watch, an echo stream and a clock stream.
    let env = std::sync::Arc::new(grpcio::EnvBuilder::new().cq_count(1).build());
    let client = grpcio::Client::new(grpcio::ChannelBuilder::new(env).connect(&format!("127.0.0.1:{grpc_port}")));
    let opt = || CallOption::default().timeout(Duration::from_secs(20));
    let mut watch = client
        .server_streaming(&proto::HEALTH_WATCH, &health::HealthCheckRequest::new(), opt())
        .unwrap();
    let first = block_on(watch.next()).unwrap().unwrap();
    assert_eq!(
        first.status.enum_value_or_default(),
        health::health_check_response::ServingStatus::SERVING
    );
    let (mut sender, mut echoes) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    let mut hello = EchoRequest::new();
    hello.input = "before".into();
    block_on(sender.send((hello, WriteFlags::default()))).unwrap();
    assert_eq!(block_on(echoes.next()).unwrap().unwrap().output, "echo:before");
    let mut clock = client
        .server_streaming(&proto::CLOCK, &ClockRequest::new(), opt())
        .unwrap();

    // Six sign-ups in flight, each on its own connection (each costs an argon2id hash).
    let browsers: Vec<(Browser, String)> = (0..6)
        .map(|_| {
            let mut b = Browser::new(addr, "shutdown-test");
            let csrf = b.get("/user/signup").csrf();
            (b, csrf)
        })
        .collect();
    let signups: Vec<_> = browsers
        .into_iter()
        .enumerate()
        .map(|(i, (mut b, csrf))| {
            std::thread::spawn(move || {
                b.post(
                    "/user/signup",
                    &format!("csrf={csrf}&username=inflight{i}&password=password123&introduction="),
                )
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(30));
    // SAFETY: signalling our own child.
    unsafe { libc::kill(server.id() as i32, libc::SIGTERM) };
    let signalled = Instant::now();

    for signup in signups {
        assert_status(&signup.join().unwrap(), 303);
    }
    let not_serving = block_on(watch.next()).unwrap().unwrap();
    assert_eq!(
        not_serving.status.enum_value_or_default(),
        health::health_check_response::ServingStatus::NOT_SERVING
    );
    assert!(block_on(watch.next()).is_none(), "the watch then ends with OK");
    // The echo stream may still carry a time push or two before its status.
    let end = loop {
        match block_on(echoes.next()) {
            Some(Ok(reply)) if reply.output.is_empty() => continue,
            other => break other,
        }
    };
    assert_unavailable(end);
    let end = loop {
        match block_on(clock.next()) {
            Some(Ok(_)) => continue,
            other => break other,
        }
    };
    assert_unavailable(end);

    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        assert!(
            signalled.elapsed() < Duration::from_secs(10),
            "myapp did not exit within the grace period"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "exit status {status:?}");
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(log.contains("shutting down") && log.contains("stopped"), "{log}");
    let db = rusqlite::Connection::open(dir.path().join("myapp.db")).unwrap();
    let n: i64 = db
        .query_row("SELECT COUNT(*) FROM info WHERE name LIKE 'inflight%'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(n, 6);
}

/// Reads one response with a `Content-Length` from a kept-alive connection.
fn read_one_response(stream: &mut TcpStream) -> crate::support::Response {
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        assert_eq!(stream.read(&mut byte).unwrap(), 1, "closed mid-head: {raw:?}");
        raw.push(byte[0]);
    }
    let head = parse_response(&raw).unwrap();
    let length: usize = head.header("Content-Length").unwrap().parse().unwrap();
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).unwrap();
    raw.extend_from_slice(&body);
    parse_response(&raw).unwrap()
}

#[test]
fn stopping_closes_idle_connections_at_once_and_finishes_a_request_under_way() {
    // The idle timeout and the grace are long, so neither explains a quick close.
    let mut app = spawn_app_with(&["--request-timeout", "30s", "--shutdown-grace", "10s"]);
    let addr = app.addr;
    let mut idle = TcpStream::connect(addr).unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    assert_status(&read_one_response(&mut idle), 200);
    // A request under way: its head is sent, its body is not yet.
    let mut busy = TcpStream::connect(addr).unwrap();
    busy.write_all(b"POST /user/login HTTP/1.1\r\nHost: t\r\nContent-Length: 17\r\n\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));

    let app = app.app.take().unwrap();
    let stopping = std::thread::spawn(move || app.shutdown());
    idle.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let _ = idle.read_to_end(&mut rest);
    assert!(rest.is_empty(), "{rest:?}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "the idle connection closed after {:?}",
        started.elapsed()
    );

    std::thread::sleep(Duration::from_millis(300));
    busy.write_all(b"username=x&pass=y").unwrap();
    busy.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let answer = read_one_response(&mut busy);
    assert_eq!(answer.status, 403, "no CSRF token: {answer:?}");
    assert_eq!(answer.header("Connection"), Some("close"));
    assert_eq!(busy.read(&mut [0u8; 16]).unwrap(), 0, "then the connection closes");
    stopping.join().unwrap();
    assert!(TcpStream::connect(addr).is_err(), "nothing listens any more");
}
