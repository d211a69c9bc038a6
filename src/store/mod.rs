//! Where accounts live: a small trait, so the embedded SQLite default and a
//! MySQL server can stand behind the same pages.

mod mysql;
mod sqlite;

use std::sync::Arc;

use crate::account::{Introduction, Username};
use crate::config::DatabaseUrl;
use crate::session::Session;

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

/// A session row of `--session-store database`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSession {
    pub session: Session,
    /// Wall-clock milliseconds since the Unix epoch.
    pub last_seen_ms: i64,
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

    fn load_session(&self, id: &str) -> Result<Option<StoredSession>, StoreError>;
    fn save_session(&self, id: &str, session: &Session, now_ms: i64) -> Result<(), StoreError>;
    fn touch_session(&self, id: &str, now_ms: i64) -> Result<(), StoreError>;
    fn delete_session(&self, id: &str) -> Result<(), StoreError>;
    /// Deletes sessions last seen before the given time; returns how many.
    fn sweep_sessions(&self, seen_before_ms: i64) -> Result<usize, StoreError>;
    fn count_sessions(&self) -> Result<usize, StoreError>;
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
