//! The embedded default: accounts in one SQLite file, so `make run` needs no
//! database server.
//!
//! One connection behind a mutex: SQLite serialises writers anyway, and every
//! statement here is a single indexed row, far cheaper than the argon2 work
//! that surrounds it (which runs outside the lock).

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{params, Connection, ErrorCode, OptionalExtension};

use super::{Account, Store, StoreError, StoredSession};
use crate::account::{Introduction, Username};
use crate::session::Session;

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
    last_seen_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_last_seen ON sessions (last_seen_ms);";

pub struct SqliteStore {
    conn: Mutex<Connection>,
}

impl SqliteStore {
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
        }
        let conn = Connection::open(path).map_err(unavailable)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(unavailable)?;
        // WAL with synchronous=FULL: a sign-up that was answered with success
        // is on disk, even after a power cut.
        conn.pragma_update(None, "journal_mode", "WAL").map_err(unavailable)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(unavailable)?;
        conn.execute_batch(SCHEMA).map_err(unavailable)?;
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

    fn load_session(&self, id: &str) -> Result<Option<StoredSession>, StoreError> {
        self.conn()
            .query_row(
                "SELECT user_name, csrf_token, last_seen_ms FROM sessions WHERE id = ?1",
                params![id],
                |row| {
                    Ok(StoredSession {
                        session: Session {
                            user: row.get(0)?,
                            csrf_token: row.get(1)?,
                        },
                        last_seen_ms: row.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(unavailable)
    }

    fn save_session(&self, id: &str, session: &Session, now_ms: i64) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO sessions (id, user_name, csrf_token, last_seen_ms) VALUES (?1, ?2, ?3, ?4)",
            params![id, session.user, session.csrf_token, now_ms],
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
}
