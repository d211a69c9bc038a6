//! CSRF tokens for visitors who are not logged in, with nothing stored on the
//! server: the visitor's browser holds 256 random bits in a cookie
//! (`CsrfCookie`), and a form carries HMAC-SHA256(key, form ‖ cookie). Only
//! a page the server rendered for that cookie holds a token that fits it; a
//! token is worth nothing with another visitor's cookie, or on another form
//! (a login token does not sign anyone up).
//!
//! The key is derived from `MYAPP_SECRET` when it is set; else, with sessions
//! in the database, one is generated once and kept there, so every replica
//! accepts every other's forms; else a random key lives as long as this
//! process. The database's key is read at its first use, not at start: a
//! MySQL server may be down then, and myapp starts without it as before.

use std::sync::{Arc, OnceLock};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{hex, is_hex_256, random_bytes, unhex_256};
use crate::store::{Store, StoreError};

type HmacSha256 = Hmac<Sha256>;

/// What the key is called in the database's `secrets` table.
const STORED_KEY_NAME: &str = "csrf-key";

/// Sets these tokens apart from any other use of the same key or secret.
const TOKEN_CONTEXT: &[u8] = b"myapp csrf token v1\0";
const KEY_CONTEXT: &[u8] = b"myapp csrf key v1";

/// The value of a visitor's CSRF cookie: 256 random bits, hex. Never logged.
#[derive(Clone, PartialEq, Eq)]
pub struct CsrfCookie(String);

impl CsrfCookie {
    /// A fresh value from the OS CSPRNG.
    // No `Default`: a default that is random each time would surprise.
    #[allow(clippy::new_without_default)]
    pub fn new() -> CsrfCookie {
        CsrfCookie(hex(&random_bytes::<32>()))
    }

    /// Accepts only what `new` could have made.
    pub fn parse(text: &str) -> Option<CsrfCookie> {
        is_hex_256(text).then(|| CsrfCookie(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for CsrfCookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfCookie(..)")
    }
}

/// The form a token is for: a token fits only the form it was shown on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormPurpose {
    Login,
    Signup,
}

impl FormPurpose {
    /// Distinct, and none a prefix of another, so no two messages collide.
    fn label(self) -> &'static [u8] {
        match self {
            FormPurpose::Login => b"login\0",
            FormPurpose::Signup => b"signup\0",
        }
    }
}

/// 256 bits that sign the tokens, as an HMAC already keyed with them: a
/// clone per token saves hashing the key's two padded blocks every time
/// (SHA-256 was the top symbol of a login-page profile).
struct Key(HmacSha256);

impl Key {
    fn new(bytes: &[u8; 32]) -> Key {
        Key(HmacSha256::new_from_slice(bytes).expect("HMAC takes a key of any length"))
    }
}

/// Where the key comes from, and once known, the key.
pub struct CsrfKey {
    /// Set at start for a key from `MYAPP_SECRET` or a random one; at first
    /// use for one kept in the database.
    key: OnceLock<Key>,
    store: Option<Arc<dyn Store>>,
}

impl CsrfKey {
    /// A key derived from `MYAPP_SECRET`: every process given the same
    /// secret accepts the same tokens.
    pub fn from_secret(secret: &[u8]) -> CsrfKey {
        let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes a key of any length");
        mac.update(KEY_CONTEXT);
        CsrfKey::fixed(mac.finalize().into_bytes().into())
    }

    /// A random key for this process alone.
    pub fn random() -> CsrfKey {
        CsrfKey::fixed(random_bytes())
    }

    /// The key kept in the store's `secrets` table, read (or made there)
    /// the first time a token is made or checked.
    pub fn stored_in(store: Arc<dyn Store>) -> CsrfKey {
        CsrfKey {
            key: OnceLock::new(),
            store: Some(store),
        }
    }

    fn fixed(bytes: [u8; 32]) -> CsrfKey {
        CsrfKey {
            key: OnceLock::from(Key::new(&bytes)),
            store: None,
        }
    }

    /// The token for a visitor's cookie on a form.
    pub fn token(&self, cookie: &CsrfCookie, purpose: FormPurpose) -> Result<String, StoreError> {
        Ok(hex(&self.mac(cookie, purpose)?.finalize().into_bytes()))
    }

    /// Whether a posted token was made for this cookie and form (compared
    /// in constant time).
    pub fn verify(&self, cookie: &CsrfCookie, purpose: FormPurpose, token: &str) -> Result<bool, StoreError> {
        let Some(posted) = unhex_256(token) else {
            return Ok(false);
        };
        Ok(self.mac(cookie, purpose)?.verify_slice(&posted).is_ok())
    }

    fn mac(&self, cookie: &CsrfCookie, purpose: FormPurpose) -> Result<HmacSha256, StoreError> {
        let key = self.key()?;
        let mut mac = key.0.clone();
        mac.update(TOKEN_CONTEXT);
        mac.update(purpose.label());
        mac.update(cookie.as_str().as_bytes());
        Ok(mac)
    }

    fn key(&self) -> Result<&Key, StoreError> {
        if let Some(key) = self.key.get() {
            return Ok(key);
        }
        let store = self.store.as_ref().expect("a key without a store is set when made");
        // Threads arriving together may each ask; the database keeps one
        // value, and every thread gets that one back.
        let kept = store.keep_secret(STORED_KEY_NAME, &hex(&random_bytes::<32>()))?;
        let bytes = unhex_256(&kept).ok_or_else(|| {
            StoreError::Unavailable(format!(
                "the stored {STORED_KEY_NAME} is not 64 hex digits; delete that row of the secrets table to make a new one"
            ))
        })?;
        Ok(self.key.get_or_init(|| Key::new(&bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SqliteStore;

    #[test]
    fn a_token_fits_only_its_own_cookie_and_form() {
        let key = CsrfKey::random();
        let (mine, theirs) = (CsrfCookie::new(), CsrfCookie::new());
        let token = key.token(&mine, FormPurpose::Login).unwrap();
        assert!(key.verify(&mine, FormPurpose::Login, &token).unwrap());
        assert!(!key.verify(&theirs, FormPurpose::Login, &token).unwrap());
        assert!(!key.verify(&mine, FormPurpose::Signup, &token).unwrap());
        let forged = ["", "x", &token[1..], &token.to_uppercase(), &"0".repeat(64)];
        for bad in forged {
            assert!(!key.verify(&mine, FormPurpose::Login, bad).unwrap(), "{bad:?}");
        }
        assert_eq!(
            key.token(&mine, FormPurpose::Login).unwrap(),
            token,
            "the same cookie gets the same token"
        );
    }

    #[test]
    fn keys_from_one_secret_agree_and_random_keys_do_not() {
        let cookie = CsrfCookie::new();
        let secret = b"0123456789abcdef0123456789abcdef";
        let a = CsrfKey::from_secret(secret).token(&cookie, FormPurpose::Login).unwrap();
        let b = CsrfKey::from_secret(secret).token(&cookie, FormPurpose::Login).unwrap();
        assert_eq!(a, b);
        let other = CsrfKey::from_secret(b"another secret of thirty-two b..").token(&cookie, FormPurpose::Login);
        assert_ne!(a, other.unwrap());
        let random = CsrfKey::random().token(&cookie, FormPurpose::Login).unwrap();
        assert_ne!(a, random);
    }

    #[test]
    fn keys_kept_in_one_database_agree() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.db");
        let replicas: Vec<CsrfKey> = (0..4)
            .map(|_| CsrfKey::stored_in(Arc::new(SqliteStore::open(&path).unwrap())))
            .collect();
        let cookie = CsrfCookie::new();
        let tokens: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = replicas
                .iter()
                .map(|key| s.spawn(|| key.token(&cookie, FormPurpose::Signup).unwrap()))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(tokens.windows(2).all(|w| w[0] == w[1]), "{tokens:?}");
        let later = CsrfKey::stored_in(Arc::new(SqliteStore::open(&path).unwrap()));
        assert!(later.verify(&cookie, FormPurpose::Signup, &tokens[0]).unwrap());
    }

    #[test]
    fn cookies_parse_back_and_refuse_junk() {
        let cookie = CsrfCookie::new();
        assert_eq!(CsrfCookie::parse(cookie.as_str()), Some(cookie.clone()));
        assert_ne!(cookie, CsrfCookie::new());
        assert_eq!(CsrfCookie::parse("short"), None);
        assert!(!format!("{cookie:?}").contains(cookie.as_str()));
    }
}
