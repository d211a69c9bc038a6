//! Where accounts live: a small trait, so the embedded SQLite default and a
//! MySQL server can stand behind the same pages.
//!
//! The store speaks only its own plain row types (`Account`, `SessionRow`):
//! sessions are built on top of it (`crate::session`), never the other way.

mod mysql;
mod sqlite;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::account::{Introduction, Username};
use crate::config::DatabaseUrl;

pub use mysql::MysqlStore;
pub use sqlite::SqliteStore;

/// One row of the seed's `info` table, plus what myapp added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The row's own id: names are not unique in old seed data.
    pub id: i64,
    /// As signed up; accounts are found by its key (`account::name_key`).
    pub name: String,
    /// argon2id PHC string, or the seed's MD5 hex until its owner logs in.
    pub password_hash: String,
    pub introduction: String,
    /// Seconds since the Unix epoch; 0 for rows from the seed, which kept none.
    pub created_at: i64,
}

/// A row of the `sessions` table (`--session-store database`).
#[derive(Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// `None` only in rows an older myapp wrote for visitors who had opened
    /// a form without logging in.
    pub user_name: Option<String>,
    pub csrf_token: String,
    /// The account's introduction and creation time (Unix seconds), copied at
    /// login for the profile page; `None` in rows written before they were.
    pub introduction: Option<String>,
    pub created_at: Option<i64>,
    /// Wall-clock milliseconds since the Unix epoch.
    pub last_seen_ms: i64,
}

impl std::fmt::Debug for SessionRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The CSRF token is a secret: never in a log.
        f.debug_struct("SessionRow")
            .field("user_name", &self.user_name)
            .field("last_seen_ms", &self.last_seen_ms)
            .finish_non_exhaustive()
    }
}

/// The most accounts one name can stand for: old seed data may hold a few
/// rows whose names differ only in case, and a login tries each one's hash.
pub const MAX_ACCOUNTS_PER_NAME: usize = 8;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the name is already taken")]
    NameTaken,
    /// The database could not be reached, refused the connection, or is
    /// shutting down: an outage, answered 503 and shown by `/readyz`.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// The database refused one statement: a bug or a schema changed behind
    /// myapp's back, not an outage. `detail` never holds the statement's
    /// parameters.
    #[error("the database refused the statement {statement}: {detail}")]
    Statement { statement: &'static str, detail: String },
}

pub trait Store: Send + Sync {
    /// Creates an account; `NameTaken` if the name exists (decided by the
    /// database's unique key, so concurrent sign-ups of one name make one account).
    fn create_account(
        &self,
        name: &Username,
        password_hash: &str,
        introduction: &Introduction,
    ) -> Result<(), StoreError>;

    /// The accounts whose names share `name`'s key (`account::name_key`),
    /// oldest first: one, or in old seed data up to `MAX_ACCOUNTS_PER_NAME`.
    fn find_accounts(&self, name: &str) -> Result<Vec<Account>, StoreError>;

    /// Replaces one row's stored hash, e.g. a seed MD5 value after a successful login.
    fn set_password_hash(&self, id: i64, password_hash: &str) -> Result<(), StoreError>;

    /// Replaces one row's introduction (account settings).
    fn set_introduction(&self, id: i64, introduction: &Introduction) -> Result<(), StoreError>;

    /// Deletes one row (account settings); its name may be signed up again.
    /// Its sessions are the session store's to end.
    fn delete_account(&self, id: i64) -> Result<(), StoreError>;

    /// Answers whether the database is reachable (for `/readyz`).
    fn ping(&self) -> Result<(), StoreError>;

    fn load_session(&self, id: &str) -> Result<Option<SessionRow>, StoreError>;
    fn save_session(&self, id: &str, row: &SessionRow) -> Result<(), StoreError>;
    fn touch_session(&self, id: &str, now_ms: i64) -> Result<(), StoreError>;
    fn delete_session(&self, id: &str) -> Result<(), StoreError>;
    /// Deletes every session of the account `user_name` but the one called
    /// `except`; returns how many.
    fn delete_sessions_of(&self, user_name: &str, except: Option<&str>) -> Result<usize, StoreError>;
    /// Writes a new introduction into every session of the account `user_name`.
    fn set_sessions_introduction(&self, user_name: &str, introduction: &str) -> Result<(), StoreError>;
    /// Deletes sessions last seen before the given time; returns how many.
    fn sweep_sessions(&self, seen_before_ms: i64) -> Result<usize, StoreError>;
    fn count_sessions(&self) -> Result<usize, StoreError>;

    /// Keeps `candidate` as the secret called `name` unless one is kept
    /// already, and returns the one kept. Replicas that start together all
    /// get the first one written: the database's key on `name` decides.
    fn keep_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError>;

    /// Counts one failed login under `id` in a window that starts at its
    /// first count and lasts `window_ms`; returns the count so far and when
    /// the window started. Replicas sharing the database share the count.
    fn count_login_failure(&self, id: &str, now_ms: i64, window_ms: i64) -> Result<(u32, i64), StoreError>;
    /// Forgets the failures counted under `id` (the password proved right).
    fn clear_login_failures(&self, id: &str) -> Result<(), StoreError>;
    /// Deletes counts whose window started before the given time.
    fn sweep_login_failures(&self, started_before_ms: i64) -> Result<usize, StoreError>;
}

/// Opens the store a database URL names, creating its schema when missing.
/// A MySQL server need not be up yet: that store connects when first used.
pub fn open(
    url: &DatabaseUrl,
    mysql_password: Option<&str>,
    max_connections: usize,
) -> Result<Arc<dyn Store>, StoreError> {
    match url {
        DatabaseUrl::Sqlite(path) => {
            // Relative paths depend on the working directory: say which file.
            let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            log::info!("accounts are kept in the SQLite file {}", shown.display());
            Ok(Arc::new(SqliteStore::open(path)?))
        }
        DatabaseUrl::Mysql(url) => Ok(Arc::new(MysqlStore::new(url, mysql_password, max_connections)?)),
    }
}

/// Wall-clock milliseconds since the Unix epoch: the time rows shared by
/// replicas carry.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Lets one caller through per period, whichever comes first: ended rows
/// are swept now and then by a request, not by every request or a thread.
pub struct NowAndThen {
    every_ms: i64,
    last_ms: AtomicI64,
}

impl NowAndThen {
    pub fn new(every: Duration) -> NowAndThen {
        NowAndThen {
            every_ms: every.as_millis() as i64,
            last_ms: AtomicI64::new(0),
        }
    }

    /// True for one caller once `every` has passed since the last one.
    pub fn due(&self, now_ms: i64) -> bool {
        let last = self.last_ms.load(Ordering::Relaxed);
        now_ms - last >= self.every_ms
            && self
                .last_ms
                .compare_exchange(last, now_ms, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
    }
}
