//! Sessions in an in-memory map (the default): one process, no database
//! round trip. Only logins make sessions, and the map never holds more than
//! `max`. At the cap, expired sessions are swept (at most once a second, so
//! a full map of live logins does not cost every login a walk of the map),
//! then the oldest login goes, found in O(1) from a queue in creation order.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::{Profile, Session, SessionId, SessionStore};
use crate::store::StoreError;

/// The least time between two sweeps of a full map.
const SWEEP_AT_CAP_EVERY: Duration = Duration::from_secs(1);

struct Entry {
    /// Shared, so that a lookup holds the map's lock for a reference
    /// count, not for copying the session's strings.
    session: Arc<Session>,
    last_seen: Instant,
}

struct Map {
    entries: HashMap<SessionId, Entry>,
    /// Ids in creation order; ids already removed are skipped when met, and
    /// the queue is compacted when mostly stale.
    order: VecDeque<SessionId>,
    last_sweep: Option<Instant>,
}

impl Map {
    /// Removes the oldest live session.
    fn evict_oldest(&mut self) {
        while let Some(id) = self.order.pop_front() {
            if self.entries.remove(&id).is_some() {
                return;
            }
        }
    }

    /// Drops stale ids once they outnumber the live sessions.
    fn compact(&mut self) {
        let Map { entries, order, .. } = self;
        if order.len() > 2 * entries.len() + 64 {
            order.retain(|id| entries.contains_key(id));
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
            map: Mutex::new(Map {
                entries: HashMap::new(),
                order: VecDeque::new(),
                last_sweep: None,
            }),
            idle_ttl,
            max: max.max(1),
        }
    }

    fn lookup(&self, id: &SessionId) -> Option<Arc<Session>> {
        let now = Instant::now();
        let mut map = self.lock();
        let entry = map.entries.get_mut(id)?;
        if self.expired(entry, now) {
            map.entries.remove(id);
            return None;
        }
        entry.last_seen = now;
        Some(entry.session.clone())
    }

    fn insert(&self, id: SessionId, session: Session) {
        let now = Instant::now();
        let mut map = self.lock();
        if map.entries.len() >= self.max {
            let sweep_due = map
                .last_sweep
                .is_none_or(|last| now.duration_since(last) >= SWEEP_AT_CAP_EVERY);
            if sweep_due {
                map.entries.retain(|_, e| !self.expired(e, now));
                map.last_sweep = Some(now);
            }
            if map.entries.len() >= self.max {
                map.evict_oldest();
            }
        }
        map.order.push_back(id.clone());
        map.entries.insert(
            id,
            Entry {
                session: Arc::new(session),
                last_seen: now,
            },
        );
        map.compact();
    }

    /// Unused for longer than the idle TTL.
    fn expired(&self, entry: &Entry, now: Instant) -> bool {
        now.duration_since(entry.last_seen) > self.idle_ttl
    }

    fn lock(&self) -> MutexGuard<'_, Map> {
        // Every update leaves the map and queue consistent, so a poisoned lock is usable.
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl SessionStore for MemorySessions {
    fn get(&self, id: &SessionId) -> Result<Option<Arc<Session>>, StoreError> {
        Ok(self.lookup(id))
    }

    fn is_live(&self, id: &SessionId) -> Result<bool, StoreError> {
        let map = self.lock();
        Ok((map.entries.get(id)).is_some_and(|e| !self.expired(e, Instant::now())))
    }

    fn create(&self, profile: Profile) -> Result<(SessionId, Session), StoreError> {
        let (id, session) = Session::new(profile);
        self.insert(id.clone(), session.clone());
        Ok((id, session))
    }

    fn remove(&self, id: &SessionId) -> Result<(), StoreError> {
        self.lock().entries.remove(id);
        Ok(())
    }

    fn remove_all_of(&self, name: &str, except: Option<&SessionId>) -> Result<usize, StoreError> {
        // A walk of the map, under the lock: rare (a password change or a
        // deletion), and no more than `max` entries.
        let mut map = self.lock();
        let before = map.entries.len();
        map.entries
            .retain(|id, e| e.session.profile.name != name || Some(id) == except);
        let ended = before - map.entries.len();
        map.compact();
        Ok(ended)
    }

    fn set_introduction(&self, name: &str, introduction: &str) -> Result<(), StoreError> {
        let mut map = self.lock();
        for entry in map.entries.values_mut() {
            if entry.session.profile.name == name {
                Arc::make_mut(&mut entry.session).profile.introduction = introduction.to_owned();
            }
        }
        Ok(())
    }

    fn count(&self) -> usize {
        self.lock().entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(name: &str) -> Profile {
        Profile {
            name: name.into(),
            introduction: format!("intro of {name}"),
            created_at: 1_700_000_000,
        }
    }

    #[test]
    fn ids_are_random_and_parse_back() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 10);
        let (a, _) = sessions.create(profile("a")).unwrap();
        let (b, _) = sessions.create(profile("a")).unwrap();
        assert_ne!(a, b);
        assert_eq!(SessionId::parse(a.as_str()), Some(a));
        assert_eq!(SessionId::parse("short"), None);
        assert_eq!(SessionId::parse(&"G".repeat(64)), None);
    }

    #[test]
    fn a_session_keeps_the_profile_it_was_made_with() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 10);
        let (id, made) = sessions.create(profile("alice")).unwrap();
        let got = sessions.get(&id).unwrap().unwrap();
        assert_eq!(got.profile, profile("alice"));
        assert_eq!(*got, made);
    }

    #[test]
    fn idle_sessions_expire() {
        let sessions = MemorySessions::new(Duration::from_millis(20), 10);
        let (id, _) = sessions.create(profile("alice")).unwrap();
        assert!(sessions.get(&id).unwrap().is_some());
        std::thread::sleep(Duration::from_millis(40));
        assert!(sessions.get(&id).unwrap().is_none());
        assert_eq!(sessions.count(), 0);
    }

    #[test]
    fn at_the_cap_the_oldest_login_goes() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 3);
        let ids: Vec<_> = (0..5)
            .map(|i| sessions.create(profile(&format!("u{i}"))).unwrap().0)
            .collect();
        assert_eq!(sessions.count(), 3);
        let live: Vec<bool> = ids.iter().map(|id| sessions.get(id).unwrap().is_some()).collect();
        assert_eq!(live, [false, false, true, true, true]);
    }

    #[test]
    fn at_the_cap_expired_sessions_go_before_live_ones() {
        let sessions = MemorySessions::new(Duration::from_millis(1000), 3);
        let old: Vec<_> = (0..2).map(|_| sessions.create(profile("old")).unwrap().0).collect();
        std::thread::sleep(Duration::from_millis(600));
        let (kept, _) = sessions.create(profile("kept")).unwrap();
        std::thread::sleep(Duration::from_millis(600));
        // The first two are expired now, the third is not.
        let (new, _) = sessions.create(profile("new")).unwrap();
        assert_eq!(sessions.count(), 2, "the sweep took both expired sessions");
        assert!(sessions.get(&kept).unwrap().is_some());
        assert!(sessions.get(&new).unwrap().is_some());
        assert!(old.iter().all(|id| sessions.get(id).unwrap().is_none()));
    }

    #[test]
    fn a_flood_of_logins_at_the_cap_costs_each_the_same() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 1000);
        let started = Instant::now();
        for i in 0..200_000 {
            sessions.create(profile(&format!("u{}", i % 50))).unwrap();
        }
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
        assert_eq!(sessions.count(), 1000);
        assert!(sessions.lock().order.len() <= 2 * 1000 + 64, "the queue stays bounded");
    }

    #[test]
    fn logins_and_logouts_leave_no_stale_queue_behind() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 1000);
        for _ in 0..10_000 {
            let (id, _) = sessions.create(profile("alice")).unwrap();
            sessions.remove(&id).unwrap();
        }
        assert_eq!(sessions.count(), 0);
        assert!(sessions.lock().order.len() <= 64 + 1);
    }

    #[test]
    fn all_sessions_of_one_account_end_but_the_one_kept_and_others_stay() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 10);
        let alice: Vec<_> = (0..3).map(|_| sessions.create(profile("alice")).unwrap().0).collect();
        let (bob, _) = sessions.create(profile("bob")).unwrap();
        assert_eq!(sessions.remove_all_of("alice", Some(&alice[1])).unwrap(), 2);
        let live: Vec<bool> = alice.iter().map(|id| sessions.get(id).unwrap().is_some()).collect();
        assert_eq!(live, [false, true, false]);
        assert!(sessions.get(&bob).unwrap().is_some());
        assert_eq!(sessions.remove_all_of("alice", None).unwrap(), 1);
        assert_eq!(sessions.count(), 1);
    }

    #[test]
    fn a_new_introduction_shows_in_every_session_of_the_account_only() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 10);
        let (a1, _) = sessions.create(profile("alice")).unwrap();
        let (a2, _) = sessions.create(profile("alice")).unwrap();
        let (b, _) = sessions.create(profile("bob")).unwrap();
        sessions.set_introduction("alice", "coffee now").unwrap();
        for id in [&a1, &a2] {
            assert_eq!(sessions.get(id).unwrap().unwrap().profile.introduction, "coffee now");
        }
        assert_eq!(sessions.get(&b).unwrap().unwrap().profile, profile("bob"));
    }

    #[test]
    fn csrf_tokens_compare_exactly() {
        let sessions = MemorySessions::new(Duration::from_secs(60), 3);
        let (_, s) = sessions.create(profile("alice")).unwrap();
        assert!(s.csrf_matches(&s.csrf_token.clone()));
        assert!(!s.csrf_matches(""));
        assert!(!s.csrf_matches(&s.csrf_token[1..]));
    }
}
