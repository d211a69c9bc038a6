//! Sessions: random ids, idle expiry, CSRF tokens.
//!
//! A session exists only for someone who logged in: it is made at login,
//! with a fresh id, and carries what the profile page shows of the account
//! (which never changes afterwards), so a profile view needs no account
//! read. A visitor who is not logged in has nothing stored: the CSRF tokens
//! of the login and sign-up forms are bound to a cookie instead (`csrf`).
//!
//! Two stores keep sessions: an in-memory map (the default, one process) and
//! a table in the account database (`--session-store database`), so that
//! replicas share logins. This module sits above `crate::store`, which knows
//! only rows; nothing there points back here.

mod csrf;
mod database;
mod memory;

pub use csrf::{CsrfCookie, CsrfKey, FormPurpose};
pub use database::DatabaseSessions;
pub use memory::MemorySessions;

use std::sync::Arc;

use crate::store::StoreError;

/// 256 random bits, hex: the cookie value. Never logged.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SessionId(String);

impl SessionId {
    /// Accepts only what `new` could have made, so junk cookies never reach a store.
    pub fn parse(text: &str) -> Option<SessionId> {
        is_hex_256(text).then(|| SessionId(text.to_owned()))
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

/// What the profile page shows of an account, copied into the session at
/// login. Only the introduction changes while the session lives, and only
/// through the account settings, which write it into every session of the
/// account (`SessionStore::set_introduction`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub introduction: String,
    /// Seconds since the Unix epoch; 0 for the seed's rows, which kept none.
    pub created_at: i64,
}

/// What a session carries; cloned out of its store, never borrowed across I/O.
#[derive(Clone, PartialEq, Eq)]
pub struct Session {
    pub profile: Profile,
    /// The token of the forms shown to this login (log out).
    pub csrf_token: String,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("profile", &self.profile)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A fresh id and CSRF token for a login.
    fn new(profile: Profile) -> (SessionId, Session) {
        // One read of the OS CSPRNG for both: 256 bits each.
        let bytes: [u8; 64] = random_bytes();
        let session = Session {
            profile,
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
    /// Shared, not copied: a page view reads it and lets it go.
    fn get(&self, id: &SessionId) -> Result<Option<Arc<Session>>, StoreError>;

    /// Whether the session still lives, without marking it used: a clock
    /// watcher asks at every tick, and watching is not using the site.
    fn is_live(&self, id: &SessionId) -> Result<bool, StoreError>;

    /// Starts a session for a login, with a fresh id and CSRF token.
    fn create(&self, profile: Profile) -> Result<(SessionId, Session), StoreError>;

    fn remove(&self, id: &SessionId) -> Result<(), StoreError>;

    /// Ends every session of the account `name` but `except` (the one
    /// asking, after a password change); returns how many ended.
    fn remove_all_of(&self, name: &str, except: Option<&SessionId>) -> Result<usize, StoreError>;

    /// Shows a new introduction in every session of the account `name`.
    fn set_introduction(&self, name: &str, introduction: &str) -> Result<(), StoreError>;

    /// Sessions stored now, live or not yet swept (0 when unknown).
    fn count(&self) -> usize;
}

/// Bytes from the OS CSPRNG.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).expect("the OS random source is available");
    bytes
}

/// 64 lowercase hex digits: what `hex` makes of 256 bits.
fn is_hex_256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
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

/// The 32 bytes behind 64 lowercase hex digits; `None` for anything else.
fn unhex_256(text: &str) -> Option<[u8; 32]> {
    if !is_hex_256(text) {
        return None;
    }
    let digit = |b: u8| if b.is_ascii_digit() { b - b'0' } else { b - b'a' + 10 };
    let mut bytes = [0u8; 32];
    for (byte, pair) in bytes.iter_mut().zip(text.as_bytes().chunks_exact(2)) {
        *byte = digit(pair[0]) << 4 | digit(pair[1]);
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_anything_else() {
        let bytes: [u8; 32] = random_bytes();
        assert_eq!(unhex_256(&hex(&bytes)), Some(bytes));
        for bad in [
            "",
            "00",
            &"A".repeat(64),
            &"g".repeat(64),
            &"0".repeat(63),
            &"0".repeat(65),
        ] {
            assert_eq!(unhex_256(bad), None, "{bad:?}");
        }
    }
}
