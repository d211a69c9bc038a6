//! One access line and one count per gRPC call, when it ends: the method,
//! the peer, the status it ended with, how long it took and how many
//! messages went each way, like the HTTP access line (`web/server.rs`).
//! The counts are `myapp_grpc_calls_total{method,code}`.
//!
//! Calls to a method myapp does not serve are answered UNIMPLEMENTED by
//! C-core itself and never reach a handler: they are neither logged nor counted.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use futures_util::FutureExt;
use grpcio::{RpcContext, RpcStatusCode};
use log::{debug, info};

use crate::logtext::{LogText, Took};

/// Calls ended so far, by method and status code.
#[derive(Default)]
pub struct CallLog {
    counts: Mutex<HashMap<(&'static str, &'static str), u64>>,
}

impl CallLog {
    /// A call to `method` (its path, `/echotest.Echo/Echo`) starts now.
    pub fn begin(self: &Arc<Self>, ctx: &RpcContext<'_>, method: &'static str) -> Call {
        let peer = ctx.peer();
        // C-core names the address family first (`ipv4:127.0.0.1:5000`).
        let peer = match peer.split_once(':') {
            Some(("ipv4" | "ipv6", address)) => address.to_owned(),
            _ => peer,
        };
        Call {
            log: self.clone(),
            method,
            peer,
            started: Instant::now(),
            received: 0,
            sent: 0,
        }
    }

    /// `(method, code, calls)` for every pair seen, sorted.
    pub fn counts(&self) -> Vec<(&'static str, &'static str, u64)> {
        let counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let mut counts: Vec<_> = counts.iter().map(|(&(m, c), &n)| (m, c, n)).collect();
        counts.sort_unstable();
        counts
    }
}

/// One call in progress; `end` logs and counts it.
pub struct Call {
    log: Arc<CallLog>,
    method: &'static str,
    peer: String,
    started: Instant,
    received: u64,
    sent: u64,
}

impl Call {
    pub fn peer(&self) -> &str {
        &self.peer
    }

    /// A request message arrived.
    pub fn received(&mut self) {
        self.received += 1;
    }

    /// A response message was sent.
    pub fn sent(&mut self) {
        self.sent += 1;
    }

    /// `n` response messages were sent.
    pub fn sent_many(&mut self, n: u64) {
        self.sent += n;
    }

    /// The call ended: `answered` is the status myapp answered with, and
    /// `result` whether that answer got through. A call that failed first
    /// ends with the status of its failure (CANCELLED when the client
    /// cancelled or went away).
    pub fn end(self, answered: RpcStatusCode, result: &grpcio::Result<()>) {
        let code = match result {
            Ok(()) => answered,
            Err(grpcio::Error::RpcFailure(status)) => status.code(),
            Err(grpcio::Error::RemoteStopped) => RpcStatusCode::CANCELLED,
            Err(_) => RpcStatusCode::UNKNOWN,
        };
        if let Err(e) = result {
            debug!(
                "grpc: {} of {} ended early: {}",
                self.method,
                LogText(&self.peer),
                plain_error(e)
            );
        }
        let code = code_name(code);
        *self
            .log
            .counts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry((self.method, code))
            .or_default() += 1;
        // The peer is C-core's text, escaped all the same (see `LogText`).
        info!(
            "{} | {} | {:>9} | {} | {} in, {} out",
            LogText(&self.peer),
            code,
            Took(self.started.elapsed()),
            self.method,
            self.received,
            self.sent
        );
    }
}

/// Hands `answer` (a sink's `success` or `fail`, answering `code`) to the
/// call's completion queue, and ends `call` once it is through.
pub fn spawn_answer(
    ctx: &RpcContext<'_>,
    call: Call,
    code: RpcStatusCode,
    answer: impl Future<Output = grpcio::Result<()>> + Send + 'static,
) {
    ctx.spawn(answer.map(move |result| call.end(code, &result)));
}

/// Why a call ended early, in words.
fn plain_error(e: &grpcio::Error) -> String {
    match e {
        grpcio::Error::RemoteStopped => "the client cancelled or went away".into(),
        grpcio::Error::RpcFailure(status) if status.message().is_empty() => {
            format!("the call failed with {}", code_name(status.code()))
        }
        grpcio::Error::RpcFailure(status) => format!(
            "the call failed with {}: {}",
            code_name(status.code()),
            LogText(status.message())
        ),
        grpcio::Error::Codec(e) => format!("a message could not be decoded: {e}"),
        grpcio::Error::ShutdownFailed => "the server shut down first".into(),
        other => format!("the call failed: {other}"),
    }
}

/// A status code's name, as gRPC writes it (`OK`, `CANCELLED`).
pub fn code_name(code: RpcStatusCode) -> &'static str {
    const NAMES: [&str; 17] = [
        "OK",
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "UNAUTHENTICATED",
    ];
    usize::try_from(i32::from(code))
        .ok()
        .and_then(|i| NAMES.get(i))
        .copied()
        .unwrap_or("UNKNOWN")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_have_their_grpc_names() {
        assert_eq!(code_name(RpcStatusCode::OK), "OK");
        assert_eq!(code_name(RpcStatusCode::RESOURCE_EXHAUSTED), "RESOURCE_EXHAUSTED");
        assert_eq!(code_name(RpcStatusCode::UNAUTHENTICATED), "UNAUTHENTICATED");
        assert_eq!(code_name(RpcStatusCode::from(99)), "UNKNOWN");
    }

    #[test]
    fn early_ends_are_told_in_words() {
        assert_eq!(
            plain_error(&grpcio::Error::RemoteStopped),
            "the client cancelled or went away"
        );
    }
}
