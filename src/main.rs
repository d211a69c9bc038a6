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
