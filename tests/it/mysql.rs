//! The MySQL backend against a real MariaDB: the account flow, the seed's
//! data, races, database faults, and replicas sharing one database.

use std::sync::Arc;
use std::time::{Duration, Instant};

use mysql::prelude::Queryable;

use crate::mariadb::{shared_server, PrivateServer, TestDatabase};
use crate::support::{assert_status, race_twenty_signups, spawn_app_on, wait_until, TestApp, MANY_SIGNUPS};

fn app_on(db: &TestDatabase, extra: &[&str]) -> TestApp {
    spawn_app_on(&db.url(), extra, tempfile::tempdir().unwrap())
}

fn load_seed(db: &TestDatabase) {
    let mut conn = db.conn();
    let dump = include_str!("../fixtures/seed-info.sql");
    let statements = dump
        .lines()
        .filter(|l| !l.starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n");
    for statement in statements.split(";\n").map(str::trim).filter(|s| !s.is_empty()) {
        conn.query_drop(statement.trim_end_matches(';')).unwrap();
    }
}

#[test]
fn the_account_flow_works_on_mysql() {
    let db = TestDatabase::create(shared_server());
    let app = app_on(&db, &[]);
    let mut browser = app.browser();
    assert_status(&browser.get("/readyz"), 200);
    assert_status(&browser.sign_up("alice", "correct horse", "I like tea."), 303);
    assert_status(&browser.sign_up("alice", "another pass", ""), 409);
    assert_status(&browser.log_in("alice", "wrong password"), 401);
    assert_status(&browser.log_in("alice", "correct horse"), 303);
    let profile = browser.get("/user/profile");
    assert_status(&profile, 200);
    assert!(profile.body.contains("I like tea."));
    let csrf = profile.csrf();
    assert_status(&browser.post("/user/logout", &format!("csrf={csrf}")), 303);
    assert_status(&browser.get("/user/profile"), 303);

    let stored: String = db
        .conn()
        .query_first("SELECT password FROM info WHERE name = 'alice'")
        .unwrap()
        .unwrap();
    assert!(stored.starts_with("$argon2id$"));
    let created: i64 = db
        .conn()
        .query_first("SELECT created_at FROM info WHERE name = 'alice'")
        .unwrap()
        .unwrap();
    assert!(created > 1_700_000_000);
}

#[test]
fn the_seeds_table_is_migrated_in_place_and_its_users_log_in() {
    let db = TestDatabase::create(shared_server());
    load_seed(&db);
    let before: Vec<(String, String, Option<String>)> = db
        .conn()
        .query("SELECT name, password, introduction FROM info ORDER BY name")
        .unwrap();
    let app = app_on(&db, &[]);
    let mut browser = app.browser();
    assert_status(&browser.get("/readyz"), 200); // connects and migrates

    let after: Vec<(String, String, Option<String>)> = db
        .conn()
        .query("SELECT name, password, introduction FROM info ORDER BY name")
        .unwrap();
    assert_eq!(before, after, "no row lost or changed");
    let width: u64 = db
        .conn()
        .query_first(
            "SELECT CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info' AND COLUMN_NAME = 'password'",
        )
        .unwrap()
        .unwrap();
    assert!(width >= 255, "password column widened, got {width}");
    let unique: i64 = db
        .conn()
        .query_first(
            "SELECT COUNT(*) FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info' AND COLUMN_NAME = 'name_key' AND NON_UNIQUE = 0",
        )
        .unwrap()
        .unwrap();
    assert!(unique > 0, "a unique key on the name's key");

    for (name, password) in [("sun", "123456"), ("李雷", "12345678"), ("hanmeimei", "password")] {
        let mut user = app.browser();
        assert_status(&user.log_in(name, "not it"), 401);
        assert_status(&user.log_in(name, password), 303);
        let page = user.get("/user/profile").body;
        assert!(page.contains(name), "{page}");
        let hash: String = db
            .conn()
            .exec_first("SELECT password FROM info WHERE name = ?", (name,))
            .unwrap()
            .unwrap();
        assert!(hash.starts_with("$argon2id$"), "{name} upgraded");
    }
    assert!(app.browser().get("/user/profile").status == 303);
    // The unique key holds from now on.
    assert_status(&browser.sign_up("sun", "password123", ""), 409);
}

#[test]
fn duplicate_seed_names_are_kept_and_signups_still_refuse_taken_names() {
    let db = TestDatabase::create(shared_server());
    load_seed(&db);
    db.conn()
        .query_drop("INSERT INTO info VALUES ('sun', 'e10adc3949ba59abbe56e057f20f883e', 'a second sun')")
        .unwrap();
    let app = app_on(&db, &[]);
    let mut browser = app.browser();
    assert_status(&browser.get("/readyz"), 200);
    let suns: i64 = db
        .conn()
        .query_first("SELECT COUNT(*) FROM info WHERE name = 'sun'")
        .unwrap()
        .unwrap();
    assert_eq!(suns, 2, "no row removed");
    assert_status(&browser.sign_up("sun", "password123", ""), 409);
    assert_status(&browser.sign_up("newcomer", "password123", ""), 303);
    assert_status(&app.browser().sign_up("newcomer", "password123", ""), 409);
}

#[test]
fn twenty_simultaneous_signups_of_one_name_make_one_mysql_account() {
    let db = TestDatabase::create(shared_server());
    let app = app_on(&db, &MANY_SIGNUPS);
    assert_status(&app.browser().get("/readyz"), 200);
    let statuses = race_twenty_signups(&app);
    assert_eq!(statuses.iter().filter(|&&s| s == 303).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|&&s| s == 409).count(), 19, "{statuses:?}");
    let n: i64 = db
        .conn()
        .query_first("SELECT COUNT(*) FROM info WHERE name = 'racer'")
        .unwrap()
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn myapp_starts_without_mysql_and_serves_once_it_is_back() {
    let mut server = PrivateServer::prepare(); // not running yet
    let db_url = format!("{}/faults", server.url());
    let app = spawn_app_on(&db_url, &[], tempfile::tempdir().unwrap());
    let mut browser = app.browser();
    assert_status(&browser.get("/healthz"), 200);
    assert_status(&browser.get("/readyz"), 503);
    let r = browser.sign_up("early", "password123", "first!");
    assert_status(&r, 503);
    assert!(r.body.contains("Database unavailable"), "{}", r.body);
    // The forms stay, with what was typed (never the password).
    assert!(r.body.contains("name=\"username\" value=\"early\"") && r.body.contains(">first!</textarea>"));
    assert!(!r.body.contains("password123"));
    let r = browser.log_in("early", "password123");
    assert_status(&r, 503);
    assert_eq!(r.header("Retry-After"), Some("5"));
    assert!(r.body.contains("name=\"username\" value=\"early\"") && !r.body.contains("password123"));
    // With shared sessions the forms' key is kept in the database too: it
    // is read at first use, so myapp starts, and forms wait for MySQL.
    let shared = spawn_app_on(&db_url, &["--session-store", "database"], tempfile::tempdir().unwrap());
    let mut shared_browser = shared.browser();
    assert_status(&shared_browser.get("/healthz"), 200);
    let form = shared_browser.get("/user/login");
    assert_status(&form, 503);
    assert_eq!(form.header("Retry-After"), Some("5"));

    server.resume();
    mysql::Conn::new(mysql::Opts::from_url(&server.url()).unwrap())
        .unwrap()
        .query_drop("CREATE DATABASE faults")
        .unwrap();
    let back = Instant::now();
    wait_until("myapp serves again", Duration::from_secs(5), || {
        browser.get("/readyz").status == 200
    });
    eprintln!("ready again {:?} after MySQL came back", back.elapsed());
    assert_status(&browser.sign_up("later", "password123", ""), 303);
    wait_until(
        "the shared-session replica serves again",
        Duration::from_secs(5),
        || shared_browser.get("/readyz").status == 200,
    );
    assert_status(&shared_browser.log_in("later", "password123"), 303);
    assert_status(&shared_browser.get("/user/profile"), 200);
}

#[test]
fn mysql_sessions_store_nothing_for_visitors_and_an_older_sessions_table_is_migrated() {
    let db = TestDatabase::create(shared_server());
    load_seed(&db);
    // The sessions table as the previous release made it, holding a login
    // and a visitor who had only opened a form.
    db.conn()
        .query_drop(
            "CREATE TABLE sessions (
                id CHAR(64) NOT NULL PRIMARY KEY, user_name VARCHAR(64) NULL,
                csrf_token CHAR(64) NOT NULL, last_seen_ms BIGINT NOT NULL,
                KEY sessions_last_seen (last_seen_ms)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
        )
        .unwrap();
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let (login, visitor, token) = ("1".repeat(64), "2".repeat(64), "3".repeat(64));
    db.conn()
        .exec_drop(
            "INSERT INTO sessions VALUES (?, 'sun', ?, ?), (?, NULL, ?, ?)",
            (&login, &token, now_ms, &visitor, &token, now_ms),
        )
        .unwrap();
    let app = app_on(&db, &["--session-store", "database"]);
    let mut browser = app.browser();
    assert_status(&browser.get("/readyz"), 200); // connects and migrates
    let columns: Vec<String> = db
        .conn()
        .query(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions'",
        )
        .unwrap();
    assert!(
        columns.iter().any(|c| c == "introduction") && columns.iter().any(|c| c == "created_at"),
        "{columns:?}"
    );
    let mut earlier = app.browser();
    earlier.cookie = Some(login);
    let page = earlier.get("/user/profile");
    assert_status(&page, 200);
    assert!(
        page.body.contains("<span id=\"username\">sun</span>"),
        "a login from before still holds"
    );
    earlier.cookie = Some(visitor);
    assert_status(&earlier.get("/user/profile"), 303);

    let count = || -> i64 { db.conn().query_first("SELECT COUNT(*) FROM sessions").unwrap().unwrap() };
    for _ in 0..250 {
        assert_status(&browser.get("/user/login"), 200);
        assert_status(&browser.get("/user/signup"), 200);
    }
    assert_eq!(count(), 2, "500 form views stored nothing");
    assert_status(&browser.sign_up("fresh", "password123", "kept in the row"), 303);
    assert_status(&browser.log_in("fresh", "password123"), 303);
    assert_eq!(count(), 3);
    let kept: Option<String> = db
        .conn()
        .query_first("SELECT introduction FROM sessions WHERE user_name = 'fresh'")
        .unwrap();
    assert_eq!(kept.as_deref(), Some("kept in the row"));
    assert!(browser.get("/user/profile").body.contains("kept in the row"));
    let keys: i64 = db.conn().query_first("SELECT COUNT(*) FROM secrets").unwrap().unwrap();
    assert_eq!(keys, 1);
}

#[test]
fn a_mysql_restart_mid_run_loses_no_signup_that_succeeded() {
    let mut server = PrivateServer::start();
    mysql::Conn::new(mysql::Opts::from_url(&server.url()).unwrap())
        .unwrap()
        .query_drop("CREATE DATABASE restarts")
        .unwrap();
    let db_url = format!("{}/restarts", server.url());
    let app = spawn_app_on(&db_url, &MANY_SIGNUPS, tempfile::tempdir().unwrap());
    assert_status(&app.browser().get("/readyz"), 200);

    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let mut browser = app.browser();
            let stop = stop.clone();
            std::thread::spawn(move || {
                let (mut succeeded, mut refused) = (Vec::new(), 0);
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    let name = format!("user-{w}-{i}");
                    i += 1;
                    let status = browser.sign_up(&name, "password123", "").status;
                    assert!(matches!(status, 303 | 503), "{name}: {status}");
                    if status == 303 {
                        succeeded.push(name);
                    } else {
                        refused += 1;
                    }
                }
                (succeeded, refused)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(800));
    server.stop(true); // a crash, not a clean stop
    std::thread::sleep(Duration::from_millis(500));
    server.resume();
    let mut browser = app.browser();
    wait_until("myapp serves again", Duration::from_secs(5), || {
        browser.get("/readyz").status == 200
    });
    std::thread::sleep(Duration::from_millis(800));
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let (mut succeeded, mut refused) = (Vec::new(), 0);
    for worker in workers {
        let (names, n) = worker.join().unwrap();
        succeeded.extend(names);
        refused += n;
    }
    assert!(
        succeeded.len() > 4,
        "signups went through before and after: {}",
        succeeded.len()
    );
    assert!(
        refused > 0,
        "some signups met the database down and were refused with 503"
    );

    let mut conn = mysql::Conn::new(mysql::Opts::from_url(&db_url).unwrap()).unwrap();
    let stored: Vec<String> = conn.query("SELECT name FROM info").unwrap();
    for name in &succeeded {
        assert!(stored.contains(name), "{name} was answered with success but is gone");
    }
    let mut user = app.browser();
    assert_status(&user.log_in(&succeeded[0], "password123"), 303);
}
