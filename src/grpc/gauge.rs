//! The count of open gRPC streams, over every streaming method (Echo, Clock,
//! Health Watch, reflection): the `--max-streams` cap, each client
//! address's share of it, and the `myapp_grpc_active_streams` gauge. A
//! stream beyond either is refused with RESOURCE_EXHAUSTED before it costs
//! anything more.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use grpcio::{RpcStatus, RpcStatusCode};

use crate::web::Origin;

/// One client address (an IPv6 /64) may hold this part of `--max-streams`,
/// over all its connections, so that one client cannot take every slot.
const ADDRESS_SHARE: u32 = 4;

/// The most streams one address may hold with `max_streams` in all.
pub fn address_share(max_streams: u32) -> u32 {
    (max_streams / ADDRESS_SHARE).max(1)
}

pub struct StreamGauge {
    max: usize,
    per_address: usize,
    held: Mutex<Held>,
}

/// Streams open, in all and by client address (`None` for a peer C-core
/// names without one).
#[derive(Default)]
struct Held {
    open: usize,
    by_address: HashMap<Option<Origin>, usize>,
}

impl StreamGauge {
    pub fn new(max_streams: u32) -> StreamGauge {
        StreamGauge {
            max: max_streams as usize,
            per_address: address_share(max_streams) as usize,
            held: Mutex::default(),
        }
    }

    pub fn open(&self) -> usize {
        self.held().open
    }

    /// A place for one more stream of `peer` (`127.0.0.1:5000`, as
    /// `Call::peer` says it), or `None` at the cap or at its address's share.
    pub fn enter(self: &Arc<Self>, peer: &str) -> Option<StreamGuard> {
        let origin = peer.parse::<SocketAddr>().ok().map(|a| Origin::of(a.ip()));
        let mut held = self.held();
        if held.open >= self.max || held.by_address.get(&origin).is_some_and(|&n| n >= self.per_address) {
            return None;
        }
        held.open += 1;
        *held.by_address.entry(origin).or_insert(0) += 1;
        Some(StreamGuard {
            gauge: self.clone(),
            origin,
        })
    }

    fn held(&self) -> MutexGuard<'_, Held> {
        // Every update leaves the counts consistent, so a poisoned lock is usable.
        self.held.lock().unwrap_or_else(|p| p.into_inner())
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
pub struct StreamGuard {
    gauge: Arc<StreamGauge>,
    origin: Option<Origin>,
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        let mut held = self.gauge.held();
        held.open -= 1;
        if let Some(n) = held.by_address.get_mut(&self.origin) {
            *n -= 1;
            if *n == 0 {
                held.by_address.remove(&self.origin);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gauge_refuses_beyond_its_cap_and_frees_on_drop() {
        let gauge = Arc::new(StreamGauge::new(8));
        let peers = ["10.0.0.1:1", "10.0.0.2:1", "10.0.0.3:1", "10.0.0.4:1"];
        let held: Vec<_> = (0..9).filter_map(|i| gauge.enter(peers[i % 4])).collect();
        assert_eq!(held.len(), 8);
        assert!(gauge.enter("10.0.0.5:1").is_none(), "the cap holds");
        drop(held);
        assert_eq!(gauge.open(), 0);
        assert!(gauge.held().by_address.is_empty());
        assert!(gauge.enter("10.0.0.5:1").is_some());
    }

    #[test]
    fn one_address_holds_at_most_a_quarter_over_all_its_connections() {
        let gauge = Arc::new(StreamGauge::new(1_000));
        let hog: Vec<_> = (0..1_000)
            .filter_map(|port| gauge.enter(&format!("127.0.0.1:{port}")))
            .chain((0..1_000).filter_map(|port| gauge.enter(&format!("[2001:db8::{port:x}]:{port}"))))
            .collect();
        assert_eq!(hog.len(), 500, "250 for 127.0.0.1, 250 for one IPv6 /64");
        assert!(
            gauge.enter("[::ffff:127.0.0.1]:9").is_none(),
            "mapped IPv4 is the same address"
        );
        assert!(gauge.enter("127.0.0.2:9").is_some());
        assert!(gauge.enter("unix:/tmp/x").is_some(), "no address is one address too");
    }
}
