//! Password hashing: argon2id for every new hash, and the seed's MD5 only to
//! let its existing users log in once so their hash can be upgraded.
//!
//! The seed stored `hex(md5(password))`. Such a row is accepted on login and
//! replaced by an argon2id hash in the same request; nothing new is ever MD5.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// What a login attempt's password check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Match,
    /// Right password, but stored in the seed's MD5 form: store a new hash.
    MatchNeedsUpgrade,
    Mismatch,
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

/// Hashes a new password with argon2id and a random salt, as a PHC string.
pub fn hash(password: &str) -> Result<String, HashError> {
    let mut salt_bytes = [0u8; 16];
    getrandom::getrandom(&mut salt_bytes).map_err(|e| HashError(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| HashError(e.to_string()))?;
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// argon2id with the crate's recommended cost (19 MiB, 2 passes). Fuzzing
/// builds (cargo-fuzz sets `--cfg fuzzing`) use the smallest cost instead, so
/// the router's fuzzer spends its time on the pages, not on hashing; verifying
/// reads the cost from the stored hash either way.
fn hasher() -> Argon2<'static> {
    #[cfg(fuzzing)]
    let hasher = Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(8, 1, 1, None).expect("valid argon2 parameters"),
    );
    #[cfg(not(fuzzing))]
    let hasher = Argon2::default();
    hasher
}

/// Checks a password against a stored argon2id PHC string or seed MD5 hex.
pub fn verify(password: &str, stored: &str) -> Verdict {
    if is_seed_md5(stored) {
        let typed = format!("{:x}", md5::compute(password.as_bytes()));
        return if constant_time_eq(typed.as_bytes(), stored.to_ascii_lowercase().as_bytes()) {
            Verdict::MatchNeedsUpgrade
        } else {
            Verdict::Mismatch
        };
    }
    match PasswordHash::new(stored) {
        Ok(parsed) if Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() => Verdict::Match,
        _ => Verdict::Mismatch,
    }
}

/// Spends the same work as checking a real account, so that an unknown name
/// cannot be told from a wrong password by timing.
pub fn verify_against_nobody(password: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("not a real password").unwrap_or_default());
    let _ = verify(password, dummy);
}

fn is_seed_md5(stored: &str) -> bool {
    stored.len() == 32 && stored.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Compares secrets without stopping at the first difference, so timing
/// does not tell how much of a guess was right.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_hashes_are_argon2id_and_verify() {
        let h = hash("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert_eq!(verify("correct horse", &h), Verdict::Match);
        assert_eq!(verify("wrong horse", &h), Verdict::Mismatch);
    }

    #[test]
    fn seed_md5_rows_match_and_ask_for_an_upgrade() {
        let seed = format!("{:x}", md5::compute(b"123456"));
        assert_eq!(verify("123456", &seed), Verdict::MatchNeedsUpgrade);
        assert_eq!(verify("123456", &seed.to_uppercase()), Verdict::MatchNeedsUpgrade);
        assert_eq!(verify("1234567", &seed), Verdict::Mismatch);
    }

    #[test]
    fn garbage_in_the_password_column_never_matches() {
        for stored in ["", "plain", "$argon2id$broken", &"z".repeat(32)] {
            assert_eq!(verify("", stored), Verdict::Mismatch);
            assert_eq!(verify("plain", stored), Verdict::Mismatch);
        }
    }
}
