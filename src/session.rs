//! The session map: random ids, idle expiry, CSRF tokens, and a cap on size.
//!
//! Every visitor who opens a form gets a session (anonymous until login) so
//! that the form's CSRF token is bound to it. The map never holds more than
//! `max` entries: at the cap, expired entries go first, then the least
//! recently used anonymous one, then the least recently used of all.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// 256 random bits, hex: the cookie value. Never logged.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SessionId(String);

impl SessionId {
    fn new() -> SessionId {
        SessionId(random_hex())
    }

    /// Accepts only what `new` could have made, so junk cookies never reach the map.
    pub fn parse(text: &str) -> Option<SessionId> {
        let well_formed =
            text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        well_formed.then(|| SessionId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SessionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionId(..)")
    }
}

/// What a session carries; cloned out of the map, never borrowed across I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The logged-in account's name; `None` for a visitor.
    pub user: Option<String>,
    pub csrf_token: String,
}

impl Session {
    /// Compares a form's token with this session's in constant time.
    pub fn csrf_matches(&self, token: &str) -> bool {
        let (a, b) = (self.csrf_token.as_bytes(), token.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

struct Entry {
    session: Session,
    last_seen: Instant,
}

pub struct Sessions {
    map: Mutex<HashMap<SessionId, Entry>>,
    idle_ttl: Duration,
    max: usize,
}

impl Sessions {
    pub fn new(idle_ttl: Duration, max: usize) -> Sessions {
        Sessions {
            map: Mutex::new(HashMap::new()),
            idle_ttl,
            max: max.max(1),
        }
    }

    /// Returns the live session for an id and marks it used; an expired one is removed.
    pub fn get(&self, id: &SessionId) -> Option<Session> {
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

    /// Starts a new session with a fresh id and CSRF token.
    pub fn create(&self, user: Option<String>) -> (SessionId, Session) {
        let id = SessionId::new();
        let session = Session {
            user,
            csrf_token: random_hex(),
        };
        let now = Instant::now();
        let mut map = self.lock();
        if map.len() >= self.max {
            self.make_room(&mut map, now);
        }
        map.insert(
            id.clone(),
            Entry {
                session: session.clone(),
                last_seen: now,
            },
        );
        (id, session)
    }

    pub fn remove(&self, id: &SessionId) {
        self.lock().remove(id);
    }

    /// Number of stored sessions, live or not yet swept.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
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

fn random_hex() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the OS random source is available");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_and_parse_back() {
        let sessions = Sessions::new(Duration::from_secs(60), 10);
        let (a, _) = sessions.create(None);
        let (b, _) = sessions.create(None);
        assert_ne!(a, b);
        assert_eq!(SessionId::parse(a.as_str()), Some(a));
        assert_eq!(SessionId::parse("short"), None);
        assert_eq!(SessionId::parse(&"G".repeat(64)), None);
    }

    #[test]
    fn idle_sessions_expire() {
        let sessions = Sessions::new(Duration::from_millis(20), 10);
        let (id, _) = sessions.create(Some("alice".into()));
        assert!(sessions.get(&id).is_some());
        std::thread::sleep(Duration::from_millis(40));
        assert!(sessions.get(&id).is_none());
        assert!(sessions.is_empty());
    }

    #[test]
    fn the_map_never_outgrows_its_cap_and_keeps_users_first() {
        let sessions = Sessions::new(Duration::from_secs(60), 3);
        let (user, _) = sessions.create(Some("alice".into()));
        for _ in 0..100 {
            sessions.create(None);
        }
        assert_eq!(sessions.len(), 3);
        assert!(
            sessions.get(&user).is_some(),
            "anonymous sessions are evicted before users"
        );
    }

    #[test]
    fn csrf_tokens_compare_exactly() {
        let sessions = Sessions::new(Duration::from_secs(60), 3);
        let (_, s) = sessions.create(None);
        assert!(s.csrf_matches(&s.csrf_token.clone()));
        assert!(!s.csrf_matches(""));
        assert!(!s.csrf_matches(&s.csrf_token[1..]));
    }
}
