//! The access log: a line per request, buffered in memory and written by one
//! thread, reaches stderr within a moment, whole, and all of it, even when
//! SIGTERM comes right after the last request.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use crate::support::{assert_status, Binary};

/// The path of an access line (`TIME [INFO] IP | STATUS | TOOK | METHOD PATH`);
/// None for other lines. Panics on a line that is not whole.
#[track_caller]
fn logged_path(line: &str) -> Option<&str> {
    if !line.contains("/logged/") {
        return None;
    }
    let parts: Vec<&str> = line.split(" | ").collect();
    let whole = parts.len() == 4
        && line.starts_with("20")
        && parts[0].ends_with(" [INFO] 127.0.0.1")
        && parts[1] == "404"
        && parts[2].trim().ends_with('s');
    assert!(whole, "not a whole access line: {line:?}");
    parts[3].strip_prefix("GET ")
}

#[test]
fn every_request_is_logged_whole_even_when_sigterm_follows_at_once() {
    const CLIENTS: usize = 8;
    const EACH: usize = 100;
    let mut server = Binary::start(&[]);

    // Buffered, but written within a moment without a flush.
    assert_status(&server.browser().get("/logged/first"), 404);
    let started = Instant::now();
    while !std::fs::read_to_string(&server.stderr)
        .unwrap()
        .contains("GET /logged/first")
    {
        assert!(started.elapsed() < Duration::from_secs(2), "the line was not written");
        std::thread::sleep(Duration::from_millis(10));
    }

    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let mut browser = server.browser();
            std::thread::spawn(move || {
                for i in 0..EACH {
                    assert_status(&browser.get(&format!("/logged/{c}/{i}")), 404);
                }
            })
        })
        .collect();
    for client in clients {
        client.join().unwrap();
    }
    let status = server.terminate();
    assert!(status.success(), "exit status {status:?}");

    let log = std::fs::read_to_string(&server.stderr).unwrap();
    let mut seen = HashSet::new();
    for line in log.lines() {
        if let Some(path) = logged_path(line) {
            assert!(seen.insert(path.to_owned()), "logged twice: {path}");
        }
    }
    for c in 0..CLIENTS {
        for i in 0..EACH {
            assert!(
                seen.contains(&format!("/logged/{c}/{i}")),
                "/logged/{c}/{i} missing from the log"
            );
        }
    }
    assert_eq!(seen.len(), CLIENTS * EACH + 1);
    assert!(
        log.trim_end().ends_with("stopped"),
        "the last line is the last word: {log}"
    );
}
