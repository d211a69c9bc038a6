//! The embedded default: accounts in one SQLite file, so `make run` needs no
//! database server.
//!
//! One connection behind a mutex: SQLite serialises writers anyway, and every
//! statement here is a single indexed row, far cheaper than the argon2 work
//! that surrounds it (which runs outside the lock).

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{params, Connection, ErrorCode, OptionalExtension, TransactionBehavior};

use super::{Account, SessionRow, Store, StoreError, MAX_ACCOUNTS_PER_NAME};
use crate::account::{name_key, Introduction, Username};

/// The seed's table `info(name, password, introduction)`, plus an id, the
/// creation time and the name's key (`account::name_key`), which is the
/// uniqueness rule: a unique index on it is added by `migrate`.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS info (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL UNIQUE,
    password     TEXT    NOT NULL,
    introduction TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER)),
    name_key     TEXT
);
CREATE TABLE IF NOT EXISTS login_failures (
    id         TEXT    PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    failures   INTEGER NOT NULL
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
CREATE INDEX IF NOT EXISTS sessions_user_name ON sessions (user_name);
CREATE TABLE IF NOT EXISTS secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);";

/// Columns added to `sessions` after its first release: the profile's
/// fields, kept in the session so a profile view reads one row.
const SESSION_COLUMNS_ADDED: [(&str, &str); 2] = [("introduction", "TEXT"), ("created_at", "INTEGER")];

pub struct SqliteStore {
    conn: Mutex<Connection>,
    /// False when old data holds names that share a key (a database an
    /// older myapp filled, which told `Bob` from `bob`): sign-ups then check
    /// and insert in one transaction instead.
    unique_names: AtomicBool,
}

impl SqliteStore {
    /// Opens (or creates) the file; an error names it, so "file is not a
    /// database" says which file.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        SqliteStore::open_unnamed(path).map_err(|e| match e {
            StoreError::Unavailable(detail) => {
                let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
                StoreError::Unavailable(format!("SQLite file {}: {detail}", shown.display()))
            }
            other => other,
        })
    }

    fn open_unnamed(path: &Path) -> Result<SqliteStore, StoreError> {
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
        let unique_names = migrate(&mut conn)?;
        Ok(SqliteStore {
            conn: Mutex::new(conn),
            unique_names: AtomicBool::new(unique_names),
        })
    }

    fn execute(&self, statement: &'static str, sql: &str, params: impl rusqlite::Params) -> Result<usize, StoreError> {
        self.conn().execute(sql, params).map_err(|e| classify(statement, e))
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-written
        // (each statement is atomic), so a poisoned lock is still usable.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Creates the tables when missing, adds the columns a database made by an
/// older myapp lacks, and keys its names. One write transaction, so
/// replicas opening the same file together do not both add a column.
/// Returns whether names are unique by key.
fn migrate(conn: &mut Connection) -> Result<bool, StoreError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(unavailable)?;
    tx.execute_batch(SCHEMA).map_err(unavailable)?;
    add_missing_columns(&tx, "sessions", &SESSION_COLUMNS_ADDED)?;
    add_missing_columns(&tx, "info", &[("name_key", "TEXT")])?;
    fill_name_keys(&tx)?;
    let unique = ensure_unique_keys(&tx)?;
    tx.commit().map_err(unavailable)?;
    Ok(unique)
}

fn add_missing_columns(tx: &Connection, table: &str, columns: &[(&str, &str)]) -> Result<(), StoreError> {
    let existing: Vec<String> = tx
        .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .map_err(unavailable)?;
    for (column, kind) in columns {
        if !existing.iter().any(|c| c.eq_ignore_ascii_case(column)) {
            tx.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {kind}"))
                .map_err(unavailable)?;
            log::info!("added the column {table}.{column}");
        }
    }
    Ok(())
}

/// Computes the key of every name that has none yet (rows an older myapp wrote).
fn fill_name_keys(tx: &Connection) -> Result<(), StoreError> {
    let rows: Vec<(i64, String)> = tx
        .prepare("SELECT id, name FROM info WHERE name_key IS NULL")
        .and_then(|mut statement| statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect())
        .map_err(unavailable)?;
    for (id, name) in &rows {
        tx.execute(
            "UPDATE info SET name_key = ?1 WHERE id = ?2",
            params![name_key(name), id],
        )
        .map_err(unavailable)?;
    }
    if !rows.is_empty() {
        log::info!("filled in the name key of {} accounts", rows.len());
    }
    Ok(())
}

/// Adds the unique index on `info.name_key` unless old names share a key,
/// which are reported by name and kept (each logs in with its own password).
fn ensure_unique_keys(tx: &Connection) -> Result<bool, StoreError> {
    let unique: Option<bool> = tx
        .query_row(
            "SELECT \"unique\" FROM pragma_index_list('info') WHERE name = 'info_name_key'",
            [],
            |row| row.get(0),
        )
        .optional()
        .map_err(unavailable)?;
    if unique == Some(true) {
        return Ok(true);
    }
    let shared: Vec<String> = tx
        .prepare(
            "SELECT group_concat(quote(name), ', ') FROM info GROUP BY name_key HAVING COUNT(*) > 1
             ORDER BY name_key LIMIT 20",
        )
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .map_err(unavailable)?;
    if !shared.is_empty() {
        let list: Vec<String> = shared.iter().map(|names| format!("[{names}]")).collect();
        log::warn!(
            "info holds names that are one name to myapp (they differ only in case or form), so no unique index \
             was added: {}. Each logs in with its own password; rename or remove the extra rows, then restart \
             myapp to add the index",
            list.join(", ")
        );
        tx.execute_batch("CREATE INDEX IF NOT EXISTS info_name_key ON info (name_key)")
            .map_err(unavailable)?;
        return Ok(false);
    }
    tx.execute_batch("DROP INDEX IF EXISTS info_name_key; CREATE UNIQUE INDEX info_name_key ON info (name_key)")
        .map_err(unavailable)?;
    Ok(true)
}

fn unavailable(e: rusqlite::Error) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

/// An outage (the file cannot be read or written, is locked, or is no
/// database), or a statement refused. SQLite's messages name no parameters.
fn classify(statement: &'static str, e: rusqlite::Error) -> StoreError {
    let outage = match &e {
        rusqlite::Error::SqliteFailure(failure, _) => matches!(
            failure.code,
            ErrorCode::DatabaseBusy
                | ErrorCode::DatabaseLocked
                | ErrorCode::SystemIoFailure
                | ErrorCode::CannotOpen
                | ErrorCode::DiskFull
                | ErrorCode::NotADatabase
                | ErrorCode::DatabaseCorrupt
                | ErrorCode::ReadOnly
                | ErrorCode::PermissionDenied
                | ErrorCode::OutOfMemory
                | ErrorCode::FileLockingProtocolFailed
        ),
        _ => false,
    };
    if outage {
        unavailable(e)
    } else {
        StoreError::Statement {
            statement,
            detail: e.to_string(),
        }
    }
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

fn account(row: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: row.get(0)?,
        name: row.get(1)?,
        password_hash: row.get(2)?,
        introduction: row.get(3)?,
        created_at: row.get(4)?,
    })
}

impl Store for SqliteStore {
    fn create_account(
        &self,
        name: &Username,
        password_hash: &str,
        introduction: &Introduction,
    ) -> Result<(), StoreError> {
        let key = name.key();
        let insert = "INSERT INTO info (name, name_key, password, introduction) VALUES (?1, ?2, ?3, ?4)";
        let row = params![name.as_str(), key, password_hash, introduction.as_str()];
        let mut conn = self.conn();
        let result = if self.unique_names.load(Ordering::Relaxed) {
            conn.execute(insert, row).map(|_| true)
        } else {
            // No unique index (names in old data share a key): check and
            // insert in one write transaction.
            conn.transaction_with_behavior(TransactionBehavior::Immediate)
                .and_then(|tx| {
                    let taken = tx
                        .query_row("SELECT 1 FROM info WHERE name_key = ?1", params![key], |_| Ok(()))
                        .optional()?
                        .is_some();
                    if !taken {
                        tx.execute(insert, row)?;
                    }
                    tx.commit()?;
                    Ok(!taken)
                })
        };
        match result {
            Ok(true) => Ok(()),
            Ok(false) => Err(StoreError::NameTaken),
            Err(e) if is_unique_violation(&e) => Err(StoreError::NameTaken),
            Err(e) => Err(classify("create_account", e)),
        }
    }

    fn find_accounts(&self, name: &str) -> Result<Vec<Account>, StoreError> {
        let sql = format!(
            "SELECT id, name, password, introduction, created_at FROM info
             WHERE name_key = ?1 OR (name_key IS NULL AND name = ?2) ORDER BY id LIMIT {MAX_ACCOUNTS_PER_NAME}"
        );
        self.conn()
            .prepare_cached(&sql)
            .and_then(|mut statement| statement.query_map(params![name_key(name), name], account)?.collect())
            .map_err(|e| classify("find_accounts", e))
    }

    fn set_password_hash(&self, id: i64, password_hash: &str) -> Result<(), StoreError> {
        self.execute(
            "set_password_hash",
            "UPDATE info SET password = ?1 WHERE id = ?2",
            params![password_hash, id],
        )
        .map(drop)
    }

    fn set_introduction(&self, id: i64, introduction: &Introduction) -> Result<(), StoreError> {
        self.execute(
            "set_introduction",
            "UPDATE info SET introduction = ?1 WHERE id = ?2",
            params![introduction.as_str(), id],
        )
        .map(drop)
    }

    fn delete_account(&self, id: i64) -> Result<(), StoreError> {
        self.execute("delete_account", "DELETE FROM info WHERE id = ?1", params![id])
            .map(drop)
    }

    fn ping(&self) -> Result<(), StoreError> {
        self.conn()
            .query_row("SELECT 1", [], |_| Ok(()))
            .map_err(|e| classify("ping", e))
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
            .map_err(|e| classify("load_session", e))
    }

    fn save_session(&self, id: &str, row: &SessionRow) -> Result<(), StoreError> {
        self.execute(
            "save_session",
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
            "touch_session",
            "UPDATE sessions SET last_seen_ms = ?1 WHERE id = ?2",
            params![now_ms, id],
        )
        .map(drop)
    }

    fn delete_session(&self, id: &str) -> Result<(), StoreError> {
        self.execute("delete_session", "DELETE FROM sessions WHERE id = ?1", params![id])
            .map(drop)
    }

    fn delete_sessions_of(&self, user_name: &str, except: Option<&str>) -> Result<usize, StoreError> {
        // No session id is empty: "" keeps none.
        self.execute(
            "delete_sessions_of",
            "DELETE FROM sessions WHERE user_name = ?1 AND id <> ?2",
            params![user_name, except.unwrap_or_default()],
        )
    }

    fn set_sessions_introduction(&self, user_name: &str, introduction: &str) -> Result<(), StoreError> {
        self.execute(
            "set_sessions_introduction",
            "UPDATE sessions SET introduction = ?1 WHERE user_name = ?2",
            params![introduction, user_name],
        )
        .map(drop)
    }

    fn sweep_sessions(&self, seen_before_ms: i64) -> Result<usize, StoreError> {
        self.execute(
            "sweep_sessions",
            "DELETE FROM sessions WHERE last_seen_ms < ?1",
            params![seen_before_ms],
        )
    }

    fn count_sessions(&self) -> Result<usize, StoreError> {
        self.conn()
            .query_row("SELECT COUNT(*) FROM sessions", [], |row| row.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| classify("count_sessions", e))
    }

    fn keep_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError> {
        let conn = self.conn();
        conn.execute(
            "INSERT OR IGNORE INTO secrets (name, value) VALUES (?1, ?2)",
            params![name, candidate],
        )
        .map_err(|e| classify("keep_secret", e))?;
        conn.query_row("SELECT value FROM secrets WHERE name = ?1", params![name], |row| {
            row.get(0)
        })
        .map_err(|e| classify("keep_secret", e))
    }

    fn count_login_failure(&self, id: &str, now_ms: i64, window_ms: i64) -> Result<(u32, i64), StoreError> {
        self.conn()
            .query_row(
                "INSERT INTO login_failures (id, started_ms, failures) VALUES (?1, ?2, 1)
                 ON CONFLICT (id) DO UPDATE SET
                   failures = CASE WHEN started_ms <= ?3 THEN 1 ELSE failures + 1 END,
                   started_ms = CASE WHEN started_ms <= ?3 THEN excluded.started_ms ELSE started_ms END
                 RETURNING failures, started_ms",
                params![id, now_ms, now_ms - window_ms],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(|e| classify("count_login_failure", e))
    }

    fn clear_login_failures(&self, id: &str) -> Result<(), StoreError> {
        self.execute(
            "clear_login_failures",
            "DELETE FROM login_failures WHERE id = ?1",
            params![id],
        )
        .map(drop)
    }

    fn sweep_login_failures(&self, started_before_ms: i64) -> Result<usize, StoreError> {
        self.execute(
            "sweep_login_failures",
            "DELETE FROM login_failures WHERE started_ms < ?1",
            params![started_before_ms],
        )
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
