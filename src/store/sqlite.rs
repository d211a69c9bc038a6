//! The embedded default: accounts in one SQLite file, so `make run` needs no
//! database server.
//!
//! One connection behind a mutex: SQLite serialises writers anyway, and every
//! statement here is a single indexed row, far cheaper than the argon2 work
//! that surrounds it (which runs outside the lock).

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{params, Connection, ErrorCode, OptionalExtension, TransactionBehavior};

use super::{Account, SessionRow, Store, StoreError};
use crate::account::{Introduction, Username};

/// The seed's table `info(name, password, introduction)`, plus an id and
/// the creation time. The name is UNIQUE in the database itself.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS info (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL UNIQUE,
    password     TEXT    NOT NULL,
    introduction TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER))
);
CREATE TABLE IF NOT EXISTS sessions (
    id           TEXT    PRIMARY KEY,
    user_name    TEXT,
    csrf_token   TEXT    NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    introduction TEXT,
    created_at   INTEGER
);
CREATE INDEX IF NOT EXISTS sessions_last_seen ON sessions (last_seen_ms);
CREATE TABLE IF NOT EXISTS secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);";

/// Columns added to `sessions` after its first release: the profile's
/// fields, kept in the session so a profile view reads one row.
const SESSION_COLUMNS_ADDED: [(&str, &str); 2] = [("introduction", "TEXT"), ("created_at", "INTEGER")];

pub struct SqliteStore {
    conn: Mutex<Connection>,
}

impl SqliteStore {
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
        }
        let mut conn = Connection::open(path).map_err(unavailable)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(unavailable)?;
        // WAL with synchronous=FULL: a sign-up that was answered with success
        // is on disk, even after a power cut.
        conn.pragma_update(None, "journal_mode", "WAL").map_err(unavailable)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(unavailable)?;
        migrate(&mut conn)?;
        Ok(SqliteStore { conn: Mutex::new(conn) })
    }

    fn execute(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize, StoreError> {
        self.conn().execute(sql, params).map_err(unavailable)
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-written
        // (each statement is atomic), so a poisoned lock is still usable.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Creates the tables when missing and adds the columns a database made by
/// an older myapp lacks. One write transaction, so replicas opening the same
/// file together do not both add a column.
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(unavailable)?;
    tx.execute_batch(SCHEMA).map_err(unavailable)?;
    let existing: Vec<String> = tx
        .prepare("SELECT name FROM pragma_table_info('sessions')")
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .map_err(unavailable)?;
    for (column, kind) in SESSION_COLUMNS_ADDED {
        if !existing.iter().any(|c| c.eq_ignore_ascii_case(column)) {
            tx.execute_batch(&format!("ALTER TABLE sessions ADD COLUMN {column} {kind}"))
                .map_err(unavailable)?;
            log::info!("added the column sessions.{column}");
        }
    }
    tx.commit().map_err(unavailable)
}

fn unavailable(e: rusqlite::Error) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

impl Store for SqliteStore {
    fn create_account(
        &self,
        name: &Username,
        password_hash: &str,
        introduction: &Introduction,
    ) -> Result<(), StoreError> {
        let result = self.conn().execute(
            "INSERT INTO info (name, password, introduction) VALUES (?1, ?2, ?3)",
            params![name.as_str(), password_hash, introduction.as_str()],
        );
        match result {
            Ok(_) => Ok(()),
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::ConstraintViolation => {
                Err(StoreError::NameTaken)
            }
            Err(e) => Err(unavailable(e)),
        }
    }

    fn find_account(&self, name: &str) -> Result<Option<Account>, StoreError> {
        self.conn()
            .query_row(
                "SELECT name, password, introduction, created_at FROM info WHERE name = ?1",
                params![name],
                |row| {
                    Ok(Account {
                        name: row.get(0)?,
                        password_hash: row.get(1)?,
                        introduction: row.get(2)?,
                        created_at: row.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(unavailable)
    }

    fn set_password_hash(&self, name: &str, password_hash: &str) -> Result<(), StoreError> {
        self.execute(
            "UPDATE info SET password = ?1 WHERE name = ?2",
            params![password_hash, name],
        )
        .map(drop)
    }

    fn ping(&self) -> Result<(), StoreError> {
        self.conn().query_row("SELECT 1", [], |_| Ok(())).map_err(unavailable)
    }

    fn load_session(&self, id: &str) -> Result<Option<SessionRow>, StoreError> {
        self.conn()
            .query_row(
                "SELECT user_name, csrf_token, introduction, created_at, last_seen_ms FROM sessions WHERE id = ?1",
                params![id],
                |row| {
                    Ok(SessionRow {
                        user_name: row.get(0)?,
                        csrf_token: row.get(1)?,
                        introduction: row.get(2)?,
                        created_at: row.get(3)?,
                        last_seen_ms: row.get(4)?,
                    })
                },
            )
            .optional()
            .map_err(unavailable)
    }

    fn save_session(&self, id: &str, row: &SessionRow) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO sessions (id, user_name, csrf_token, introduction, created_at, last_seen_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                row.user_name,
                row.csrf_token,
                row.introduction,
                row.created_at,
                row.last_seen_ms
            ],
        )
        .map(drop)
    }

    fn touch_session(&self, id: &str, now_ms: i64) -> Result<(), StoreError> {
        self.execute(
            "UPDATE sessions SET last_seen_ms = ?1 WHERE id = ?2",
            params![now_ms, id],
        )
        .map(drop)
    }

    fn delete_session(&self, id: &str) -> Result<(), StoreError> {
        self.execute("DELETE FROM sessions WHERE id = ?1", params![id])
            .map(drop)
    }

    fn sweep_sessions(&self, seen_before_ms: i64) -> Result<usize, StoreError> {
        self.execute("DELETE FROM sessions WHERE last_seen_ms < ?1", params![seen_before_ms])
    }

    fn count_sessions(&self) -> Result<usize, StoreError> {
        self.conn()
            .query_row("SELECT COUNT(*) FROM sessions", [], |row| row.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(unavailable)
    }

    fn keep_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError> {
        let conn = self.conn();
        conn.execute(
            "INSERT OR IGNORE INTO secrets (name, value) VALUES (?1, ?2)",
            params![name, candidate],
        )
        .map_err(unavailable)?;
        conn.query_row("SELECT value FROM secrets WHERE name = ?1", params![name], |row| {
            row.get(0)
        })
        .map_err(unavailable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_older_sessions_table_gets_the_profile_columns_and_keeps_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let old = Connection::open(&path).unwrap();
            old.execute_batch(
                "CREATE TABLE sessions (id TEXT PRIMARY KEY, user_name TEXT, csrf_token TEXT NOT NULL,
                                        last_seen_ms INTEGER NOT NULL);
                 INSERT INTO sessions VALUES ('old', 'alice', 'token', 5);",
            )
            .unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        let row = store.load_session("old").unwrap().unwrap();
        assert_eq!(row.user_name.as_deref(), Some("alice"));
        assert_eq!((row.introduction, row.created_at, row.last_seen_ms), (None, None, 5));
        // Opening it again finds the columns in place.
        drop(store);
        SqliteStore::open(&path).unwrap();
    }

    #[test]
    fn the_first_secret_kept_is_the_one_every_caller_gets() {
        let store = SqliteStore::open(Path::new(":memory:")).unwrap();
        assert_eq!(store.keep_secret("k", "first").unwrap(), "first");
        assert_eq!(store.keep_secret("k", "second").unwrap(), "first");
        assert_eq!(store.keep_secret("other", "third").unwrap(), "third");
    }
}
