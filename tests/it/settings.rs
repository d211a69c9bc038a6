//! Account settings over real sockets, on SQLite and on MySQL, with memory
//! and database sessions: change the password (other sessions end), edit the
//! introduction (the profile shows it at once), delete the account (its row
//! and sessions go); each refused without the session's CSRF token, and a
//! wrong password counted like a failed login.

use crate::mariadb::{shared_server, TestDatabase};
use crate::support::{assert_status, enc, spawn_app_on, spawn_app_with, Browser, Response, TestApp};

/// A running myapp and, on MySQL, its database (kept for the app's lifetime).
struct Site {
    app: TestApp,
    mysql: Option<TestDatabase>,
    database_sessions: bool,
}

const DATABASE_SESSIONS: [&str; 2] = ["--session-store", "database"];

impl Site {
    fn sqlite(database_sessions: bool) -> Site {
        let extra: &[&str] = if database_sessions { &DATABASE_SESSIONS } else { &[] };
        Site {
            app: spawn_app_with(extra),
            mysql: None,
            database_sessions,
        }
    }

    fn mysql(database_sessions: bool) -> Site {
        let db = TestDatabase::create(shared_server());
        let extra: &[&str] = if database_sessions { &DATABASE_SESSIONS } else { &[] };
        let app = spawn_app_on(&db.url(), extra, tempfile::tempdir().unwrap());
        Site {
            app,
            mysql: Some(db),
            database_sessions,
        }
    }

    /// The first column of the first row of a `SELECT COUNT(*) …` with `?` parameters.
    #[track_caller]
    fn count(&self, sql: &str, params: &[&str]) -> i64 {
        match &self.mysql {
            Some(db) => {
                use mysql::prelude::Queryable;
                let params: Vec<String> = params.iter().map(|p| p.to_string()).collect();
                db.conn().exec_first(sql, params).unwrap().unwrap()
            }
            None => {
                let db = rusqlite::Connection::open(self.app.db_path()).unwrap();
                db.query_row(sql, rusqlite::params_from_iter(params), |row| row.get(0))
                    .unwrap()
            }
        }
    }

    /// A browser logged in as `name`.
    #[track_caller]
    fn logged_in(&self, name: &str, password: &str) -> Browser {
        let mut browser = self.app.browser();
        assert_status(&browser.log_in(name, password), 303);
        browser
    }
}

fn change_password(browser: &mut Browser, current: &str, new: &str) -> Response {
    let csrf = browser.get("/user/settings").csrf();
    browser.post(
        "/user/settings/password",
        &format!(
            "csrf={csrf}&current_password={}&new_password={}",
            enc(current),
            enc(new)
        ),
    )
}

fn save_introduction(browser: &mut Browser, text: &str) -> Response {
    let csrf = browser.get("/user/settings").csrf();
    browser.post(
        "/user/settings/introduction",
        &format!("csrf={csrf}&introduction={}", enc(text)),
    )
}

fn delete_account(browser: &mut Browser, password: &str) -> Response {
    let csrf = browser.get("/user/settings").csrf();
    browser.post(
        "/user/settings/delete",
        &format!("csrf={csrf}&password={}", enc(password)),
    )
}

fn introduction_on_profile(browser: &mut Browser) -> String {
    let page = browser.get("/user/profile");
    assert_status(&page, 200);
    let start = page.body.find("<dd id=\"introduction\">").expect("an introduction") + "<dd id=\"introduction\">".len();
    let end = page.body[start..].find("</dd>").unwrap() + start;
    page.body[start..end].to_owned()
}

/// Three browsers logged in as one account; the first changes the password.
fn a_password_change_ends_the_other_sessions_and_only_the_new_password_logs_in(site: &Site) {
    let mut signup = site.app.browser();
    assert_status(&signup.sign_up("alice", "old password", "tea"), 303);
    let mut here = site.logged_in("alice", "old password");
    let mut phone = site.logged_in("alice", "old password");
    let mut laptop = site.logged_in("alice", "old password");
    let mut bob = {
        signup.sign_up("bob", "bobs password", "");
        site.logged_in("bob", "bobs password")
    };

    let profile = here.get("/user/profile");
    assert!(
        profile.body.contains("href=\"/user/settings\""),
        "the profile links to the settings"
    );
    let page = here.get("/user/settings");
    assert_status(&page, 200);
    assert_eq!(page.header("Cache-Control"), Some("no-store"));
    for form in [
        "/user/settings/password",
        "/user/settings/introduction",
        "/user/settings/delete",
    ] {
        assert!(page.body.contains(&format!("action=\"{form}\"")), "{form}");
    }

    // Refused: the new password too short (nothing checked), the current one wrong.
    let short = change_password(&mut here, "old password", "short");
    assert_status(&short, 422);
    assert!(
        short.body.contains("New password must be at least 8 characters."),
        "{}",
        short.body
    );
    let wrong = change_password(&mut here, "not my password", "brand new password");
    assert_status(&wrong, 401);
    assert!(wrong.body.contains("The password is wrong."), "{}", wrong.body);
    for typed in ["not my password", "brand new password", "not+my+password"] {
        assert!(!wrong.body.contains(typed), "a password is never shown again: {typed}");
    }
    assert_status(&phone.get("/user/profile"), 200);

    let changed = change_password(&mut here, "old password", "brand new password");
    assert_status(&changed, 303);
    assert_eq!(
        changed.header("Location"),
        Some("/user/settings?notice=password-changed")
    );
    let notice = here.get("/user/settings?notice=password-changed");
    assert!(notice.body.contains("Your password was changed."), "{}", notice.body);

    assert_status(&here.get("/user/profile"), 200);
    for other in [&mut phone, &mut laptop] {
        let r = other.get("/user/profile");
        assert_status(&r, 303);
        assert_eq!(r.header("Location"), Some("/user/login?notice=session-expired"));
    }
    assert_status(&bob.get("/user/profile"), 200);
    if site.database_sessions {
        let rows = "SELECT COUNT(*) FROM sessions WHERE user_name = ?";
        assert_eq!(site.count(rows, &["alice"]), 1, "only this session's row is left");
        assert_eq!(site.count(rows, &["bob"]), 1);
    }

    assert_status(&site.app.browser().log_in("alice", "old password"), 401);
    assert_status(&site.app.browser().log_in("alice", "brand new password"), 303);
}

/// The profile of every session of the account shows a new introduction at once.
fn a_new_introduction_shows_on_the_profile_at_once(site: &Site) {
    let mut signup = site.app.browser();
    assert_status(&signup.sign_up("carol", "carols password", "tea"), 303);
    let mut here = site.logged_in("carol", "carols password");
    let mut there = site.logged_in("carol", "carols password");
    assert_eq!(introduction_on_profile(&mut there), "tea");

    let too_long = "长".repeat(501);
    let refused = save_introduction(&mut here, &too_long);
    assert_status(&refused, 422);
    assert!(refused.body.contains("at most 500 characters"), "{}", refused.body);
    assert!(refused.body.contains(&too_long), "what was typed is kept");
    assert_eq!(introduction_on_profile(&mut here), "tea");

    let saved = save_introduction(&mut here, "coffee <b>now</b> & then");
    assert_status(&saved, 303);
    assert_eq!(
        saved.header("Location"),
        Some("/user/settings?notice=introduction-saved")
    );
    assert!(here
        .get("/user/settings?notice=introduction-saved")
        .body
        .contains("Your introduction was saved."));
    let escaped = introduction_on_profile(&mut here);
    assert_eq!(escaped, "coffee &lt;b&gt;now&lt;/b&gt; &amp; then");
    assert_eq!(introduction_on_profile(&mut there), escaped, "the other session too");
    let mut fresh = site.logged_in("carol", "carols password");
    assert_eq!(introduction_on_profile(&mut fresh), escaped, "and it was stored");
    if site.database_sessions {
        let sql = "SELECT COUNT(*) FROM sessions WHERE user_name = ? AND introduction = ?";
        assert_eq!(site.count(sql, &["carol", "coffee <b>now</b> & then"]), 3);
    }
    // An empty introduction is allowed.
    assert_status(&save_introduction(&mut there, ""), 303);
    assert_eq!(introduction_on_profile(&mut here), "");
}

/// Deleted: the row and every session go, the browser is logged out, and the
/// name is free again.
fn a_deleted_account_is_gone_with_its_sessions_and_its_name_is_free(site: &Site) {
    let mut signup = site.app.browser();
    assert_status(&signup.sign_up("dave", "daves password", "tea"), 303);
    let mut here = site.logged_in("dave", "daves password");
    let mut there = site.logged_in("dave", "daves password");
    let info = "SELECT COUNT(*) FROM info WHERE name = ?";
    let sessions = "SELECT COUNT(*) FROM sessions WHERE user_name = ?";

    assert_status(&delete_account(&mut here, ""), 422);
    let wrong = delete_account(&mut here, "not daves password");
    assert_status(&wrong, 401);
    assert!(wrong.body.contains("The password is wrong."));
    assert!(!wrong.body.contains("not daves password"));
    assert_eq!(site.count(info, &["dave"]), 1);
    assert_status(&there.get("/user/profile"), 200);

    let deleted = delete_account(&mut here, "daves password");
    assert_status(&deleted, 303);
    assert_eq!(deleted.header("Location"), Some("/user/deleted"));
    let cookie = deleted
        .headers_named("Set-Cookie")
        .into_iter()
        .find(|c| c.starts_with("myapp_session="))
        .expect("the session cookie is expired");
    assert!(cookie.contains("Max-Age=0"), "{cookie}");
    assert!(here.cookie.is_none());
    let page = here.get("/user/deleted");
    assert_status(&page, 200);
    assert!(page.body.contains("Your account was deleted"), "{}", page.body);

    assert_eq!(site.count(info, &["dave"]), 0, "the row is gone");
    if site.database_sessions {
        assert_eq!(site.count(sessions, &["dave"]), 0, "no session row of it is left");
    }
    assert_status(&there.get("/user/profile"), 303);
    assert_status(&site.app.browser().log_in("dave", "daves password"), 401);

    let mut again = site.app.browser();
    assert_status(&again.sign_up("dave", "another password", "a new dave"), 303);
    let mut new_dave = site.logged_in("dave", "another password");
    assert_eq!(introduction_on_profile(&mut new_dave), "a new dave");
    assert_status(&there.get("/user/profile"), 303);
}

/// Five wrong current passwords, then 429 for the settings and the login
/// form alike; with database sessions, the count outlives a restart.
fn wrong_current_passwords_count_as_failed_logins(site: &mut Site) {
    let mut signup = site.app.browser();
    assert_status(&signup.sign_up("erin", "erins password", ""), 303);
    let mut here = site.logged_in("erin", "erins password");
    let statuses: Vec<u16> = (0..5)
        .map(|i| {
            if i % 2 == 0 {
                change_password(&mut here, "guess", "a new password").status
            } else {
                delete_account(&mut here, "guess").status
            }
        })
        .collect();
    assert_eq!(statuses, [401; 5]);
    let sixth = change_password(&mut here, "erins password", "a new password");
    assert_status(&sixth, 429);
    assert!(sixth.header("Retry-After").is_some());
    assert_status(&delete_account(&mut here, "erins password"), 429);
    assert_status(&site.app.browser().log_in("erin", "erins password"), 429);
    if site.database_sessions {
        // The memory counters are gone with the process; the shared ones stay.
        site.app.restart();
        let mut after = site.app.browser();
        assert_status(&after.log_in("erin", "erins password"), 429);
    }
    assert_status(&site.app.browser().log_in("erin", "erins password"), 429);
    assert_eq!(site.count("SELECT COUNT(*) FROM info WHERE name = ?", &["erin"]), 1);
}

/// Without the session's own token nothing changes: 403.
fn settings_forms_without_the_sessions_token_are_refused(site: &Site) {
    let mut signup = site.app.browser();
    assert_status(&signup.sign_up("frank", "franks password", "tea"), 303);
    let mut here = site.logged_in("frank", "franks password");
    let mut other = site.logged_in("frank", "franks password");
    let others_token = other.get("/user/settings").csrf();
    let visitors_token = site.app.browser().get("/user/login").csrf();
    let forms = [
        (
            "/user/settings/password",
            "current_password=franks+password&new_password=stolen+password",
        ),
        ("/user/settings/introduction", "introduction=defaced"),
        ("/user/settings/delete", "password=franks+password"),
    ];
    let forged = "0".repeat(64);
    for (path, fields) in forms {
        for token in [
            None,
            Some(forged.as_str()),
            Some(others_token.as_str()),
            Some(visitors_token.as_str()),
        ] {
            let body = match token {
                Some(token) => format!("csrf={token}&{fields}"),
                None => fields.to_owned(),
            };
            let r = here.post(path, &body);
            assert_status(&r, 403);
            assert!(r.body.contains("Form expired"), "{path}");
        }
    }
    assert_eq!(introduction_on_profile(&mut here), "tea");
    assert_eq!(introduction_on_profile(&mut other), "tea");
    assert_eq!(site.count("SELECT COUNT(*) FROM info WHERE name = ?", &["frank"]), 1);
    assert_status(&site.app.browser().log_in("frank", "franks password"), 303);
    // No session: nothing to change, the login page instead.
    let mut visitor = site.app.browser();
    let r = visitor.post("/user/settings/delete", &format!("csrf={visitors_token}&password=x"));
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login"));
}

#[test]
fn a_password_change_ends_the_other_sessions_on_sqlite() {
    a_password_change_ends_the_other_sessions_and_only_the_new_password_logs_in(&Site::sqlite(false));
    a_password_change_ends_the_other_sessions_and_only_the_new_password_logs_in(&Site::sqlite(true));
}

#[test]
fn a_password_change_ends_the_other_sessions_on_mysql() {
    a_password_change_ends_the_other_sessions_and_only_the_new_password_logs_in(&Site::mysql(true));
    a_password_change_ends_the_other_sessions_and_only_the_new_password_logs_in(&Site::mysql(false));
}

#[test]
fn a_new_introduction_shows_on_the_profile_at_once_on_sqlite() {
    a_new_introduction_shows_on_the_profile_at_once(&Site::sqlite(false));
    a_new_introduction_shows_on_the_profile_at_once(&Site::sqlite(true));
}

#[test]
fn a_new_introduction_shows_on_the_profile_at_once_on_mysql() {
    a_new_introduction_shows_on_the_profile_at_once(&Site::mysql(true));
}

#[test]
fn a_deleted_account_is_gone_with_its_sessions_on_sqlite() {
    a_deleted_account_is_gone_with_its_sessions_and_its_name_is_free(&Site::sqlite(false));
    a_deleted_account_is_gone_with_its_sessions_and_its_name_is_free(&Site::sqlite(true));
}

#[test]
fn a_deleted_account_is_gone_with_its_sessions_on_mysql() {
    a_deleted_account_is_gone_with_its_sessions_and_its_name_is_free(&Site::mysql(true));
}

#[test]
fn wrong_current_passwords_count_as_failed_logins_on_sqlite() {
    wrong_current_passwords_count_as_failed_logins(&mut Site::sqlite(false));
    wrong_current_passwords_count_as_failed_logins(&mut Site::sqlite(true));
}

#[test]
fn wrong_current_passwords_count_as_failed_logins_on_mysql() {
    wrong_current_passwords_count_as_failed_logins(&mut Site::mysql(true));
}

#[test]
fn settings_forms_without_the_sessions_token_are_refused_on_sqlite() {
    settings_forms_without_the_sessions_token_are_refused(&Site::sqlite(false));
}

#[test]
fn settings_forms_without_the_sessions_token_are_refused_on_mysql() {
    settings_forms_without_the_sessions_token_are_refused(&Site::mysql(true));
}

#[test]
fn the_settings_need_a_login_take_only_their_methods_and_speak_chinese() {
    let site = Site::sqlite(false);
    let mut visitor = site.app.browser();
    let r = visitor.get("/user/settings");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login"));
    for (method, path, allow) in [
        ("GET", "/user/settings/password", "POST"),
        ("GET", "/user/settings/introduction", "POST"),
        ("GET", "/user/settings/delete", "POST"),
        ("POST", "/user/settings", "GET, HEAD"),
        ("POST", "/user/deleted", "GET, HEAD"),
    ] {
        let r = visitor.request(method, path, "");
        assert_status(&r, 405);
        assert_eq!(r.header("Allow"), Some(allow), "{method} {path}");
    }

    visitor.sign_up("gina", "ginas password", "");
    let mut gina = site.logged_in("gina", "ginas password");
    let zh = "Accept-Language: zh-CN\r\n";
    let page = gina.request_with("GET", "/user/settings", "", zh);
    for text in ["账户设置", "修改密码", "当前密码", "删除账户"] {
        assert!(page.body.contains(text), "{text}");
    }
    let csrf = page.csrf();
    let body = format!("csrf={csrf}&current_password=wrong+password&new_password=x");
    let refused = gina.request_with("POST", "/user/settings/password", &body, zh);
    assert_status(&refused, 422);
    assert!(refused.body.contains("新密码至少需要 8 个字符。"), "{}", refused.body);
    let body = format!("csrf={csrf}&current_password=wrong+password&new_password=long+enough");
    let refused = gina.request_with("POST", "/user/settings/password", &body, zh);
    assert_status(&refused, 401);
    assert!(refused.body.contains("密码错误。"));
    let body = format!("csrf={csrf}&password=ginas+password");
    assert_status(&gina.request_with("POST", "/user/settings/delete", &body, zh), 303);
    let gone = gina.request_with("GET", "/user/deleted", "", zh);
    assert!(gone.body.contains("你的账户已删除"), "{}", gone.body);
}

#[test]
fn an_older_mysql_sessions_table_gets_a_key_on_user_name_and_its_rows_end_with_a_password_change() {
    use mysql::prelude::Queryable;
    let db = TestDatabase::create(shared_server());
    // The sessions table as an earlier release made it: no profile columns, no key on user_name.
    db.conn()
        .query_drop(
            "CREATE TABLE sessions (
                id CHAR(64) NOT NULL PRIMARY KEY, user_name VARCHAR(64) NULL,
                csrf_token CHAR(64) NOT NULL, last_seen_ms BIGINT NOT NULL,
                KEY sessions_last_seen (last_seen_ms)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
        )
        .unwrap();
    let app = spawn_app_on(&db.url(), &DATABASE_SESSIONS, tempfile::tempdir().unwrap());
    let site = Site {
        app,
        mysql: Some(db),
        database_sessions: true,
    };
    let mut browser = site.app.browser();
    assert_status(&browser.sign_up("hugo", "hugos password", "tea"), 303);
    let key = "SELECT COUNT(*) FROM information_schema.STATISTICS
               WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = ?";
    assert_eq!(site.count(key, &["sessions_user_name"]), 1, "the key was added");

    // A login an earlier release wrote: the profile is read from the account.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let (old_id, token) = ("4".repeat(64), "5".repeat(64));
    site.mysql
        .as_ref()
        .unwrap()
        .conn()
        .exec_drop(
            "INSERT INTO sessions (id, user_name, csrf_token, last_seen_ms) VALUES (?, 'hugo', ?, ?)",
            (&old_id, &token, now_ms),
        )
        .unwrap();
    let mut earlier = site.app.browser();
    earlier.cookie = Some(old_id);
    assert_eq!(introduction_on_profile(&mut earlier), "tea");

    let mut here = site.logged_in("hugo", "hugos password");
    assert_status(&save_introduction(&mut here, "coffee"), 303);
    assert_eq!(
        introduction_on_profile(&mut earlier),
        "coffee",
        "the earlier login shows it too"
    );
    assert_status(&change_password(&mut here, "hugos password", "hugos new password"), 303);
    assert_status(&earlier.get("/user/profile"), 303);
    let rows = "SELECT COUNT(*) FROM sessions WHERE user_name = ?";
    assert_eq!(site.count(rows, &["hugo"]), 1);
    assert_eq!(introduction_on_profile(&mut here), "coffee");
}

#[test]
fn with_mysql_down_every_settings_form_answers_503_and_nothing_changes() {
    use mysql::prelude::Queryable;
    let mut server = crate::mariadb::PrivateServer::start();
    mysql::Conn::new(mysql::Opts::from_url(&server.url()).unwrap())
        .unwrap()
        .query_drop("CREATE DATABASE settings_faults")
        .unwrap();
    let app = spawn_app_on(
        &format!("{}/settings_faults", server.url()),
        &[],
        tempfile::tempdir().unwrap(),
    );
    let mut browser = app.browser();
    assert_status(&browser.sign_up("iris", "iris password", "tea"), 303);
    let mut here = app.browser();
    assert_status(&here.log_in("iris", "iris password"), 303);

    server.stop(false);
    // Memory sessions: the page still opens; every change needs the accounts.
    for r in [
        save_introduction(&mut here, "coffee"),
        change_password(&mut here, "iris password", "a new password"),
        delete_account(&mut here, "iris password"),
    ] {
        assert_status(&r, 503);
        assert!(r.body.contains("Database unavailable"), "{}", r.body);
        assert_eq!(r.header("Retry-After"), Some("5"));
    }
    assert_eq!(introduction_on_profile(&mut here), "tea");

    server.resume();
    crate::support::wait_until("myapp serves again", std::time::Duration::from_secs(10), || {
        browser.get("/readyz").status == 200
    });
    assert_status(&app.browser().log_in("iris", "iris password"), 303);
    assert_status(&save_introduction(&mut here, "coffee"), 303);
    assert_eq!(introduction_on_profile(&mut here), "coffee");
}
