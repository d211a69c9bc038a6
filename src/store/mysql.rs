//! Accounts (and optionally sessions) in MySQL/MariaDB, as the seed kept them.
//!
//! The server need not be up when myapp starts: the store connects on first
//! use, creates or migrates the schema then, and after a failure answers
//! `Unavailable` at once for a short, growing backoff (at most
//! `MAX_BACKOFF`), so a database that comes back is used again within
//! seconds, and one that is down is not hammered by every request.
//!
//! An existing seed table `info(name, password, introduction)` is migrated
//! in place: converted to utf8mb4 (MySQL 5.x made it latin1, older MySQL
//! utf8mb3, neither of which holds every name myapp accepts; both convert
//! exactly), columns widened (argon2id strings are ~100 characters; the
//! seed's MD5 column is VARCHAR(32)), missing columns added, each name's key
//! (`account::name_key`) filled in, and a unique key on it added when the
//! data allows it. Nothing is dropped, and no name or text changes.
//!
//! Errors are told apart: a lost or refused connection, or a server shutting
//! down, is `Unavailable` and starts the backoff; a statement the server
//! refuses is `Statement`, named, and leaves the backoff alone.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use log::{info, warn};
use mysql::prelude::Queryable;
use mysql::{Opts, OptsBuilder, Pool, PoolConstraints, PoolOpts, PooledConn};

use super::{Account, SessionRow, Store, StoreError, MAX_ACCOUNTS_PER_NAME};
use crate::account::{name_key, Introduction, Username, NAME_KEY_MAX_CHARS};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
const IO_TIMEOUT: Duration = Duration::from_secs(10);
const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// MySQL's "duplicate entry" error.
const ER_DUP_ENTRY: u16 = 1062;

/// Server errors that mean "not now" rather than "not this statement": too
/// many connections (1040), shutting down (1053), lock wait timeout (1205),
/// deadlock (1213), read-only (1290, 1792, 1836: a failover in progress),
/// this connection killed (1927) or timed out (4031).
const UNAVAILABLE_CODES: [u16; 9] = [1040, 1053, 1205, 1213, 1290, 1792, 1836, 1927, 4031];

/// `name_key` is the uniqueness rule, the same on every store; `name` stays
/// as signed up. The key may be NULL only in rows an older myapp wrote
/// during an upgrade: they are found by `name` until the next start fills it in.
const CREATE_INFO: &str = "CREATE TABLE IF NOT EXISTS info (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(64)  NOT NULL,
    password     VARCHAR(255) NOT NULL,
    introduction TEXT         NOT NULL,
    created_at   BIGINT       NOT NULL DEFAULT 0,
    name_key     VARCHAR(191) NULL,
    UNIQUE KEY info_name_unique (name),
    UNIQUE KEY info_name_key (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

const CREATE_SESSIONS: &str = "CREATE TABLE IF NOT EXISTS sessions (
    id           CHAR(64)    NOT NULL PRIMARY KEY,
    user_name    VARCHAR(64) NULL,
    csrf_token   CHAR(64)    NOT NULL,
    last_seen_ms BIGINT      NOT NULL,
    introduction TEXT        NULL,
    created_at   BIGINT      NULL,
    KEY sessions_last_seen (last_seen_ms),
    KEY sessions_user_name (user_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

/// Secrets myapp generates once for all replicas (the CSRF key when
/// `MYAPP_SECRET` is not set).
const CREATE_SECRETS: &str = "CREATE TABLE IF NOT EXISTS secrets (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    value VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

/// Failed logins per (account, address), when replicas share the limits.
const CREATE_LOGIN_FAILURES: &str = "CREATE TABLE IF NOT EXISTS login_failures (
    id         CHAR(64) NOT NULL PRIMARY KEY,
    started_ms BIGINT   NOT NULL,
    failures   INT      NOT NULL,
    KEY login_failures_started (started_ms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

/// Columns added to `sessions` after its first release: the profile's
/// fields, kept in the session so a profile view reads one row.
const SESSION_COLUMNS_ADDED: [(&str, &str); 2] = [("introduction", "TEXT NULL"), ("created_at", "BIGINT NULL")];

/// Whether the database answered lately, and when to try again if not.
struct Health {
    /// Set once the schema is known to be in place.
    schema_ready: bool,
    /// False when old data holds names that share a key, so no unique key
    /// could be added: sign-ups then take a named lock instead.
    unique_names: bool,
    retry_at: Instant,
    backoff: Duration,
    /// When the database stopped answering, while it does not.
    down_since: Option<Instant>,
}

pub struct MysqlStore {
    pool: Pool,
    health: Mutex<Health>,
}

/// How long start-up waits to learn whether the server takes connections.
const STARTUP_PROBE_TIMEOUT: Duration = Duration::from_millis(500);

/// Where the accounts are, for the log: `host:port/database`, no user or password.
fn location(opts: &Opts) -> String {
    match opts.get_socket() {
        Some(socket) => format!("{socket}/{}", opts.get_db_name().unwrap_or_default()),
        None => format!(
            "{}:{}/{}",
            opts.get_ip_or_hostname(),
            opts.get_tcp_port(),
            opts.get_db_name().unwrap_or_default()
        ),
    }
}

/// Whether a TCP connection to the server opens, within a short timeout:
/// start-up says at once when the database is not there yet, without
/// waiting the driver's whole connect timeout.
fn probe(opts: &Opts) -> Result<(), String> {
    use std::net::{TcpStream, ToSocketAddrs};
    let host = opts.get_ip_or_hostname();
    let addrs = (host.as_ref(), opts.get_tcp_port())
        .to_socket_addrs()
        .map_err(|e| e.to_string())?;
    let mut last = "the host name has no address".to_owned();
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, STARTUP_PROBE_TIMEOUT) {
            Ok(_) => return Ok(()),
            Err(e) => last = e.to_string(),
        }
    }
    Err(last)
}

impl MysqlStore {
    /// Prepares the pool; connects nothing yet.
    pub fn new(url: &str, password: Option<&str>, max_connections: usize) -> Result<MysqlStore, StoreError> {
        let opts = Opts::from_url(url).map_err(|e| StoreError::Unavailable(format!("bad MySQL URL: {e}")))?;
        let location = location(&opts);
        info!("accounts are kept in MySQL at {location}");
        // A socket path is left to the driver; a TCP server is tried once now.
        let down_since = match opts.get_socket() {
            None => probe(&opts).err().map(|e| {
                warn!(
                    "MySQL at {location} is not reachable yet ({e}); myapp starts anyway, \
                     answers 503 to what needs it, and connects when it is up"
                );
                Instant::now()
            }),
            Some(_) => None,
        };
        let constraints = PoolConstraints::new(0, max_connections.max(1)).expect("0 <= max");
        let mut builder = OptsBuilder::from_opts(opts)
            // Whatever the server's default: names in any script, emoji included.
            .init(vec!["SET NAMES utf8mb4"])
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
                down_since,
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
            Ok(_) => {
                health.backoff = FIRST_BACKOFF;
                if let Some(since) = health.down_since.take() {
                    info!("the database answers again, after {:.1?} unavailable", since.elapsed());
                }
            }
            Err(e @ StoreError::Unavailable(_)) => {
                // Every step is logged: a database that stays down says so
                // every MAX_BACKOFF while requests or probes ask for it.
                health.down_since.get_or_insert_with(Instant::now);
                warn!("{e}; trying again in {:?} at the earliest", health.backoff);
                health.retry_at = Instant::now() + health.backoff;
                health.backoff = (health.backoff * 2).min(MAX_BACKOFF);
            }
            Err(_) => {}
        }
    }

    /// Runs the statement called `statement` on a connection; an outage
    /// counts for the backoff, a refused statement does not.
    fn run<T>(
        &self,
        statement: &'static str,
        work: impl FnOnce(&mut PooledConn) -> mysql::Result<T>,
    ) -> Result<T, StoreError> {
        let mut conn = self.conn()?;
        let result = work(&mut conn).map_err(|e| classify(statement, e));
        if result.is_err() {
            self.record(&result);
        }
        result
    }
}

/// An outage, or a statement refused: see `UNAVAILABLE_CODES`. The server's
/// message is left out of a refusal, since it may quote a parameter (a
/// duplicate name, an unstorable string).
fn classify(statement: &'static str, e: mysql::Error) -> StoreError {
    match &e {
        mysql::Error::MySqlError(server) if !UNAVAILABLE_CODES.contains(&server.code) => StoreError::Statement {
            statement,
            detail: format!("MySQL error {} (SQLSTATE {})", server.code, server.state),
        },
        mysql::Error::FromValueError(_) | mysql::Error::FromRowError(_) => StoreError::Statement {
            statement,
            detail: "a column held a value of another type than expected".into(),
        },
        _ => unavailable(e),
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
    /// None for columns that hold no text.
    collation: Option<String>,
}

fn info_columns(conn: &mut PooledConn) -> Result<Vec<Column>, StoreError> {
    conn.query_map(
        "SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE, COLLATION_NAME
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info'",
        |(name, data_type, max_chars, nullable, collation): (String, String, Option<u64>, String, Option<String>)| {
            Column {
                name: name.to_ascii_lowercase(),
                data_type: data_type.to_ascii_lowercase(),
                max_chars,
                nullable: nullable == "YES",
                collation: collation.map(|c| c.to_ascii_lowercase()),
            }
        },
    )
    .map_err(unavailable)
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
    for create in [CREATE_INFO, CREATE_SESSIONS, CREATE_SECRETS, CREATE_LOGIN_FAILURES] {
        conn.query_drop(create).map_err(unavailable)?;
    }
    add_session_columns(conn)?;
    let mut columns = info_columns(conn)?;
    // Names compare byte for byte in the table: `name_key` alone decides
    // which names are one, on every store.
    let others: Vec<String> = columns
        .iter()
        .filter_map(|c| {
            let collation = c.collation.as_deref().filter(|&k| k != "utf8mb4_bin")?;
            Some(format!("{} {collation}", c.name))
        })
        .collect();
    if !others.is_empty() {
        conn.query_drop("ALTER TABLE info CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
            .map_err(unavailable)?;
        info!("converted the table info to utf8mb4 (was {})", others.join(", "));
        columns = info_columns(conn)?;
    }
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
    if column("name_key").is_none() {
        changes.push("ADD COLUMN name_key VARCHAR(191) NULL".into());
    }
    if column("id").is_none() {
        let has_primary_key: Option<i64> = conn
            .query_first(
                "SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS
                 WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info' AND CONSTRAINT_TYPE = 'PRIMARY KEY'",
            )
            .map_err(unavailable)?;
        changes.push(if has_primary_key == Some(0) {
            "ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST".into()
        } else {
            // The table has a key of its own: keep it, and give rows an id beside it.
            "ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT UNIQUE FIRST".into()
        });
    }
    if !changes.is_empty() {
        let sql = format!("ALTER TABLE info {}", changes.join(", "));
        conn.query_drop(&sql).map_err(unavailable)?;
        info!("migrated the seed table info: {}", changes.join("; "));
    }
    fill_name_keys(conn)?;
    ensure_unique_keys(conn)
}

/// Computes the key of every name that has none yet: the seed's rows, and
/// rows an older myapp wrote.
fn fill_name_keys(conn: &mut PooledConn) -> Result<(), StoreError> {
    let rows: Vec<(i64, String)> = conn
        .query("SELECT id, name FROM info WHERE name_key IS NULL AND name IS NOT NULL")
        .map_err(unavailable)?;
    let mut keys = Vec::with_capacity(rows.len());
    for (id, name) in &rows {
        let key = name_key(name);
        if key.chars().count() > NAME_KEY_MAX_CHARS {
            warn!("the name {name:?} (info.id {id}) is too long to key; it can log in only as written");
        } else {
            keys.push((key, *id));
        }
    }
    if !keys.is_empty() {
        conn.exec_batch("UPDATE info SET name_key = ? WHERE id = ?", keys.iter())
            .map_err(unavailable)?;
        info!("filled in the name key of {} accounts", keys.len());
    }
    Ok(())
}

/// Adds the unique key on `info.name_key` unless old names share a key,
/// which are reported by name for someone to resolve; they are kept, and
/// each logs in with its own password.
fn ensure_unique_keys(conn: &mut PooledConn) -> Result<bool, StoreError> {
    // NON_UNIQUE of the key's index, if there is one.
    let index: Option<i64> = conn
        .query_first(
            "SELECT NON_UNIQUE FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info'
               AND INDEX_NAME = 'info_name_key' AND SEQ_IN_INDEX = 1",
        )
        .map_err(unavailable)?;
    if index == Some(0) {
        return Ok(true);
    }
    let shared: Vec<(String, String)> = conn
        .query(
            "SELECT name_key, GROUP_CONCAT(QUOTE(name) ORDER BY id SEPARATOR ', ') FROM info
             WHERE name_key IS NOT NULL GROUP BY name_key HAVING COUNT(*) > 1 ORDER BY name_key LIMIT 20",
        )
        .map_err(unavailable)?;
    if !shared.is_empty() {
        let list: Vec<String> = shared.iter().map(|(_, names)| format!("[{names}]")).collect();
        warn!(
            "info holds names that are one name to myapp (they differ only in case or form), so no unique key was \
             added: {}. Each logs in with its own password; rename or remove the extra rows, then restart myapp \
             to add the key. Until then sign-ups are serialised by a lock",
            list.join(", ")
        );
        if index.is_none() {
            conn.query_drop("ALTER TABLE info ADD KEY info_name_key (name_key)")
                .map_err(unavailable)?;
        }
        return Ok(false);
    }
    let drop_old = if index.is_some() {
        "DROP KEY info_name_key, "
    } else {
        ""
    };
    conn.query_drop(format!(
        "ALTER TABLE info {drop_old}ADD UNIQUE KEY info_name_key (name_key)"
    ))
    .map_err(unavailable)?;
    info!("added a unique key on info.name_key");
    Ok(true)
}

/// Adds the columns and the key a `sessions` table made by an older myapp lacks.
fn add_session_columns(conn: &mut PooledConn) -> Result<(), StoreError> {
    let existing: Vec<String> = conn
        .query_map(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions'",
            |name: String| name.to_ascii_lowercase(),
        )
        .map_err(unavailable)?;
    let mut missing: Vec<String> = SESSION_COLUMNS_ADDED
        .iter()
        .filter(|(column, _)| !existing.iter().any(|c| c == column))
        .map(|(column, kind)| format!("ADD COLUMN {column} {kind}"))
        .collect();
    let user_name_key: Option<i64> = conn
        .query_first(
            "SELECT COUNT(*) FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'sessions_user_name'",
        )
        .map_err(unavailable)?;
    if user_name_key == Some(0) {
        // Account settings end all of an account's sessions by name.
        missing.push("ADD KEY sessions_user_name (user_name)".into());
    }
    if !missing.is_empty() {
        conn.query_drop(format!("ALTER TABLE sessions {}", missing.join(", ")))
            .map_err(unavailable)?;
        info!("migrated the table sessions: {}", missing.join("; "));
    }
    Ok(())
}

type AccountRow = (i64, String, Option<String>, Option<String>, Option<i64>);

impl Store for MysqlStore {
    fn create_account(
        &self,
        name: &Username,
        password_hash: &str,
        introduction: &Introduction,
    ) -> Result<(), StoreError> {
        let unique_names = self.health().unique_names;
        let key = name.key();
        let insert = "INSERT INTO info (name, name_key, password, introduction, created_at) VALUES (?, ?, ?, ?, ?)";
        let row = (
            name.as_str(),
            key.as_str(),
            password_hash,
            introduction.as_str(),
            unix_seconds(),
        );
        // Ok(false): the name was taken.
        let inserted = self.run("create_account", |conn| {
            if unique_names {
                return match conn.exec_drop(insert, row) {
                    Err(e) if is_duplicate(&e) => Ok(false),
                    other => other.map(|()| true),
                };
            }
            // No unique key (names in old data share a key): check and insert under a named lock.
            let lock = format!("myapp.signup.{:x}", md5::compute(&key));
            conn.exec_first::<i64, _, _>("SELECT GET_LOCK(?, 10)", (&lock,))?;
            let taken: Result<Option<i64>, _> = conn.exec_first(
                "SELECT 1 FROM info WHERE name_key = ? OR (name_key IS NULL AND name = ?) LIMIT 1",
                (key.as_str(), name.as_str()),
            );
            let inserted = match taken {
                Ok(Some(_)) => Ok(false),
                Ok(None) => conn.exec_drop(insert, row).map(|()| true),
                Err(e) => Err(e),
            };
            let _ = conn.exec_drop("DO RELEASE_LOCK(?)", (&lock,));
            inserted
        })?;
        if inserted {
            Ok(())
        } else {
            Err(StoreError::NameTaken)
        }
    }

    fn find_accounts(&self, name: &str) -> Result<Vec<Account>, StoreError> {
        let key = name_key(name);
        let rows: Vec<AccountRow> = self.run("find_accounts", |c| {
            c.exec(
                format!(
                    "SELECT id, name, password, introduction, created_at FROM info
                     WHERE name_key = ? OR (name_key IS NULL AND name = ?) ORDER BY id LIMIT {MAX_ACCOUNTS_PER_NAME}"
                ),
                (key.as_str(), name),
            )
        })?;
        Ok(rows
            .into_iter()
            .map(|(id, name, password, introduction, created_at)| Account {
                id,
                name,
                password_hash: password.unwrap_or_default(),
                introduction: introduction.unwrap_or_default(),
                created_at: created_at.unwrap_or(0),
            })
            .collect())
    }

    fn set_password_hash(&self, id: i64, password_hash: &str) -> Result<(), StoreError> {
        self.run("set_password_hash", |c| {
            c.exec_drop("UPDATE info SET password = ? WHERE id = ?", (password_hash, id))
        })
    }

    fn set_introduction(&self, id: i64, introduction: &Introduction) -> Result<(), StoreError> {
        self.run("set_introduction", |c| {
            c.exec_drop(
                "UPDATE info SET introduction = ? WHERE id = ?",
                (introduction.as_str(), id),
            )
        })
    }

    fn delete_account(&self, id: i64) -> Result<(), StoreError> {
        self.run("delete_account", |c| {
            c.exec_drop("DELETE FROM info WHERE id = ?", (id,))
        })
    }

    fn ping(&self) -> Result<(), StoreError> {
        self.run("ping", |c| c.query_drop("SELECT 1"))
    }

    fn load_session(&self, id: &str) -> Result<Option<SessionRow>, StoreError> {
        type Row = (Option<String>, String, Option<String>, Option<i64>, i64);
        let row: Option<Row> = self.run("load_session", |c| {
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
        self.run("save_session", |c| {
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
        self.run("touch_session", |c| {
            c.exec_drop("UPDATE sessions SET last_seen_ms = ? WHERE id = ?", (now_ms, id))
        })
    }

    fn delete_session(&self, id: &str) -> Result<(), StoreError> {
        self.run("delete_session", |c| {
            c.exec_drop("DELETE FROM sessions WHERE id = ?", (id,))
        })
    }

    fn delete_sessions_of(&self, user_name: &str, except: Option<&str>) -> Result<usize, StoreError> {
        self.run("delete_sessions_of", |c| {
            // No session id is empty: "" keeps none.
            c.exec_drop(
                "DELETE FROM sessions WHERE user_name = ? AND id <> ?",
                (user_name, except.unwrap_or_default()),
            )?;
            Ok(c.affected_rows() as usize)
        })
    }

    fn set_sessions_introduction(&self, user_name: &str, introduction: &str) -> Result<(), StoreError> {
        self.run("set_sessions_introduction", |c| {
            c.exec_drop(
                "UPDATE sessions SET introduction = ? WHERE user_name = ?",
                (introduction, user_name),
            )
        })
    }

    fn sweep_sessions(&self, seen_before_ms: i64) -> Result<usize, StoreError> {
        self.run("sweep_sessions", |c| {
            c.exec_drop("DELETE FROM sessions WHERE last_seen_ms < ?", (seen_before_ms,))?;
            Ok(c.affected_rows() as usize)
        })
    }

    fn count_sessions(&self) -> Result<usize, StoreError> {
        let n: Option<i64> = self.run("count_sessions", |c| c.query_first("SELECT COUNT(*) FROM sessions"))?;
        Ok(n.unwrap_or(0) as usize)
    }

    fn keep_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError> {
        let kept: Option<String> = self.run("keep_secret", |c| {
            // Only a duplicate name is ignored (INSERT IGNORE would hide other errors too).
            c.exec_drop(
                "INSERT INTO secrets (name, value) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = name",
                (name, candidate),
            )?;
            c.exec_first("SELECT value FROM secrets WHERE name = ?", (name,))
        })?;
        kept.ok_or_else(|| StoreError::Unavailable(format!("the secret {name:?} was not kept")))
    }

    fn count_login_failure(&self, id: &str, now_ms: i64, window_ms: i64) -> Result<(u32, i64), StoreError> {
        let row: Option<(u32, i64)> = self.run("count_login_failure", |c| {
            // One atomic statement, so replicas counting at once lose no count.
            // MySQL applies the assignments in order: `failures` is set while
            // `started_ms` still holds the old window's start.
            c.exec_drop(
                "INSERT INTO login_failures (id, started_ms, failures) VALUES (?, ?, 1)
                 ON DUPLICATE KEY UPDATE
                   failures = IF(started_ms <= ?, 1, failures + 1),
                   started_ms = IF(started_ms <= ?, VALUES(started_ms), started_ms)",
                (id, now_ms, now_ms - window_ms, now_ms - window_ms),
            )?;
            c.exec_first("SELECT failures, started_ms FROM login_failures WHERE id = ?", (id,))
        })?;
        Ok(row.unwrap_or((1, now_ms)))
    }

    fn clear_login_failures(&self, id: &str) -> Result<(), StoreError> {
        self.run("clear_login_failures", |c| {
            c.exec_drop("DELETE FROM login_failures WHERE id = ?", (id,))
        })
    }

    fn sweep_login_failures(&self, started_before_ms: i64) -> Result<usize, StoreError> {
        self.run("sweep_login_failures", |c| {
            c.exec_drop("DELETE FROM login_failures WHERE started_ms < ?", (started_before_ms,))?;
            Ok(c.affected_rows() as usize)
        })
    }
}
