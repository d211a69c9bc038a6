//! Hostile gRPC peers against the real binary: the HTTP/2 rapid-reset pattern
//! (CVE-2023-44487) and stream floods on one connection, one connection
//! hogging the stream slots, and more connections than the cap.
//! Memory is read from /proc of the server process, health through a
//! well-behaved client on its own connection, during and after each flood.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use grpcio::CallOption;
use myapp::grpc::proto::{self, health, ClockRequest};

use crate::h2::{H2Conn, Then};
use crate::support::{free_port, wait_until, KillOnDrop};

/// How far RSS may rise above its start, during a flood and after it.
const RSS_SLACK_KIB: u64 = 64 * 1024;
/// The slowest health check allowed, during a flood and after it.
const HEALTH_LIMIT: Duration = Duration::from_secs(1);

struct Server {
    child: KillOnDrop,
    http: SocketAddr,
    grpc: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        let (http, grpc) = (free_port(), free_port());
        let dir = tempfile::tempdir().unwrap();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_myapp"))
            .arg(format!("--http-addr=127.0.0.1:{http}"))
            .arg(format!("--grpc-addr=127.0.0.1:{grpc}"))
            .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display()))
            .arg("--log-level=warn")
            .args(extra)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let server = Server {
            child: KillOnDrop(child),
            http: format!("127.0.0.1:{http}").parse().unwrap(),
            grpc: format!("127.0.0.1:{grpc}").parse().unwrap(),
            _dir: dir,
        };
        wait_until("myapp answers gRPC health", Duration::from_secs(20), || {
            server.health_check().is_ok()
        });
        std::thread::sleep(Duration::from_millis(300));
        server
    }

    fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.0.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap()
    }

    /// A gRPC client on a connection of its own (a fresh environment, so no
    /// subchannel is shared with another client of the same address).
    fn client(&self) -> grpcio::Client {
        let env = Arc::new(grpcio::EnvBuilder::new().cq_count(1).build());
        let channel = grpcio::ChannelBuilder::new(env)
            .use_local_subchannel_pool(true)
            .connect(&self.grpc.to_string());
        grpcio::Client::new(channel)
    }

    /// One Health/Check on a new connection: how long it took.
    fn health_check(&self) -> Result<Duration, grpcio::Error> {
        let started = Instant::now();
        let opt = CallOption::default().timeout(Duration::from_secs(5));
        self.client()
            .unary_call(&proto::HEALTH_CHECK, &health::HealthCheckRequest::new(), opt)
            .map(|_| started.elapsed())
    }

    fn metric(&self, name: &str) -> u64 {
        let page = crate::support::send_raw(
            self.http,
            b"GET /metrics HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
        )
        .unwrap()
        .body;
        page.lines()
            .find_map(|l| l.strip_prefix(name).and_then(|v| v.trim().parse().ok()))
            .unwrap_or_else(|| panic!("{name} missing from /metrics"))
    }
}

/// Watches a server while a flood runs: the highest RSS and the slowest
/// health check (on a connection of its own), every 100 ms.
struct Watch {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<(u64, Duration)>,
}

impl Watch {
    fn start(server: &Arc<Server>) -> Watch {
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (server, stop) = (server.clone(), stop.clone());
            std::thread::spawn(move || {
                let (mut rss, mut slowest) = (0, Duration::ZERO);
                while !stop.load(Ordering::SeqCst) {
                    rss = rss.max(server.rss_kib());
                    let took = server.health_check().unwrap_or(Duration::MAX);
                    slowest = slowest.max(took);
                    std::thread::sleep(Duration::from_millis(100));
                }
                (rss, slowest)
            })
        };
        Watch { stop, thread }
    }

    fn finish(self) -> (u64, Duration) {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.join().unwrap()
    }
}

/// One flood: `conns` connections at once, `count` calls to `path` on each.
struct Flood<'a> {
    flags: &'a [&'a str],
    conns: usize,
    path: &'a str,
    count: usize,
    then: Then,
}

/// What a flood did to the server.
struct Outcome {
    /// Streams opened, and refused (REFUSED_STREAM), over every connection.
    sent: u64,
    refused: u64,
    before: u64,
    peak: u64,
    after: u64,
    slowest: Duration,
    last_check: Duration,
}

/// One flood at a time: each takes both cores for a moment, and the health
/// checks time one server, not two floods.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Flood<'_> {
    fn run(&self) -> Outcome {
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        let server = Arc::new(Server::start(self.flags));
        let before = server.rss_kib();
        let watch = Watch::start(&server);
        let started = Instant::now();
        let (path, count, then) = (self.path.to_owned(), self.count, self.then);
        let floods: Vec<_> = (0..self.conns)
            .map(|_| {
                let (grpc, path) = (server.grpc, path.clone());
                std::thread::spawn(move || {
                    let mut conn = H2Conn::connect(grpc);
                    let sent = conn.flood(count, &path, then);
                    (conn, sent)
                })
            })
            .collect();
        let conns: Vec<(H2Conn, usize)> = floods.into_iter().map(|f| f.join().unwrap()).collect();
        let sending = started.elapsed();
        std::thread::sleep(Duration::from_secs(2));
        let (peak, slowest) = watch.finish();
        let sent: usize = conns.iter().map(|(_, sent)| sent).sum();
        let refused: u64 = conns.iter().map(|(c, _)| c.seen.refused.load(Ordering::Relaxed)).sum();
        drop(conns);
        let mut after = server.rss_kib();
        // Freed memory goes back to the kernel within a few seconds.
        for _ in 0..50 {
            if after <= before + RSS_SLACK_KIB {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
            after = server.rss_kib();
        }
        // Calls the server is still tearing down may fill its cap a moment longer.
        wait_until("health after the flood", Duration::from_secs(5), || {
            server.health_check().is_ok()
        });
        let last_check = server.health_check().expect("health after the flood");
        eprintln!(
            "{path} {} × {count} ({then:?}, {:?}): {sent} sent in {sending:?}, {refused} refused; \
             RSS {before} → peak {peak} → {after} KiB; slowest health check {slowest:?}, after {last_check:?}",
            self.conns, self.flags
        );
        Outcome {
            sent: sent as u64,
            refused,
            before,
            peak,
            after,
            slowest,
            last_check,
        }
    }
}

impl Outcome {
    #[track_caller]
    fn memory_stayed_bounded(&self) {
        let (before, peak, after) = (self.before, self.peak, self.after);
        assert!(
            peak <= before + RSS_SLACK_KIB,
            "RSS rose {} MiB during the flood",
            (peak - before) / 1024
        );
        assert!(
            after <= before + RSS_SLACK_KIB,
            "RSS stayed {} MiB up after the flood",
            (after - before) / 1024
        );
        assert!(
            self.last_check < HEALTH_LIMIT,
            "a health check took {:?} after the flood",
            self.last_check
        );
    }

    #[track_caller]
    fn health_stayed_quick(&self) {
        assert!(
            self.slowest < HEALTH_LIMIT,
            "a health check took {:?} during the flood",
            self.slowest
        );
    }
}

/// Floods one connection with `count` calls to `path`: memory stays within
/// bounds and health checks on other connections stay quick, during and after.
#[track_caller]
fn survives_a_flood(path: &str, count: usize, then: Then) {
    let outcome = Flood {
        flags: &[],
        conns: 1,
        path,
        count,
        then,
    }
    .run();
    outcome.memory_stayed_bounded();
    outcome.health_stayed_quick();
}

#[test]
fn rapid_reset_on_one_connection_keeps_memory_and_health() {
    survives_a_flood("/echotest.Echo/Clock", 50_000, Then::MessageAndReset);
}

#[test]
fn fifty_thousand_health_checks_on_one_connection_keep_memory_and_health() {
    survives_a_flood("/grpc.health.v1.Health/Check", 50_000, Then::MessageAndEnd);
}

#[test]
fn fifty_thousand_calls_to_an_unknown_method_keep_memory_and_health() {
    survives_a_flood("/no.Such/Method", 50_000, Then::MessageAndEnd);
}

#[test]
fn sixty_thousand_watch_streams_on_one_connection_keep_memory_and_health() {
    survives_a_flood("/grpc.health.v1.Health/Watch", 60_000, Then::MessageAndEnd);
}

#[test]
fn unfinished_calls_on_twenty_connections_are_bounded_by_max_streams() {
    // Health checks whose request never ends stay with C-core: twenty
    // connections could hold 1,000 each (about 100 MB at 5 KB a call);
    // --max-streams 500 holds those of all of them to 1,500. While the flood
    // fills that, new calls are refused, so only memory is asserted during
    // it, and health after.
    let outcome = Flood {
        flags: &["--max-streams", "500"],
        conns: 20,
        path: "/grpc.health.v1.Health/Check",
        count: 1_500,
        then: Then::Nothing,
    }
    .run();
    // A health probe that got in and finished leaves its place to the flood.
    let accepted = outcome.sent - outcome.refused;
    assert!(accepted <= 1_550, "{accepted} calls accepted over all connections");
    outcome.memory_stayed_bounded();
}

#[test]
fn the_server_advertises_its_per_connection_stream_limit() {
    let server = Server::start(&["--max-streams-per-connection", "123"]);
    let conn = H2Conn::connect(server.grpc);
    wait_until("the server's SETTINGS", Duration::from_secs(5), || {
        conn.seen.max_concurrent_streams.lock().unwrap().is_some()
    });
    assert_eq!(*conn.seen.max_concurrent_streams.lock().unwrap(), Some(123));
}

#[test]
fn one_client_holds_at_most_a_quarter_of_max_streams_whatever_the_flags() {
    // (--max-streams, --max-streams-per-connection): the Kubernetes
    // manifest's, the defaults, one where a connection's limit alone would
    // let one connection take everything, and a small one.
    for (max, per_connection) in [(4_000, 1_000), (20_000, 1_000), (1_000, 1_000), (300, 100)] {
        let share = max / 4;
        let advertised = per_connection.min(share);
        let server = Server::start(&[
            "--max-streams",
            &max.to_string(),
            "--max-streams-per-connection",
            &per_connection.to_string(),
        ]);
        // A peer at 127.0.0.2 that ignores the advertised limit, asking for
        // more than every slot over as many connections as it takes.
        let mut hog: Vec<H2Conn> = (0..max / advertised + 1)
            .map(|_| H2Conn::connect_from([127, 0, 0, 2].into(), server.grpc))
            .collect();
        for conn in &mut hog {
            let asked = advertised as usize + 50;
            assert_eq!(
                conn.flood(asked, "/grpc.health.v1.Health/Watch", Then::MessageAndEnd),
                asked
            );
        }
        let first = &hog[0].seen;
        wait_until("the first connection's excess refused", Duration::from_secs(10), || {
            first.refused.load(Ordering::Relaxed) >= 50
        });
        assert_eq!(*first.max_concurrent_streams.lock().unwrap(), Some(advertised), "{max}");
        assert_eq!(first.refused.load(Ordering::Relaxed), 50, "{max}");
        wait_until("the hog holds its share", Duration::from_secs(10), || {
            server.metric("myapp_grpc_active_streams") == u64::from(share)
        });
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(
            server.metric("myapp_grpc_active_streams"),
            u64::from(share),
            "no more than its share at --max-streams {max}"
        );
        // Another client, at 127.0.0.1, is served at once.
        let took = server.health_check().expect("a second client is served");
        assert!(took < HEALTH_LIMIT, "{took:?}");
        let other = server.client();
        let mut req = ClockRequest::new();
        req.interval_ms = 100;
        let mut stream = other
            .server_streaming(&proto::CLOCK, &req, CallOption::default())
            .unwrap();
        let first = futures_executor::block_on(futures_util::StreamExt::next(&mut stream));
        assert!(
            matches!(first, Some(Ok(_))),
            "a stream for the other client at {max}: {first:?}"
        );
        drop(hog);
    }
}

#[test]
fn connections_beyond_the_cap_are_closed_and_the_rest_served() {
    let server = Server::start(&["--max-grpc-connections", "20"]);
    // One at a time, each until the server has said SETTINGS or closed it. The
    // health-check connection from start-up may still be closing, so the cap
    // may be reached one early.
    let conns: Vec<H2Conn> = (0..25)
        .map(|_| {
            let conn = H2Conn::connect(server.grpc);
            wait_until("SETTINGS or close", Duration::from_secs(5), || {
                conn.seen.frames.load(Ordering::Relaxed) > 0 || conn.seen.closed.load(Ordering::SeqCst)
            });
            conn
        })
        .collect();
    let served = conns
        .iter()
        .take_while(|c| c.seen.frames.load(Ordering::Relaxed) > 0)
        .count();
    assert!(
        (19..=20).contains(&served),
        "{served} connections served before the cap"
    );
    for conn in &conns[served..] {
        wait_until("closed", Duration::from_secs(5), || {
            conn.seen.closed.load(Ordering::SeqCst)
        });
        assert_eq!(
            conn.seen.frames.load(Ordering::Relaxed),
            0,
            "closed before any SETTINGS"
        );
    }
    assert!(server.health_check().is_err(), "no room for a new client at the cap");
    drop(conns);
    wait_until(
        "a client is served once the others left",
        Duration::from_secs(10),
        || server.health_check().is_ok(),
    );
}
