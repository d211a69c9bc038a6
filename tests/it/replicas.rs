//! Several myapp replicas on one MySQL database behind nginx's round robin,
//! with `--session-store database`, as the seed ran them on Kubernetes:
//! logins, logouts and the login throttle's failures hold on every replica
//! (with memory sessions, each process counts its own).

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mysql::prelude::Queryable;

use crate::mariadb::{shared_server, TestDatabase};
use crate::support::{assert_status, spawn_app_on, Browser, Response, TestApp};

/// nginx from Debian's package, in front of the given backends.
struct Nginx {
    child: Child,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Nginx {
    fn start(backends: &[SocketAddr]) -> Nginx {
        let binary = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
            .expect("nginx not found: install nginx (make deps does)");
        let dir = tempfile::tempdir().unwrap();
        let port = crate::support::free_port();
        let d = dir.path().display();
        let servers: String = backends.iter().map(|b| format!("    server {b};\n")).collect();
        let conf = format!(
            "user root;\nworker_processes 1;\ndaemon off;\nerror_log {d}/error.log;\npid {d}/nginx.pid;\n\
             events {{ worker_connections 256; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
             fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n\
             upstream myapp {{\n{servers}  }}\n\
             server {{\n    listen 127.0.0.1:{port};\n    location / {{\n      proxy_pass http://myapp;\n\
             proxy_set_header Host $host;\n      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }}\n  }}\n}}\n"
        );
        let conf_path = dir.path().join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let child = Command::new(binary)
            .args(["-p", &d.to_string(), "-c", &conf_path.display().to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nginx");
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let started = Instant::now();
        while std::net::TcpStream::connect(addr).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "nginx did not start: {}",
                std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Nginx { child, addr, _dir: dir }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: the master then stops its workers too.
        // SAFETY: signalling our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

/// `n` replicas named `replica-1`… on `db`, each with `flags` too.
fn start_replicas(db: &TestDatabase, n: usize, flags: &[&str]) -> Vec<TestApp> {
    (1..=n)
        .map(|i| {
            let name = format!("replica-{i}");
            let mut all = vec!["--instance", name.as_str()];
            all.extend_from_slice(flags);
            spawn_app_on(&db.url(), &all, tempfile::tempdir().unwrap())
        })
        .collect()
}

fn instance(page: &str) -> String {
    let start = page.find("<dd id=\"instance\">").expect("instance on the profile") + "<dd id=\"instance\">".len();
    page[start..start + page[start..].find("</dd>").unwrap()].to_owned()
}

#[test]
fn three_replicas_behind_nginx_share_logins_and_logouts() {
    let db = TestDatabase::create(shared_server());
    let replicas = start_replicas(&db, 3, &["--session-store", "database"]);
    let nginx = Nginx::start(&replicas.iter().map(|r| r.addr).collect::<Vec<_>>());
    let mut browser = Browser::new(nginx.addr, "replica-test/1.0");
    // The form comes from one replica and is posted to the next: its CSRF
    // token only fits because the key that signs it is kept in the database
    // (no MYAPP_SECRET here), and the replicas agreed on it.
    assert_status(
        &browser.sign_up("shared", "password123", "one account, three replicas"),
        303,
    );
    assert_status(&browser.log_in("shared", "password123"), 303);

    let sessions: i64 = db.conn().query_first("SELECT COUNT(*) FROM sessions").unwrap().unwrap();
    assert_eq!(sessions, 1, "the login made the only session: form views stored none");
    for (from, to) in [(0, 2), (2, 1), (1, 0)] {
        let mut direct = replicas[from].browser();
        let csrf = direct.get("/user/login").csrf();
        direct.addr = replicas[to].addr;
        let body = format!("csrf={csrf}&username=shared&password=wrong-password");
        assert_status(&direct.post("/user/login", &body), 401);
    }

    let mut seen = BTreeSet::new();
    for _ in 0..30 {
        let page = browser.get("/user/profile");
        assert_status(&page, 200);
        assert!(page.body.contains("one account, three replicas"));
        seen.insert(instance(&page.body));
    }
    let all: BTreeSet<String> = (1..=3).map(|i| format!("replica-{i}")).collect();
    assert_eq!(
        seen, all,
        "the round robin reached every replica, and each knew the login"
    );

    let csrf = browser.get("/user/profile").csrf();
    let cookie = browser.cookie.clone();
    assert_status(&browser.post("/user/logout", &format!("csrf={csrf}")), 303);
    for replica in &replicas {
        let mut direct = replica.browser();
        direct.cookie = cookie.clone();
        assert_status(&direct.get("/user/profile"), 303);
    }
}

/// Every hop in these tests is 127.0.0.1: the test's own connections, and
/// nginx's to the replicas. The replicas trust it as their proxy, so the
/// test stands for a proxy in front and names the client itself. Through
/// nginx the header becomes `198.51.100.7, 127.0.0.1`; straight to a
/// replica it stays `198.51.100.7`: the client is 198.51.100.7 either way.
const TRUST_LOOPBACK: [&str; 2] = ["--trusted-proxy", "127.0.0.1"];
const FROM_GUESSER: &str = "X-Forwarded-For: 198.51.100.7\r\n";
const FROM_OWNER: &str = "X-Forwarded-For: 203.0.113.9\r\n";

/// Opens the login form at `addr` and posts it there, from `from`.
fn log_in_at(addr: SocketAddr, password: &str, from: &str) -> Response {
    let mut browser = Browser::new(addr, "throttle-test/1.0");
    let fields = format!("username=guarded&password={password}");
    browser.submit("/user/login", &fields, from)
}

#[test]
fn five_wrong_passwords_over_three_replicas_throttle_the_sixth_on_any_replica() {
    let db = TestDatabase::create(shared_server());
    let flags = [&["--session-store", "database"][..], &TRUST_LOOPBACK].concat();
    let replicas = start_replicas(&db, 3, &flags);
    let nginx = Nginx::start(&replicas.iter().map(|r| r.addr).collect::<Vec<_>>());
    let mut owner = Browser::new(nginx.addr, "replica-test/1.0");
    assert_status(&owner.sign_up("guarded", "password123", ""), 303);

    // Two guesses on replicas 1 and 2, one on replica 3: no replica saw five.
    let statuses: Vec<u16> = [0, 1, 2, 0, 1]
        .iter()
        .map(|&i| log_in_at(replicas[i].addr, "wrong-password", FROM_GUESSER).status)
        .collect();
    assert_eq!(statuses, [401; 5], "each guess was checked and wrong");

    for (i, replica) in replicas.iter().enumerate() {
        let refused = log_in_at(replica.addr, "password123", FROM_GUESSER);
        assert_eq!(
            refused.status,
            429,
            "the right password on replica-{} after five wrong ones over three replicas",
            i + 1
        );
        let wait: u64 = refused.header("Retry-After").unwrap().parse().unwrap();
        assert!(
            wait > 800 && wait <= 900,
            "one 15-minute window, from the first guess: {wait}"
        );
    }
    assert_status(&log_in_at(nginx.addr, "password123", FROM_GUESSER), 429);

    // The count is per (account, address): the owner elsewhere logs in.
    assert_status(&log_in_at(nginx.addr, "password123", FROM_OWNER), 303);
}

/// The control: without `--session-store database` the replicas share the
/// accounts only; each process keeps its own sessions and throttle counters.
#[test]
fn with_memory_sessions_each_replica_counts_wrong_passwords_on_its_own() {
    let db = TestDatabase::create(shared_server());
    let replicas = start_replicas(&db, 2, &TRUST_LOOPBACK);
    assert_status(&replicas[0].browser().sign_up("guarded", "password123", ""), 303);

    let statuses: Vec<u16> = (0..5)
        .map(|_| log_in_at(replicas[0].addr, "wrong-password", FROM_GUESSER).status)
        .collect();
    assert_eq!(statuses, [401; 5]);
    assert_status(&log_in_at(replicas[0].addr, "password123", FROM_GUESSER), 429);
    assert_status(&log_in_at(replicas[1].addr, "password123", FROM_GUESSER), 303);
}
