//! `myapp-cli`: the gRPC client. Like the seed's client it sends each line
//! of stdin and prints the echoes and time pushes as they arrive; it can
//! also read the clock alone, check health, and drive load (`bench`).

mod bench;
mod connect;

use std::io::BufRead;
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use clap::{Parser, Subcommand};
use futures_executor::block_on;
use futures_util::{SinkExt, StreamExt};
use grpcio::{CallOption, Channel, ChannelBuilder, Client, Environment, RpcStatusCode, WriteFlags};
use protobuf::Message;

use myapp::config::parse_duration;
use myapp::grpc::proto::{self, health, ClockRequest, EchoReply, EchoRequest};
use myapp::grpc::MAX_MESSAGE_BYTES;

/// myapp-cli: a gRPC client for myapp's echo and time streams, its health
/// check, and a load generator.
///
/// With no command it sends each line of stdin to the Echo stream and prints
/// the echoes and time pushes as they arrive, like the Go seed's client.
#[derive(Parser)]
#[command(name = "myapp-cli", version)]
struct Cli {
    /// The server's gRPC address, HOST:PORT (the port defaults to 50051;
    /// `http://` is dropped). Not the web pages' address.
    #[arg(long, env = "MYAPP_ADDR", default_value = "127.0.0.1:50051", global = true)]
    addr: String,

    /// How long to wait for the server to answer the connection (a refused
    /// port fails at once).
    #[arg(long, default_value = "5s", value_parser = parse_duration, global = true)]
    connect_timeout: Duration,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Send each line of stdin and print the echoes and time pushes (the default).
    Echo,
    /// Print the server's time pushes alone.
    Clock {
        /// Time between pushes (the server clamps it to 100ms..1h).
        #[arg(long, default_value = "1s", value_parser = parse_duration)]
        interval: Duration,
        /// Stop after this many pushes (default: until interrupted).
        #[arg(long)]
        count: Option<u64>,
    },
    /// Check the server's health; exit 0 only when SERVING.
    Health {
        /// The service to ask about ("" is the whole server).
        #[arg(long, default_value = "")]
        service: String,
    },
    /// Drive load and print the rate and latency percentiles on one line.
    Bench(bench::BenchArgs),
}

/// Exit code: the server was not reached, a call failed, or health is not SERVING.
fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("myapp-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let target = connect::target(&cli.addr)?;
    connect::probe(&target, cli.connect_timeout)?;
    let timeout = cli.connect_timeout;
    match cli.command.unwrap_or(Command::Echo) {
        Command::Echo => echo(&connect(&target, timeout)?),
        Command::Clock { interval, count } => clock(&connect(&target, timeout)?, interval, count),
        Command::Health { service } => check_health(&connect(&target, timeout)?, service),
        Command::Bench(args) => bench::run(&target, timeout, &args),
    }
}

/// A client on a channel that is connected, or one clear message why not.
/// `addr` has passed `connect::probe`, so this is quick unless the server
/// went away meanwhile.
pub fn connect(addr: &str, timeout: Duration) -> Result<Client, String> {
    let channel = channel(addr);
    if !block_on(channel.wait_for_connected(timeout)) {
        return Err(format!("cannot reach a gRPC server at {addr} within {timeout:?}"));
    }
    Ok(Client::new(channel))
}

fn channel(addr: &str) -> Channel {
    // One set of completion-queue threads, one per usable core, for every
    // connection: `bench --conns 10` then runs on two threads here, not ten.
    static ENV: OnceLock<Arc<Environment>> = OnceLock::new();
    let env = ENV
        .get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            Arc::new(myapp::grpc::environment(cores, "cli-cq"))
        })
        .clone();
    // A connection of its own: C-core otherwise shares one per address
    // between channels, and `bench --conns N` means N connections.
    ChannelBuilder::new(env).use_local_subchannel_pool(true).connect(addr)
}

/// A failed call in words: the status's own message, not a Rust value.
fn went_away(e: grpcio::Error) -> String {
    match e {
        grpcio::Error::RpcFailure(status) if status.code() == RpcStatusCode::UNAVAILABLE => {
            format!("the server went away: {}", status.message())
        }
        grpcio::Error::RpcFailure(status) => format!("the server ended the call: {}", status.message()),
        grpcio::Error::RemoteStopped => "the server went away: the connection closed".to_owned(),
        other => format!("the server went away: {other}"),
    }
}

/// The longest line the server takes: its message limit less the
/// request's framing.
fn max_line_bytes() -> usize {
    let mut request = EchoRequest::new();
    request.input = "x".repeat(MAX_MESSAGE_BYTES);
    while request.compute_size() as usize > MAX_MESSAGE_BYTES {
        request.input.pop();
    }
    request.input.len()
}

fn echo(client: &Client) -> Result<ExitCode, String> {
    let (mut sender, mut replies) = client
        .duplex_streaming(&proto::ECHO, CallOption::default())
        .map_err(went_away)?;
    // stdin is read on its own thread; this one prints what arrives meanwhile.
    let reader = std::thread::spawn(move || -> Result<(), String> {
        for (number, line) in std::io::stdin().lock().lines().enumerate() {
            let mut request = EchoRequest::new();
            request.input = line.map_err(|e| format!("cannot read stdin: {e}"))?;
            // The server would end the whole stream (RESOURCE_EXHAUSTED) for
            // one line over its limit: skip that line alone.
            if request.compute_size() as usize > MAX_MESSAGE_BYTES {
                eprintln!(
                    "myapp-cli: line {} is too long ({} bytes; the server takes at most {}): skipped",
                    number + 1,
                    request.input.len(),
                    max_line_bytes()
                );
                continue;
            }
            block_on(sender.send((request, WriteFlags::default()))).map_err(went_away)?;
        }
        // End of input: half-close; the server answers what it has, then ends.
        block_on(sender.close()).map_err(went_away)
    });
    while let Some(reply) = block_on(replies.next()) {
        print_reply(&reply.map_err(went_away)?);
    }
    reader.join().map_err(|_| "the stdin reader panicked".to_owned())??;
    Ok(ExitCode::SUCCESS)
}

fn print_reply(reply: &EchoReply) {
    if !reply.output.is_empty() {
        println!("{}", reply.output);
    }
    if !reply.nowtime.is_empty() {
        println!("time: {}", reply.nowtime);
    }
}

fn clock(client: &Client, interval: Duration, count: Option<u64>) -> Result<ExitCode, String> {
    let mut request = ClockRequest::new();
    request.interval_ms = u32::try_from(interval.as_millis()).unwrap_or(u32::MAX);
    let mut pushes = client
        .server_streaming(&proto::CLOCK, &request, CallOption::default())
        .map_err(went_away)?;
    let mut seen = 0;
    while count.is_none_or(|n| seen < n) {
        match block_on(pushes.next()) {
            Some(reply) => print_reply(&reply.map_err(went_away)?),
            None => return Err("the server ended the stream".into()),
        }
        seen += 1;
    }
    Ok(ExitCode::SUCCESS)
}

fn check_health(client: &Client, service: String) -> Result<ExitCode, String> {
    let mut request = health::HealthCheckRequest::new();
    request.service = service;
    let response = match client.unary_call(&proto::HEALTH_CHECK, &request, CallOption::default()) {
        Ok(response) => response,
        Err(grpcio::Error::RpcFailure(status)) if status.code() == RpcStatusCode::NOT_FOUND => {
            return Err(format!(
                "the server knows no service {:?}; ask about \"\" (the whole server, the default) \
                 or \"echotest.Echo\"",
                request.service
            ))
        }
        Err(e) => return Err(format!("health check failed: {}", went_away(e))),
    };
    let status = response.status.enum_value_or_default();
    println!("{status:?}");
    Ok(if status == health::health_check_response::ServingStatus::SERVING {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
