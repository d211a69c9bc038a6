//! `grpc.health.v1.Health`: SERVING while the server runs, NOT_SERVING from
//! the moment it starts shutting down (before any stream is ended), so load
//! balancers stop sending new calls first.
//!
//! Written here rather than taken from grpcio-health: that crate's protobuf 3
//! code is generated for protobuf 3.2 and does not compile against 3.7, which
//! myapp needs for RUSTSEC-2024-0437.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use futures_util::stream::{self, StreamExt};
use futures_util::{future, FutureExt, SinkExt};
use grpcio::{
    RpcContext, RpcStatus, RpcStatusCode, ServerStreamingSink, Service, ServiceBuilder, UnarySink, WriteFlags,
};

use super::echo::StopSignal;
use super::proto::health::health_check_response::ServingStatus;
use super::proto::health::{HealthCheckRequest, HealthCheckResponse};
use super::proto::{self};

/// The service names health answers for; "" is the whole server.
const KNOWN_SERVICES: [&str; 2] = ["", "echotest.Echo"];

#[derive(Clone)]
pub struct HealthService {
    serving: Arc<AtomicBool>,
    /// Resolves when the server stops serving (health turns NOT_SERVING).
    not_serving: StopSignal,
    /// Resolves when streams are being ended.
    stop: StopSignal,
}

fn response(status: ServingStatus) -> HealthCheckResponse {
    let mut r = HealthCheckResponse::new();
    r.status = status.into();
    r
}

impl HealthService {
    pub fn new(serving: Arc<AtomicBool>, not_serving: StopSignal, stop: StopSignal) -> HealthService {
        HealthService {
            serving,
            not_serving,
            stop,
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
        let answer = if KNOWN_SERVICES.contains(&req.service.as_str()) {
            sink.success(response(self.status())).left_future()
        } else {
            let status =
                RpcStatus::with_message(RpcStatusCode::NOT_FOUND, format!("unknown service {:?}", req.service));
            sink.fail(status).right_future()
        };
        ctx.spawn(answer.map(drop));
    }

    /// Sends the current status, then NOT_SERVING when that comes, then ends
    /// with UNAVAILABLE when the server ends its streams.
    fn watch(
        &self,
        ctx: &RpcContext<'_>,
        req: &HealthCheckRequest,
        mut sink: ServerStreamingSink<HealthCheckResponse>,
    ) {
        let known = KNOWN_SERVICES.contains(&req.service.as_str());
        let first = if known {
            self.status()
        } else {
            ServingStatus::SERVICE_UNKNOWN
        };
        let change = if known && first == ServingStatus::SERVING {
            let not_serving = self.not_serving.clone().into_stream();
            not_serving.map(|_| ServingStatus::NOT_SERVING).left_stream()
        } else {
            stream::empty().right_stream()
        };
        // send_all watches the call while waiting, so a cancelled Watch ends at once.
        // NOT_SERVING always comes before the stop, and is sent before it counts.
        let until_stop = stream::pending().take_until(self.stop.clone());
        let mut updates = stream::once(future::ready(first))
            .chain(change)
            .chain(until_stop)
            .map(|status| Ok((response(status), WriteFlags::default())));
        ctx.spawn(async move {
            if sink.send_all(&mut updates).await.is_ok() {
                let status = RpcStatus::with_message(RpcStatusCode::UNAVAILABLE, "the server is shutting down".into());
                let _ = sink.fail(status).await;
            }
        });
    }
}
