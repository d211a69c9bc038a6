//! Nothing is stored for visitors who are not logged in: their forms' CSRF
//! tokens are bound to a cookie (an HMAC under a server key), not to a
//! session. Form views by the ten thousand leave no session behind, in
//! memory or in the database; the tokens still let the right people in and
//! keep everyone else out; replicas that share a key accept each other's
//! forms; a session is made at login and only then.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{
    assert_status, enc, free_port, parse_response, spawn_app, spawn_app_on, spawn_app_with, Browser, KillOnDrop,
    Response, TestApp,
};

/// One keep-alive connection, sending GETs one after another.
struct KeepAlive {
    reader: BufReader<TcpStream>,
}

impl KeepAlive {
    fn open(addr: SocketAddr) -> KeepAlive {
        let stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        KeepAlive {
            reader: BufReader::new(stream),
        }
    }

    #[track_caller]
    fn get(&mut self, path: &str, cookie: Option<&str>) -> Response {
        let cookie = cookie.map(|c| format!("Cookie: {c}\r\n")).unwrap_or_default();
        let req = format!("GET {path} HTTP/1.1\r\nHost: t\r\nUser-Agent: crawler/1.0\r\n{cookie}\r\n");
        self.reader.get_mut().write_all(req.as_bytes()).unwrap();
        let mut head = Vec::new();
        loop {
            let before = head.len();
            self.reader.read_until(b'\n', &mut head).unwrap();
            assert!(head.len() > before, "the server closed a keep-alive connection");
            if head.ends_with(b"\r\n\r\n") {
                break;
            }
        }
        let head_only = parse_response(&head).unwrap();
        let length: usize = head_only.header("Content-Length").unwrap().parse().unwrap();
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).unwrap();
        parse_response(&[head, body].concat()).unwrap()
    }
}

/// The value a `Set-Cookie` header of `response` gives the named cookie.
fn set_cookie(response: &Response, name: &str) -> Option<String> {
    response.headers_named("Set-Cookie").into_iter().find_map(|header| {
        let value = header.strip_prefix(name)?.strip_prefix('=')?;
        Some(value.split(';').next().unwrap_or_default().to_owned())
    })
}

/// `views` GETs of the login and sign-up pages over four keep-alive
/// connections: two crawlers that drop cookies (each view makes them a new
/// CSRF cookie) and two visitors that keep theirs. Returns a kept cookie and
/// the last login token shown with it.
fn crawl_the_forms(addr: SocketAddr, views: usize) -> (String, String) {
    let connections: Vec<_> = (0..4)
        .map(|c| {
            std::thread::spawn(move || {
                let keeps_cookies = c % 2 == 0;
                let mut connection = KeepAlive::open(addr);
                let mut cookie: Option<String> = None;
                let mut token = String::new();
                for i in 0..views / 4 {
                    let path = if i % 2 == 0 { "/user/login" } else { "/user/signup" };
                    let sent = cookie.as_ref().map(|v| format!("myapp_csrf={v}"));
                    let page = connection.get(path, sent.as_deref());
                    assert_status(&page, 200);
                    assert_eq!(page.headers_named("Cache-Control"), ["no-store"]);
                    assert_eq!(page.headers_named("Vary"), ["Cookie"]);
                    assert!(set_cookie(&page, "myapp_session").is_none(), "a view made a session");
                    match (cookie.is_some(), set_cookie(&page, "myapp_csrf")) {
                        (false, Some(new)) => cookie = keeps_cookies.then_some(new),
                        (false, None) => panic!("a visitor without a CSRF cookie got none"),
                        (true, Some(_)) => panic!("a well-formed CSRF cookie was replaced"),
                        (true, None) => {}
                    }
                    if path == "/user/login" {
                        token = page.csrf();
                    }
                }
                (cookie, token)
            })
        })
        .collect();
    let kept: Vec<_> = connections.into_iter().map(|c| c.join().unwrap()).collect();
    let (cookie, token) = kept.into_iter().find(|(c, _)| c.is_some()).unwrap();
    (cookie.unwrap(), token)
}

/// Logs in with a token and CSRF cookie from earlier.
fn log_in_with(app: &TestApp, cookie: &str, token: &str, name: &str, password: &str) -> (Browser, Response) {
    let mut browser = app.browser();
    browser.csrf_cookie = Some(cookie.to_owned());
    let body = format!("csrf={token}&username={}&password={}", enc(name), enc(password));
    let r = browser.post("/user/login", &body);
    (browser, r)
}

fn sessions_in_table(app: &TestApp) -> i64 {
    let db = rusqlite::Connection::open(app.db_path()).unwrap();
    db.query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0)).unwrap()
}

fn metric(app: &TestApp, name: &str) -> String {
    let text = app.browser().get("/metrics").body;
    let line = text.lines().find(|l| l.starts_with(&format!("{name} ")));
    line.unwrap_or_else(|| panic!("no {name} in\n{text}")).to_owned()
}

#[test]
fn ten_thousand_form_views_store_no_session_and_a_form_so_shown_still_logs_in() {
    let app = spawn_app();
    assert_status(&app.browser().sign_up("reader", "password123", ""), 303);
    let started = Instant::now();
    let (cookie, token) = crawl_the_forms(app.addr, 10_000);
    eprintln!("10,000 form views in {:?}", started.elapsed());
    assert_eq!(app.app().session_count(), 0);
    assert_eq!(metric(&app, "myapp_sessions"), "myapp_sessions 0");

    let (mut browser, r) = log_in_with(&app, &cookie, &token, "reader", "password123");
    assert_status(&r, 303);
    assert_eq!(app.app().session_count(), 1, "the login, and only it, made a session");
    assert_status(&browser.get("/user/profile"), 200);
}

#[test]
fn ten_thousand_form_views_leave_the_sessions_table_unchanged() {
    let app = spawn_app_with(&["--session-store", "database"]);
    assert_status(&app.browser().sign_up("reader", "password123", ""), 303);
    assert_eq!(sessions_in_table(&app), 0);
    let (cookie, token) = crawl_the_forms(app.addr, 10_000);
    assert_eq!(sessions_in_table(&app), 0);
    assert_eq!(app.app().session_count(), 0);

    let (mut browser, r) = log_in_with(&app, &cookie, &token, "reader", "password123");
    assert_status(&r, 303);
    assert_eq!(sessions_in_table(&app), 1);
    assert_status(&browser.get("/user/profile"), 200);
}

#[test]
fn missing_forged_or_foreign_tokens_get_403_and_change_nothing() {
    let app = spawn_app();
    let mut owner = app.browser();
    assert_status(&owner.sign_up("owner", "password123", ""), 303);
    let login_token = owner.get("/user/login").csrf();
    let signup_token = owner.get("/user/signup").csrf();
    let cookie = owner.csrf_cookie.clone().unwrap();
    let mut other = app.browser();
    let other_token = other.get("/user/login").csrf();
    let other_cookie = other.csrf_cookie.clone().unwrap();
    assert_ne!(cookie, other_cookie);

    let login = |token: &str| format!("csrf={token}&username=owner&password=password123");
    let signup = |token: &str| format!("csrf={token}&username=mallory&password=password123&introduction=");
    let cases: [(&str, Option<&str>, &str, String); 10] = [
        (
            "no token",
            Some(&cookie),
            "/user/login",
            "username=owner&password=password123".into(),
        ),
        ("an empty token", Some(&cookie), "/user/login", login("")),
        ("a forged token", Some(&cookie), "/user/login", login(&"0".repeat(64))),
        (
            "a token cut short",
            Some(&cookie),
            "/user/login",
            login(&login_token[1..]),
        ),
        (
            "a token in capitals",
            Some(&cookie),
            "/user/login",
            login(&login_token.to_uppercase()),
        ),
        ("no CSRF cookie", None, "/user/login", login(&login_token)),
        ("a junk CSRF cookie", Some("x"), "/user/login", login(&login_token)),
        (
            "another visitor's token",
            Some(&cookie),
            "/user/login",
            login(&other_token),
        ),
        (
            "a token with another's cookie",
            Some(&other_cookie),
            "/user/login",
            login(&login_token),
        ),
        (
            "a login token on sign-up",
            Some(&cookie),
            "/user/signup",
            signup(&login_token),
        ),
    ];
    for (what, csrf_cookie, path, body) in cases {
        let mut browser = app.browser();
        browser.csrf_cookie = csrf_cookie.map(str::to_owned);
        let r = browser.post(path, &body);
        assert_eq!(r.status, 403, "{what}: {}", r.body);
        assert!(r.body.contains("Form expired"), "{what}");
        assert!(browser.cookie.is_none(), "{what}: no session made");
    }
    assert_eq!(app.app().session_count(), 0);
    let db = rusqlite::Connection::open(app.db_path()).unwrap();
    let mallory: i64 = db
        .query_row("SELECT COUNT(*) FROM info WHERE name = 'mallory'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mallory, 0);
    // The right token with its own cookie works, on each form.
    let mut browser = app.browser();
    browser.csrf_cookie = Some(cookie);
    assert_status(&browser.post("/user/signup", &signup(&signup_token)), 303);
    assert_status(&browser.post("/user/login", &login(&login_token)), 303);
}

#[test]
fn the_csrf_cookie_is_locked_down_and_kept_while_well_formed() {
    let app = spawn_app();
    let mut browser = app.browser();
    let first = browser.get("/user/login");
    let header = first.header("Set-Cookie").unwrap();
    assert!(header.starts_with("myapp_csrf="), "{header}");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(header.contains(attr), "{header}");
    }
    assert!(!header.contains("Secure") && !header.contains("Max-Age"), "{header}");
    assert!(
        browser.get("/user/signup").header("Set-Cookie").is_none(),
        "reused while present"
    );
    // A malformed value is replaced.
    browser.csrf_cookie = Some("not-hex".into());
    let replaced = browser.get("/user/login");
    assert!(set_cookie(&replaced, "myapp_csrf").is_some_and(|v| v.len() == 64));

    let secure = spawn_app_with(&["--secure-cookies"]);
    let r = secure.browser().get("/user/signup");
    assert!(r.header("Set-Cookie").unwrap().contains("; Secure"));
}

#[test]
fn a_login_form_reached_with_back_after_logout_still_logs_in() {
    let app = spawn_app();
    let mut browser = app.browser();
    assert_status(&browser.sign_up("back", "password123", ""), 303);
    // The login form as first shown, in Chinese: the page Back returns to.
    let cached = browser.request_with("GET", "/user/login", "", "Accept-Language: zh\r\n");
    assert!(cached.body.contains("<html lang=\"zh-Hans\">"));
    assert_eq!(cached.headers_named("Cache-Control"), ["no-store"]);
    assert_eq!(cached.headers_named("Vary"), ["Cookie"]);
    let token = cached.csrf();
    let login = format!("csrf={token}&username=back&password=password123");
    assert_status(&browser.post("/user/login", &login), 303);

    let csrf = browser.get("/user/profile").csrf();
    let out = browser.post("/user/logout", &format!("csrf={csrf}"));
    assert_status(&out, 303);
    assert!(
        set_cookie(&out, "myapp_csrf").is_none(),
        "the CSRF cookie outlives the logout"
    );
    assert!(browser.cookie.is_none());

    let again = browser.post("/user/login", &login);
    assert_status(&again, 303);
    assert_status(&browser.get("/user/profile"), 200);
}

#[test]
fn the_logout_form_is_bound_to_the_session() {
    let app = spawn_app();
    let mut browser = app.browser();
    assert_status(&browser.sign_up("leaver", "password123", ""), 303);
    assert_status(&browser.log_in("leaver", "password123"), 303);
    let session_token = browser.get("/user/profile").csrf();
    let form_token = browser.get("/user/login").csrf();
    assert_ne!(session_token, form_token);
    let mut other = app.browser();
    assert_status(&other.log_in("leaver", "password123"), 303);
    let others_token = other.get("/user/profile").csrf();
    for wrong in ["", form_token.as_str(), others_token.as_str()] {
        assert_status(&browser.post("/user/logout", &format!("csrf={wrong}")), 403);
        assert_status(&browser.get("/user/profile"), 200);
    }
    // The session's own token is also no login token.
    let forced = format!("csrf={session_token}&username=leaver&password=password123");
    assert_status(&app.browser().post("/user/login", &forced), 403);
    assert_status(&browser.post("/user/logout", &format!("csrf={session_token}")), 303);
    assert_status(&browser.get("/user/profile"), 303);
    // With no session left there is nothing to end: the same answer, no error.
    let late = browser.post("/user/logout", &format!("csrf={session_token}"));
    assert_status(&late, 303);
    assert_eq!(late.header("Location"), Some("/user/login?notice=logged-out"));
}

#[test]
fn the_profile_is_served_from_the_session_without_reading_the_account() {
    for store in ["memory", "database"] {
        let app = spawn_app_with(&["--session-store", store]);
        let mut browser = app.browser();
        assert_status(&browser.sign_up("kept", "password123", "kept at login"), 303);
        assert_status(&browser.log_in("kept", "password123"), 303);
        // Were the profile read from the account, it would be gone now.
        let db = rusqlite::Connection::open(app.db_path()).unwrap();
        db.execute(
            "UPDATE info SET introduction = 'changed behind myapp' WHERE name = 'kept'",
            [],
        )
        .unwrap();
        let page = browser.get("/user/profile");
        assert_status(&page, 200);
        assert!(page.body.contains("kept at login"), "{store}: {}", page.body);
        assert!(!page.body.contains("changed behind myapp"), "{store}");
        assert!(!page.body.contains("<dd id=\"created-at\">unknown"), "{store}");
    }
}

#[test]
fn two_replicas_on_one_database_accept_each_others_forms_without_myapp_secret() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("shared.db").display());
    let flags = ["--session-store", "database"];
    let (a, b) = (
        spawn_app_on(&url, &flags, tempfile::tempdir().unwrap()),
        spawn_app_on(&url, &flags, tempfile::tempdir().unwrap()),
    );
    let mut browser = a.browser();
    let token = browser.get("/user/signup").csrf();
    browser.addr = b.addr;
    let body = format!("csrf={token}&username=both&password=password123&introduction=");
    assert_status(&browser.post("/user/signup", &body), 303);
    let token = browser.get("/user/login").csrf();
    browser.addr = a.addr;
    let body = format!("csrf={token}&username=both&password=password123");
    assert_status(&browser.post("/user/login", &body), 303);
    browser.addr = b.addr;
    assert_status(&browser.get("/user/profile"), 200);
    let db = rusqlite::Connection::open(dir.path().join("shared.db")).unwrap();
    let (sessions, keys): (i64, i64) = db
        .query_row(
            "SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM secrets)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((sessions, keys), (1, 1), "one login, one key");
}

/// The real binary with memory sessions and the given MYAPP_SECRET (or none).
fn start_with_secret(secret: Option<&str>) -> (KillOnDrop, SocketAddr, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let (http, grpc) = (free_port(), free_port());
    let mut command = Command::new(env!("CARGO_BIN_EXE_myapp"));
    command
        .arg(format!("--http-addr=127.0.0.1:{http}"))
        .arg(format!("--grpc-addr=127.0.0.1:{grpc}"))
        .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display()))
        .arg("--log-level=warn")
        .env_remove("MYAPP_SECRET")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(secret) = secret {
        command.env("MYAPP_SECRET", secret);
    }
    let server = KillOnDrop(command.spawn().unwrap());
    let addr: SocketAddr = format!("127.0.0.1:{http}").parse().unwrap();
    let started = Instant::now();
    while TcpStream::connect(addr).is_err() {
        assert!(started.elapsed() < Duration::from_secs(10), "myapp did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    (server, addr, dir)
}

#[test]
fn processes_given_one_myapp_secret_accept_each_others_forms_and_others_do_not() {
    let secret = "a-test-secret-of-more-than-32-bytes-0123456789";
    let (_a, a, _a_dir) = start_with_secret(Some(secret));
    let (_b, b, _b_dir) = start_with_secret(Some(secret));
    let (_c, c, _c_dir) = start_with_secret(None);
    let mut browser = Browser::new(a, "secret-test");
    let token = browser.get("/user/signup").csrf();
    let body = |name: &str| format!("csrf={token}&username={name}&password=password123&introduction=");
    browser.addr = b;
    assert_status(&browser.post("/user/signup", &body("on-b")), 303);
    browser.addr = c;
    assert_status(&browser.post("/user/signup", &body("on-c")), 403);
}

#[test]
fn a_short_myapp_secret_stops_start_up_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_myapp"))
        .arg(format!("--http-addr=127.0.0.1:{}", free_port()))
        .arg(format!("--grpc-addr=127.0.0.1:{}", free_port()))
        .arg(format!("--database-url=sqlite://{}/myapp.db", dir.path().display()))
        .env("MYAPP_SECRET", "too-short-secret")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("MYAPP_SECRET must be at least 32 bytes"), "{stderr}");
    assert!(
        !stderr.contains("too-short-secret"),
        "the secret is never echoed: {stderr}"
    );
}
