//! The real binaries as people run them: myapp-cli's names, help and
//! messages (how fast it fails, and what it says to check), and the server's
//! flag errors, taken ports and a bad database file.

use std::io::Write;
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::{free_port, spawn_app, wait_until, Binary, KillOnDrop};

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_myapp-cli"))
}

fn myapp() -> Command {
    Command::new(env!("CARGO_BIN_EXE_myapp"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs and returns the output and how long it took.
fn timed(command: &mut Command) -> (Output, Duration) {
    let started = Instant::now();
    let out = command.output().expect("the binary runs");
    (out, started.elapsed())
}

#[track_caller]
fn assert_fails_with(out: &Output, code: i32, says: &[&str]) {
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "stderr: {err}");
    for words in says {
        assert!(err.contains(words), "{words:?} missing from: {err}");
    }
}

/// What every "not reached" message tells the user to check.
const WHAT_TO_CHECK: [&str; 3] = ["myapp is running", "--addr HOST:PORT", "50051"];

#[test]
fn the_cli_names_itself_and_describes_itself_as_a_grpc_client() {
    let out = cli().arg("--version").output().unwrap();
    assert_eq!(text(&out.stdout), format!("myapp-cli {}\n", env!("CARGO_PKG_VERSION")));
    let help = text(&cli().arg("--help").output().unwrap().stdout);
    assert!(help.contains("gRPC client for myapp's echo and time streams"), "{help}");
    assert!(help.contains("health") && help.contains("bench"), "{help}");
    assert!(!help.contains("sign-up"), "the server's description: {help}");
}

#[test]
fn every_bench_option_is_described() {
    let help = text(&cli().args(["bench", "-h"]).output().unwrap().stdout);
    for option in ["--mode", "--duration", "--streams", "--conns", "--size", "--interval"] {
        // Not on a terminal, each option's description is on the line after it.
        let mut lines = help.lines().skip_while(|l| !l.trim_start().starts_with(option));
        assert!(lines.next().is_some(), "{option} missing: {help}");
        let description = lines.next().unwrap_or_default().trim();
        assert!(
            !description.is_empty() && !description.starts_with(['-', '[']),
            "{option} has no description: {help}"
        );
    }
    let long = text(&cli().args(["bench", "--help"]).output().unwrap().stdout);
    assert!(
        long.contains("pingpong: Each stream sends a message and waits for its echo"),
        "{long}"
    );
}

#[test]
fn a_closed_port_fails_at_once_and_says_what_to_check() {
    let addr = format!("127.0.0.1:{}", free_port());
    // The connect timeout is 5s by default: a refusal must not wait for it.
    let (out, took) = timed(cli().args(["--addr", &addr, "health"]));
    assert!(took < Duration::from_secs(2), "took {took:?}");
    assert_fails_with(&out, 1, &[&format!("cannot connect to {addr}: connection refused")]);
    assert_fails_with(&out, 1, &WHAT_TO_CHECK);
    assert!(out.stdout.is_empty());
}

#[test]
fn the_web_port_is_told_apart_from_the_grpc_port() {
    let app = spawn_app();
    let (out, took) = timed(cli().args(["--addr", &app.addr.to_string(), "health"]));
    assert!(took < Duration::from_secs(2), "took {took:?}");
    assert_fails_with(&out, 1, &["answers HTTP/1.1, not gRPC", "--http-addr"]);
    assert_fails_with(&out, 1, &WHAT_TO_CHECK);
}

#[test]
fn an_unknown_host_is_named() {
    let out = cli()
        .args(["--addr", "no-such-host.invalid:50051", "health"])
        .output()
        .unwrap();
    assert_fails_with(&out, 1, &["unknown host no-such-host.invalid", "check the name"]);
}

#[test]
fn an_http_url_is_taken_as_its_address_and_https_is_refused() {
    let app = spawn_app();
    let url = format!("http://127.0.0.1:{}", app.app().grpc_port());
    let out = cli().args(["--addr", &url, "health"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(text(&out.stdout).trim(), "SERVING");
    let out = cli()
        .args(["--addr", "https://127.0.0.1:50051", "health"])
        .output()
        .unwrap();
    assert_fails_with(&out, 1, &["no TLS", "without https://"]);
}

#[test]
fn an_address_without_a_port_means_port_50051() {
    // Any loopback address will do on Linux; an unusual one keeps clear of a
    // myapp someone runs on 127.0.0.1:50051.
    let host = "127.0.0.77";
    let dir = tempfile::tempdir().unwrap();
    let _server = KillOnDrop(
        myapp()
            .arg(format!("--http-addr=127.0.0.1:{}", free_port()))
            .arg(format!("--grpc-addr={host}:50051"))
            .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display()))
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_until("gRPC on port 50051", Duration::from_secs(10), || {
        std::net::TcpStream::connect((host, 50051)).is_ok()
    });
    let out = cli().args(["--addr", host, "health"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(text(&out.stdout).trim(), "SERVING");
}

#[test]
fn an_oversized_line_is_skipped_and_the_rest_echoed() {
    let app = spawn_app();
    let mut child = cli()
        .args(["--addr", &format!("127.0.0.1:{}", app.app().grpc_port())])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // 65,532 bytes is the longest line a 64 KiB message holds: it is sent.
    let input = format!("{}\n{}\nafter\n", "x".repeat(65_533), "y".repeat(65_532));
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let err = text(&out.stderr);
    assert!(
        err.contains("line 1 is too long (65533 bytes; the server takes at most 65532): skipped"),
        "{err}"
    );
    assert_eq!(text(&out.stdout), format!("echo:{}\necho:after\n", "y".repeat(65_532)));
}

#[test]
fn health_of_an_unknown_service_says_so_plainly() {
    let app = spawn_app();
    let addr = format!("127.0.0.1:{}", app.app().grpc_port());
    let out = cli()
        .args(["--addr", &addr, "health", "--service", "nope"])
        .output()
        .unwrap();
    assert_fails_with(&out, 1, &["the server knows no service \"nope\"", "echotest.Echo"]);
    assert!(!text(&out.stderr).contains("RpcFailure"), "{out:?}");
}

#[test]
fn bad_flags_are_refused_naming_what_is_allowed() {
    for (args, says) in [
        (&["--push-interval", "0s"][..], "use 100ms to 1h"),
        (&["--push-interval", "2h"], "use 100ms to 1h"),
        (
            &["--log-level", "verbose"],
            "[possible values: off, error, warn, info, debug, trace]",
        ),
        (
            &["--session-ttl", "1.5h"],
            "decimals are not allowed, use a whole number of a smaller unit: 90m",
        ),
        (&["--request-timeout", "10"], "needs a unit: ms, s, m or h"),
        (&["--http-addr", "localhost"], "has no port: give HOST:PORT"),
        (&["--grpc-addr", "no-such-host.invalid:1"], "cannot resolve the host"),
    ] {
        let out = myapp().args(args).output().unwrap();
        assert_fails_with(&out, 2, &[says]);
    }
    let out = myapp().env("MYAPP_SECURE_COOKIES", "maybe").output().unwrap();
    assert_fails_with(&out, 2, &["use 1/0, true/false, yes/no or on/off"]);
}

#[test]
fn host_names_are_taken_for_the_listening_addresses() {
    let mut server = Binary::start_on("localhost", &[]);
    assert_eq!(server.browser().get("/healthz").status, 200);
    assert!(server.terminate().success());
}

#[test]
fn secure_cookies_take_yes_and_on_from_the_environment() {
    for (value, secure) in [("yes", true), ("on", true), ("1", true), ("off", false), ("0", false)] {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let _server = KillOnDrop(
            myapp()
                .arg(format!("--http-addr=127.0.0.1:{port}"))
                .arg(format!("--grpc-addr=127.0.0.1:{}", free_port()))
                .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display()))
                .env("MYAPP_SECURE_COOKIES", value)
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        let addr = format!("127.0.0.1:{port}").parse().unwrap();
        wait_until("myapp listening", Duration::from_secs(10), || {
            std::net::TcpStream::connect(addr).is_ok()
        });
        let page = crate::support::Browser::new(addr, "myapp-tests/1.0").get("/user/signup");
        let cookies = page.headers_named("Set-Cookie").join("\n");
        assert!(!cookies.is_empty(), "{page:?}");
        assert_eq!(cookies.contains("; Secure"), secure, "{value}: {cookies}");
    }
}

/// myapp on `http` and `grpc` with a fresh database; its output once it exits.
fn start_on(http: &str, grpc: &str) -> (Output, Duration) {
    let dir = tempfile::tempdir().unwrap();
    timed(
        myapp()
            .arg(format!("--http-addr={http}"))
            .arg(format!("--grpc-addr={grpc}"))
            .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display())),
    )
}

#[test]
fn a_taken_port_is_named_with_its_flag_and_nothing_starts() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let taken = taken.local_addr().unwrap().to_string();
    let free = || format!("127.0.0.1:{}", free_port());
    for (http, grpc, flag) in [
        (taken.clone(), free(), "--http-addr"),
        (free(), taken.clone(), "--grpc-addr"),
    ] {
        let (out, took) = start_on(&http, &grpc);
        assert!(took < Duration::from_secs(5), "took {took:?}");
        let says = format!("cannot listen on {taken} ({flag}): address already in use");
        assert_fails_with(&out, 1, &[&says, &format!("choose another port with {flag}")]);
        let err = text(&out.stderr);
        for never in ["listening", "stopped", " ready", "BindFail", "Failed to add"] {
            assert!(!err.contains(never), "{never:?} in: {err}");
        }
    }
}

#[test]
fn a_file_that_is_not_a_database_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("accounts.db");
    std::fs::write(&file, "this is not SQLite, it is a text file that is long enough").unwrap();
    let out = myapp()
        .arg(format!("--http-addr=127.0.0.1:{}", free_port()))
        .arg(format!("--grpc-addr=127.0.0.1:{}", free_port()))
        .arg(format!("--database-url=sqlite://{}", file.display()))
        .output()
        .unwrap();
    assert_fails_with(
        &out,
        1,
        &[&format!("SQLite file {}: file is not a database", file.display())],
    );
}
