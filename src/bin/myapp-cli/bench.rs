//! `myapp-cli bench`: load for the benchmark, printed as one line.
//!
//! - pingpong: each stream sends a message and waits for its echo, again and again;
//! - churn: each worker opens a stream, sends one message, reads the echo, cancels;
//! - push: streams subscribe to the clock; every push is timed on arrival and its
//!   lateness is the time since the first stream received that same push.
//!
//! Every stream runs as a future on its channel's completion queue.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use futures_util::{SinkExt, StreamExt};
use grpcio::{CallOption, Client, WriteFlags};

use myapp::config::parse_duration;
use myapp::grpc::proto::{self, ClockRequest, EchoRequest};

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Mode {
    /// Each stream sends a message and waits for its echo, again and again.
    Pingpong,
    /// Each worker opens a stream, sends one message, reads the echo, cancels.
    Churn,
    /// Streams subscribe to the clock; prints how late pushes arrive.
    Push,
}

#[derive(Args)]
pub struct BenchArgs {
    /// What load to drive.
    #[arg(long, value_enum, default_value = "pingpong")]
    mode: Mode,
    /// Streams (pingpong, push) or workers (churn).
    #[arg(long, default_value_t = 1)]
    streams: usize,
    /// Connections the streams are spread over.
    #[arg(long, default_value_t = 1)]
    conns: usize,
    /// How long to drive load, e.g. `10s`, `1m`.
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    duration: Duration,
    /// Bytes in each message's input.
    #[arg(long, default_value_t = 16)]
    size: usize,
    /// Push mode: the clock interval asked for.
    #[arg(long, default_value = "1s", value_parser = parse_duration)]
    interval: Duration,
}

/// What one stream or worker measured.
type Outcome = Result<Vec<Sample>, String>;

struct Sample {
    /// When the round trip started, or when a push arrived.
    at: Instant,
    /// The round trip's time (zero for pushes).
    took: Duration,
}

pub fn run(addr: &str, connect_timeout: Duration, args: &BenchArgs) -> Result<std::process::ExitCode, String> {
    let streams = args.streams.max(1);
    let clients = (0..args.conns.max(1))
        .map(|_| super::connect(addr, connect_timeout))
        .collect::<Result<Vec<_>, _>>()?;
    let (tx, rx) = mpsc::channel();
    let started = Instant::now();
    let deadline = started + args.duration;
    for i in 0..streams {
        let client = clients[i % clients.len()].clone();
        let tx = tx.clone();
        let input = "x".repeat(args.size);
        let interval = args.interval;
        let mode = args.mode;
        let spawner = client.clone();
        spawner.spawn(async move {
            let outcome = match mode {
                Mode::Pingpong => pingpong(&client, input, deadline).await,
                Mode::Churn => churn(&client, input, deadline).await,
                Mode::Push => push(&client, interval, deadline).await,
            };
            let _ = tx.send(outcome);
        });
    }
    drop(tx);
    let mut samples = Vec::new();
    for outcome in rx {
        samples.extend(outcome?);
    }
    let elapsed = started.elapsed();
    let line = match args.mode {
        Mode::Push => push_summary(&samples, streams, args.interval),
        Mode::Pingpong | Mode::Churn => rate_summary(&mut samples, elapsed),
    };
    let mode = format!("{:?}", args.mode).to_lowercase();
    println!("mode={mode} streams={streams} conns={} {line}", args.conns.max(1));
    Ok(std::process::ExitCode::SUCCESS)
}

fn request(input: &str) -> (EchoRequest, WriteFlags) {
    let mut r = EchoRequest::new();
    r.input = input.to_owned();
    (r, WriteFlags::default())
}

async fn pingpong(client: &Client, input: String, deadline: Instant) -> Outcome {
    let (mut sender, mut replies) = client
        .duplex_streaming(&proto::ECHO, CallOption::default())
        .map_err(|e| e.to_string())?;
    let mut samples = Vec::new();
    while Instant::now() < deadline {
        let at = Instant::now();
        sender.send(request(&input)).await.map_err(|e| e.to_string())?;
        loop {
            match replies.next().await {
                Some(Ok(reply)) if !reply.output.is_empty() => break,
                Some(Ok(_)) => continue, // a time push
                Some(Err(e)) => return Err(e.to_string()),
                None => return Err("the server ended the stream".into()),
            }
        }
        samples.push(Sample { at, took: at.elapsed() });
    }
    Ok(samples)
}

async fn churn(client: &Client, input: String, deadline: Instant) -> Outcome {
    let mut samples = Vec::new();
    while Instant::now() < deadline {
        let at = Instant::now();
        let (mut sender, mut replies) = client
            .duplex_streaming(&proto::ECHO, CallOption::default())
            .map_err(|e| e.to_string())?;
        sender.send(request(&input)).await.map_err(|e| e.to_string())?;
        match replies.next().await {
            Some(Ok(_)) => {}
            Some(Err(e)) => return Err(e.to_string()),
            None => return Err("the server ended the stream".into()),
        }
        // Dropping both ends cancels the call, as a client that leaves does.
        drop((sender, replies));
        samples.push(Sample { at, took: at.elapsed() });
    }
    Ok(samples)
}

async fn push(client: &Client, interval: Duration, deadline: Instant) -> Outcome {
    let mut request = ClockRequest::new();
    request.interval_ms = u32::try_from(interval.as_millis()).unwrap_or(u32::MAX);
    let mut pushes = client
        .server_streaming(&proto::CLOCK, &request, CallOption::default())
        .map_err(|e| e.to_string())?;
    let mut samples = Vec::new();
    while Instant::now() < deadline {
        match pushes.next().await {
            Some(Ok(_)) => samples.push(Sample {
                at: Instant::now(),
                took: Duration::ZERO,
            }),
            Some(Err(e)) => return Err(e.to_string()),
            None => return Err("the server ended the stream".into()),
        }
    }
    Ok(samples)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn rate_summary(samples: &mut [Sample], elapsed: Duration) -> String {
    let mut took: Vec<Duration> = samples.iter().map(|s| s.took).collect();
    took.sort();
    format!(
        "count={} rate={:.1}/s p50_us={} p99_us={}",
        took.len(),
        took.len() as f64 / elapsed.as_secs_f64(),
        percentile(&took, 0.50).as_micros(),
        percentile(&took, 0.99).as_micros()
    )
}

/// Pushes of one round arrive together; a gap of half an interval starts
/// the next. Rounds are judged whole only between the first and last one
/// seen, which may have found some streams not yet subscribed or gone.
fn push_summary(samples: &[Sample], streams: usize, interval: Duration) -> String {
    let mut arrivals: Vec<Instant> = samples.iter().map(|s| s.at).collect();
    arrivals.sort();
    let mut rounds: Vec<Vec<Instant>> = Vec::new();
    for at in arrivals {
        match rounds.last_mut() {
            Some(round) if at.duration_since(*round.last().unwrap_or(&at)) < interval / 2 => round.push(at),
            _ => rounds.push(vec![at]),
        }
    }
    let whole = if rounds.len() > 2 {
        &rounds[1..rounds.len() - 1]
    } else {
        &[][..]
    };
    let mut late = Vec::new();
    for round in whole {
        late.extend(round.iter().map(|a| a.duration_since(round[0])));
    }
    late.sort();
    format!(
        "rounds={} delivered={}/{} p50_late_us={} p99_late_us={} max_late_us={}",
        whole.len(),
        late.len(),
        whole.len() * streams,
        percentile(&late, 0.50).as_micros(),
        percentile(&late, 0.99).as_micros(),
        late.last().copied().unwrap_or_default().as_micros()
    )
}
