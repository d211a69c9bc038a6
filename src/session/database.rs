//! Sessions in the account database's `sessions` table, so that a user who
//! logged in through one replica stays logged in on every other, and logging
//! out anywhere ends the session everywhere.
//!
//! Times are wall-clock milliseconds, since replicas share them. `last_seen`
//! is written at most once per `TOUCH_EVERY`, not on every request; expired
//! rows are swept at most once per `SWEEP_EVERY`, by whichever request
//! creates a session then.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::{Session, SessionId, SessionStore};
use crate::store::{Store, StoreError, StoredSession};

const TOUCH_EVERY: Duration = Duration::from_secs(60);
const SWEEP_EVERY: Duration = Duration::from_secs(60);

pub struct DatabaseSessions {
    store: Arc<dyn Store>,
    idle_ttl_ms: i64,
    last_sweep_ms: AtomicI64,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

impl DatabaseSessions {
    pub fn new(store: Arc<dyn Store>, idle_ttl: Duration) -> DatabaseSessions {
        DatabaseSessions {
            store,
            idle_ttl_ms: idle_ttl.as_millis() as i64,
            last_sweep_ms: AtomicI64::new(0),
        }
    }

    fn sweep_now_and_then(&self, now: i64) -> Result<(), StoreError> {
        let last = self.last_sweep_ms.load(Ordering::Relaxed);
        let due = now - last >= SWEEP_EVERY.as_millis() as i64;
        // One request sweeps; the others go on.
        if due
            && self
                .last_sweep_ms
                .compare_exchange(last, now, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
        {
            let swept = self.store.sweep_sessions(now - self.idle_ttl_ms)?;
            if swept > 0 {
                log::info!("swept {swept} expired sessions");
            }
        }
        Ok(())
    }
}

impl SessionStore for DatabaseSessions {
    fn get(&self, id: &SessionId) -> Result<Option<Session>, StoreError> {
        let Some(StoredSession { session, last_seen_ms }) = self.store.load_session(id.as_str())? else {
            return Ok(None);
        };
        let now = now_ms();
        if now - last_seen_ms > self.idle_ttl_ms {
            self.store.delete_session(id.as_str())?;
            return Ok(None);
        }
        if now - last_seen_ms > TOUCH_EVERY.as_millis() as i64 {
            self.store.touch_session(id.as_str(), now)?;
        }
        Ok(Some(session))
    }

    fn create(&self, user: Option<String>) -> Result<(SessionId, Session), StoreError> {
        let now = now_ms();
        self.sweep_now_and_then(now)?;
        let (id, session) = Session::new(user);
        self.store.save_session(id.as_str(), &session, now)?;
        Ok((id, session))
    }

    fn remove(&self, id: &SessionId) -> Result<(), StoreError> {
        self.store.delete_session(id.as_str())
    }

    fn count(&self) -> usize {
        self.store.count_sessions().unwrap_or(0)
    }
}
