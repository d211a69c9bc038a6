//! Sessions in an in-memory map (the default): one process, no database
//! round trip. The map never holds more than `max` entries. At the cap the
//! oldest anonymous session goes first (visitors who only opened a form),
//! found in O(1) from a queue in creation order, so a flood of anonymous
//! visitors costs each request the same; only when every session belongs to
//! a user are expired ones swept, then the oldest user's session goes.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::{Session, SessionId, SessionStore};
use crate::store::StoreError;

struct Entry {
    session: Session,
    last_seen: Instant,
}

#[derive(Default)]
struct Map {
    entries: HashMap<SessionId, Entry>,
    /// Ids in creation order, per kind; ids already removed are skipped
    /// when met, and the queues are compacted when mostly stale.
    anonymous: VecDeque<SessionId>,
    users: VecDeque<SessionId>,
}

impl Map {
    /// Removes the oldest live session of a kind; false when there is none.
    fn evict_oldest(&mut self, anonymous: bool) -> bool {
        let queue = if anonymous {
            &mut self.anonymous
        } else {
            &mut self.users
        };
        while let Some(id) = queue.pop_front() {
            if self.entries.remove(&id).is_some() {
                return true;
            }
        }
        false
    }

    /// Drops stale ids once they outnumber the live sessions.
    fn compact(&mut self) {
        let Map {
            entries,
            anonymous,
            users,
        } = self;
        if anonymous.len() + users.len() > 2 * entries.len() + 64 {
            anonymous.retain(|id| entries.contains_key(id));
            users.retain(|id| entries.contains_key(id));
        }
    }
}

pub struct MemorySessions {
    map: Mutex<Map>,
    idle_ttl: Duration,
    max: usize,
}

impl MemorySessions {
    pub fn new(idle_ttl: Duration, max: usize) -> MemorySessions {
        MemorySessions {
            map: Mutex::new(Map::default()),
            idle_ttl,
            max: max.max(1),
        }
    }

    fn lookup(&self, id: &SessionId) -> Option<Session> {
        let now = Instant::now();
        let mut map = self.lock();
        let entry = map.entries.get_mut(id)?;
        if now.duration_since(entry.last_seen) > self.idle_ttl {
            map.entries.remove(id);
            return None;
        }
        entry.last_seen = now;
        Some(entry.session.clone())
    }

    fn insert(&self, id: SessionId, session: Session) {
        let now = Instant::now();
        let mut map = self.lock();
        if map.entries.len() >= self.max && !map.evict_oldest(true) {
            let ttl = self.idle_ttl;
            map.entries.retain(|_, e| now.duration_since(e.last_seen) <= ttl);
            if map.entries.len() >= self.max {
                map.evict_oldest(false);
            }
        }
        if session.user.is_some() {
            map.users.push_back(id.clone());
        } else {
            map.anonymous.push_back(id.clone());
        }
        map.entries.insert(
            id,
            Entry {
                session,
                last_seen: now,
            },
        );
        map.compact();
    }

    fn lock(&self) -> MutexGuard<'_, Map> {
        // Every update leaves the map and queues consistent, so a poisoned lock is usable.
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
        self.lock().entries.remove(id);
        Ok(())
    }

    fn count(&self) -> usize {
        self.lock().entries.len()
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
    fn a_flood_of_visitors_evicts_visitors_in_constant_time() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 1000);
        let users: Vec<_> = (0..10)
            .map(|i| sessions.create(Some(format!("u{i}"))).unwrap().0)
            .collect();
        let started = Instant::now();
        for _ in 0..200_000 {
            sessions.create(None).unwrap();
        }
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
        assert_eq!(sessions.count(), 1000);
        for id in &users {
            assert!(sessions.get(id).unwrap().is_some());
        }
        let map = sessions.lock();
        assert!(
            map.anonymous.len() + map.users.len() <= 2 * 1000 + 64,
            "the queues stay bounded"
        );
    }

    #[test]
    fn logins_and_logouts_leave_no_stale_queue_behind() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 1000);
        for _ in 0..10_000 {
            let (id, _) = sessions.create(Some("alice".into())).unwrap();
            sessions.remove(&id).unwrap();
        }
        assert_eq!(sessions.count(), 0);
        assert!(sessions.lock().users.len() <= 64 + 1);
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
