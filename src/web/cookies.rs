//! Reading the `Cookie` header and writing the session cookie.

use crate::session::SessionId;

pub const SESSION_COOKIE: &str = "myapp_session";

/// The value of the first cookie called `name` in a `Cookie` header.
pub fn find<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k.trim() == name).then(|| v.trim().trim_matches('"'))
    })
}

/// `Set-Cookie` for a session: HttpOnly, SameSite=Lax, Path=/, Secure when asked.
pub fn session_cookie(id: &SessionId, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax{secure}",
        id.as_str()
    )
}

/// `Set-Cookie` that makes the browser forget the session cookie.
pub fn expired_session_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
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
