//! Names (issue 14): usernames in any script on any seed table (latin1,
//! utf8mb3, utf8mb4), one uniqueness rule on every store, case-equal seed
//! duplicates that keep their own passwords, a wrong password for a seed
//! account as slow as an unknown name, one login throttle for all case
//! variants of a name, look-alike names refused, and a statement the server
//! refuses told apart from an outage. Real MariaDB, real HTTP.

use mysql::prelude::Queryable;

use crate::mariadb::{shared_server, TestDatabase};
use crate::support::{assert_status, enc, spawn_app, spawn_app_on, spawn_app_with, TestApp, MANY_SIGNUPS};

/// The seed's table as MySQL 5.x made it: latin1, case-insensitive, with
/// the case-equal duplicates `sun` (123456) and `SUN` (sunshine1).
const LATIN1_SEED: &str = include_str!("../fixtures/seed-info-latin1.sql");
/// As MySQL 8 makes it: utf8mb4, case-insensitive.
const UTF8MB4_SEED: &str = include_str!("../fixtures/seed-info-utf8mb4.sql");
/// As old dumps give it: `CHARSET=utf8`, i.e. utf8mb3 (no emoji).
const UTF8MB3_SEED: &str = include_str!("../fixtures/seed-info-utf8mb3.sql");

/// Names a latin1 table could never hold, one per kind: Chinese, Arabic,
/// and two emoji names that a `_general_ci` collation weighs alike.
const NAMES_BEYOND_LATIN1: [(&str, &str); 4] = [
    ("新用户", "你好，我是新用户"),
    ("مريم", "مرحبا"),
    ("x😀", "grinning 😀"),
    ("x😎", "cool 😎"),
];

const NEW_PASSWORD: &str = "correct horse battery";

// ---- helpers ------------------------------------------------------------

fn app_on(db: &TestDatabase, extra: &[&str]) -> TestApp {
    spawn_app_on(&db.url(), extra, tempfile::tempdir().unwrap())
}

/// A connection to the test database that speaks utf8mb4, whatever the
/// server's default (a private mariadbd started `--no-defaults` says latin1).
fn conn(db: &TestDatabase) -> mysql::Conn {
    let mut conn = db.conn();
    conn.query_drop("SET NAMES utf8mb4").unwrap();
    conn
}

/// A fresh database holding `fixture` (statements ending `;` at a line's end).
fn seeded(fixture: &str) -> TestDatabase {
    let db = TestDatabase::create(shared_server());
    let mut conn = conn(&db);
    let statements: Vec<&str> = fixture.lines().filter(|l| !l.starts_with("--")).collect();
    for statement in statements.join("\n").split(";\n").map(str::trim) {
        let statement = statement.trim_end_matches(';');
        if !statement.is_empty() {
            conn.query_drop(statement).unwrap();
        }
    }
    db
}

/// One account row as the seed knew it: name, password, introduction.
type Row = (String, Option<String>, Option<String>);

/// Every row of `info`, sorted by its bytes (not by any collation).
fn rows(db: &TestDatabase) -> Vec<Row> {
    let mut rows: Vec<Row> = conn(db).query("SELECT name, password, introduction FROM info").unwrap();
    rows.sort();
    rows
}

/// The stored password of the one row named exactly `name` (byte for byte,
/// so `SUN` is not `sun` whatever the column's collation).
#[track_caller]
fn password_of(db: &TestDatabase, name: &str) -> String {
    let found: Vec<Option<String>> = conn(db)
        .exec("SELECT password FROM info WHERE BINARY name = ?", (name,))
        .unwrap();
    assert_eq!(found.len(), 1, "one row named {name:?}");
    found[0].clone().unwrap_or_default()
}

/// The character set of each text column of `info`.
fn text_column_charsets(db: &TestDatabase) -> Vec<(String, String)> {
    conn(db)
        .query(
            "SELECT COLUMN_NAME, CHARACTER_SET_NAME FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'info' AND CHARACTER_SET_NAME IS NOT NULL",
        )
        .unwrap()
}

/// Text between `start` and the next `end` in a page.
#[track_caller]
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).unwrap_or_else(|| panic!("no {start:?} in\n{page}")) + start.len();
    let to = page[from..].find(end).expect("end marker") + from;
    &page[from..to]
}

/// What a profile page says: the name shown, and the introduction.
#[track_caller]
fn shown(profile: &str) -> (&str, &str) {
    (
        between(profile, "<span id=\"username\">", "</span>"),
        between(profile, "<dd id=\"introduction\">", "</dd>"),
    )
}

/// Logs in as `name` on a browser of its own (303), and returns the profile page.
#[track_caller]
fn log_in_and_see_profile(app: &TestApp, name: &str, password: &str) -> String {
    let mut browser = app.browser();
    let login = browser.log_in(name, password);
    assert_eq!(login.status, 303, "logging in as {name:?}: {}", login.body);
    let profile = browser.get("/user/profile");
    assert_status(&profile, 200);
    profile.body
}

/// A metric's value on `/metrics`: the line named `name` whose labels
/// include `label` (`""` for a metric without labels), in any label order.
fn metric(app: &TestApp, name: &str, label: &str) -> Option<f64> {
    let text = app.browser().get("/metrics").body;
    text.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?;
        let (labels, value) = match rest.strip_prefix('{') {
            Some(labelled) => labelled.split_once('}')?,
            None => ("", rest.strip_prefix(' ')?),
        };
        if !labels.contains(label) {
            return None;
        }
        value.split_whitespace().next()?.parse().ok()
    })
}

// ---- the seed table in any charset takes names in any script ------------

/// The seed table in `fixture` (its text columns in `charset`) is migrated
/// to utf8mb4 without a row changed; its MD5 rows in `md5_logins` log in
/// (and only they are upgraded); names in any script sign up, log in and
/// show on the profile.
fn a_seed_table_keeps_its_rows_and_takes_names_in_any_script(
    fixture: &str,
    charset: &str,
    md5_logins: &[(&str, &str)],
    new_names: &[(&str, &str)],
) {
    let db = seeded(fixture);
    let declared = text_column_charsets(&db);
    assert!(
        !declared.is_empty() && declared.iter().all(|(_, c)| c == charset),
        "the fixture's columns are {charset}: {declared:?}"
    );
    let before = rows(&db);
    let app = app_on(&db, &[]);
    assert_status(&app.browser().get("/readyz"), 200); // connects and migrates

    assert_eq!(rows(&db), before, "the migration changed no row");

    for &(name, password) in md5_logins {
        let profile = log_in_and_see_profile(&app, name, password);
        let intro = before.iter().find(|row| row.0 == name).and_then(|row| row.2.as_deref());
        assert_eq!(shown(&profile), (name, intro.unwrap_or_default()), "{name}'s profile");
    }
    for &(name, intro) in new_names {
        let mut browser = app.browser();
        let signup = browser.sign_up(name, NEW_PASSWORD, intro);
        assert_eq!(signup.status, 303, "signing up {name:?}: {}", signup.body);
        let profile = log_in_and_see_profile(&app, name, NEW_PASSWORD);
        assert_eq!(shown(&profile), (name, intro), "{name}'s profile");
    }

    let after = rows(&db);
    assert_eq!(after.len(), before.len() + new_names.len(), "{after:?}");
    for (name, password, intro) in &before {
        let row = after
            .iter()
            .find(|row| &row.0 == name && &row.2 == intro)
            .unwrap_or_else(|| panic!("{name:?} lost or changed: {after:?}"));
        if md5_logins.iter().any(|&(logged_in, _)| logged_in == name) {
            let upgraded = row.1.as_deref().unwrap_or_default();
            assert!(upgraded.starts_with("$argon2id$"), "{name} upgraded: {upgraded}");
        } else {
            assert_eq!(&row.1, password, "{name:?} did not log in: its password is as it was");
        }
    }
    let charsets = text_column_charsets(&db);
    assert!(
        !charsets.is_empty() && charsets.iter().all(|(_, charset)| charset == "utf8mb4"),
        "every text column of info is utf8mb4: {charsets:?}"
    );
}

#[test]
fn a_latin1_seed_table_keeps_its_rows_and_takes_names_in_any_script() {
    a_seed_table_keeps_its_rows_and_takes_names_in_any_script(
        LATIN1_SEED,
        "latin1",
        &[
            ("sun", "123456"),
            ("José", "jose1234"),
            ("Müller", "muller99"),
            ("hanmeimei", "password"),
        ],
        &NAMES_BEYOND_LATIN1,
    );
}

#[test]
fn a_utf8mb4_seed_table_keeps_its_rows_and_takes_names_in_any_script() {
    a_seed_table_keeps_its_rows_and_takes_names_in_any_script(
        UTF8MB4_SEED,
        "utf8mb4",
        &[
            ("sun", "123456"),
            ("李雷", "12345678"),
            ("José", "jose1234"),
            ("Ωmega", "omega123"), // mixes scripts, as sign-up now refuses
            ("hanmeimei", "password"),
        ],
        &NAMES_BEYOND_LATIN1,
    );
}

#[test]
fn a_utf8mb3_seed_table_holds_an_emoji_name_after_migration() {
    a_seed_table_keeps_its_rows_and_takes_names_in_any_script(
        UTF8MB3_SEED,
        "utf8mb3",
        &[("sun", "123456"), ("李雷", "12345678"), ("Ωmega", "omega123")],
        &[("x😀", "grinning 😀"), ("新用户", "你好")],
    );
}

// ---- one uniqueness rule on every store ----------------------------------

/// `Bob`, `bob`, `BOB` and fullwidth `ＢＯＢ` are one name, and so are
/// `café` in NFC and in NFD; an accent is not a case (`Noël` is not `Noel`).
fn names_differing_only_in_case_width_or_normal_form_are_one_account(app: &TestApp) {
    let mut browser = app.browser();
    assert_status(&browser.sign_up("Bob", "bobs password", "I am Bob"), 303);
    for variant in ["bob", "BOB", "ＢＯＢ"] {
        let again = browser.sign_up(variant, "another password", "");
        assert_eq!(again.status, 409, "{variant:?} after Bob: {}", again.body);
    }
    for typed in ["bob", "ＢＯＢ"] {
        let profile = log_in_and_see_profile(app, typed, "bobs password");
        assert_eq!(shown(&profile), ("Bob", "I am Bob"), "logged in as {typed:?}");
    }

    assert_status(&browser.sign_up("caf\u{e9}", "cafe password", "NFC"), 303);
    let nfd = browser.sign_up("cafe\u{301}", "another password", "NFD");
    assert_eq!(nfd.status, 409, "NFD café after NFC café: {}", nfd.body);
    let profile = log_in_and_see_profile(app, "cafe\u{301}", "cafe password");
    assert_eq!(shown(&profile), ("caf\u{e9}", "NFC"), "NFD typed, NFC shown");

    assert_status(&browser.sign_up("Noel", "noel password", "plain"), 303);
    assert_status(&browser.sign_up("No\u{eb}l", "noël password", "accented"), 303);
    let profile = log_in_and_see_profile(app, "No\u{eb}l", "noël password");
    assert_eq!(shown(&profile), ("No\u{eb}l", "accented"));
}

#[test]
fn names_differing_only_in_case_width_or_normal_form_are_one_account_on_sqlite() {
    let app = spawn_app_with(&MANY_SIGNUPS);
    names_differing_only_in_case_width_or_normal_form_are_one_account(&app);
}

#[test]
fn names_differing_only_in_case_width_or_normal_form_are_one_account_on_fresh_mysql() {
    let db = TestDatabase::create(shared_server());
    let app = app_on(&db, &MANY_SIGNUPS);
    names_differing_only_in_case_width_or_normal_form_are_one_account(&app);
}

#[test]
fn names_differing_only_in_case_width_or_normal_form_are_one_account_on_a_migrated_latin1_seed() {
    let db = seeded(LATIN1_SEED);
    let app = app_on(&db, &MANY_SIGNUPS);
    names_differing_only_in_case_width_or_normal_form_are_one_account(&app);
}

// ---- case-equal seed duplicates ------------------------------------------

#[test]
fn case_equal_seed_duplicates_each_log_in_with_their_own_password_after_the_others_upgrade() {
    let db = seeded(LATIN1_SEED);
    let app = app_on(&db, &[]);
    assert_status(&app.browser().get("/readyz"), 200);
    let capital_md5 = password_of(&db, "SUN");
    assert_eq!(capital_md5, "d5c0607301ad5d5c1528962a83992ac8", "MD5 of sunshine1");

    let profile = log_in_and_see_profile(&app, "sun", "123456");
    assert_eq!(shown(&profile), ("sun", "hello, I am sun"));
    let small_hash = password_of(&db, "sun");
    assert!(small_hash.starts_with("$argon2id$"), "sun upgraded: {small_hash}");
    assert_eq!(
        password_of(&db, "SUN"),
        capital_md5,
        "sun's upgrade left SUN's row alone"
    );

    let profile = log_in_and_see_profile(&app, "SUN", "sunshine1");
    assert_eq!(shown(&profile), ("SUN", "the other SUN, in capitals"));
    let capital_hash = password_of(&db, "SUN");
    assert!(capital_hash.starts_with("$argon2id$"), "SUN upgraded: {capital_hash}");
    assert_eq!(
        password_of(&db, "sun"),
        small_hash,
        "SUN's upgrade left sun's row alone"
    );

    for (name, password, intro) in [
        ("sun", "123456", "hello, I am sun"),
        ("SUN", "sunshine1", "the other SUN, in capitals"),
    ] {
        let profile = log_in_and_see_profile(&app, name, password);
        assert_eq!(shown(&profile), (name, intro), "{name} again, after both upgrades");
    }
    // Either spelling reaches both rows; the password picks the row.
    let profile = log_in_and_see_profile(&app, "SUN", "123456");
    assert_eq!(shown(&profile).0, "sun", "the row whose hash matched");
    let profile = log_in_and_see_profile(&app, "sun", "sunshine1");
    assert_eq!(shown(&profile).0, "SUN", "the row whose hash matched");
}

// ---- timing --------------------------------------------------------------

fn median(mut samples: Vec<std::time::Duration>) -> std::time::Duration {
    samples.sort();
    let n = samples.len();
    (samples[(n - 1) / 2] + samples[n / 2]) / 2
}

#[test]
fn a_wrong_password_for_a_seed_account_takes_as_long_as_an_unknown_name() {
    let db = seeded(LATIN1_SEED);
    // Each attempt comes from an address of its own (through a trusted
    // proxy), so forty failures meet no login limit.
    let app = app_on(&db, &["--trusted-proxy", "127.0.0.1"]);
    assert_status(&app.browser().get("/readyz"), 200);
    let mut browser = app.browser();
    let mut attempts = 0;
    let mut refused_login = |name: &str| {
        attempts += 1;
        let csrf = browser.get("/user/login").csrf();
        let body = format!("csrf={csrf}&username={}&password=not+the+password", enc(name));
        let from = format!("X-Forwarded-For: 198.51.100.{attempts}\r\n");
        let started = std::time::Instant::now();
        let refused = browser.request_with("POST", "/user/login", &body, &from);
        let took = started.elapsed();
        assert_eq!(refused.status, 401, "{name}: {}", refused.body);
        took
    };
    for i in 0..2 {
        refused_login("hanmeimei"); // warm-up: connections, argon2's memory
        refused_login(&format!("warm-up-{i}"));
    }
    let (mut seed, mut unknown) = (Vec::new(), Vec::new());
    for i in 0..20 {
        // Interleaved, first one then the other, so drift hits both alike.
        if i % 2 == 0 {
            seed.push(refused_login("hanmeimei"));
            unknown.push(refused_login(&format!("nobody-{i}")));
        } else {
            unknown.push(refused_login(&format!("nobody-{i}")));
            seed.push(refused_login("hanmeimei"));
        }
    }
    let (seed, unknown) = (median(seed), median(unknown));
    eprintln!("median refusal: seed (MD5) account {seed:?}, unknown name {unknown:?}");
    let (fast, slow) = (seed.min(unknown), seed.max(unknown));
    assert!(
        slow.as_secs_f64() <= fast.as_secs_f64() * 1.2,
        "not within 20%: seed account {seed:?}, unknown name {unknown:?}"
    );
}

// ---- one throttle for every case variant ---------------------------------

/// Five wrong passwords, each as another case variant of `sun`, spend the
/// account's allowance: the sixth, `SuN` with the right password, is 429.
fn case_variants_share_one_login_throttle(app: &TestApp, right_password: &str) {
    let mut browser = app.browser();
    for typed in ["sun", "SUN", "Sun", "sUn", "suN"] {
        assert_status(&browser.log_in(typed, "wrong password"), 401);
    }
    let sixth = browser.log_in("SuN", right_password);
    assert_eq!(sixth.status, 429, "the sixth attempt, right password: {}", sixth.body);
    // The limit is the account's, not the address's.
    assert_status(&browser.log_in("someone-else", "wrong password"), 401);
}

#[test]
fn case_variants_of_a_name_share_one_login_throttle_on_sqlite() {
    let app = spawn_app();
    assert_status(&app.browser().sign_up("sun", "sun password", ""), 303);
    case_variants_share_one_login_throttle(&app, "sun password");
}

#[test]
fn case_variants_of_a_name_share_one_login_throttle_on_a_latin1_seed() {
    let db = seeded(LATIN1_SEED);
    let app = app_on(&db, &[]);
    case_variants_share_one_login_throttle(&app, "123456");
}

// ---- look-alike names ----------------------------------------------------

const INVISIBLE: &str = "must not contain invisible or formatting characters";
const MIXED_SCRIPTS: &str = "must not mix scripts that look alike, such as Latin and Cyrillic";
const LEADING_MARK: &str = "must not start with a combining mark";
const REPEATED_SPACE: &str = "must not contain two spaces in a row";

#[test]
fn look_alike_names_are_refused_at_sign_up_with_a_message_that_says_why() {
    let app = spawn_app_with(&MANY_SIGNUPS);
    let mut browser = app.browser();
    assert_status(&browser.sign_up("admin", NEW_PASSWORD, ""), 303);
    let refused = [
        ("\u{202E}nimda", "right-to-left override: shows as admin", INVISIBLE),
        ("ad\u{200B}min", "zero-width space", INVISIBLE),
        ("ad\u{200D}min", "zero-width joiner", INVISIBLE),
        ("ad\u{AD}min", "soft hyphen", INVISIBLE),
        ("ad\u{FEFF}min", "byte order mark", INVISIBLE),
        ("ad\u{3164}min", "Hangul filler", INVISIBLE),
        ("ad\u{2800}min", "Braille pattern blank", INVISIBLE),
        ("ad\u{3000}min", "ideographic space", INVISIBLE),
        ("admin\u{E0041}", "tag character", INVISIBLE),
        ("\u{430}dmin", "Cyrillic а among Latin", MIXED_SCRIPTS),
        ("\u{391}dmin", "Greek Α among Latin", MIXED_SCRIPTS),
        ("\u{301}", "a lone combining mark", LEADING_MARK),
        ("\u{301}admin", "a combining mark first", LEADING_MARK),
        ("ad  min", "two spaces", REPEATED_SPACE),
    ];
    for (name, what, why) in refused {
        let page = browser.sign_up(name, NEW_PASSWORD, "");
        assert_eq!(page.status, 422, "{what} ({name:?}): {}", page.body);
        assert!(
            page.body.contains(why),
            "{what} ({name:?}): no {why:?} in\n{}",
            page.body
        );
    }
    // Not over-strict: an emoji with its variation selector, as phones type
    // it; Latin with Han, Arabic alone, a single space, an accent.
    for name in ["x\u{2764}\u{FE0F}", "tanaka太郎", "مريم", "Ann Lee", "Zo\u{eb}"] {
        let page = browser.sign_up(name, NEW_PASSWORD, "");
        assert_eq!(page.status, 303, "{name:?} accepted: {}", page.body);
    }
}

// ---- a statement the server refuses is a bug, not an outage --------------

#[test]
fn a_statement_the_server_refuses_is_a_500_and_leaves_readiness_alone() {
    let db = TestDatabase::create(shared_server());
    let app = app_on(&db, &[]);
    let mut alice = app.browser();
    assert_status(&alice.sign_up("alice", NEW_PASSWORD, "I like tea."), 303);
    // A fault only a test (or a careless operator) makes: a column dropped
    // behind myapp's back, so the account lookup is refused (error 1054).
    conn(&db)
        .query_drop("ALTER TABLE info DROP COLUMN introduction")
        .unwrap();

    let refused = alice.log_in("alice", NEW_PASSWORD);
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert!(refused.body.contains("Something went wrong"), "{}", refused.body);
    assert!(!refused.body.contains("Database unavailable"), "{}", refused.body);
    assert_status(&app.browser().get("/readyz"), 200);
    assert_eq!(
        metric(
            &app,
            "myapp_database_statement_errors_total",
            "statement=\"find_accounts\""
        ),
        Some(1.0),
        "{}",
        app.browser().get("/metrics").body
    );
    assert_eq!(metric(&app, "myapp_database_errors_total", ""), Some(0.0));
    // No backoff either: the next attempt meets the same refusal, not a 503.
    assert_status(&app.browser().log_in("alice", NEW_PASSWORD), 500);
    assert_status(&app.browser().get("/readyz"), 200);
}
