//! SIGTERM on the real binary: health turns NOT_SERVING, the HTTP requests in
//! flight are answered, gRPC streams end with UNAVAILABLE, logs are written,
//! and the process exits 0 within the grace period.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures_executor::block_on;
use futures_util::{SinkExt, StreamExt};
use grpcio::{CallOption, RpcStatusCode, WriteFlags};

use myapp::grpc::proto::{self, health, ClockRequest, EchoRequest};

use crate::support::{assert_status, free_port, Browser};

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
        .args(["--workers=2", "--push-interval=200ms", "--shutdown-grace=5s"])
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

    // Six sign-ups in flight on two workers (each costs an argon2id hash).
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
