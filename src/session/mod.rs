//! Sessions: random ids, idle expiry, CSRF tokens.
//!
//! Every visitor who opens a form gets a session (anonymous until login) so
//! that the form's CSRF token is bound to it. Two stores keep them: an
//! in-memory map (the default, one process) and a table in the account
//! database (`--session-store database`), so that replicas share logins.

mod database;
mod memory;

pub use database::DatabaseSessions;
pub use memory::MemorySessions;

use crate::store::StoreError;

/// 256 random bits, hex: the cookie value. Never logged.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SessionId(String);

impl SessionId {
    /// Accepts only what `new` could have made, so junk cookies never reach a store.
    pub fn parse(text: &str) -> Option<SessionId> {
        let well_formed = text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
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

/// What a session carries; cloned out of its store, never borrowed across I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The logged-in account's name; `None` for a visitor.
    pub user: Option<String>,
    pub csrf_token: String,
}

impl Session {
    /// A fresh id and CSRF token.
    fn new(user: Option<String>) -> (SessionId, Session) {
        // One read of the OS CSPRNG for both: 256 bits each.
        let mut bytes = [0u8; 64];
        getrandom::getrandom(&mut bytes).expect("the OS random source is available");
        let session = Session {
            user,
            csrf_token: hex(&bytes[32..]),
        };
        (SessionId(hex(&bytes[..32])), session)
    }

    /// Compares a form's token with this session's in constant time.
    pub fn csrf_matches(&self, token: &str) -> bool {
        crate::password::constant_time_eq(self.csrf_token.as_bytes(), token.as_bytes())
    }
}

pub trait SessionStore: Send + Sync {
    /// The live session for an id, marked used; an expired one is removed.
    fn get(&self, id: &SessionId) -> Result<Option<Session>, StoreError>;

    /// Starts a session with a fresh id and CSRF token.
    fn create(&self, user: Option<String>) -> Result<(SessionId, Session), StoreError>;

    fn remove(&self, id: &SessionId) -> Result<(), StoreError>;

    /// Sessions stored now, live or not yet swept (0 when unknown).
    fn count(&self) -> usize;
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        text.push(DIGITS[usize::from(b >> 4)] as char);
        text.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    text
}
