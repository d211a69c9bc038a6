//! `myapp-cli`: the gRPC client. Like the seed's client it sends each line
//! of stdin and prints the echoes and time pushes as they arrive; it can
//! also read the clock alone, check health, and drive load (`bench`).

mod bench;

use std::io::BufRead;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand};
use futures_executor::block_on;
use futures_util::{SinkExt, StreamExt};
use grpcio::{CallOption, Channel, ChannelBuilder, Client, EnvBuilder, WriteFlags};

use myapp::config::parse_duration;
use myapp::grpc::proto::{self, health, ClockRequest, EchoReply, EchoRequest};

/// Talks to myapp's gRPC services.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The server's gRPC address.
    #[arg(long, env = "MYAPP_ADDR", default_value = "127.0.0.1:50051", global = true)]
    addr: String,

    /// How long to wait for the server to answer the connection.
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
    /// Drive load and print the rate and latency percentiles.
    Bench(bench::BenchArgs),
}

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
    match cli.command.unwrap_or(Command::Echo) {
        Command::Echo => echo(&connect(&cli.addr, cli.connect_timeout)?),
        Command::Clock { interval, count } => clock(&connect(&cli.addr, cli.connect_timeout)?, interval, count),
        Command::Health { service } => check_health(&connect(&cli.addr, cli.connect_timeout)?, service),
        Command::Bench(args) => bench::run(&cli.addr, &args),
    }
}

/// A client on a channel that is connected, or one clear message why not.
pub fn connect(addr: &str, timeout: Duration) -> Result<Client, String> {
    let channel = channel(addr);
    if !block_on(channel.wait_for_connected(timeout)) {
        return Err(format!("cannot reach a gRPC server at {addr}"));
    }
    Ok(Client::new(channel))
}

pub fn channel(addr: &str) -> Channel {
    let env = Arc::new(EnvBuilder::new().cq_count(1).name_prefix("cli-cq").build());
    // A connection of its own: C-core otherwise shares one per address
    // between channels, and `bench --conns N` means N connections.
    ChannelBuilder::new(env).use_local_subchannel_pool(true).connect(addr)
}

fn went_away(e: grpcio::Error) -> String {
    format!("the server went away: {e}")
}

fn echo(client: &Client) -> Result<ExitCode, String> {
    let (mut sender, mut replies) = client
        .duplex_streaming(&proto::ECHO, CallOption::default())
        .map_err(went_away)?;
    // stdin is read on its own thread; this one prints what arrives meanwhile.
    let reader = std::thread::spawn(move || -> Result<(), String> {
        for line in std::io::stdin().lock().lines() {
            let mut request = EchoRequest::new();
            request.input = line.map_err(|e| format!("cannot read stdin: {e}"))?;
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
    let response = client
        .unary_call(&proto::HEALTH_CHECK, &request, CallOption::default())
        .map_err(|e| format!("health check failed: {e}"))?;
    let status = response.status.enum_value_or_default();
    println!("{status:?}");
    Ok(if status == health::health_check_response::ServingStatus::SERVING {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
