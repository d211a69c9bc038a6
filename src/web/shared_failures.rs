//! Failed logins counted in the database too, with `--session-store
//! database`: replicas behind one load balancer then share the limit on
//! failures per account and address, so five wrong passwords spread over
//! three replicas are throttled like five on one. (With memory sessions the
//! counters stay per process, in `throttle`.)
//!
//! A failure is counted before the password is checked, in one atomic
//! statement, and forgotten when the password proves right, as the memory
//! throttle does. The row's id is a digest of the account's name key and
//! the address, so no name or address is stored in it.

use std::fmt::Write;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use log::{info, warn};
use sha2::{Digest, Sha256};

use super::throttle::Origin;
use crate::store::{now_ms, NowAndThen, Store, StoreError};

/// Ended windows are deleted at most this often, by whichever login comes.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

pub struct SharedFailures {
    store: Arc<dyn Store>,
    limit: u32,
    window: Duration,
    sweeps: NowAndThen,
}

impl SharedFailures {
    pub fn new(store: Arc<dyn Store>, limit: u32, window: Duration) -> SharedFailures {
        SharedFailures {
            store,
            limit,
            window,
            sweeps: NowAndThen::new(SWEEP_EVERY),
        }
    }

    /// Counts a login on the account `name_key` from `ip` as failed, before
    /// its password is checked. `Ok(Some(wait))`: the limit was reached
    /// already, and the password must not be checked.
    pub fn count(&self, name_key: &str, ip: IpAddr) -> Result<Option<Duration>, StoreError> {
        let now = now_ms();
        let window_ms = self.window.as_millis() as i64;
        self.sweep_now_and_then(now, window_ms);
        let (failures, started_ms) = self.store.count_login_failure(&row_id(name_key, ip), now, window_ms)?;
        if failures <= self.limit {
            return Ok(None);
        }
        let left_ms = (started_ms + window_ms - now).max(1000);
        Ok(Some(Duration::from_millis(left_ms as u64)))
    }

    /// The password was right: the account's failures from `ip` are forgotten.
    /// A failure here costs only that the count stands until its window ends.
    pub fn clear(&self, name_key: &str, ip: IpAddr) {
        if let Err(e) = self.store.clear_login_failures(&row_id(name_key, ip)) {
            warn!("could not clear the failed logins after a login: {e}");
        }
    }

    fn sweep_now_and_then(&self, now: i64, window_ms: i64) {
        if self.sweeps.due(now) {
            match self.store.sweep_login_failures(now - window_ms) {
                Ok(0) => {}
                Ok(n) => info!("swept {n} ended failed-login windows"),
                Err(e) => warn!("could not sweep failed-login windows: {e}"),
            }
        }
    }
}

/// Hex SHA-256 of the name key and the address as the throttle counts it.
fn row_id(name_key: &str, ip: IpAddr) -> String {
    let digest = Sha256::new()
        .chain_update(name_key.as_bytes())
        .chain_update([0])
        .chain_update(Origin::of(ip).to_string().as_bytes())
        .finalize();
    digest.iter().fold(String::with_capacity(64), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SqliteStore;

    #[test]
    fn two_handles_on_one_database_share_the_count_and_a_success_clears_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shared.db");
        let one = SharedFailures::new(Arc::new(SqliteStore::open(&path).unwrap()), 5, Duration::from_secs(900));
        let two = SharedFailures::new(Arc::new(SqliteStore::open(&path).unwrap()), 5, Duration::from_secs(900));
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for i in 0..5 {
            let handle = if i % 2 == 0 { &one } else { &two };
            assert_eq!(handle.count("sun", ip).unwrap(), None, "failure {}", i + 1);
        }
        let wait = two.count("sun", ip).unwrap().expect("the sixth is refused");
        assert!(
            wait > Duration::from_secs(890) && wait <= Duration::from_secs(900),
            "{wait:?}"
        );
        assert_eq!(one.count("moon", ip).unwrap(), None, "another account is counted apart");
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        assert_eq!(one.count("sun", other).unwrap(), None, "another address too");
        one.clear("sun", ip);
        assert_eq!(two.count("sun", ip).unwrap(), None, "a success forgets the failures");
    }

    #[test]
    fn an_ended_window_starts_again_at_one() {
        let store = Arc::new(SqliteStore::open(std::path::Path::new(":memory:")).unwrap());
        let shared = SharedFailures::new(store.clone(), 1, Duration::from_millis(1));
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(shared.count("sun", ip).unwrap(), None);
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(shared.count("sun", ip).unwrap(), None, "the window ended");
        assert_eq!(store.count_login_failure("x", now_ms(), 60_000).unwrap().0, 1);
    }
}
