//! Where accounts live: a small trait, so the embedded SQLite default and a
//! MySQL server can stand behind the same pages.
//!
//! The store speaks only its own plain row types (`Account`, `SessionRow`):
//! sessions are built on top of it (`crate::session`), never the other way.

mod mysql;
mod sqlite;

use std::sync::Arc;

use crate::account::{Introduction, Username};
use crate::config::DatabaseUrl;

pub use mysql::MysqlStore;
pub use sqlite::SqliteStore;

/// One row of the seed's `info` table, plus what myapp added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
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

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the name is already taken")]
    NameTaken,
    #[error("database unavailable: {0}")]
    Unavailable(String),
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

    fn find_account(&self, name: &str) -> Result<Option<Account>, StoreError>;

    /// Replaces a stored hash, e.g. a seed MD5 value after a successful login.
    fn set_password_hash(&self, name: &str, password_hash: &str) -> Result<(), StoreError>;

    /// Answers whether the database is reachable (for `/readyz`).
    fn ping(&self) -> Result<(), StoreError>;

    fn load_session(&self, id: &str) -> Result<Option<SessionRow>, StoreError>;
    fn save_session(&self, id: &str, row: &SessionRow) -> Result<(), StoreError>;
    fn touch_session(&self, id: &str, now_ms: i64) -> Result<(), StoreError>;
    fn delete_session(&self, id: &str) -> Result<(), StoreError>;
    /// Deletes sessions last seen before the given time; returns how many.
    fn sweep_sessions(&self, seen_before_ms: i64) -> Result<usize, StoreError>;
    fn count_sessions(&self) -> Result<usize, StoreError>;

    /// Keeps `candidate` as the secret called `name` unless one is kept
    /// already, and returns the one kept. Replicas that start together all
    /// get the first one written: the database's key on `name` decides.
    fn keep_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError>;
}

/// Opens the store a database URL names, creating its schema when missing.
/// A MySQL server need not be up yet: that store connects when first used.
pub fn open(
    url: &DatabaseUrl,
    mysql_password: Option<&str>,
    max_connections: usize,
) -> Result<Arc<dyn Store>, StoreError> {
    match url {
        DatabaseUrl::Sqlite(path) => Ok(Arc::new(SqliteStore::open(path)?)),
        DatabaseUrl::Mysql(url) => Ok(Arc::new(MysqlStore::new(url, mysql_password, max_connections)?)),
    }
}
