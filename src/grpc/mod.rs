//! gRPC on grpcio (C-core): the seed's `echotest.Echo` with time pushes,
//! health and reflection, in the same process as the pages.

mod calls;
mod echo;
mod env;
mod gauge;
mod health;
pub mod proto;
mod reflection;

use std::ffi::CString;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::FutureExt;
use grpcio::{ChannelBuilder, ServerBuilder, ServerCredentials};
use log::{info, warn};

pub use crate::clock::{now_text, Subscription, Ticker};
pub use crate::metrics::GrpcCounters;
use calls::CallLog;
use echo::EchoService;
pub use echo::CLOCK_INTERVAL_RANGE;
pub use env::{choose_poller, environment};
use gauge::StreamGauge;
use health::HealthService;
use reflection::ReflectionService;

/// Calls in progress beyond `--max-streams` before C-core refuses new ones
/// (REFUSED_STREAM): unary calls, and streams being refused or torn down.
const CALL_HEADROOM: u32 = 1_000;

/// Calls each completion queue is ready to take at once; grpcio asks for 1,024,
/// which is 650 KB of call records held from start to exit. More calls
/// arriving together wait in C-core until a record comes back, which it does
/// as soon as grpcio has handed a call to its handler.
const REQUEST_SLOTS_PER_CQ: usize = 64;

/// The largest request message accepted; larger ones get RESOURCE_EXHAUSTED.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;

/// Server pings an idle connection this often, and drops it when a ping goes
/// unanswered for `KEEPALIVE_TIMEOUT`: how dead peers are found.
const KEEPALIVE_TIME: Duration = Duration::from_secs(30);
const KEEPALIVE_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum GrpcError {
    #[error("cannot start the clock ticker: {0}")]
    Ticker(std::io::Error),
    #[error(transparent)]
    Grpc(#[from] grpcio::Error),
}

/// What gRPC clients may take of the server.
#[derive(Debug, Clone, Copy)]
pub struct GrpcLimits {
    /// Streams open at once, over all connections.
    pub max_streams: u32,
    /// Streams open at once on one connection (C-core counts the ones a
    /// client has reset until their calls are gone; see
    /// vendor/grpcio-sys/PATCHES.md), so no one connection takes every slot.
    pub max_streams_per_connection: u32,
    /// Connections open at once.
    pub max_connections: u32,
    /// A connection with no call for this long is closed (GOAWAY); a stream
    /// whose pushes stay untaken for this long is cancelled.
    pub idle_timeout: Duration,
}

impl GrpcLimits {
    /// What one connection may hold: `--max-streams-per-connection`, but
    /// never more than one address's share of `--max-streams`.
    pub fn streams_per_connection(&self) -> u32 {
        self.max_streams_per_connection
            .min(gauge::address_share(self.max_streams))
    }
}

/// Read-only access to the stream counters, for /metrics.
#[derive(Clone)]
pub struct GrpcStats {
    ticker: Ticker,
    streams: Arc<StreamGauge>,
    calls: Arc<CallLog>,
}

impl GrpcStats {
    pub fn counters(&self) -> GrpcCounters {
        GrpcCounters {
            active_streams: self.streams.open(),
            time_subscribers: self.ticker.subscribers(),
            pushes_sent: self.ticker.pushes_sent(),
            calls: self.calls.counts(),
        }
    }
}

pub struct GrpcServer {
    server: grpcio::Server,
    port: u16,
    ticker: Ticker,
    streams: Arc<StreamGauge>,
    calls: Arc<CallLog>,
    serving: Arc<AtomicBool>,
    /// Dropped to turn health to NOT_SERVING.
    not_serving: Option<futures_channel::oneshot::Sender<()>>,
    /// Dropped to end every open stream with UNAVAILABLE.
    stop: Option<futures_channel::oneshot::Sender<()>>,
}

impl GrpcServer {
    /// Serves on `addr` with `threads` completion queues, one thread each
    /// (C-core's own default would be one per core of the host, whatever
    /// the container's CPU limit).
    pub fn start(
        addr: SocketAddr,
        push_interval: Duration,
        threads: usize,
        limits: GrpcLimits,
    ) -> Result<GrpcServer, GrpcError> {
        let env = Arc::new(environment(threads, "grpc-cq"));
        let ticker = Ticker::start().map_err(GrpcError::Ticker)?;
        let streams = Arc::new(StreamGauge::new(limits.max_streams));
        let calls = Arc::new(CallLog::default());
        let serving = Arc::new(AtomicBool::new(true));
        let (not_serving_tx, not_serving_rx) = futures_channel::oneshot::channel();
        let (stop_tx, stop_rx) = futures_channel::oneshot::channel();
        let (not_serving_rx, stop_rx) = (not_serving_rx.shared(), stop_rx.shared());

        let echo = EchoService {
            ticker: ticker.clone(),
            push_interval,
            stall_limit: limits.idle_timeout,
            streams: streams.clone(),
            calls: calls.clone(),
        };
        let health = HealthService::new(serving.clone(), not_serving_rx, stop_rx, streams.clone(), calls.clone());
        let [reflection_v1alpha, reflection_v1] = ReflectionService::new(streams.clone(), calls.clone()).build();
        let args = ChannelBuilder::new(env.clone())
            .max_receive_message_len(MAX_MESSAGE_BYTES as i32)
            .keepalive_time(KEEPALIVE_TIME)
            .keepalive_timeout(KEEPALIVE_TIMEOUT)
            .keepalive_permit_without_calls(true)
            // C-core sets SO_REUSEPORT by default: a second server on the same
            // port would then start "fine" and take half the connections.
            .reuse_port(false)
            .max_concurrent_stream(clamp_i32(limits.streams_per_connection()))
            // Replies are a few dozen bytes: never compress them. C-core then
            // leaves the send stage out of its compression filter (see
            // vendor/grpcio-sys/PATCHES.md); compressed requests still decode.
            .raw_cfg_int(CString::from(c"grpc.per_message_compression"), 0)
            // C-core's channel-idle filter: a connection without a call for
            // this long gets GOAWAY and is closed (keepalive finds dead
            // peers; this, live ones that hold a connection and do nothing).
            .raw_cfg_int(
                CString::from(c"grpc.max_connection_idle_ms"),
                clamp_i32(u32::try_from(limits.idle_timeout.as_millis()).unwrap_or(u32::MAX)),
            )
            .raw_cfg_int(
                CString::from(c"grpc.max_allowed_incoming_connections"),
                clamp_i32(limits.max_connections),
            )
            // Calls C-core holds over all connections, reset ones included:
            // room for every stream the gauge admits, and for unary calls and
            // the refusals it answers, but bounded, whatever clients do.
            .raw_cfg_int(
                CString::from(c"grpc.max_live_incoming_streams"),
                clamp_i32(limits.max_streams.saturating_add(CALL_HEADROOM)),
            )
            .build_args();
        let mut server = ServerBuilder::new(env)
            .requests_slot_per_cq(REQUEST_SLOTS_PER_CQ)
            .channel_args(args)
            .register_service(echo.build())
            .register_service(health.build())
            .register_service(reflection_v1alpha)
            .register_service(reflection_v1)
            .build()?;
        let port = server.add_listening_port(addr.to_string(), ServerCredentials::insecure())?;
        server.start();
        info!("grpc server listening on {}:{port}", addr.ip());
        Ok(GrpcServer {
            server,
            port,
            ticker,
            streams,
            calls,
            serving,
            not_serving: Some(not_serving_tx),
            stop: Some(stop_tx),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The ticker of the time pushes, for the web pages' clock.
    pub fn ticker(&self) -> Ticker {
        self.ticker.clone()
    }

    pub fn stats(&self) -> GrpcStats {
        GrpcStats {
            ticker: self.ticker.clone(),
            streams: self.streams.clone(),
            calls: self.calls.clone(),
        }
    }

    /// Health turns NOT_SERVING; new calls are refused.
    pub fn stop_serving(&mut self) {
        self.serving.store(false, Ordering::SeqCst);
        self.not_serving.take();
    }

    /// Ends every stream with UNAVAILABLE and stops, waiting at most `grace`
    /// for calls to finish before cancelling the rest.
    pub fn shutdown(&mut self, grace: Duration) {
        if self.stop.is_none() {
            return;
        }
        self.stop_serving();
        // Health and reflection streams end on `stop`; Echo and Clock streams
        // when the ticker closes their subscriptions.
        self.stop.take();
        let shutdown = self.server.shutdown();
        self.ticker.stop();
        let deadline = Instant::now() + grace;
        while self.streams.open() > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        if self.streams.open() > 0 {
            warn!(
                "grpc: {} streams still open after {grace:?}, cancelling them",
                self.streams.open()
            );
        }
        // Ends what is left (reflection streams, calls stuck in a slow client).
        self.server.cancel_all_calls();
        if let Err(e) = futures_executor::block_on(shutdown) {
            warn!("grpc: shutdown: {e}");
        }
        info!("grpc server stopped");
    }
}

/// Channel arguments are C ints.
fn clamp_i32(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

impl Drop for GrpcServer {
    fn drop(&mut self) {
        self.shutdown(Duration::from_secs(1));
    }
}
