//! The `myapp` server binary: parse flags, start logging, run the app until
//! SIGTERM or SIGINT, then shut down cleanly (health NOT_SERVING, requests in
//! flight answered, streams ended with UNAVAILABLE) and exit 0.
//! `myapp healthcheck` probes a running server instead.

use std::process::ExitCode;

use log::{error, info};
use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use myapp::config::{Command, SessionStoreKind};
use myapp::{logwriter, App, Config};

fn main() -> ExitCode {
    one_malloc_arena();
    myapp::grpc::choose_poller();
    let config = match Config::from_args(std::env::args()) {
        Ok(config) => config,
        Err(e) => e.exit(),
    };
    if let Some(Command::Healthcheck) = config.command {
        return match myapp::healthcheck::probe(config.http_addr) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("myapp healthcheck: {e}");
                ExitCode::FAILURE
            }
        };
    }
    // Formatted by each thread, buffered, written by a thread of its own (see logwriter.rs).
    let stderr = logwriter::start(std::io::stderr()).expect("the log-writer thread starts");
    logwriter::Logger::new(config.log_level, stderr)
        .init()
        .expect("the logger is set once, here");

    let code = match run(&config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error!("{e}");
            ExitCode::FAILURE
        }
    };
    // Writes out the lines still buffered.
    log::logger().flush();
    code
}

/// Every connection and stream holds a descriptor: use all the kernel allows.
fn raise_descriptor_limit() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid rlimit struct.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max {
            let old = limit.rlim_cur;
            limit.rlim_cur = limit.rlim_max;
            if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) == 0 {
                info!("raised the open-file limit from {old} to {}", limit.rlim_max);
            }
        }
    }
}

fn run(config: &Config) -> Result<(), Box<dyn std::error::Error>> {
    raise_descriptor_limit();
    // Registered before the servers start, so an early signal is not lost.
    let mut signals = Signals::new([SIGTERM, SIGINT])?;
    info!(
        "sessions are kept {}",
        match config.session_store {
            SessionStoreKind::Memory => "in memory (lost on restart, not shared between replicas)",
            SessionStoreKind::Database => "in the account database (shared by replicas)",
        }
    );
    let app = App::start(config)?;
    info!("{} {} ready", config.oem, config.ver);
    if let Some(signal) = signals.forever().next() {
        info!("signal {signal} received, shutting down");
    }
    app.shutdown();
    info!("stopped");
    Ok(())
}

/// One glibc malloc arena for every thread, set before any thread starts.
/// glibc gives threads arenas of their own (up to eight per core), and
/// memory freed into one is not reused by the others: a flood of short
/// gRPC connections (a PING flood reconnecting 1,000 times a second, see
/// tests/python/test_h2_attacks.py) peaked at +90–108 MB with them, +52–62
/// MB with one. The cost, measured with wrk in alternating runs: the login
/// page and `/` the same, the profile at 1,000 connections about 10% slower
/// (medians 34.1k and 30.7k/s over six runs each); each thread's tcache
/// takes most small allocations without the arena's lock. Those flood
/// figures predate the eighth C-core change (vendor/grpcio-sys/PATCHES.md),
/// which took the same flood to +0.5 MB; the arenas have not been measured
/// again since.
fn one_malloc_arena() {
    // SAFETY: mallopt only sets an allocator parameter.
    unsafe { libc::mallopt(libc::M_ARENA_MAX, 1) };
}
