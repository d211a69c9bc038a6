//! Real MySQL servers for the tests, never silently skipped.
//!
//! `shared_server()` finds one this way: `$MYSQL_TEST_URL` if set
//! (`mysql://USER[:PASS]@HOST:PORT`); else a server answering on
//! 127.0.0.1:3306 as root without a password; else a private `mariadbd` in a
//! temporary folder (`make test` installs MariaDB when missing). Each test
//! gets its own database on it, dropped afterwards.
//!
//! `PrivateServer` is a mariadbd of the test's own, which it may stop and
//! start again (the fault tests); it dies with the test process.

use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use mysql::prelude::Queryable;

use crate::support::free_port;

/// A server URL without a database, e.g. `mysql://root@127.0.0.1:3306`.
pub fn shared_server() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("MYSQL_TEST_URL") {
            return url.trim_end_matches('/').to_owned();
        }
        let local = "mysql://root@127.0.0.1:3306".to_owned();
        if answers(&local) {
            return local;
        }
        // Kept for the whole test run: started from a thread that never ends,
        // since the child is killed when the thread that spawned it exits.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let server = PrivateServer::start();
            tx.send(server.url()).unwrap();
            std::mem::forget(server);
            loop {
                std::thread::park();
            }
        });
        rx.recv().expect("a private MariaDB starts")
    })
}

fn answers(server_url: &str) -> bool {
    let Ok(opts) = mysql::Opts::from_url(server_url) else {
        return false;
    };
    let opts = mysql::OptsBuilder::from_opts(opts).tcp_connect_timeout(Some(Duration::from_secs(2)));
    mysql::Conn::new(opts).is_ok()
}

/// A database of this test's own on a server; dropped with this value.
pub struct TestDatabase {
    server: String,
    pub name: String,
}

impl TestDatabase {
    pub fn create(server: &str) -> TestDatabase {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "myapp_test_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let mut conn = mysql::Conn::new(mysql::Opts::from_url(server).unwrap()).expect("connect to MySQL");
        conn.query_drop(format!("DROP DATABASE IF EXISTS {name}")).unwrap();
        conn.query_drop(format!("CREATE DATABASE {name} CHARACTER SET utf8mb4"))
            .unwrap();
        TestDatabase {
            server: server.to_owned(),
            name,
        }
    }

    /// The URL myapp is given.
    pub fn url(&self) -> String {
        format!("{}/{}", self.server, self.name)
    }

    pub fn conn(&self) -> mysql::Conn {
        mysql::Conn::new(mysql::Opts::from_url(&self.url()).unwrap()).expect("connect to the test database")
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Ok(mut conn) = mysql::Conn::new(mysql::Opts::from_url(&self.server).unwrap()) {
            let _ = conn.query_drop(format!("DROP DATABASE IF EXISTS {}", self.name));
        }
    }
}

pub struct PrivateServer {
    dir: tempfile::TempDir,
    port: u16,
    child: Option<Child>,
}

impl PrivateServer {
    /// Creates a data folder and starts mariadbd on a free port.
    pub fn start() -> PrivateServer {
        let mut server = PrivateServer::prepare();
        server.resume();
        server
    }

    /// Creates the data folder only; `resume` starts the server.
    pub fn prepare() -> PrivateServer {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(dir.path().join("tmp")).unwrap();
        // Two install-db runs at once collide on temporary tables.
        static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        let out = Command::new(find("mariadb-install-db"))
            .arg("--no-defaults")
            .arg(format!("--datadir={}", data.display()))
            .arg(format!("--tmpdir={}", dir.path().join("tmp").display()))
            .args([
                "--user=root",
                "--skip-test-db",
                "--auth-root-authentication-method=normal",
            ])
            .output()
            .expect("run mariadb-install-db (make test installs mariadb-server)");
        assert!(
            out.status.success(),
            "mariadb-install-db failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        PrivateServer {
            dir,
            port: free_port(),
            child: None,
        }
    }

    pub fn url(&self) -> String {
        format!("mysql://root@127.0.0.1:{}", self.port)
    }

    /// Starts (again) on the same data and port, and waits until it answers.
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "already running");
        let dir = self.dir.path();
        let mut command = Command::new(find("mariadbd"));
        command
            .arg("--no-defaults")
            .arg(format!("--datadir={}", dir.join("data").display()))
            // Its own: a server starting deletes every `#sql*` file in its
            // tmpdir, and in the shared /tmp those were another server's
            // temporary tables (seen as ERROR 6 in a query running there).
            .arg(format!("--tmpdir={}", dir.join("tmp").display()))
            .arg(format!("--socket={}", dir.join("mysqld.sock").display()))
            .arg(format!("--pid-file={}", dir.join("mysqld.pid").display()))
            .arg(format!("--log-error={}", dir.join("error.log").display()))
            .arg(format!("--port={}", self.port))
            .args([
                "--bind-address=127.0.0.1",
                "--user=root",
                "--skip-grant-tables",
                "--skip-log-bin",
                "--innodb-buffer-pool-size=32M",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: prctl is async-signal-safe; it only asks for a signal when the parent dies.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        self.child = Some(command.spawn().expect("start mariadbd"));
        let started = Instant::now();
        while !answers(&self.url()) {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "mariadbd did not answer: {}",
                std::fs::read_to_string(dir.join("error.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Stops the server the way an operator or a crash would: SIGTERM, or
    /// SIGKILL when `hard`. Waits until the port is closed.
    pub fn stop(&mut self, hard: bool) {
        let Some(mut child) = self.child.take() else { return };
        let signal = if hard { libc::SIGKILL } else { libc::SIGTERM };
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(child.id() as i32, signal) };
        let _ = child.wait();
        while TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for PrivateServer {
    fn drop(&mut self) {
        self.stop(true);
    }
}

/// A MariaDB program from Debian's packages.
fn find(program: &str) -> String {
    for dir in ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"] {
        let path = Path::new(dir).join(program);
        if path.exists() {
            return path.display().to_string();
        }
    }
    panic!("{program} not found: install mariadb-server (make deps does)");
}
