//! The seed's `echotest.Echo` service: `Echo` answers each line with
//! `"echo:" + input` and pushes the time on the same stream; `Clock` pushes
//! the time alone.
//!
//! Each call is one future on a completion-queue thread that waits on its
//! requests and its time subscription together, so a cancelled call is
//! noticed at once and its subscription dropped with it. The subscription
//! also carries the server's stop: shutting down stops the ticker, which
//! closes every subscription, and each stream ends with UNAVAILABLE.
//!
//! A stream whose pushes stay untaken for `stall_limit` (its client never
//! opens its flow-control window) is cancelled: it would hold its place
//! among `--max-streams` for ever.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::{self, Either};
use futures_util::stream::{self, StreamExt};
use futures_util::SinkExt;
use grpcio::{
    DuplexSink, RequestStream, RpcContext, RpcStatus, RpcStatusCode, ServerStreamingSink, Service, ServiceBuilder,
    WriteFlags,
};
use log::debug;

use super::calls::{spawn_answer, CallLog};
use super::gauge::{too_many_streams, StreamGauge};
use super::proto::{self, ClockRequest, EchoReply, EchoRequest, Reply};
use crate::clock::{relaying, Stalled, Tick, Ticker};
use crate::logtext::LogText;

/// The shortest and longest interval a `Clock` caller may ask for.
pub const CLOCK_INTERVAL_RANGE: (Duration, Duration) = (Duration::from_millis(100), Duration::from_secs(3600));

#[derive(Clone)]
pub struct EchoService {
    pub ticker: Ticker,
    pub push_interval: Duration,
    /// How long a stream's pushes may stay untaken before it is cancelled.
    pub stall_limit: Duration,
    pub streams: Arc<StreamGauge>,
    pub calls: Arc<CallLog>,
}

/// What an Echo call waits for.
enum Event {
    Request(grpcio::Result<EchoRequest>),
    HalfClosed,
    Tick(Arc<Tick>),
    Stop,
}

fn time_reply(tick: Arc<Tick>) -> (Reply, WriteFlags) {
    (Reply::Time(tick), WriteFlags::default())
}

fn status(code: RpcStatusCode, message: &str) -> RpcStatus {
    RpcStatus::with_message(code, message.to_owned())
}

fn shutting_down() -> RpcStatus {
    status(RpcStatusCode::UNAVAILABLE, "the server is shutting down")
}

/// Runs a stream's work until it ends, or until its pushes have stalled:
/// then the work is dropped, and with it the sink, which cancels the call
/// (a status could not get past the unsent pushes).
async fn unless_stalled<F>(work: F, stalled: Stalled) -> (RpcStatusCode, grpcio::Result<()>)
where
    F: std::future::Future<Output = (RpcStatusCode, grpcio::Result<()>)>,
{
    match future::select(std::pin::pin!(work), stalled).await {
        Either::Left((ended, _)) => ended,
        Either::Right(((), _)) => {
            let message = "the client took no push for too long (its flow-control window stayed shut)";
            let code = RpcStatusCode::CANCELLED;
            (code, Err(grpcio::Error::RpcFailure(status(code, message))))
        }
    }
}

impl EchoService {
    pub fn build(self) -> Service {
        let (echo, clock) = (self.clone(), self);
        ServiceBuilder::new()
            .add_duplex_streaming_handler(&proto::ECHO_SERVED, move |ctx, requests, sink| {
                echo.echo(&ctx, requests, sink)
            })
            .add_server_streaming_handler(&proto::CLOCK_SERVED, move |ctx, request, sink| {
                clock.clock(&ctx, request, sink)
            })
            .build()
    }

    fn echo(&self, ctx: &RpcContext<'_>, requests: RequestStream<EchoRequest>, mut sink: DuplexSink<Reply>) {
        let mut call = self.calls.begin(ctx, proto::ECHO.name);
        let Some(guard) = self.streams.enter(call.peer()) else {
            let code = RpcStatusCode::RESOURCE_EXHAUSTED;
            // Dropping the requests cancels the call, which would overtake the
            // status while it waits for its connection's next write: they go
            // once it is sent.
            let answer = async move {
                let sent = sink.fail(too_many_streams()).await;
                drop(requests);
                sent
            };
            spawn_answer(ctx, call, code, answer);
            return;
        };
        let requests = requests
            .map(Event::Request)
            .chain(stream::once(future::ready(Event::HalfClosed)));
        let subscription = self.ticker.subscribe(self.push_interval);
        let stalled = subscription.stalled_for(self.stall_limit);
        let ticks = (subscription.map(Event::Tick)).chain(stream::once(future::ready(Event::Stop)));
        let mut events = stream::select(requests, ticks);
        ctx.spawn(relaying(async move {
            let _guard = guard;
            debug!("echo stream opened by {}", LogText(call.peer()));
            let serve = async {
                loop {
                    let sent = match events.next().await {
                        Some(Event::Request(Ok(request))) => {
                            call.received();
                            let mut reply = EchoReply::new();
                            reply.output = format!("echo:{}", request.input);
                            sink.send((Reply::One(reply), WriteFlags::default())).await
                        }
                        Some(Event::Tick(tick)) => sink.send(time_reply(tick)).await,
                        Some(Event::HalfClosed) | None => break (RpcStatusCode::OK, sink.close().await),
                        Some(Event::Request(Err(grpcio::Error::Codec(e)))) => {
                            let message = format!("the request could not be decoded: {e}");
                            let code = RpcStatusCode::INVALID_ARGUMENT;
                            break (code, sink.fail(status(code, &message)).await);
                        }
                        // The client cancelled or its connection died.
                        Some(Event::Request(Err(e))) => break (RpcStatusCode::CANCELLED, Err(e)),
                        Some(Event::Stop) => break (RpcStatusCode::UNAVAILABLE, sink.fail(shutting_down()).await),
                    };
                    match sent {
                        Ok(()) => call.sent(),
                        Err(e) => break (RpcStatusCode::CANCELLED, Err(e)),
                    }
                }
            };
            let (code, outcome) = unless_stalled(serve, stalled).await;
            call.end(code, &outcome);
        }));
    }

    fn clock(&self, ctx: &RpcContext<'_>, request: ClockRequest, sink: ServerStreamingSink<Reply>) {
        let mut call = self.calls.begin(ctx, proto::CLOCK.name);
        call.received();
        let Some(guard) = self.streams.enter(call.peer()) else {
            let code = RpcStatusCode::RESOURCE_EXHAUSTED;
            spawn_answer(ctx, call, code, sink.fail(too_many_streams()));
            return;
        };
        let interval = clock_interval(request.interval_ms, self.push_interval);
        // send_all watches the call while it waits for the next push, so a
        // cancelled call ends (and unsubscribes) at once, not at its next push.
        // The pushes end when the ticker stops: the server is shutting down.
        let pushed = Arc::new(AtomicU64::new(0));
        let counted = pushed.clone();
        let subscription = self.ticker.subscribe(interval);
        let stalled = subscription.stalled_for(self.stall_limit);
        let mut pushes = subscription.map(move |tick| {
            // Counted as handed over: send_all sends each one before it asks for the next.
            counted.fetch_add(1, Ordering::Relaxed);
            Ok(time_reply(tick))
        });
        let mut sink = sink;
        ctx.spawn(relaying(async move {
            let _guard = guard;
            let serve = async {
                let outcome = match sink.send_all(&mut pushes).await {
                    Ok(()) => sink.fail(shutting_down()).await,
                    Err(e) => Err(e),
                };
                (RpcStatusCode::UNAVAILABLE, outcome)
            };
            let (code, outcome) = unless_stalled(serve, stalled).await;
            call.sent_many(pushed.load(Ordering::Relaxed));
            call.end(code, &outcome);
        }));
    }
}

/// The interval a `Clock` caller asked for, clamped; 0 means the server's push interval.
fn clock_interval(interval_ms: u32, default: Duration) -> Duration {
    let asked = match interval_ms {
        0 => default,
        ms => Duration::from_millis(ms.into()),
    };
    asked.clamp(CLOCK_INTERVAL_RANGE.0, CLOCK_INTERVAL_RANGE.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_intervals_are_clamped() {
        let five = Duration::from_secs(5);
        assert_eq!(clock_interval(0, five), five);
        assert_eq!(clock_interval(1, five), Duration::from_millis(100));
        assert_eq!(clock_interval(2_000, five), Duration::from_secs(2));
        assert_eq!(clock_interval(u32::MAX, five), Duration::from_secs(3600));
    }
}
