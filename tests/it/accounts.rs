//! The account flow: sign up, log in, profile, log out, and what must hold
//! around it (sessions, CSRF, seed MD5 rows, races, restarts).

use crate::support::{assert_status, race_twenty_signups, spawn_app, spawn_app_with, MANY_SIGNUPS};

#[test]
fn sign_up_log_in_see_the_profile_and_log_out() {
    let app = spawn_app();
    let mut browser = app.browser();

    let r = browser.sign_up("alice", "correct horse", "I like tea.");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login?notice=signed-up&name=alice"));
    let login = browser.get("/user/login?notice=signed-up");
    assert!(login.body.contains("Your account was created"));

    let r = browser.log_in("alice", "correct horse");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/profile"));

    let profile = browser.get("/user/profile");
    assert_status(&profile, 200);
    assert!(profile.body.contains("<span id=\"username\">alice</span>"));
    assert!(profile.body.contains("I like tea."));
    assert_eq!(profile.header("Cache-Control"), Some("no-store"));

    let csrf = profile.csrf();
    let r = browser.post("/user/logout", &format!("csrf={csrf}"));
    assert_status(&r, 303);
    assert!(browser.cookie.is_none(), "logout clears the cookie");
    assert!(browser.csrf_cookie.is_some(), "the forms' CSRF cookie stays");
    let r = browser.get("/user/profile");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login"));
}

#[test]
fn logout_ends_the_session_on_the_server_too() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("bob", "password123", "");
    browser.log_in("bob", "password123");
    let stolen = browser.clone();
    let csrf = browser.get("/user/profile").csrf();
    browser.post("/user/logout", &format!("csrf={csrf}"));
    let r = stolen.clone().get("/user/profile");
    assert_status(&r, 303);
}

#[test]
fn the_profile_shows_the_visit_and_the_serving_host() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.user_agent = "Mozilla/5.0 (X11; Linux x86_64) TestBrowser/42.0".into();
    browser.sign_up("carol", "password123", "");
    browser.log_in("carol", "password123");
    let page = browser.get("/user/profile").body;
    assert!(
        page.contains("<dd id=\"user-agent\">Mozilla/5.0 (X11; Linux x86_64) TestBrowser/42.0</dd>"),
        "{page}"
    );
    assert!(page.contains("<dd id=\"client-ip\">127.0.0.1</dd>"), "{page}");
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    assert!(
        page.contains(&format!("<dd id=\"server-host\">{}</dd>", host.trim())),
        "{page}"
    );
    let ip = between(&page, "<dd id=\"server-ip\">", "</dd>");
    assert!(
        ip == "localhost" || ip.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| !ip.is_loopback()),
        "{ip}"
    );
    let since = between(&page, "<dd id=\"created-at\">", "</dd>");
    // The server's local time, with its zone: `UTC` or an offset.
    let zone = &since["2026-01-01 00:00:00 ".len()..];
    assert!(zone == "UTC" || zone.len() == "+08:00".len(), "{since}");
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).expect("start marker") + start.len();
    let to = text[from..].find(end).expect("end marker") + from;
    &text[from..to]
}

#[test]
fn the_profile_needs_a_login() {
    let app = spawn_app();
    let mut browser = app.browser();
    let r = browser.get("/user/profile");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login"));
    // Opening a form makes no session, only a CSRF cookie; that is no login.
    browser.get("/user/login");
    assert!(browser.cookie.is_none() && browser.csrf_cookie.is_some());
    assert_status(&browser.get("/user/profile"), 303);
    browser.cookie = browser.csrf_cookie.clone();
    assert_status(&browser.get("/user/profile"), 303);
}

#[test]
fn two_users_each_see_their_own_profile() {
    let app = spawn_app();
    let (mut a, mut b) = (app.browser(), app.browser());
    a.sign_up("dave", "password-d", "intro of dave");
    b.sign_up("erin", "password-e", "intro of erin");
    a.log_in("dave", "password-d");
    b.log_in("erin", "password-e");
    for _ in 0..3 {
        let pa = a.get("/user/profile").body;
        let pb = b.get("/user/profile").body;
        assert!(pa.contains("intro of dave") && !pa.contains("erin"));
        assert!(pb.contains("intro of erin") && !pb.contains("dave"));
    }
    // And a visitor without a session sees nobody's (the seed's bug 2).
    assert_status(&app.browser().get("/user/profile"), 303);
}

#[test]
fn the_session_cookie_is_locked_down_and_renewed_at_login() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("frank", "password123", "");
    assert!(browser.cookie.is_none(), "no session before login");
    // An id planted before login (perhaps by an attacker) is not taken over.
    let planted = "ab".repeat(32);
    browser.cookie = Some(planted.clone());
    let r = browser.log_in("frank", "password123");
    assert_status(&r, 303);
    let cookie = r
        .headers_named("Set-Cookie")
        .into_iter()
        .find(|c| c.starts_with("myapp_session="))
        .unwrap();
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attr), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain HTTP by default");
    let first = browser.cookie.clone().unwrap();
    assert_ne!(first, planted, "a fresh id at login");
    assert!(first.len() >= 32);
    // Logging in again gives another fresh id and ends the first session.
    assert_status(&browser.log_in("frank", "password123"), 303);
    let second = browser.cookie.clone().unwrap();
    assert_ne!(first, second);
    let mut former = app.browser();
    former.cookie = Some(first);
    assert_status(&former.get("/user/profile"), 303);
    assert_status(&browser.get("/user/profile"), 200);
    assert_eq!(app.app().session_count(), 1);
}

#[test]
fn secure_cookies_are_marked_secure() {
    let app = crate::support::spawn_app_with(&["--secure-cookies"]);
    let mut browser = app.browser();
    let form = browser.get("/user/login");
    assert!(form.header("Set-Cookie").unwrap().contains("; Secure"));
    browser.sign_up("sec", "password123", "");
    let r = browser.log_in("sec", "password123");
    let session = r
        .headers_named("Set-Cookie")
        .into_iter()
        .find(|c| c.starts_with("myapp_session="))
        .unwrap();
    assert!(session.contains("; Secure"), "{session}");
}

#[test]
fn a_post_without_a_valid_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.get("/user/signup");
    let attempts = [
        "username=mallory&password=password123&introduction=x".to_owned(),
        "csrf=&username=mallory&password=password123&introduction=x".to_owned(),
        format!(
            "csrf={}&username=mallory&password=password123&introduction=x",
            "0".repeat(64)
        ),
    ];
    for body in &attempts {
        assert_status(&browser.post("/user/signup", body), 403);
    }
    // A token shown to another visitor (another CSRF cookie) does not fit this one.
    let mut other = app.browser();
    let foreign = other.get("/user/signup").csrf();
    let body = format!("csrf={foreign}&username=mallory&password=password123&introduction=x");
    assert_status(&browser.post("/user/signup", &body), 403);
    // No CSRF cookie at all.
    let mut stranger = app.browser();
    assert_status(&stranger.post("/user/signup", &body), 403);
    // Nothing was created.
    assert_status(&browser.log_in("mallory", "password123"), 401);
}

#[test]
fn login_failures_say_the_same_thing_for_unknown_names_and_wrong_passwords() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("grace", "password123", "");
    let unknown = browser.log_in("nobody", "password123");
    let wrong = browser.log_in("grace", "wrong-password");
    assert_status(&unknown, 401);
    assert_status(&wrong, 401);
    let message = "Unknown username or wrong password.";
    assert!(unknown.body.contains(message) && wrong.body.contains(message));
    assert!(wrong.body.contains("value=\"grace\""), "the typed name is kept");
    assert!(!wrong.body.contains("wrong-password"), "the password is never echoed");
}

#[test]
fn signup_errors_are_shown_inline_and_keep_what_was_typed() {
    let app = spawn_app();
    let mut browser = app.browser();
    let r = browser.sign_up(" spaced", "short", "my intro");
    assert_status(&r, 422);
    assert!(
        r.body.contains("Username must not start or end with a space."),
        "{}",
        r.body
    );
    assert!(r.body.contains("Password must be at least 8 characters."));
    assert!(r.body.contains("value=\" spaced\""));
    assert!(r.body.contains(">my intro</textarea>"));
    assert!(!r.body.contains("short\""), "the password is never echoed");
    assert!(r.body.contains("aria-invalid=\"true\""));

    browser.sign_up("heidi", "password123", "");
    let r = browser.sign_up("heidi", "password456", "again");
    assert_status(&r, 409);
    assert!(r.body.contains("This username is already taken."));
    assert!(r.body.contains(">again</textarea>"));
}

#[test]
fn names_of_any_script_work() {
    let app = spawn_app();
    let mut browser = app.browser();
    assert_status(&browser.sign_up("张伟", "密码密码密码密码", "你好，世界"), 303);
    assert_status(&browser.log_in("张伟", "密码密码密码密码"), 303);
    let page = browser.get("/user/profile").body;
    assert!(page.contains("张伟") && page.contains("你好，世界"));
}

#[test]
fn a_seed_md5_account_logs_in_and_is_upgraded_to_argon2id() {
    let app = spawn_app();
    let seed_hash = format!("{:x}", md5::compute(b"123456"));
    let db = rusqlite::Connection::open(app.db_path()).unwrap();
    db.execute(
        "INSERT INTO info (name, password, introduction) VALUES ('seeduser', ?1, 'from 2017')",
        [&seed_hash],
    )
    .unwrap();
    let stored = |db: &rusqlite::Connection| -> String {
        db.query_row("SELECT password FROM info WHERE name = 'seeduser'", [], |r| r.get(0))
            .unwrap()
    };

    let mut browser = app.browser();
    assert_status(&browser.log_in("seeduser", "wrong"), 401);
    assert_eq!(stored(&db), seed_hash, "a failed login changes nothing");

    assert_status(&browser.log_in("seeduser", "123456"), 303);
    let upgraded = stored(&db);
    assert!(upgraded.starts_with("$argon2id$"), "{upgraded}");
    assert!(browser.get("/user/profile").body.contains("from 2017"));

    // The old password still works, now against the new hash.
    let mut again = app.browser();
    assert_status(&again.log_in("seeduser", "123456"), 303);
}

#[test]
fn twenty_simultaneous_signups_of_one_name_make_one_account() {
    let app = spawn_app_with(&MANY_SIGNUPS);
    let statuses = race_twenty_signups(&app);
    assert_eq!(statuses.iter().filter(|&&s| s == 303).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|&&s| s == 409).count(), 19, "{statuses:?}");
    let db = rusqlite::Connection::open(app.db_path()).unwrap();
    let n: i64 = db
        .query_row("SELECT COUNT(*) FROM info WHERE name = 'racer'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn accounts_survive_a_restart() {
    let mut app = spawn_app();
    let mut browser = app.browser();
    assert_status(&browser.sign_up("ivan", "password123", "still here"), 303);
    app.restart();
    let mut browser = app.browser();
    assert_status(&browser.log_in("ivan", "password123"), 303);
    assert!(browser.get("/user/profile").body.contains("still here"));
}

#[test]
fn new_passwords_are_stored_as_argon2id_only() {
    let app = spawn_app();
    app.browser().sign_up("judy", "password123", "");
    let db = rusqlite::Connection::open(app.db_path()).unwrap();
    let stored: String = db
        .query_row("SELECT password FROM info WHERE name = 'judy'", [], |r| r.get(0))
        .unwrap();
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    assert!(!stored.contains("password123"));
}

#[test]
fn database_sessions_work_on_sqlite_too_and_expire_when_idle() {
    let app = crate::support::spawn_app_with(&["--session-store", "database", "--session-ttl", "1s"]);
    let mut browser = app.browser();
    browser.sign_up("lena", "password123", "");
    assert_status(&browser.log_in("lena", "password123"), 303);
    assert_status(&browser.get("/user/profile"), 200);
    std::thread::sleep(std::time::Duration::from_millis(1300));
    assert_status(&browser.get("/user/profile"), 303);
}
