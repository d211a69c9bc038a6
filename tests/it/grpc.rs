//! The gRPC services against a real grpcio client: echo order, time pushes,
//! half-close, cancellation, hostile messages, limits, health, reflection,
//! shutdown, and the myapp-cli binary.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures_executor::block_on;
use futures_util::{SinkExt, StreamExt};
use grpcio::{CallOption, Client, GrpcSlice, Marshaller, MessageReader, Method, MethodType, RpcStatusCode, WriteFlags};

use myapp::grpc::proto::{self, health, reflection, ClockRequest, EchoReply, EchoRequest};

use crate::support::{spawn_app_with, wait_until, TestApp};

/// Every streaming call in these tests gives up after this long.
const CALL_TIMEOUT: Duration = Duration::from_secs(20);

fn opt() -> CallOption {
    CallOption::default().timeout(CALL_TIMEOUT)
}

fn app_with_push(interval: &str) -> TestApp {
    spawn_app_with(&["--push-interval", interval])
}

fn request(input: &str) -> (EchoRequest, WriteFlags) {
    let mut r = EchoRequest::new();
    r.input = input.to_owned();
    (r, WriteFlags::default())
}

/// Reads replies until the next echo, skipping time pushes.
#[track_caller]
fn next_echo(replies: &mut grpcio::ClientDuplexReceiver<EchoReply>) -> String {
    loop {
        let reply = block_on(replies.next()).expect("stream open").expect("no error");
        if !reply.output.is_empty() {
            return reply.output;
        }
    }
}

#[test]
fn echo_answers_a_thousand_messages_in_order() {
    let app = app_with_push("200ms");
    let client = app.grpc();
    let (mut sender, mut replies) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    let writer = std::thread::spawn(move || {
        for i in 0..1000 {
            block_on(sender.send(request(&format!("line {i}")))).unwrap();
        }
        block_on(sender.close()).unwrap();
    });
    let mut echoes = Vec::new();
    let mut pushes = 0;
    while let Some(reply) = block_on(replies.next()) {
        let reply = reply.unwrap();
        if reply.output.is_empty() {
            pushes += 1;
        } else {
            echoes.push(reply.output);
        }
    }
    writer.join().unwrap();
    let expected: Vec<String> = (0..1000).map(|i| format!("echo:line {i}")).collect();
    assert_eq!(echoes, expected);
    let _ = pushes; // pushes may or may not interleave within the run
}

#[test]
fn time_pushes_arrive_on_the_echo_stream_at_the_push_interval() {
    let app = app_with_push("200ms");
    let client = app.grpc();
    let (_sender, mut replies) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < 3 {
        let reply = block_on(replies.next()).unwrap().unwrap();
        assert!(reply.output.is_empty());
        times.push(reply.nowtime);
    }
    let elapsed = start.elapsed();
    assert!(
        elapsed >= Duration::from_millis(500) && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
    for t in &times {
        assert!(
            chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S").is_ok(),
            "{t}"
        );
    }
}

#[test]
fn half_close_gets_the_last_echoes_then_ok() {
    let app = app_with_push("5s");
    let client = app.grpc();
    let (mut sender, mut replies) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    for word in ["a", "b", "c"] {
        block_on(sender.send(request(word))).unwrap();
    }
    block_on(sender.close()).unwrap();
    for word in ["a", "b", "c"] {
        assert_eq!(next_echo(&mut replies), format!("echo:{word}"));
    }
    assert!(
        block_on(replies.next()).is_none(),
        "the call ends with OK after the echoes"
    );
    wait_until("the subscription ends", Duration::from_secs(2), || {
        app.app().grpc_counters().time_subscribers == 0
    });
}

#[test]
fn cancelled_streams_stop_their_pushes() {
    let app = app_with_push("300ms");
    let client = app.grpc();
    let calls: Vec<_> = (0..200)
        .map(|_| {
            let (mut sender, mut replies) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
            block_on(sender.send(request("hi"))).unwrap();
            assert_eq!(next_echo(&mut replies), "echo:hi");
            (sender, replies)
        })
        .collect();
    let counters = app.app().grpc_counters();
    assert_eq!((counters.active_streams, counters.time_subscribers), (200, 200));
    // Let at least one round of pushes go out to all of them.
    let before = counters.pushes_sent;
    wait_until("a round of pushes", Duration::from_secs(3), || {
        app.app().grpc_counters().pushes_sent >= before + 200
    });

    drop(calls); // cancels every call
    wait_until("every subscriber is gone", Duration::from_millis(300), || {
        let c = app.app().grpc_counters();
        c.time_subscribers == 0 && c.active_streams == 0
    });
    let after = app.app().grpc_counters().pushes_sent;
    std::thread::sleep(Duration::from_millis(900)); // three push intervals
    assert_eq!(
        app.app().grpc_counters().pushes_sent,
        after,
        "no push after the clients left"
    );
}

#[test]
fn clock_pushes_at_the_interval_asked_for_and_stops_on_cancel() {
    let app = app_with_push("5s");
    let mut request = ClockRequest::new();
    request.interval_ms = 100;
    let client = app.grpc();
    let mut pushes = client.server_streaming(&proto::CLOCK, &request, opt()).unwrap();
    let start = Instant::now();
    for _ in 0..3 {
        let reply = block_on(pushes.next()).unwrap().unwrap();
        assert!(!reply.nowtime.is_empty() && reply.output.is_empty());
    }
    assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());
    assert_eq!(app.app().grpc_counters().time_subscribers, 1);
    drop(pushes);
    wait_until("the clock subscriber is gone", Duration::from_millis(500), || {
        app.app().grpc_counters().time_subscribers == 0
    });
}

// A method that sends raw bytes, so the server's decoder sees exactly what we choose.
#[allow(clippy::ptr_arg)] // grpcio's Marshaller<Vec<u8>> fixes this signature
fn raw_ser(bytes: &Vec<u8>, buf: &mut GrpcSlice) -> grpcio::Result<()> {
    *buf = GrpcSlice::from(bytes.clone());
    Ok(())
}

fn raw_de(mut reader: MessageReader) -> grpcio::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut reader, &mut bytes).map_err(|e| grpcio::Error::Codec(Box::new(e)))?;
    Ok(bytes)
}

const RAW_ECHO: Method<Vec<u8>, Vec<u8>> = Method {
    ty: MethodType::Duplex,
    name: "/echotest.Echo/Echo",
    req_mar: Marshaller {
        ser: raw_ser,
        de: raw_de,
    },
    resp_mar: Marshaller {
        ser: raw_ser,
        de: raw_de,
    },
};

/// Sends one raw message and returns the status the call ends with.
fn send_raw_message(client: &Client, bytes: Vec<u8>) -> RpcStatusCode {
    let (mut sender, mut replies) = client.duplex_streaming(&RAW_ECHO, opt()).unwrap();
    let _ = block_on(sender.send((bytes, WriteFlags::default())));
    loop {
        match block_on(replies.next()) {
            Some(Ok(_)) => continue,
            Some(Err(grpcio::Error::RpcFailure(status))) => return status.code(),
            Some(Err(e)) => panic!("unexpected error {e}"),
            None => return RpcStatusCode::OK,
        }
    }
}

#[test]
fn hostile_messages_get_a_clean_status_and_the_server_lives_on() {
    let app = app_with_push("5s");
    let client = app.grpc();
    let nested_groups: Vec<u8> = std::iter::repeat_n(0x0b_u8, 60_000).collect(); // field 1, start group, × 60,000 (under the size limit)
    let cases: Vec<(&str, Vec<u8>, RpcStatusCode)> = vec![
        (
            "truncated field",
            vec![0x0a, 0x05, b'a'],
            RpcStatusCode::INVALID_ARGUMENT,
        ),
        (
            "invalid UTF-8 in input",
            vec![0x0a, 0x02, 0xff, 0xfe],
            RpcStatusCode::INVALID_ARGUMENT,
        ),
        ("bad wire type", vec![0x0f, 0x00], RpcStatusCode::INVALID_ARGUMENT),
        (
            "deeply nested groups (RUSTSEC-2024-0437)",
            nested_groups,
            RpcStatusCode::INVALID_ARGUMENT,
        ),
        (
            "over the size limit",
            {
                let mut m = vec![0x0a, 0x80, 0x80, 0x08]; // field 1, length 131072
                m.extend(std::iter::repeat_n(b'a', 131_072));
                m
            },
            RpcStatusCode::RESOURCE_EXHAUSTED,
        ),
    ];
    for (what, bytes, want) in cases {
        assert_eq!(send_raw_message(&client, bytes), want, "{what}");
    }
    // Still serving, and nothing left open.
    let (mut sender, mut replies) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    block_on(sender.send(request("still here"))).unwrap();
    assert_eq!(next_echo(&mut replies), "echo:still here");
    drop((sender, replies));
    wait_until("streams close", Duration::from_secs(2), || {
        app.app().grpc_counters().active_streams == 0
    });
}

#[test]
fn streams_beyond_an_addresss_share_get_resource_exhausted_on_any_of_its_connections() {
    // --max-streams 8: one address holds a quarter, 2, over all its connections.
    let app = spawn_app_with(&["--max-streams", "8"]);
    let client = app.grpc();
    let open: Vec<_> = (0..2)
        .map(|_| {
            let (mut s, mut r) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
            block_on(s.send(request("x"))).unwrap();
            next_echo(&mut r);
            (s, r)
        })
        .collect();
    let client = app.grpc();
    let (_s, mut r) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    match block_on(r.next()) {
        Some(Err(grpcio::Error::RpcFailure(status))) => {
            assert_eq!(status.code(), RpcStatusCode::RESOURCE_EXHAUSTED)
        }
        other => panic!("expected RESOURCE_EXHAUSTED, got {other:?}"),
    }
    drop(open);
    wait_until("a slot frees", Duration::from_secs(2), || {
        app.app().grpc_counters().active_streams == 0
    });
    let (mut s, mut r) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    block_on(s.send(request("again"))).unwrap();
    assert_eq!(next_echo(&mut r), "echo:again");
}

#[test]
fn health_is_serving_and_knows_its_services() {
    let app = app_with_push("5s");
    let client = app.grpc();
    for service in ["", "echotest.Echo"] {
        let mut req = health::HealthCheckRequest::new();
        req.service = service.into();
        let resp = client.unary_call(&proto::HEALTH_CHECK, &req, opt()).unwrap();
        assert_eq!(
            resp.status.enum_value_or_default(),
            health::health_check_response::ServingStatus::SERVING
        );
    }
    let mut req = health::HealthCheckRequest::new();
    req.service = "no.Such".into();
    match client.unary_call(&proto::HEALTH_CHECK, &req, opt()) {
        Err(grpcio::Error::RpcFailure(status)) => {
            assert_eq!(status.code(), RpcStatusCode::NOT_FOUND)
        }
        other => panic!("expected NOT_FOUND, got {other:?}"),
    }
}

#[test]
fn shutdown_turns_health_not_serving_first_then_ends_streams_cleanly() {
    let mut app = app_with_push("5s");
    let client = app.grpc();
    let mut watch = client
        .server_streaming(&proto::HEALTH_WATCH, &health::HealthCheckRequest::new(), opt())
        .unwrap();
    let serving = block_on(watch.next()).unwrap().unwrap();
    assert_eq!(
        serving.status.enum_value_or_default(),
        health::health_check_response::ServingStatus::SERVING
    );
    let (mut sender, mut replies) = client.duplex_streaming(&proto::ECHO, opt()).unwrap();
    block_on(sender.send(request("before"))).unwrap();
    assert_eq!(next_echo(&mut replies), "echo:before");

    let stopper = std::thread::spawn(move || app.app.take().unwrap().shutdown());
    let not_serving = block_on(watch.next()).unwrap().unwrap();
    assert_eq!(
        not_serving.status.enum_value_or_default(),
        health::health_check_response::ServingStatus::NOT_SERVING
    );
    assert!(block_on(watch.next()).is_none(), "the watch then ends with OK");
    match block_on(replies.next()) {
        Some(Err(grpcio::Error::RpcFailure(status))) => {
            assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE)
        }
        other => panic!("expected UNAVAILABLE, got {other:?}"),
    }
    stopper.join().unwrap();
}

#[test]
fn reflection_lists_and_describes_the_echo_service() {
    let app = app_with_push("5s");
    let client = app.grpc();
    for method in [proto::REFLECTION_V1ALPHA, proto::REFLECTION_V1] {
        let (mut sender, mut replies) = client.duplex_streaming(&method, opt()).unwrap();
        let mut list = reflection::ServerReflectionRequest::new();
        list.set_list_services(String::new());
        block_on(sender.send((list, WriteFlags::default()))).unwrap();
        let answer = block_on(replies.next()).unwrap().unwrap();
        let names: Vec<String> = answer
            .list_services_response()
            .service
            .iter()
            .map(|s| s.name.clone())
            .collect();
        assert!(names.contains(&"echotest.Echo".to_owned()), "{names:?}");
        assert!(names.contains(&"grpc.health.v1.Health".to_owned()), "{names:?}");

        let mut describe = reflection::ServerReflectionRequest::new();
        describe.set_file_containing_symbol("echotest.Echo".into());
        block_on(sender.send((describe, WriteFlags::default()))).unwrap();
        let answer = block_on(replies.next()).unwrap().unwrap();
        let file = &answer.file_descriptor_response().file_descriptor_proto[0];
        let file = <protobuf::descriptor::FileDescriptorProto as protobuf::Message>::parse_from_bytes(file).unwrap();
        assert_eq!(file.package(), "echotest");
        let methods: Vec<&str> = file.service[0].method.iter().map(|m| m.name()).collect();
        assert_eq!(methods, ["Echo", "Clock"]);
        // The server may finish the call before the client's close completes.
        let _ = block_on(sender.close());
        assert!(
            block_on(replies.next()).is_none(),
            "the call ends with OK after a half-close"
        );
    }
}

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_myapp-cli"))
}

/// myapp-cli in its default mode against this app, stdin, stdout and stderr piped.
fn interactive_cli(app: &TestApp) -> std::process::Child {
    cli()
        .args(["--addr", &format!("127.0.0.1:{}", app.app().grpc_port())])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn the_cli_echoes_stdin_like_the_seeds_client_and_exits_zero() {
    let app = app_with_push("5s");
    let mut child = interactive_cli(&app);
    child
        .stdin
        .take()
        .unwrap()
        .write_all("hello\n你好\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "echo:hello\necho:你好\n");
}

#[test]
fn the_cli_reads_the_clock_and_health() {
    let app = app_with_push("5s");
    let addr = format!("127.0.0.1:{}", app.app().grpc_port());
    let out = cli()
        .args(["--addr", &addr, "clock", "--interval", "100ms", "--count", "2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().filter(|l| l.starts_with("time: ")).count(), 2, "{text}");
    let out = cli().args(["--addr", &addr, "health"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "SERVING");
}

#[test]
fn the_cli_says_clearly_when_the_server_is_unreachable() {
    let port = crate::support::free_port();
    let out = cli()
        .args([
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--connect-timeout",
            "1s",
            "health",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    // What failed, then what to check (tests/it/cli.rs has the rest).
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("cannot connect"), "{err}");
}

#[test]
fn the_cli_exits_nonzero_when_the_server_goes_away() {
    let mut app = app_with_push("5s");
    let mut child = interactive_cli(&app);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"one\n").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    app.app.take().unwrap().shutdown();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    assert!(!out.status.success(), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("went away"), "{err}");
}
