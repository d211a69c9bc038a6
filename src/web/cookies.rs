//! Reading the `Cookie` header and writing the session, CSRF and language
//! cookies.

use super::i18n::LANG_COOKIE;
use crate::session::{CsrfCookie, SessionId};

pub const SESSION_COOKIE: &str = "myapp_session";
/// A visitor's random value that the login and sign-up forms' tokens are
/// bound to (see `session::CsrfKey`). It outlives logins and logouts, so a
/// form shown before either still works after.
pub const CSRF_COOKIE: &str = "myapp_csrf";

/// The value of the first cookie called `name` in a `Cookie` header.
pub fn find<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k.trim() == name).then(|| v.trim().trim_matches('"'))
    })
}

fn secure_flag(secure: bool) -> &'static str {
    if secure {
        "; Secure"
    } else {
        ""
    }
}

/// `Set-Cookie` for a session: HttpOnly, SameSite=Lax, Path=/, Secure when asked.
pub fn session_cookie(id: &SessionId, secure: bool) -> String {
    let secure = secure_flag(secure);
    format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax{secure}",
        id.as_str()
    )
}

/// `Set-Cookie` that makes the browser forget the session cookie.
pub fn expired_session_cookie(secure: bool) -> String {
    let secure = secure_flag(secure);
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

/// `Set-Cookie` for a visitor's CSRF value: HttpOnly, SameSite=Lax, Path=/,
/// Secure when asked; until the browser closes, like the session's.
pub fn csrf_cookie(value: &CsrfCookie, secure: bool) -> String {
    let secure = secure_flag(secure);
    format!(
        "{CSRF_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax{secure}",
        value.as_str()
    )
}

/// `Set-Cookie` remembering the pages' language for a year.
pub fn language_cookie(code: &str, secure: bool) -> String {
    let secure = secure_flag(secure);
    // HttpOnly: no script of the site reads it; the pages are rendered in it.
    format!("{LANG_COOKIE}={code}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_others() {
        let header = "theme=dark; myapp_session=abc ; other=\"q\"";
        assert_eq!(find(header, "myapp_session"), Some("abc"));
        assert_eq!(find(header, "other"), Some("q"));
        assert_eq!(find(header, "missing"), None);
        assert_eq!(find("", "x"), None);
        assert_eq!(find(";;=;x", "x"), None);
    }
}
