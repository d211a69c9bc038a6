//! Everyday use of the pages (issue 16): the header knows who is logged in,
//! refused forms come back with what was typed and say what to do, expired
//! sessions are named, addresses are forgiving.

use crate::support::{assert_status, enc, spawn_app, spawn_app_with, Browser, Response};

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/// The header's part of a page: everything before `<main>`.
fn header(page: &Response) -> &str {
    let end = page.body.find("<main>").expect("a page with a main part");
    &page.body[..end]
}

/// The value of the form field `name` in `<main>`.
#[track_caller]
fn field_value(page: &Response, name: &str) -> String {
    let main = &page.body[page.body.find("<main>").unwrap_or(0)..];
    let marker = format!("name=\"{name}\" value=\"");
    let start = main
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} field in {main}"))
        + marker.len();
    let end = main[start..].find('"').unwrap() + start;
    main[start..end].to_owned()
}

#[track_caller]
fn logged_in(app: &crate::support::TestApp, name: &str) -> Browser {
    let mut browser = app.browser();
    assert_status(&browser.sign_up(name, "password123", "hi"), 303);
    assert_status(&browser.log_in(name, "password123"), 303);
    browser
}

#[test]
fn every_page_header_shows_who_is_logged_in_and_a_logout_form() {
    let app = spawn_app();
    let mut browser = logged_in(&app, "héloïse");
    let profile = browser.get("/user/profile");
    let token = header(&profile)
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the header's logout form has a token")
        .to_owned();
    for path in [
        "/",
        "/user",
        "/user/signup",
        "/user/login",
        "/user/profile",
        "/no/such/page",
    ] {
        let page = browser.get(path);
        let top = header(&page);
        assert!(
            top.contains("<strong id=\"header-name\">héloïse</strong>"),
            "{path}: {top}"
        );
        assert!(top.contains("action=\"/user/logout\""), "{path}");
        assert!(
            top.contains(&format!("value=\"{token}\"")),
            "{path}: the session's token"
        );
        assert!(
            top.contains("href=\"/user/profile\"") && top.contains("href=\"/user/settings\""),
            "{path}"
        );
        assert!(
            !top.contains("href=\"/user/signup\""),
            "{path}: no sign-up for a member"
        );
    }
    for path in ["/", "/user"] {
        let page = browser.get(path);
        assert!(!page.body.contains("href=\"/user/signup\""), "{path}: {}", page.body);
        assert!(page.body.contains("href=\"/user/settings\""), "{path}");
    }
    // The header's form logs out.
    let out = browser.post("/user/logout", &format!("csrf={token}"));
    assert_status(&out, 303);
    assert_eq!(app.app().session_count(), 0);
    let home = browser.get("/");
    assert!(!header(&home).contains("header-name") && header(&home).contains("href=\"/user/login\""));
}

#[test]
fn visitors_see_log_in_and_sign_up_in_the_header_and_chinese_in_chinese() {
    let app = spawn_app();
    let mut browser = app.browser();
    let home = browser.get("/");
    let top = header(&home);
    assert!(top.contains("href=\"/user/login\"") && top.contains("href=\"/user/signup\""));
    assert!(!top.contains("/user/logout"));
    assert!(top.contains("<link rel=\"icon\" href=\"/favicon.svg\""));
    let zh = browser.request_with("GET", "/user/signup", "", "Accept-Language: zh-CN\r\n");
    assert!(
        zh.body.contains("用户名<span class=\"hint\">（1–32 个字符）</span>"),
        "{}",
        zh.body
    );
    let main = &zh.body[zh.body.find("<main>").unwrap()..];
    assert!(!main.contains('(') && !main.contains("？ "), "{main}");
    assert!(main.contains("已有账户？<a"), "{main}");
}

#[test]
fn a_form_that_expired_comes_back_with_what_was_typed_and_a_fresh_token() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.get("/user/signup");
    let fields = format!(
        "csrf=stale&username={}&password=secret-word-1&introduction={}",
        enc("ann <b>"),
        enc("tea & cake")
    );
    let refused = browser.post("/user/signup", &fields);
    assert_status(&refused, 403);
    assert!(
        refused.body.contains("Form expired: please check what you typed"),
        "{}",
        refused.body
    );
    assert_eq!(field_value(&refused, "username"), "ann &lt;b&gt;");
    assert!(refused.body.contains(">tea &amp; cake</textarea>"));
    assert!(!refused.body.contains("secret-word-1"), "never the password");
    // The form shown again works.
    let csrf = refused.csrf();
    let again = fields.replace("csrf=stale", &format!("csrf={csrf}"));
    assert_status(&browser.post("/user/signup", &again), 303);

    let refused = browser.post("/user/login", "csrf=stale&username=ann+%3Cb%3E&password=secret-word-1");
    assert_status(&refused, 403);
    assert_eq!(field_value(&refused, "username"), "ann &lt;b&gt;");
    assert!(!refused.body.contains("secret-word-1"));
    let csrf = refused.csrf();
    let ok = browser.post(
        "/user/login",
        &format!("csrf={csrf}&username=ann+%3Cb%3E&password=secret-word-1"),
    );
    assert_status(&ok, 303);

    // Without a CSRF cookie at all, the form comes back with one.
    let mut fresh = app.browser();
    let refused = fresh.post("/user/login", "csrf=x&username=ann&password=p");
    assert_status(&refused, 403);
    assert!(fresh.csrf_cookie.is_some(), "a cookie for the new token");
}

#[test]
fn failed_logins_warn_before_the_wait_and_the_wait_is_said_in_minutes() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.sign_up("olga", "password123", "");
    for left in [4, 3, 2] {
        let r = browser.log_in("olga", "wrong guess");
        assert_status(&r, 401);
        assert!(!r.body.contains("attempts-left"), "{left} left: no warning yet");
    }
    let fourth = browser.log_in("olga", "wrong guess");
    assert_status(&fourth, 401);
    assert!(
        fourth.body.contains("1 attempt left before a 15-minute wait."),
        "{}",
        fourth.body
    );
    let fifth = browser.log_in("olga", "wrong guess");
    assert!(fifth.body.contains("That was the last attempt: please wait 15 minutes"));
    let refused = browser.log_in("olga", "password123");
    assert_status(&refused, 429);
    let wait: u64 = refused.header("Retry-After").unwrap().parse().unwrap();
    assert!(wait > 800 && wait <= 900, "{wait}");
    let minutes = wait.div_ceil(60);
    assert!(
        refused.body.contains(&format!(
            "Too many attempts. Please wait {minutes} minutes before trying again."
        )),
        "{}",
        refused.body
    );
    assert_eq!(field_value(&refused, "username"), "olga", "the form, with the name");
    assert!(!refused.body.contains("password123"));
    let zh = browser.request_with(
        "POST",
        "/user/login",
        &format!("csrf={}&username=olga&password=x", refused.csrf()),
        "Accept-Language: zh-CN\r\n",
    );
    assert_status(&zh, 429);
    assert!(
        zh.body.contains(&format!("尝试次数过多，请 {minutes} 分钟后再试。")),
        "{}",
        zh.body
    );
}

#[test]
fn a_throttled_sign_up_keeps_the_form_and_says_the_wait() {
    let app = spawn_app_with(&["--max-signups-per-ip", "1"]);
    let mut browser = app.browser();
    assert_status(&browser.sign_up("first", "password123", ""), 303);
    let refused = browser.sign_up("second", "password123", "about me");
    assert_status(&refused, 429);
    let wait: u64 = refused.header("Retry-After").unwrap().parse().unwrap();
    assert!(refused.body.contains(&format!(
        "Please wait {} minutes before trying again.",
        wait.div_ceil(60)
    )));
    assert_eq!(field_value(&refused, "username"), "second");
    assert!(refused.body.contains(">about me</textarea>"));
    assert!(!refused.body.contains("password123"));
}

#[test]
fn a_sign_up_while_the_database_is_locked_keeps_the_form() {
    let app = spawn_app();
    let mut browser = app.browser();
    let csrf = browser.get("/user/signup").csrf();
    // Another writer holds the file past the busy timeout: unavailable.
    let db = rusqlite::Connection::open(app.db_path()).unwrap();
    db.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let fields = format!("csrf={csrf}&username=patient&password=password123&introduction=wait+for+me");
    let r = browser.post("/user/signup", &fields);
    db.execute_batch("ROLLBACK").unwrap();
    assert_status(&r, 503);
    assert_eq!(r.header("Retry-After"), Some("5"));
    assert!(
        r.body
            .contains("Database unavailable: accounts cannot be reached right now. What you typed is kept"),
        "{}",
        r.body
    );
    assert_eq!(field_value(&r, "username"), "patient");
    assert!(r.body.contains(">wait for me</textarea>"));
    assert!(!r.body.contains("password123"));
    assert_status(&browser.post("/user/signup", &fields), 303);
}

#[test]
fn an_expired_session_sends_you_to_log_in_with_a_word_why() {
    let app = spawn_app();
    let mut browser = logged_in(&app, "sam");
    let old = browser.cookie.clone();
    let token = browser.get("/user/profile").csrf();
    assert_status(&browser.post("/user/logout", &format!("csrf={token}")), 303);
    browser.cookie = old;
    let r = browser.get("/user/profile");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login?notice=session-expired"));
    assert!(browser.cookie.is_none(), "the browser forgets the dead cookie");
    let login = browser.get("/user/login?notice=session-expired");
    assert!(login.body.contains("Your session has expired. Please log in again."));
    // Never logged in: the login page, without a word about expiry.
    let r = app.browser().get("/user/profile");
    assert_eq!(r.header("Location"), Some("/user/login"));
}

#[test]
fn after_sign_up_the_login_form_has_the_new_name_filled_in() {
    let app = spawn_app();
    let mut browser = app.browser();
    let name = "李 & <b>\"x\"";
    let r = browser.sign_up(name, "password123", "");
    assert_status(&r, 303);
    let location = r.header("Location").unwrap().to_owned();
    assert_eq!(
        location,
        "/user/login?notice=signed-up&name=%E6%9D%8E%20%26%20%3Cb%3E%22x%22"
    );
    let login = browser.get(&location);
    assert_eq!(field_value(&login, "username"), "李 &amp; &lt;b&gt;&quot;x&quot;");
    assert!(login.body.contains("Your account was created"));
    assert_status(&browser.log_in(name, "password123"), 303);
}

#[test]
fn member_since_shows_its_zone() {
    let app = spawn_app();
    let mut browser = logged_in(&app, "tz");
    let profile = browser.get("/user/profile");
    let start = profile.body.find("id=\"created-at\">").unwrap() + "id=\"created-at\">".len();
    let shown = &profile.body[start..start + profile.body[start..].find('<').unwrap()];
    let (time, zone) = shown.split_at(19);
    assert!(
        chrono::NaiveDateTime::parse_from_str(time, "%Y-%m-%d %H:%M:%S").is_ok(),
        "{shown}"
    );
    let zone = zone.trim_start();
    let offset = zone.len() == 6 && zone.starts_with(['+', '-']) && zone.as_bytes()[3] == b':';
    assert!(zone == "UTC" || offset, "{shown}");
}

#[test]
fn long_names_are_refused_by_the_server_not_cut_by_the_form() {
    let app = spawn_app();
    let mut browser = app.browser();
    let form = browser.get("/user/signup");
    assert!(!form.body.contains("maxlength"), "no field cuts a paste short");
    assert!(form
        .body
        .contains("Username<span class=\"hint\"> (1–32 characters)</span>"));
    assert!(!browser.get("/user/login").body.contains("maxlength"));
    let r = browser.sign_up(&"n".repeat(40), "password123", "");
    assert_status(&r, 422);
    assert!(r.body.contains("Username must be at most 32 characters."));
    assert_eq!(field_value(&r, "username"), "n".repeat(40), "kept whole");
}

#[test]
fn a_password_of_only_spaces_is_refused_in_both_languages() {
    let app = spawn_app();
    let mut browser = app.browser();
    for (blank, lang, message) in [
        ("        ", "en", "Password must not be only spaces."),
        ("\t\t\t\t \u{3000}\u{3000}\u{3000}", "zh-CN", "密码不能只由空格组成。"),
    ] {
        let csrf = browser.get("/user/signup").csrf();
        let r = browser.request_with(
            "POST",
            "/user/signup",
            &format!("csrf={csrf}&username=blank&password={}&introduction=", enc(blank)),
            &format!("Accept-Language: {lang}\r\n"),
        );
        assert_status(&r, 422);
        assert!(r.body.contains(message), "{lang}: {}", r.body);
    }
}

#[test]
fn an_iphone_is_shown_running_ios() {
    let app = spawn_app();
    let mut browser = logged_in(&app, "phone");
    browser.user_agent = IPHONE.into();
    let profile = browser.get("/user/profile");
    assert!(profile.body.contains("<dd id=\"os\">iOS 17.5</dd>"), "{}", profile.body);
}

#[test]
fn known_paths_with_a_trailing_slash_redirect_to_the_path() {
    let app = spawn_app();
    let mut browser = app.browser();
    for (method, path, status, location) in [
        ("GET", "/user/", 301, "/user"),
        (
            "GET",
            "/user/login/?notice=signed-up",
            301,
            "/user/login?notice=signed-up",
        ),
        ("HEAD", "/user/profile//", 301, "/user/profile"),
        ("POST", "/user/login/", 308, "/user/login"),
    ] {
        let r = browser.request(method, path, "");
        assert_eq!(r.status, status, "{method} {path}");
        assert_eq!(r.header("Location"), Some(location), "{method} {path}");
    }
    assert_status(&browser.get("/nope/"), 404);
    assert_status(&browser.get("//"), 404);
}

#[test]
fn get_logout_goes_to_the_profile_or_the_login_page() {
    let app = spawn_app();
    let mut visitor = app.browser();
    let r = visitor.get("/user/logout");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login"));
    let mut member = logged_in(&app, "stays");
    let r = member.get("/user/logout");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/profile"));
    assert_eq!(app.app().session_count(), 1, "a link logs nobody out");
}

#[test]
fn the_favicon_is_served() {
    let app = spawn_app();
    let mut browser = app.browser();
    for path in ["/favicon.ico", "/favicon.svg"] {
        let r = browser.get(path);
        assert_status(&r, 200);
        assert_eq!(r.header("Content-Type"), Some("image/svg+xml"));
        assert!(r.body.starts_with("<svg"), "{path}");
    }
}
