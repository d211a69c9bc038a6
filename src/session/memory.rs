//! Sessions in an in-memory map (the default): one process, no database
//! round trip. The map never holds more than `max` entries: at the cap,
//! expired entries go first, then the least recently used anonymous one,
//! then the least recently used of all.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::{Session, SessionId, SessionStore};
use crate::store::StoreError;

struct Entry {
    session: Session,
    last_seen: Instant,
}

pub struct MemorySessions {
    map: Mutex<HashMap<SessionId, Entry>>,
    idle_ttl: Duration,
    max: usize,
}

impl MemorySessions {
    pub fn new(idle_ttl: Duration, max: usize) -> MemorySessions {
        MemorySessions {
            map: Mutex::new(HashMap::new()),
            idle_ttl,
            max: max.max(1),
        }
    }

    fn lookup(&self, id: &SessionId) -> Option<Session> {
        let now = Instant::now();
        let mut map = self.lock();
        let entry = map.get_mut(id)?;
        if now.duration_since(entry.last_seen) > self.idle_ttl {
            map.remove(id);
            return None;
        }
        entry.last_seen = now;
        Some(entry.session.clone())
    }

    fn insert(&self, id: SessionId, session: Session) {
        let now = Instant::now();
        let mut map = self.lock();
        if map.len() >= self.max {
            self.make_room(&mut map, now);
        }
        map.insert(
            id,
            Entry {
                session,
                last_seen: now,
            },
        );
    }

    fn make_room(&self, map: &mut HashMap<SessionId, Entry>, now: Instant) {
        map.retain(|_, e| now.duration_since(e.last_seen) <= self.idle_ttl);
        if map.len() < self.max {
            return;
        }
        let oldest = |anonymous_only: bool| {
            map.iter()
                .filter(|(_, e)| !anonymous_only || e.session.user.is_none())
                .min_by_key(|(_, e)| e.last_seen)
                .map(|(id, _)| id.clone())
        };
        if let Some(id) = oldest(true).or_else(|| oldest(false)) {
            map.remove(&id);
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<SessionId, Entry>> {
        // Every update is a single insert or remove, so a poisoned map is consistent.
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl SessionStore for MemorySessions {
    fn get(&self, id: &SessionId) -> Result<Option<Session>, StoreError> {
        Ok(self.lookup(id))
    }

    fn create(&self, user: Option<String>) -> Result<(SessionId, Session), StoreError> {
        let (id, session) = Session::new(user);
        self.insert(id.clone(), session.clone());
        Ok((id, session))
    }

    fn remove(&self, id: &SessionId) -> Result<(), StoreError> {
        self.lock().remove(id);
        Ok(())
    }

    fn count(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_and_parse_back() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 10);
        let (a, _) = sessions.create(None).unwrap();
        let (b, _) = sessions.create(None).unwrap();
        assert_ne!(a, b);
        assert_eq!(SessionId::parse(a.as_str()), Some(a));
        assert_eq!(SessionId::parse("short"), None);
        assert_eq!(SessionId::parse(&"G".repeat(64)), None);
    }

    #[test]
    fn idle_sessions_expire() {
        let sessions = MemorySessions::new(Duration::from_millis(20), 10);
        let (id, _) = sessions.create(Some("alice".into())).unwrap();
        assert!(sessions.get(&id).unwrap().is_some());
        std::thread::sleep(Duration::from_millis(40));
        assert!(sessions.get(&id).unwrap().is_none());
        assert_eq!(sessions.count(), 0);
    }

    #[test]
    fn the_map_never_outgrows_its_cap_and_keeps_users_first() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 3);
        let (user, _) = sessions.create(Some("alice".into())).unwrap();
        for _ in 0..100 {
            sessions.create(None).unwrap();
        }
        assert_eq!(sessions.count(), 3);
        assert!(
            sessions.get(&user).unwrap().is_some(),
            "anonymous sessions are evicted before users"
        );
    }

    #[test]
    fn csrf_tokens_compare_exactly() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 3);
        let (_, s) = sessions.create(None).unwrap();
        assert!(s.csrf_matches(&s.csrf_token.clone()));
        assert!(!s.csrf_matches(""));
        assert!(!s.csrf_matches(&s.csrf_token[1..]));
    }
}
