//! Accounts (and optionally sessions) in MySQL/MariaDB, as the seed kept them.
//!
//! The server need not be up when myapp starts: the store connects on first
//! use, creates or migrates the schema then, and after a failure answers
//! `Unavailable` at once for a short, growing backoff (at most
//! `MAX_BACKOFF`), so a database that comes back is used again within
//! seconds, and one that is down is not hammered by every request.
//!
//! An existing seed table `info(name, password, introduction)` is migrated
//! in place: columns widened (argon2id strings are ~100 characters; the seed's
//! MD5 column is VARCHAR(32)), missing columns added, and a unique key on the
//! name added when the data allows it. Nothing is dropped or rewritten.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use log::{info, warn};
use mysql::prelude::Queryable;
use mysql::{Opts, OptsBuilder, Pool, PoolConstraints, PoolOpts, PooledConn};

use super::{Account, SessionRow, Store, StoreError};
use crate::account::{Introduction, Username};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
const IO_TIMEOUT: Duration = Duration::from_secs(10);
const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// MySQL's "duplicate entry" error.
const ER_DUP_ENTRY: u16 = 1062;

const CREATE_INFO: &str = "CREATE TABLE IF NOT EXISTS info (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(64)  NOT NULL,
    password     VARCHAR(255) NOT NULL,
    introduction TEXT         NOT NULL,
    created_at   BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY info_name_unique (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

const CREATE_SESSIONS: &str = "CREATE TABLE IF NOT EXISTS sessions (
    id           CHAR(64)    NOT NULL PRIMARY KEY,
    user_name    VARCHAR(64) NULL,
    csrf_token   CHAR(64)    NOT NULL,
    last_seen_ms BIGINT      NOT NULL,
    introduction TEXT        NULL,
    created_at   BIGINT      NULL,
    KEY sessions_last_seen (last_seen_ms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

/// Secrets myapp generates once for all replicas (the CSRF key when
/// `MYAPP_SECRET` is not set).
const CREATE_SECRETS: &str = "CREATE TABLE IF NOT EXISTS secrets (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    value VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

/// Columns added to `sessions` after its first release: the profile's
/// fields, kept in the session so a profile view reads one row.
const SESSION_COLUMNS_ADDED: [(&str, &str); 2] = [("introduction", "TEXT NULL"), ("created_at", "BIGINT NULL")];

/// Whether the database answered lately, and when to try again if not.
struct Health {
    /// Set once the schema is known to be in place.
    schema_ready: bool,
    /// False when the seed's data holds duplicate names, so no unique key
    /// could be added: sign-ups then take a named lock instead.
    unique_names: bool,
    retry_at: Instant,
    backoff: Duration,
}

pub struct MysqlStore {
    pool: Pool,
    health: Mutex<Health>,
}

impl MysqlStore {
    /// Prepares the pool; connects nothing yet.
    pub fn new(url: &str, password: Option<&str>, max_connections: usize) -> Result<MysqlStore, StoreError> {
        let opts = Opts::from_url(url).map_err(|e| StoreError::Unavailable(format!("bad MySQL URL: {e}")))?;
        let constraints = PoolConstraints::new(0, max_connections.max(1)).expect("0 <= max");
        let mut builder = OptsBuilder::from_opts(opts)
            .tcp_connect_timeout(Some(CONNECT_TIMEOUT))
            .read_timeout(Some(IO_TIMEOUT))
            .write_timeout(Some(IO_TIMEOUT))
            .pool_opts(
                PoolOpts::default()
                    .with_constraints(constraints)
                    .with_check_health(true),
            );
        if let Some(password) = password {
            builder = builder.pass(Some(password));
        }
        let pool = Pool::new(builder).map_err(unavailable)?;
        Ok(MysqlStore {
            pool,
            health: Mutex::new(Health {
                schema_ready: false,
                unique_names: true,
                retry_at: Instant::now(),
                backoff: FIRST_BACKOFF,
            }),
        })
    }

    fn health(&self) -> MutexGuard<'_, Health> {
        self.health.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A pooled connection to a database whose schema is in place.
    fn conn(&self) -> Result<PooledConn, StoreError> {
        let schema_ready = {
            let health = self.health();
            if Instant::now() < health.retry_at {
                return Err(StoreError::Unavailable(
                    "the database did not answer; retrying shortly".into(),
                ));
            }
            health.schema_ready
        };
        let result = self
            .pool
            .try_get_conn(CONNECT_TIMEOUT)
            .map_err(unavailable)
            .and_then(|mut conn| {
                if !schema_ready {
                    let unique_names = migrate(&mut conn)?;
                    let mut health = self.health();
                    health.schema_ready = true;
                    health.unique_names = unique_names;
                }
                Ok(conn)
            });
        self.record(&result);
        result
    }

    /// Notes a success or failure for the backoff.
    fn record<T>(&self, result: &Result<T, StoreError>) {
        let mut health = self.health();
        match result {
            Ok(_) => health.backoff = FIRST_BACKOFF,
            Err(e) => {
                if health.backoff == FIRST_BACKOFF {
                    warn!("{e}");
                }
                health.retry_at = Instant::now() + health.backoff;
                health.backoff = (health.backoff * 2).min(MAX_BACKOFF);
            }
        }
    }

    /// Runs one piece of work on a connection; a lost connection counts for the backoff.
    fn with_conn<T>(&self, work: impl FnOnce(&mut PooledConn) -> mysql::Result<T>) -> Result<T, StoreError> {
        let mut conn = self.conn()?;
        work(&mut conn).map_err(|e| {
            let connectivity = e.is_connectivity_error();
            let error = unavailable(e);
            if connectivity {
                self.record::<()>(&Err(StoreError::Unavailable(error.to_string())));
            }
            error
        })
    }
}

fn unavailable(e: mysql::Error) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

fn is_duplicate(e: &mysql::Error) -> bool {
    matches!(e, mysql::Error::MySqlError(e) if e.code == ER_DUP_ENTRY)
}

fn unix_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// One column of `info` as information_schema describes it.
struct Column {
    name: String,
    data_type: String,
    max_chars: Option<u64>,
    nullable: bool,
}

/// Creates the tables when missing and migrates a seed `info` table.
/// Returns whether names are unique by key. Replicas starting together take
/// turns through a named lock.
fn migrate(conn: &mut PooledConn) -> Result<bool, StoreError> {
    let locked: Option<i64> = conn
        .query_first("SELECT GET_LOCK('myapp.migrate', 30)")
        .map_err(unavailable)?;
    if locked != Some(1) {
        return Err(StoreError::Unavailable(
            "another replica is migrating the schema".into(),
        ));
    }
    let result = migrate_locked(conn);
    let _ = conn.query_drop("DO RELEASE_LOCK('myapp.migrate')");
    result
}

fn migrate_locked(conn: &mut PooledConn) -> Result<bool, StoreError> {
    conn.query_drop(CREATE_INFO).map_err(unavailable)?;
    conn.query_drop(CREATE_SESSIONS).map_err(unavailable)?;
    conn.query_drop(CREATE_SECRETS).map_err(unavailable)?;
    add_session_columns(conn)?;
    let columns: Vec<Column> = conn
        .query_map(
            "SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info'",
            |(name, data_type, max_chars, nullable): (String, String, Option<u64>, String)| Column {
                name: name.to_ascii_lowercase(),
                data_type: data_type.to_ascii_lowercase(),
                max_chars,
                nullable: nullable == "YES",
            },
        )
        .map_err(unavailable)?;
    let column = |name: &str| columns.iter().find(|c| c.name == name);
    let null = |c: &Column| if c.nullable { "NULL" } else { "NOT NULL" };
    let mut changes = Vec::new();
    let is_short_text = |c: &Column, min: u64| {
        matches!(c.data_type.as_str(), "char" | "varchar") && c.max_chars.is_some_and(|n| n < min)
    };
    if let Some(c) = column("password").filter(|c| is_short_text(c, 255)) {
        changes.push(format!("MODIFY password VARCHAR(255) {}", null(c)));
    }
    if let Some(c) = column("introduction").filter(|c| is_short_text(c, 500)) {
        changes.push(format!("MODIFY introduction TEXT {}", null(c)));
    }
    if let Some(c) = column("name").filter(|c| is_short_text(c, 64)) {
        changes.push(format!("MODIFY name VARCHAR(64) {}", null(c)));
    }
    if column("created_at").is_none() {
        changes.push("ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0".into());
    }
    let has_primary_key: Option<i64> = conn
        .query_first(
            "SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info' AND CONSTRAINT_TYPE = 'PRIMARY KEY'",
        )
        .map_err(unavailable)?;
    if column("id").is_none() && has_primary_key == Some(0) {
        changes.push("ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST".into());
    }
    if !changes.is_empty() {
        let sql = format!("ALTER TABLE info {}", changes.join(", "));
        conn.query_drop(&sql).map_err(unavailable)?;
        info!("migrated the seed table info: {}", changes.join("; "));
    }
    ensure_unique_names(conn, column("name").map(|c| c.data_type.as_str()))
}

/// Adds the columns a `sessions` table made by an older myapp lacks.
fn add_session_columns(conn: &mut PooledConn) -> Result<(), StoreError> {
    let existing: Vec<String> = conn
        .query_map(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions'",
            |name: String| name.to_ascii_lowercase(),
        )
        .map_err(unavailable)?;
    let missing: Vec<String> = SESSION_COLUMNS_ADDED
        .iter()
        .filter(|(column, _)| !existing.iter().any(|c| c == column))
        .map(|(column, kind)| format!("ADD COLUMN {column} {kind}"))
        .collect();
    if !missing.is_empty() {
        conn.query_drop(format!("ALTER TABLE sessions {}", missing.join(", ")))
            .map_err(unavailable)?;
        info!("migrated the table sessions: {}", missing.join("; "));
    }
    Ok(())
}

/// Adds the unique key on `info.name` unless duplicates stand in the way,
/// which are reported by name for someone to resolve.
fn ensure_unique_names(conn: &mut PooledConn, name_type: Option<&str>) -> Result<bool, StoreError> {
    let unique: Option<i64> = conn
        .query_first(
            "SELECT COUNT(*) FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info'
               AND COLUMN_NAME = 'name' AND SEQ_IN_INDEX = 1 AND NON_UNIQUE = 0",
        )
        .map_err(unavailable)?;
    if unique.unwrap_or(0) > 0 {
        return Ok(true);
    }
    let duplicates: Vec<(String, i64)> = conn
        .query("SELECT name, COUNT(*) FROM info GROUP BY name HAVING COUNT(*) > 1 ORDER BY name LIMIT 20")
        .map_err(unavailable)?;
    if !duplicates.is_empty() {
        let list: Vec<String> = duplicates.iter().map(|(n, c)| format!("{n:?} ×{c}")).collect();
        warn!(
            "info.name has duplicate names, so no unique key was added: {}. Rename or remove the extra rows, \
             then restart myapp to add the key; until then sign-ups are serialised by a lock",
            list.join(", ")
        );
        return Ok(false);
    }
    // A TEXT column can only be indexed by a prefix; names are at most 32 characters.
    let key = if matches!(name_type, Some("text" | "tinytext" | "mediumtext" | "longtext")) {
        "name(191)"
    } else {
        "name"
    };
    conn.query_drop(format!("ALTER TABLE info ADD UNIQUE KEY info_name_unique ({key})"))
        .map_err(unavailable)?;
    info!("added a unique key on info.name");
    Ok(true)
}

type AccountRow = (String, Option<String>, Option<String>, Option<i64>);

impl Store for MysqlStore {
    fn create_account(
        &self,
        name: &Username,
        password_hash: &str,
        introduction: &Introduction,
    ) -> Result<(), StoreError> {
        let unique_names = self.health().unique_names;
        let insert = "INSERT INTO info (name, password, introduction, created_at) VALUES (?, ?, ?, ?)";
        let row = (name.as_str(), password_hash, introduction.as_str(), unix_seconds());
        let mut conn = self.conn()?;
        // Ok(false): the name was taken.
        let inserted = if unique_names {
            match conn.exec_drop(insert, row) {
                Err(e) if is_duplicate(&e) => Ok(false),
                other => other.map(|()| true),
            }
        } else {
            // No unique key (duplicate seed data): check and insert under a named lock.
            let lock = format!("myapp.signup.{:x}", md5::compute(name.as_str()));
            conn.exec_first::<i64, _, _>("SELECT GET_LOCK(?, 10)", (&lock,))
                .and_then(|_| {
                    let taken: Option<i64> =
                        conn.exec_first("SELECT 1 FROM info WHERE name = ? LIMIT 1", (name.as_str(),))?;
                    let inserted = match taken {
                        Some(_) => Ok(false),
                        None => conn.exec_drop(insert, row).map(|()| true),
                    };
                    let _ = conn.exec_drop("DO RELEASE_LOCK(?)", (&lock,));
                    inserted
                })
        };
        match inserted {
            Ok(true) => Ok(()),
            Ok(false) => Err(StoreError::NameTaken),
            Err(e) => {
                let error = Err(unavailable(e));
                self.record::<()>(&error);
                error
            }
        }
    }

    fn find_account(&self, name: &str) -> Result<Option<Account>, StoreError> {
        let row: Option<AccountRow> = self.with_conn(|c| {
            c.exec_first(
                "SELECT name, password, introduction, created_at FROM info WHERE name = ? LIMIT 1",
                (name,),
            )
        })?;
        Ok(row.map(|(name, password, introduction, created_at)| Account {
            name,
            password_hash: password.unwrap_or_default(),
            introduction: introduction.unwrap_or_default(),
            created_at: created_at.unwrap_or(0),
        }))
    }

    fn set_password_hash(&self, name: &str, password_hash: &str) -> Result<(), StoreError> {
        self.with_conn(|c| c.exec_drop("UPDATE info SET password = ? WHERE name = ?", (password_hash, name)))
    }

    fn ping(&self) -> Result<(), StoreError> {
        self.with_conn(|c| c.query_drop("SELECT 1"))
    }

    fn load_session(&self, id: &str) -> Result<Option<SessionRow>, StoreError> {
        type Row = (Option<String>, String, Option<String>, Option<i64>, i64);
        let row: Option<Row> = self.with_conn(|c| {
            c.exec_first(
                "SELECT user_name, csrf_token, introduction, created_at, last_seen_ms FROM sessions WHERE id = ?",
                (id,),
            )
        })?;
        Ok(row.map(
            |(user_name, csrf_token, introduction, created_at, last_seen_ms)| SessionRow {
                user_name,
                csrf_token,
                introduction,
                created_at,
                last_seen_ms,
            },
        ))
    }

    fn save_session(&self, id: &str, row: &SessionRow) -> Result<(), StoreError> {
        self.with_conn(|c| {
            c.exec_drop(
                "INSERT INTO sessions (id, user_name, csrf_token, introduction, created_at, last_seen_ms)
                 VALUES (?, ?, ?, ?, ?, ?)",
                (
                    id,
                    row.user_name.as_deref(),
                    row.csrf_token.as_str(),
                    row.introduction.as_deref(),
                    row.created_at,
                    row.last_seen_ms,
                ),
            )
        })
    }

    fn touch_session(&self, id: &str, now_ms: i64) -> Result<(), StoreError> {
        self.with_conn(|c| c.exec_drop("UPDATE sessions SET last_seen_ms = ? WHERE id = ?", (now_ms, id)))
    }

    fn delete_session(&self, id: &str) -> Result<(), StoreError> {
        self.with_conn(|c| c.exec_drop("DELETE FROM sessions WHERE id = ?", (id,)))
    }

    fn sweep_sessions(&self, seen_before_ms: i64) -> Result<usize, StoreError> {
        self.with_conn(|c| {
            c.exec_drop("DELETE FROM sessions WHERE last_seen_ms < ?", (seen_before_ms,))?;
            Ok(c.affected_rows() as usize)
        })
    }

    fn count_sessions(&self) -> Result<usize, StoreError> {
        let n: Option<i64> = self.with_conn(|c| c.query_first("SELECT COUNT(*) FROM sessions"))?;
        Ok(n.unwrap_or(0) as usize)
    }

    fn keep_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError> {
        let kept: Option<String> = self.with_conn(|c| {
            // Only a duplicate name is ignored (INSERT IGNORE would hide other errors too).
            c.exec_drop(
                "INSERT INTO secrets (name, value) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = name",
                (name, candidate),
            )?;
            c.exec_first("SELECT value FROM secrets WHERE name = ?", (name,))
        })?;
        kept.ok_or_else(|| StoreError::Unavailable(format!("the secret {name:?} was not kept")))
    }
}
