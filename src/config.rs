//! Command-line flags and their environment fallbacks, validated once at start.
//!
//! The doc comments on `Config`'s fields are the `--help` text.

use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;

/// Settings read from the environment only, so that no secret shows in `ps`.
const ENV_ONLY_HELP: &str = "Environment only:\n  \
    MYSQL_PASSWORD  the MySQL password\n  \
    MYAPP_SECRET    the key for the forms' CSRF tokens (at least 32 bytes, e.g. `openssl rand -hex 32`); \
    unset, one is generated and kept in the database with --session-store database, else per process";

/// myapp: sign-up, log-in and profile pages, and a gRPC echo and time stream.
#[derive(Debug, Clone, Parser)]
#[command(version, about, after_help = ENV_ONLY_HELP)]
pub struct Config {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Address the web pages listen on: HOST:PORT, the host an IP address
    /// or a name (`localhost:8080`; a name's IPv4 address is preferred).
    #[arg(long, env = "MYAPP_HTTP_ADDR", default_value = "0.0.0.0:8080", global = true, value_parser = parse_listen_addr)]
    pub http_addr: SocketAddr,

    /// Address the gRPC services listen on: HOST:PORT, as for --http-addr.
    #[arg(long, env = "MYAPP_GRPC_ADDR", default_value = "0.0.0.0:50051", value_parser = parse_listen_addr)]
    pub grpc_addr: SocketAddr,

    /// Where accounts are kept: `sqlite://data/myapp.db` (relative path),
    /// `sqlite:///abs/path.db` (absolute) or `mysql://USER@HOST:3306/DB`
    /// (the password from env MYSQL_PASSWORD, never on the command line).
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/myapp.db", value_parser = DatabaseUrl::parse)]
    pub database_url: DatabaseUrl,

    /// How often the Echo stream pushes the current time, e.g. `5s`, `1s`,
    /// `500ms`: from 100ms to 1h.
    #[arg(long, env = "MYAPP_PUSH_INTERVAL", default_value = "5s", value_parser = parse_push_interval)]
    pub push_interval: Duration,

    /// The most gRPC streams open at once; more get RESOURCE_EXHAUSTED. One
    /// client address (IPv6: one /64) may hold a quarter of them, over all
    /// its connections. Calls in progress of any kind, reset ones included,
    /// are capped at this + 1,000 (more are refused): this sizes gRPC's memory.
    #[arg(long, env = "MYAPP_MAX_STREAMS", default_value_t = 20_000, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_streams: u32,

    /// The most gRPC streams open at once on one connection, advertised to
    /// clients in HTTP/2 SETTINGS, and never more than a quarter of
    /// --max-streams; streams a client has reset count until the server is
    /// done with them, and more are refused (REFUSED_STREAM).
    #[arg(long, env = "MYAPP_MAX_STREAMS_PER_CONNECTION", default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..=i32::MAX as i64))]
    pub max_streams_per_connection: u32,

    /// The most gRPC connections open at once; one more is closed at once.
    #[arg(long, env = "MYAPP_MAX_GRPC_CONNECTIONS", default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..=i32::MAX as i64))]
    pub max_grpc_connections: u32,

    /// A gRPC connection with no call for this long is closed (GOAWAY), and a
    /// stream whose pushes its client has not taken for this long (its
    /// flow-control window stays shut) is cancelled.
    #[arg(long, env = "MYAPP_GRPC_IDLE_TIMEOUT", default_value = "5m", value_parser = parse_duration)]
    pub grpc_idle_timeout: Duration,

    /// On SIGTERM/SIGINT, the most time given to requests and streams in flight.
    #[arg(long, env = "MYAPP_SHUTDOWN_GRACE", default_value = "10s", value_parser = parse_duration)]
    pub shutdown_grace: Duration,

    /// The most MySQL connections open at once (SQLite uses one). Every HTTP
    /// connection's thread may need one; beyond this many they wait their turn.
    #[arg(long, env = "MYAPP_DB_CONNECTIONS", default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub db_connections: u16,

    /// Threads that hash and check passwords (argon2id, 19 MiB each while
    /// hashing); more sign-ups and logins at once wait their turn.
    /// Default: one per core.
    #[arg(long, env = "MYAPP_HASH_WORKERS", default_value_t = cores(), value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub hash_workers: u16,

    /// Threads that serve gRPC: each polls the connections and runs the
    /// calls of its own completion queue. Default: one per core the process
    /// may use (a container's CPU limit counts), not per core of the host.
    #[arg(long, env = "MYAPP_GRPC_THREADS", default_value_t = cores().min(64), value_parser = clap::value_parser!(u16).range(1..=64))]
    pub grpc_threads: u16,

    /// How long an unused session lives, e.g. `30m`, `5s`, `500ms`.
    #[arg(long, env = "MYAPP_SESSION_TTL", default_value = "30m", value_parser = parse_duration)]
    pub session_ttl: Duration,

    /// How long a client may take to send a request (headers or body), to
    /// take each write of an answer, or stay idle between requests, before
    /// its connection is closed.
    #[arg(long, env = "MYAPP_REQUEST_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    pub request_timeout: Duration,

    /// The most HTTP connections open at once; one more is answered 503.
    #[arg(long, env = "MYAPP_MAX_CONNECTIONS", default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,

    /// The most browsers watching the server's clock (`GET /clock`) at once;
    /// one more is answered 503. Each also holds one of `--max-connections`,
    /// so never more than half of those watch: pages keep the rest.
    #[arg(long, env = "MYAPP_MAX_WATCHERS", default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_watchers: u32,

    /// How long one `GET /clock` stream lasts; the browser then reconnects
    /// by itself (and its session is checked again).
    #[arg(long, env = "MYAPP_WATCH_LIMIT", default_value = "1h", value_parser = parse_duration)]
    pub watch_limit: Duration,

    /// The most sessions kept in memory (one per login: visitors who are
    /// not logged in have none); at the cap expired ones are swept, then the
    /// oldest login goes.
    #[arg(long, env = "MYAPP_MAX_SESSIONS", default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_sessions: u32,

    /// The most logins from one address (IPv6: one /64) in 15 minutes; more
    /// get 429. Each makes a session, so this bounds how fast one address
    /// can push others' sessions out of --max-sessions.
    #[arg(long, env = "MYAPP_MAX_LOGINS_PER_IP", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_logins_per_ip: u32,

    /// The most sign-ups from one address (IPv6: one /64) in 15 minutes;
    /// more get 429.
    #[arg(long, env = "MYAPP_MAX_SIGNUPS_PER_IP", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_signups_per_ip: u32,

    /// Where sessions live: `memory` (this process) or `database` (a table
    /// beside the accounts, shared by every replica).
    #[arg(long, env = "MYAPP_SESSION_STORE", value_enum, default_value = "memory")]
    pub session_store: SessionStoreKind,

    /// The MySQL password, from env MYSQL_PASSWORD only.
    #[arg(skip = Secret::from_env("MYSQL_PASSWORD"))]
    pub mysql_password: Option<Secret>,

    /// The key the forms' CSRF tokens are signed with, from env MYAPP_SECRET
    /// only (at least `MIN_SECRET_BYTES`, checked by `from_args`). Without it
    /// one is generated: kept in the database with `--session-store
    /// database`, else for this process alone.
    #[arg(skip = Secret::from_env_as_set("MYAPP_SECRET"))]
    pub secret: Option<Secret>,

    /// A proxy whose X-Forwarded-For header names the client (repeat the flag,
    /// or comma-separate in the env var); from anyone else it is ignored.
    #[arg(long = "trusted-proxy", env = "MYAPP_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Mark the session and CSRF cookies `Secure` (serve behind HTTPS). The
    /// env var takes 1/0, true/false, yes/no or on/off.
    #[arg(long, env = "MYAPP_SECURE_COOKIES", value_parser = parse_switch)]
    pub secure_cookies: bool,

    /// Software name shown in every page's footer.
    #[arg(long, env = "OEM", default_value = "myapp")]
    pub oem: String,

    /// Software version shown in every page's footer.
    #[arg(long, env = "VER", default_value = env!("CARGO_PKG_VERSION"))]
    pub ver: String,

    /// Name of this replica, shown on the profile page (default: the host name).
    #[arg(long, env = "MYAPP_INSTANCE")]
    pub instance: Option<String>,

    /// Log level: off, error, warn, info, debug or trace.
    #[arg(long, env = "MYAPP_LOG", default_value = "info", ignore_case = true, value_parser = log_level_parser())]
    pub log_level: log::LevelFilter,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum Command {
    /// Probe this server's /healthz on the --http-addr port and exit 0 when it
    /// answers 200 (for a container HEALTHCHECK: no curl needed).
    Healthcheck,
}

impl Config {
    /// Parses flags, accepting and ignoring the seed's `-logtostderr=true`
    /// (myapp always logs to stderr) so the seed's start command works unchanged.
    pub fn from_args<I, T>(args: I) -> Result<Config, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<String>,
    {
        let args = args.into_iter().map(Into::into).filter(|a| !is_seed_log_flag(a));
        let config = Config::try_parse_from(args)?;
        check_secret(config.secret.as_ref())
            .map_err(|message| clap::Error::raw(clap::error::ErrorKind::ValueValidation, message))?;
        Ok(config)
    }
}

/// The shortest MYAPP_SECRET accepted: 256 bits even if it were raw bytes.
pub const MIN_SECRET_BYTES: usize = 32;

/// A set MYAPP_SECRET must be long enough to sign with; better no secret
/// (a generated key) than a guessable one.
fn check_secret(secret: Option<&Secret>) -> Result<(), String> {
    match secret {
        Some(secret) if secret.0.len() < MIN_SECRET_BYTES => Err(format!(
            "MYAPP_SECRET must be at least {MIN_SECRET_BYTES} bytes of text (it has {}); \
             make one with `openssl rand -hex 32`, or unset it to have myapp generate a key\n",
            secret.0.len()
        )),
        _ => Ok(()),
    }
}

/// The cores this process may use: its affinity and cgroup CPU quota count.
fn cores() -> u16 {
    std::thread::available_parallelism().map_or(1, |n| u16::try_from(n.get()).unwrap_or(1024).min(1024))
}

fn is_seed_log_flag(arg: &str) -> bool {
    let name = arg.trim_start_matches('-');
    arg.starts_with('-') && (name == "logtostderr" || name.starts_with("logtostderr="))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SessionStoreKind {
    Memory,
    Database,
}

/// A password: kept out of `Debug` output and so out of every log.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    fn from_env(name: &str) -> Option<Secret> {
        std::env::var(name).ok().filter(|v| !v.is_empty()).map(Secret)
    }

    /// The variable whenever it is set, even empty, so a check can refuse
    /// it; a value that is not UTF-8 reads as empty.
    fn from_env_as_set(name: &str) -> Option<Secret> {
        std::env::var_os(name).map(|v| Secret(v.into_string().unwrap_or_default()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// Where accounts live.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    /// A `mysql://` URL, checked when parsed.
    Mysql(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> Result<DatabaseUrl, String> {
        match url.split_once("://") {
            Some(("sqlite", path)) if !path.is_empty() => Ok(DatabaseUrl::Sqlite(PathBuf::from(path))),
            Some(("mysql", _)) => match mysql::Opts::from_url(url) {
                Ok(opts) if opts.get_db_name().is_some() => Ok(DatabaseUrl::Mysql(url.to_owned())),
                Ok(_) => Err("the MySQL URL must name a database: mysql://USER@HOST:3306/DB".into()),
                Err(e) => Err(format!("bad MySQL URL: {e}")),
            },
            _ => Err("expected sqlite://PATH or mysql://USER@HOST:PORT/DB".into()),
        }
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DatabaseUrl::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            // A password may stand in the URL: show the scheme only.
            DatabaseUrl::Mysql(_) => f.write_str("mysql://.."),
        }
    }
}

/// The levels `--log-level` takes, as `log` names them.
fn log_level_parser() -> impl clap::builder::TypedValueParser<Value = log::LevelFilter> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(["off", "error", "warn", "info", "debug", "trace"])
        .map(|level| level.parse().expect("each listed level is one of log's"))
}

/// A listening address, `HOST:PORT`: an IP address, or a host name resolved
/// now (its first IPv4 address, else its first one), so `localhost:8080`
/// works as it does in a browser.
pub fn parse_listen_addr(text: &str) -> Result<SocketAddr, String> {
    if let Ok(addr) = text.parse() {
        return Ok(addr);
    }
    let Some((host, port)) = text.rsplit_once(':') else {
        return Err(format!(
            "{text:?} has no port: give HOST:PORT, e.g. 0.0.0.0:8080 or localhost:8080"
        ));
    };
    if port.parse::<u16>().is_err() {
        return Err(format!("{text:?}: the port must be a number from 0 to 65535"));
    }
    let addrs: Vec<SocketAddr> = text
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve the host {host:?}: {e}"))?
        .collect();
    addrs
        .iter()
        .find(|a| a.is_ipv4())
        .or(addrs.first())
        .copied()
        .ok_or_else(|| format!("the host {host:?} has no address"))
}

/// Pushes as often as the clock stream allows a client to ask for.
pub const PUSH_INTERVAL_RANGE: (Duration, Duration) = (Duration::from_millis(100), Duration::from_secs(3600));

fn parse_push_interval(text: &str) -> Result<Duration, String> {
    let (min, max) = PUSH_INTERVAL_RANGE;
    match parse_millis(text)? {
        Some(ms) if (min..=max).contains(&Duration::from_millis(ms)) => Ok(Duration::from_millis(ms)),
        _ => Err(format!("{text:?} is out of range: use 100ms to 1h")),
    }
}

/// Parses `500ms`, `5s`, `30m`, `2h`: a whole number more than zero and a unit.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    match parse_millis(text)? {
        Some(0) => Err(format!("{text:?} is too short: use at least 1ms")),
        Some(ms) => Ok(Duration::from_millis(ms)),
        None => Err(format!("{text:?} is too long")),
    }
}

/// Milliseconds in a whole number and a unit; `None` past `u64`.
fn parse_millis(text: &str) -> Result<Option<u64>, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(|| format!("{text:?} needs a unit: ms, s, m or h (e.g. 30s)"))?;
    let (digits, unit) = text.split_at(split);
    if let Some(whole) = in_smaller_unit(text) {
        return Err(format!(
            "{text:?}: decimals are not allowed, use a whole number of a smaller unit: {whole}"
        ));
    }
    if unit.starts_with(['.', ',']) {
        return Err(format!(
            "{text:?}: decimals are not allowed, use a whole number of a smaller unit (ms, s, m)"
        ));
    }
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{text:?} must start with a whole number, e.g. 500ms, 30s, 5m or 2h"))?;
    match unit {
        "ms" => Ok(Some(n)),
        "s" => Ok(n.checked_mul(1_000)),
        "m" => Ok(n.checked_mul(60_000)),
        "h" => Ok(n.checked_mul(3_600_000)),
        _ => Err(format!("{text:?} has an unknown unit {unit:?}; use ms, s, m or h")),
    }
}

/// An on/off setting as env vars spell it: 1/0, true/false, yes/no, on/off
/// (any case).
fn parse_switch(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        _ => Err(format!(
            "{text:?} is not on or off: use 1/0, true/false, yes/no or on/off"
        )),
    }
}

/// `1.5h` as `90m`, `0.5s` as `500ms`: a decimal written as a whole number
/// of the next smaller unit, when it is one.
fn in_smaller_unit(text: &str) -> Option<String> {
    let split = text.find(|c: char| !c.is_ascii_digit() && c != '.')?;
    let (number, unit) = text.split_at(split);
    if !number.contains('.') {
        return None;
    }
    let value: f64 = number.parse().ok()?;
    let (factor, smaller) = match unit {
        "h" => (60.0, "m"),
        "m" => (60.0, "s"),
        "s" => (1000.0, "ms"),
        _ => return None,
    };
    let whole = value * factor;
    (whole.fract() == 0.0 && (1.0..1e15).contains(&whole)).then(|| format!("{whole}{smaller}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_take_the_usual_units() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("5s"), Ok(Duration::from_secs(5)));
        assert_eq!(parse_duration("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_duration("2h"), Ok(Duration::from_secs(7200)));
        for bad in ["", "5", "s", "5x", "0s", "-1s", "99999999999999999999h"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn duration_errors_say_what_is_allowed() {
        for (bad, says) in [
            (
                "1.5h",
                "decimals are not allowed, use a whole number of a smaller unit: 90m",
            ),
            ("0.5s", "use a whole number of a smaller unit: 500ms"),
            ("1.5ms", "decimals are not allowed"),
            ("0s", "use at least 1ms"),
            ("5x", "use ms, s, m or h"),
            ("5", "needs a unit: ms, s, m or h"),
        ] {
            let message = parse_duration(bad).unwrap_err();
            assert!(message.contains(says), "{bad}: {message}");
        }
        for bad in ["0s", "50ms", "2h"] {
            assert!(
                parse_push_interval(bad).unwrap_err().contains("use 100ms to 1h"),
                "{bad}"
            );
        }
        assert_eq!(parse_push_interval("100ms"), Ok(Duration::from_millis(100)));
    }

    #[test]
    fn switches_take_the_usual_spellings() {
        for on in ["1", "true", "yes", "on", "TRUE", "Yes"] {
            assert_eq!(parse_switch(on), Ok(true), "{on}");
        }
        for off in ["0", "false", "no", "off", "OFF", ""] {
            assert_eq!(parse_switch(off), Ok(false), "{off}");
        }
        assert!(parse_switch("maybe")
            .unwrap_err()
            .contains("use 1/0, true/false, yes/no or on/off"));
    }

    #[test]
    fn listen_addresses_take_host_names() {
        let addr = parse_listen_addr("localhost:8080").unwrap();
        assert!(addr.ip().is_loopback() && addr.port() == 8080, "{addr}");
        assert_eq!(parse_listen_addr("[::1]:1"), Ok("[::1]:1".parse().unwrap()));
        assert!(parse_listen_addr("localhost").unwrap_err().contains("no port"));
        assert!(parse_listen_addr("localhost:http")
            .unwrap_err()
            .contains("port must be a number"));
    }

    #[test]
    fn the_seeds_logtostderr_flag_is_accepted() {
        let config = Config::from_args(["myapp", "-logtostderr=true"]).unwrap();
        assert_eq!(config.http_addr.port(), 8080);
        assert!(Config::from_args(["myapp", "--no-such-flag"]).is_err());
    }

    #[test]
    fn a_short_myapp_secret_is_refused_with_a_clear_message() {
        assert_eq!(check_secret(None), Ok(()));
        assert_eq!(check_secret(Some(&Secret("k".repeat(MIN_SECRET_BYTES)))), Ok(()));
        for short in ["", "change-me", &"k".repeat(MIN_SECRET_BYTES - 1)] {
            let message = check_secret(Some(&Secret(short.into()))).unwrap_err();
            assert!(message.contains("MYAPP_SECRET must be at least 32 bytes"), "{message}");
            if !short.is_empty() {
                assert!(!message.contains(short), "the secret is never echoed: {message}");
            }
        }
    }

    #[test]
    fn hash_workers_default_to_the_cores() {
        let cores = std::thread::available_parallelism().unwrap().get();
        assert_eq!(usize::from(Config::from_args(["myapp"]).unwrap().hash_workers), cores);
        let config = Config::from_args(["myapp", "--hash-workers", "3"]).unwrap();
        assert_eq!(config.hash_workers, 3);
        assert!(Config::from_args(["myapp", "--hash-workers", "0"]).is_err());
    }

    #[test]
    fn database_urls_name_their_scheme() {
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/a.db"),
            Ok(DatabaseUrl::Sqlite("/tmp/a.db".into()))
        );
        assert!(DatabaseUrl::parse("postgres://x").is_err());
        assert!(matches!(
            DatabaseUrl::parse("mysql://root@127.0.0.1:3306/myapp"),
            Ok(DatabaseUrl::Mysql(_))
        ));
        assert!(
            DatabaseUrl::parse("mysql://root@127.0.0.1:3306").is_err(),
            "a database name is needed"
        );
        let url = DatabaseUrl::parse("mysql://u:hunter2@h:3306/db").unwrap();
        assert!(!format!("{url:?}").contains("hunter2"));
        assert!(DatabaseUrl::parse("sqlite://").is_err());
    }
}
