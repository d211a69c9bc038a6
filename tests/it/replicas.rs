//! Several myapp replicas on one MySQL database behind nginx's round robin,
//! with `--session-store database`, as the seed ran them on Kubernetes.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mysql::prelude::Queryable;

use crate::mariadb::{shared_server, TestDatabase};
use crate::support::{assert_status, spawn_app_on, Browser, TestApp};

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

fn instance(page: &str) -> String {
    let start = page.find("<dd id=\"instance\">").expect("instance on the profile") + "<dd id=\"instance\">".len();
    page[start..start + page[start..].find("</dd>").unwrap()].to_owned()
}

#[test]
fn three_replicas_behind_nginx_share_logins_and_logouts() {
    let db = TestDatabase::create(shared_server());
    let replicas: Vec<TestApp> = (1..=3)
        .map(|i| {
            let name = format!("replica-{i}");
            let flags = ["--session-store", "database", "--instance", name.as_str()];
            spawn_app_on(&db.url(), &flags, tempfile::tempdir().unwrap())
        })
        .collect();
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
