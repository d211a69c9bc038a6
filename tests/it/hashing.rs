//! argon2 work is bounded by the hash workers, not by how many requests are
//! served at once: a burst of sign-ups is answered in full, and memory grows
//! by a block per hash worker, not a block per request.

use std::sync::{Arc, Barrier};

use crate::support::{assert_status, Binary};

/// What each hash worker may add: its 19 MiB argon2 block, and change.
const PER_HASH_WORKER_KIB: u64 = 20 * 1024;
/// What everything else may add: sessions, thread stacks, buffers.
const SLACK_KIB: u64 = 32 * 1024;

#[test]
fn two_hundred_simultaneous_signups_are_all_answered_within_bounded_memory() {
    const SIGNUPS: usize = 200;
    const HASH_WORKERS: u64 = 2;
    // Each connection is served on its own thread: were the hashing not
    // bounded, 200 argon2 blocks (3.8 GiB) could exist at once.
    let server = Binary::start(&["--hash-workers=2", "--max-signups-per-ip=100000", "--log-level=warn"]);
    assert_status(&server.browser().get("/user/signup"), 200);
    let idle = server.memory_kib("VmRSS");
    // The forms are fetched one by one; only the sign-ups are simultaneous.
    let forms: Vec<_> = (0..SIGNUPS)
        .map(|i| {
            let mut browser = server.browser();
            let csrf = browser.get("/user/signup").csrf();
            let form = format!("csrf={csrf}&username=burst{i:03}&password=password-{i:03}&introduction=");
            (browser, form)
        })
        .collect();
    let barrier = Arc::new(Barrier::new(SIGNUPS));
    let signups: Vec<_> = forms
        .into_iter()
        .map(|(mut browser, form)| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                browser.post("/user/signup", &form).status
            })
        })
        .collect();
    let statuses: Vec<u16> = signups.into_iter().map(|s| s.join().unwrap()).collect();
    assert!(statuses.iter().all(|&s| s == 303), "{statuses:?}");
    let peak = server.memory_kib("VmHWM");
    let bound = idle + HASH_WORKERS * PER_HASH_WORKER_KIB + SLACK_KIB;
    assert!(
        peak <= bound,
        "peak RSS {peak} kB, idle {idle} kB: {} kB more, over the {} kB allowed",
        peak - idle,
        bound - idle
    );
    let db = rusqlite::Connection::open(server.dir.path().join("myapp.db")).unwrap();
    let accounts: i64 = db
        .query_row("SELECT COUNT(*) FROM info WHERE name LIKE 'burst%'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(accounts, SIGNUPS as i64);
    // Every account's hash is real: one of them logs in.
    let mut browser = server.browser();
    assert_status(&browser.log_in("burst123", "password-123"), 303);
}

#[test]
fn the_hash_workers_and_the_log_writer_are_named_threads() {
    let server = Binary::start(&["--hash-workers=3"]);
    let tasks = std::fs::read_dir(format!("/proc/{}/task", server.process.0.id())).unwrap();
    let mut names: Vec<String> = tasks
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
        .map(|n| n.trim().to_owned())
        .filter(|n| n.starts_with("hash-worker") || n == "log-writer")
        .collect();
    names.sort();
    assert_eq!(names, ["hash-worker-0", "hash-worker-1", "hash-worker-2", "log-writer"]);
}
