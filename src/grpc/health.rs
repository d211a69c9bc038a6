//! `grpc.health.v1.Health`: SERVING while the server runs, NOT_SERVING from
//! the moment it starts shutting down (before any stream is ended), so load
//! balancers stop sending new calls first.
//!
//! Written here rather than taken from grpcio-health: that crate's protobuf 3
//! code is generated for protobuf 3.2 and does not compile against 3.7, which
//! myapp needs for RUSTSEC-2024-0437.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use futures_util::future::{self, Shared};
use futures_util::stream::{self, StreamExt};
use futures_util::SinkExt;
use grpcio::{
    RpcContext, RpcStatus, RpcStatusCode, ServerStreamingSink, Service, ServiceBuilder, UnarySink, WriteFlags,
};

use super::calls::{spawn_answer, CallLog};
use super::gauge::{too_many_streams, StreamGauge};
use super::proto::health::health_check_response::ServingStatus;
use super::proto::health::{HealthCheckRequest, HealthCheckResponse};
use super::proto::{self};

/// Resolves when its sender is dropped: health turning NOT_SERVING, or the
/// server shutting down.
pub type StopSignal = Shared<futures_channel::oneshot::Receiver<()>>;

/// The service names health answers for; "" is the whole server.
const KNOWN_SERVICES: [&str; 2] = ["", "echotest.Echo"];

#[derive(Clone)]
pub struct HealthService {
    serving: Arc<AtomicBool>,
    /// Resolves when the server stops serving (health turns NOT_SERVING).
    not_serving: StopSignal,
    /// Resolves when streams are being ended.
    stop: StopSignal,
    /// Watch streams count like any other.
    streams: Arc<StreamGauge>,
    calls: Arc<CallLog>,
}

fn response(status: ServingStatus) -> HealthCheckResponse {
    let mut r = HealthCheckResponse::new();
    r.status = status.into();
    r
}

impl HealthService {
    pub fn new(
        serving: Arc<AtomicBool>,
        not_serving: StopSignal,
        stop: StopSignal,
        streams: Arc<StreamGauge>,
        calls: Arc<CallLog>,
    ) -> HealthService {
        HealthService {
            serving,
            not_serving,
            stop,
            streams,
            calls,
        }
    }

    fn status(&self) -> ServingStatus {
        if self.serving.load(Ordering::SeqCst) {
            ServingStatus::SERVING
        } else {
            ServingStatus::NOT_SERVING
        }
    }

    pub fn build(self) -> Service {
        let (check, watch) = (self.clone(), self);
        ServiceBuilder::new()
            .add_unary_handler(&proto::HEALTH_CHECK, move |ctx, req, sink| {
                check.check(&ctx, &req, sink)
            })
            .add_server_streaming_handler(&proto::HEALTH_WATCH, move |ctx, req, sink| {
                watch.watch(&ctx, &req, sink)
            })
            .build()
    }

    fn check(&self, ctx: &RpcContext<'_>, req: &HealthCheckRequest, sink: UnarySink<HealthCheckResponse>) {
        let mut call = self.calls.begin(ctx, proto::HEALTH_CHECK.name);
        call.received();
        if KNOWN_SERVICES.contains(&req.service.as_str()) {
            call.sent();
            spawn_answer(ctx, call, RpcStatusCode::OK, sink.success(response(self.status())));
        } else {
            let code = RpcStatusCode::NOT_FOUND;
            let status = RpcStatus::with_message(code, format!("unknown service {:?}", req.service));
            spawn_answer(ctx, call, code, sink.fail(status));
        }
    }

    /// Sends the current status, then NOT_SERVING when that comes, then ends
    /// the call when the server ends its streams.
    fn watch(
        &self,
        ctx: &RpcContext<'_>,
        req: &HealthCheckRequest,
        mut sink: ServerStreamingSink<HealthCheckResponse>,
    ) {
        let mut call = self.calls.begin(ctx, proto::HEALTH_WATCH.name);
        call.received();
        let Some(guard) = self.streams.enter(call.peer()) else {
            let code = RpcStatusCode::RESOURCE_EXHAUSTED;
            spawn_answer(ctx, call, code, sink.fail(too_many_streams()));
            return;
        };
        let known = KNOWN_SERVICES.contains(&req.service.as_str());
        let first = if known {
            self.status()
        } else {
            ServingStatus::SERVICE_UNKNOWN
        };
        // Serving now: wait for NOT_SERVING, then for the stop; else for the stop only.
        let turns_not_serving = known && first == ServingStatus::SERVING;
        let change = if turns_not_serving {
            &self.not_serving
        } else {
            &self.stop
        }
        .clone();
        let stop = self.stop.clone();
        let message = |status| Ok((response(status), WriteFlags::default()));
        ctx.spawn(async move {
            let _guard = guard;
            // send_all watches the call while it waits, so a cancelled Watch ends at once.
            let mut until_change = stream::once(future::ready(first))
                .chain(stream::pending())
                .take_until(change);
            if let Err(e) = sink.send_all(&mut until_change.by_ref().map(message)).await {
                return call.end(RpcStatusCode::CANCELLED, &Err(e));
            }
            call.sent();
            // Sent and flushed before anything else happens to the call.
            if turns_not_serving {
                let sent = sink
                    .send((response(ServingStatus::NOT_SERVING), WriteFlags::default()))
                    .await;
                if let Err(e) = sent {
                    return call.end(RpcStatusCode::CANCELLED, &Err(e));
                }
                call.sent();
            }
            // Ends with OK, not an error: some clients (grpcio's among them)
            // report an error status before the messages that came ahead of it.
            let mut until_stop = stream::pending().take_until(stop).map(message);
            let outcome = match sink.send_all(&mut until_stop).await {
                Ok(()) => sink.close().await,
                Err(e) => Err(e),
            };
            call.end(RpcStatusCode::OK, &outcome);
        });
    }
}
