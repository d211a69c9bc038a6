//! Where accounts live: a small trait, so the embedded SQLite default and a
//! MySQL server can stand behind the same pages.

mod sqlite;

use std::sync::Arc;

use crate::account::{Introduction, Username};
use crate::config::DatabaseUrl;

pub use sqlite::SqliteStore;

/// One row of the seed's `info` table, plus what myapp added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    /// argon2id PHC string, or the seed's MD5 hex until its owner logs in.
    pub password_hash: String,
    pub introduction: String,
    /// Seconds since the Unix epoch.
    pub created_at: i64,
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
}

/// Opens the store a database URL names, creating its schema when missing.
pub fn open(url: &DatabaseUrl) -> Result<Arc<dyn Store>, StoreError> {
    match url {
        DatabaseUrl::Sqlite(path) => Ok(Arc::new(SqliteStore::open(path)?)),
    }
}
