//! English and Simplified Chinese: chosen by cookie, then Accept-Language.

use crate::support::{assert_status, send_raw, spawn_app};

fn get_with(app: &crate::support::TestApp, path: &str, headers: &str) -> crate::support::Response {
    let req = format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n{headers}\r\n");
    send_raw(app.addr, req.as_bytes()).unwrap()
}

#[test]
fn accept_language_picks_chinese_and_the_page_says_so() {
    let app = spawn_app();
    let zh = get_with(&app, "/user/signup", "Accept-Language: zh-CN,zh;q=0.9,en;q=0.8\r\n");
    assert!(zh.body.contains("<html lang=\"zh-Hans\">"), "{}", zh.body);
    assert!(zh.body.contains("<h1>注册</h1>") && zh.body.contains(">用户名<span class=\"hint\">"));
    let en = get_with(&app, "/user/signup", "Accept-Language: en-GB\r\n");
    assert!(en.body.contains("<html lang=\"en\">") && en.body.contains("<h1>Sign up</h1>"));
    let none = get_with(&app, "/", "");
    assert!(none.body.contains("<html lang=\"en\">"));
}

#[test]
fn the_switch_remembers_the_choice_and_goes_back() {
    let app = spawn_app();
    let r = get_with(&app, "/lang/zh?back=/user/login", "Accept-Language: en\r\n");
    assert_status(&r, 303);
    assert_eq!(r.header("Location"), Some("/user/login"));
    let cookie = r.header("Set-Cookie").unwrap();
    assert!(
        cookie.starts_with("myapp_lang=zh;") && cookie.contains("SameSite=Lax") && cookie.contains("; HttpOnly;"),
        "{cookie}"
    );
    let page = get_with(&app, "/user/login", "Accept-Language: en\r\nCookie: myapp_lang=zh\r\n");
    assert!(page.body.contains("<h1>登录</h1>"), "{}", page.body);
    assert!(
        page.body.contains("href=\"/lang/en?back=/user/login\""),
        "the switch leads back here"
    );
    for bad in ["//evil.example", "https://evil.example/", "/%0d%0aSet-Cookie:x"] {
        let r = get_with(&app, &format!("/lang/en?back={bad}"), "");
        let location = r.header("Location").unwrap().to_owned();
        assert!(location == "/" || location.starts_with("/%"), "{bad} → {location}");
        assert!(!location.starts_with("//"));
    }
}

#[test]
fn errors_and_notices_come_in_chinese_too() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.user_agent = "Mozilla/5.0".into();
    let form = browser.request("GET", "/user/signup", "");
    let csrf = form.csrf();
    let cookie = browser.cookie_header();
    let body = format!("csrf={csrf}&username=+x&password=short&introduction=");
    let req = format!(
        "POST /user/signup HTTP/1.1\r\nHost: t\r\nConnection: close\r\nCookie: {cookie}; myapp_lang=zh\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let r = send_raw(app.addr, req.as_bytes()).unwrap();
    assert_status(&r, 422);
    assert!(r.body.contains("用户名首尾不能有空格。"), "{}", r.body);
    assert!(r.body.contains("密码至少需要 8 个字符。"));
    let missing = get_with(&app, "/nope", "Accept-Language: zh\r\n");
    assert_status(&missing, 404);
    assert!(missing.body.contains("<h1>页面不存在</h1>"));
}

#[test]
fn the_profile_names_the_browser_and_operating_system() {
    let app = spawn_app();
    let mut browser = app.browser();
    browser.user_agent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36".into();
    browser.sign_up("uma", "password123", "");
    browser.log_in("uma", "password123");
    let page = browser.get("/user/profile").body;
    assert!(page.contains("<dd id=\"browser\">Chrome 120.0.0.0</dd>"), "{page}");
    assert!(page.contains("<dd id=\"os\">Linux</dd>"), "{page}");
}

/// Whether a browser that follows `location` from this site stays on it: a
/// path of its own, never `//host` or `/\host` (browsers read a backslash
/// in a path as a slash), and nothing a browser strips first (tab, newline)
/// or that could split a header.
fn stays_on_site(location: &str) -> bool {
    let path = location.split('?').next().unwrap_or_default();
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && location.bytes().all(|b| b.is_ascii_graphic())
}

#[test]
fn no_redirect_sends_a_browser_off_site() {
    let app = spawn_app();
    let hostile = [
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "%2F%2Fevil.example",
        "/%2F/evil.example",
        "%5C%5Cevil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0d%0aSet-Cookie:x=1",
        "https:evil.example",
        "https://evil.example/",
        "http:/\\evil.example",
        "javascript:alert(1)",
        "/.//evil.example",
        "/\t/evil.example",
        "/\n/evil.example",
        " //evil.example",
    ];
    let mut redirects = 0;
    for target in hostile {
        for path in [format!("/lang/en?back={target}"), format!("/lang/zh/?back={target}")] {
            let request = format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
            let Ok(answer) = send_raw(app.addr, request.as_bytes()) else {
                continue; // the connection was closed: no redirect either
            };
            if let Some(location) = answer.header("Location") {
                redirects += 1;
                assert!(stays_on_site(location), "{path:?} → {location:?}");
            }
        }
    }
    for path in [
        "//evil.example/",
        "/\\evil.example/",
        "//evil.example//",
        "/%2F%2Fevil.example/",
        "/user/?back=//evil.example",
        "/user//?x=/\\evil",
        "/user/\t/",
        "///user/",
    ] {
        let request = format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        if let Ok(answer) = send_raw(app.addr, request.as_bytes()) {
            if let Some(location) = answer.header("Location") {
                redirects += 1;
                assert!(stays_on_site(location), "{path:?} → {location:?}");
            }
        }
    }
    // Most were answered with a redirect (home, or the path): each was read.
    assert!(redirects >= 30, "only {redirects} redirects seen");
}
