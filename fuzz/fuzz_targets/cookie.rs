//! Cookie and language headers: the input is a `Cookie` header, a cookie
//! name and an `Accept-Language` header, one per line. Whatever they hold,
//! reading them never panics and a session or CSRF cookie is always found
//! intact.
#![no_main]

use libfuzzer_sys::fuzz_target;
use myapp::session::{CsrfCookie, SessionId};
use myapp::web::cookies::{find, CSRF_COOKIE, SESSION_COOKIE};
use myapp::web::Lang;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.splitn(3, '\n');
    let header = lines.next().unwrap_or_default();
    let name = lines.next().unwrap_or_default();
    let accept_language = lines.next().unwrap_or_default();

    for name in [name, SESSION_COOKIE, CSRF_COOKIE, "myapp_lang"] {
        if let Some(value) = find(header, name) {
            let range = header.as_ptr() as usize..=header.as_ptr() as usize + header.len();
            assert!(
                range.contains(&(value.as_ptr() as usize)),
                "the value is a slice of the header"
            );
            assert!(!value.contains(';'), "{value:?} spans two cookies");
            assert!(
                !value.starts_with('"') && !value.ends_with('"'),
                "{value:?} keeps its quotes"
            );
            if let Some(id) = SessionId::parse(value) {
                assert_eq!(id.as_str(), value);
            }
            if let Some(csrf) = CsrfCookie::parse(value) {
                assert_eq!(csrf.as_str(), value);
            }
        }
    }

    // A browser's session and CSRF cookies are found behind whatever else it sends.
    let id = "0123456789abcdef".repeat(4);
    for cookie in [SESSION_COOKIE, CSRF_COOKIE] {
        if !header.contains(cookie) {
            let sent = format!("{header}; {cookie}={id}");
            assert_eq!(find(&sent, cookie), Some(id.as_str()), "{sent:?}");
        }
    }

    let lang = Lang::negotiate(header, accept_language);
    if let Some(chosen) = find(header, "myapp_lang").and_then(Lang::from_code) {
        assert_eq!(lang, chosen, "the cookie's choice wins");
    }
});
