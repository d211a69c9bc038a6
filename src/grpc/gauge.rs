//! The count of open gRPC streams, over every streaming method (Echo, Clock,
//! Health Watch, reflection): the `--max-streams` cap and the
//! `myapp_grpc_active_streams` gauge. A stream beyond the cap is refused
//! with RESOURCE_EXHAUSTED before it costs anything more.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use grpcio::{RpcStatus, RpcStatusCode};

pub struct StreamGauge {
    open: AtomicUsize,
    max: usize,
}

impl StreamGauge {
    pub fn new(max: usize) -> StreamGauge {
        StreamGauge {
            open: AtomicUsize::new(0),
            max,
        }
    }

    pub fn open(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// A place for one more stream, or `None` at the cap.
    pub fn enter(self: &Arc<Self>) -> Option<StreamGuard> {
        let entered = self
            .open
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < self.max).then_some(n + 1))
            .is_ok();
        entered.then(|| StreamGuard(self.clone()))
    }
}

/// The answer to a stream beyond the cap.
pub fn too_many_streams() -> RpcStatus {
    RpcStatus::with_message(
        RpcStatusCode::RESOURCE_EXHAUSTED,
        "too many open streams; try again later".to_owned(),
    )
}

/// One open stream; it leaves the count when dropped.
pub struct StreamGuard(Arc<StreamGauge>);

impl Drop for StreamGuard {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gauge_refuses_beyond_its_cap_and_frees_on_drop() {
        let gauge = Arc::new(StreamGauge::new(2));
        let a = gauge.enter().unwrap();
        let _b = gauge.enter().unwrap();
        assert!(gauge.enter().is_none());
        drop(a);
        assert_eq!(gauge.open(), 1);
        assert!(gauge.enter().is_some());
    }
}
