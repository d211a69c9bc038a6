//! Account settings for whoever is logged in: change the password, edit the
//! introduction, delete the account.
//!
//! Each form carries the session's own CSRF token, as the logout form does.
//! Each POST is counted like a login on the account from the client's
//! address (`Throttle::begin_login`, and with `--session-store database` the
//! counts replicas share): a wrong current password is a failed login, so a
//! session left open on someone else's screen cannot be used to guess the
//! password any faster than the login form allows, and every change counts
//! toward the address's logins, which bounds the writes one address makes.
//!
//! A password change ends every other session of the account (one a thief
//! holds among them) and keeps this one; a deletion removes the row and ends
//! every session, the browser's cookie with it. A new introduction is written
//! into the account's sessions too, since the profile page reads only the
//! session.

use std::sync::Arc;

use log::{info, warn};

use super::cookies;
use super::i18n::{self, Problem};
use super::pages;
use super::templates::{render, Field, SignedIn};
use super::throttle::LoginAttempt;
use super::user::{current_session, form_page, parsed_form, query_value, Answer};
use super::{Form, NotBegun, Reply, Request, Site};
use crate::account::{name_key, FieldError, Introduction, NewPassword, PASSWORD_MAX_CHARS};
use crate::logtext::LogText;
use crate::password::Verdict;
use crate::session::{Session, SessionId};
use crate::store::Account;

/// Where a browser goes once its account is gone.
const DELETED_PAGE: &str = "/user/deleted";

#[derive(Default)]
struct SettingsPage {
    csrf: String,
    /// For password managers (a hidden field of the password form).
    username: String,
    introduction: String,
    /// What the last change did (named so: tinytemplate reads `if notice` as `if not ice`).
    flash: Option<&'static str>,
    current_password_error: Option<String>,
    new_password_error: Option<String>,
    introduction_error: Option<String>,
    delete_error: Option<String>,
}

impl SettingsPage {
    fn fields(&self) -> [(&'static str, Field<'_>); 8] {
        [
            ("csrf", Field::Text(&self.csrf)),
            ("username", Field::Text(&self.username)),
            ("introduction", Field::Text(&self.introduction)),
            ("flash", Field::Maybe(self.flash)),
            (
                "current_password_error",
                Field::Maybe(self.current_password_error.as_deref()),
            ),
            ("new_password_error", Field::Maybe(self.new_password_error.as_deref())),
            ("introduction_error", Field::Maybe(self.introduction_error.as_deref())),
            ("delete_error", Field::Maybe(self.delete_error.as_deref())),
        ]
    }

    fn of(session: &Session) -> SettingsPage {
        SettingsPage {
            csrf: session.csrf_token.clone(),
            username: session.profile.name.clone(),
            introduction: session.profile.introduction.clone(),
            ..SettingsPage::default()
        }
    }
}

/// The settings page of the session the page was made from: its header
/// shows that login without reading the session again.
fn settings_page(site: &Site, req: &Request, status: u16, page: &SettingsPage) -> Reply {
    let user = SignedIn {
        name: page.username.clone(),
        csrf: page.csrf.clone(),
    };
    let view = site.view_as(req, Some(user));
    form_page(
        render(&view, "settings", req.lang.text().account_settings, &page.fields()),
        status,
    )
}

fn to_login() -> Reply {
    Reply::redirect_303("/user/login").private()
}

/// `GET /user/settings`: the three forms, and the notice of the last change.
pub fn settings(site: &Site, req: &Request) -> Answer {
    let Some((_, session)) = current_session(site, req)? else {
        return Ok(to_login());
    };
    let t = req.lang.text();
    let mut page = SettingsPage::of(&session);
    page.flash = match query_value(&req.query, "notice") {
        Some("password-changed") => Some(t.password_changed),
        Some("introduction-saved") => Some(t.introduction_saved),
        _ => None,
    };
    Ok(settings_page(site, req, 200, &page))
}

/// `GET /user/deleted`: says that the account is gone (no session needed:
/// there is none left).
pub fn deleted(site: &Site, req: &Request) -> Reply {
    let t = req.lang.text();
    Reply::html(200, render(&site.view(req), "deleted", t.account_deleted_title, &[])).private()
}

/// Decodes a settings form and checks its token against the session's own.
/// No live session: to the login page; a missing or foreign token: 403.
/// Either way nothing has changed.
fn checked_session_form(site: &Site, req: &Request) -> Result<(SessionId, Arc<Session>, Form), Reply> {
    let form = parsed_form(site, req)?;
    let Some((id, session)) = current_session(site, req)? else {
        return Err(to_login());
    };
    if !session.csrf_matches(form.get("csrf")) {
        warn!(
            "settings form refused: bad CSRF token for {}",
            LogText(&session.profile.name)
        );
        return Err(pages::problem(site, req, Problem::FormExpired));
    }
    Ok((id, session, form))
}

/// Counts a settings POST as a login on the account `key` from the client's
/// address, before any password is checked; with `checks_password`, in the
/// replicas' shared failure counts too.
fn begin<'a>(site: &'a Site, req: &Request, key: &str, checks_password: bool) -> Result<LoginAttempt<'a>, Reply> {
    site.begin_login(key, req.client_ip, checks_password)
        .map_err(|refused| match refused {
            NotBegun::Throttled(throttled) => {
                warn!("settings change refused: too many from {}", req.client_ip);
                pages::throttled(site, req, throttled)
            }
            NotBegun::Store(e) => pages::store_failed(site, req, e),
        })
}

/// The session's account: the row whose name is the session's (old seed data
/// may hold other rows of the same key, `SUN` beside `sun`).
fn account_of(site: &Site, req: &Request, name: &str) -> Result<Option<Account>, Reply> {
    let accounts = site
        .store
        .find_accounts(name)
        .map_err(|e| pages::store_failed(site, req, e))?;
    Ok(accounts.into_iter().find(|a| a.name == name))
}

/// The session outlived its account (deleted from another browser at the
/// same moment): it ends, and the browser is told the account is gone.
fn account_gone(site: &Site, req: &Request, id: &SessionId) -> Answer {
    site.sessions
        .remove(id)
        .map_err(|e| pages::store_failed(site, req, e))?;
    Ok(logged_out_to(DELETED_PAGE, site))
}

fn logged_out_to(location: &str, site: &Site) -> Reply {
    Reply::redirect_303(location)
        .with_header("Set-Cookie", cookies::expired_session_cookie(site.secure_cookies))
        .private()
}

/// What checking the password of the session's account found.
enum Proof<'a> {
    /// Right: the account, and the attempt to close with `proved`.
    Right(Account, LoginAttempt<'a>),
    /// Wrong: counted as a failed login.
    Wrong,
}

/// Counts a login attempt on the session's account and checks `typed`
/// against its password (one too long to have been accepted is not hashed,
/// as at login). `Err`: the answer instead: throttled, the account gone, or
/// the store failing.
fn prove_password<'a>(
    site: &'a Site,
    req: &Request,
    id: &SessionId,
    name: &str,
    typed: &str,
) -> Result<Proof<'a>, Reply> {
    let attempt = begin(site, req, &name_key(name), true)?;
    let Some(account) = account_of(site, req, name)? else {
        attempt.failed();
        return Err(account_gone(site, req, id).unwrap_or_else(|reply| reply));
    };
    let right = typed.chars().count() <= PASSWORD_MAX_CHARS
        && site.hasher.verify(typed, &account.password_hash) != Verdict::Mismatch;
    if right {
        Ok(Proof::Right(account, attempt))
    } else {
        attempt.failed();
        Ok(Proof::Wrong)
    }
}

/// `POST /user/settings/password`: current password, new password.
pub fn change_password(site: &Site, req: &Request) -> Answer {
    let (id, session, form) = checked_session_form(site, req)?;
    let t = req.lang.text();
    let name = session.profile.name.clone();
    let mut page = SettingsPage::of(&session);
    let current = form.get("current_password");
    // Nothing is counted or hashed until both fields are acceptable.
    let new_password = match (current.is_empty(), NewPassword::parse(form.get("new_password"))) {
        (false, Ok(new_password)) => new_password,
        (current_empty, parsed) => {
            page.current_password_error =
                current_empty.then(|| i18n::field_error(req.lang, t.current_password, FieldError::Empty));
            page.new_password_error = parsed.err().map(|e| i18n::field_error(req.lang, t.new_password, e));
            return Ok(settings_page(site, req, 422, &page));
        }
    };
    let (account, attempt) = match prove_password(site, req, &id, &name, current)? {
        Proof::Right(account, attempt) => (account, attempt),
        Proof::Wrong => {
            warn!("password change refused: wrong current password for {}", LogText(&name));
            page.current_password_error = Some(t.wrong_password.into());
            return Ok(settings_page(site, req, 401, &page));
        }
    };
    let hash = site.hasher.hash(new_password.expose()).map_err(|e| {
        warn!("password change failed: {e}");
        pages::problem(site, req, Problem::Internal)
    })?;
    site.store
        .set_password_hash(account.id, &hash)
        .map_err(|e| pages::store_failed(site, req, e))?;
    let ended = site
        .sessions
        .remove_all_of(&name, Some(&id))
        .map_err(|e| pages::store_failed(site, req, e))?;
    site.login_proved(attempt, &name_key(&name), req.client_ip);
    info!("password changed: {}; {ended} other sessions ended", LogText(&name));
    Ok(Reply::redirect_303("/user/settings?notice=password-changed").private())
}

/// `POST /user/settings/introduction`: the new introduction, shown on the
/// profile at once (in every session of the account).
pub fn edit_introduction(site: &Site, req: &Request) -> Answer {
    let (id, session, form) = checked_session_form(site, req)?;
    let t = req.lang.text();
    let name = session.profile.name.clone();
    let mut page = SettingsPage::of(&session);
    let typed = form.get("introduction");
    let introduction = match Introduction::parse(typed) {
        Ok(introduction) => introduction,
        Err(e) => {
            page.introduction = typed.to_owned();
            page.introduction_error = Some(i18n::field_error(req.lang, t.introduction, e));
            return Ok(settings_page(site, req, 422, &page));
        }
    };
    let attempt = begin(site, req, &name_key(&name), false)?;
    let Some(account) = account_of(site, req, &name)? else {
        attempt.no_password_asked();
        return account_gone(site, req, &id);
    };
    site.store
        .set_introduction(account.id, &introduction)
        .map_err(|e| pages::store_failed(site, req, e))?;
    site.sessions
        .set_introduction(&name, introduction.as_str())
        .map_err(|e| pages::store_failed(site, req, e))?;
    attempt.no_password_asked();
    info!("introduction changed: {}", LogText(&name));
    Ok(Reply::redirect_303("/user/settings?notice=introduction-saved").private())
}

/// `POST /user/settings/delete`: the password; then the row is gone, every
/// session of it ends, and the browser is logged out.
pub fn delete_account(site: &Site, req: &Request) -> Answer {
    let (id, session, form) = checked_session_form(site, req)?;
    let t = req.lang.text();
    let name = session.profile.name.clone();
    let mut page = SettingsPage::of(&session);
    let typed = form.get("password");
    if typed.is_empty() {
        page.delete_error = Some(i18n::field_error(req.lang, t.password, FieldError::Empty));
        return Ok(settings_page(site, req, 422, &page));
    }
    let (account, attempt) = match prove_password(site, req, &id, &name, typed)? {
        Proof::Right(account, attempt) => (account, attempt),
        Proof::Wrong => {
            warn!("account deletion refused: wrong password for {}", LogText(&name));
            page.delete_error = Some(t.wrong_password.into());
            return Ok(settings_page(site, req, 401, &page));
        }
    };
    site.store
        .delete_account(account.id)
        .map_err(|e| pages::store_failed(site, req, e))?;
    let ended = site
        .sessions
        .remove_all_of(&name, None)
        .map_err(|e| pages::store_failed(site, req, e))?;
    site.login_proved(attempt, &name_key(&name), req.client_ip);
    info!("account deleted: {}; {ended} sessions ended", LogText(&name));
    Ok(logged_out_to(DELETED_PAGE, site))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::templates::oracle::assert_renders_as_tinytemplate;

    #[test]
    fn settings_pages_render_as_tinytemplate_does() {
        let typed = "<b>\"x\" & 'y'</b> 介绍";
        let mut pages = vec![
            SettingsPage::default(),
            SettingsPage {
                csrf: typed.into(),
                username: typed.into(),
                introduction: typed.into(),
                flash: Some("saved <ok>"),
                ..SettingsPage::default()
            },
        ];
        for error in [Some(typed.to_owned()), Some("e".into())] {
            pages.push(SettingsPage {
                current_password_error: error.clone(),
                new_password_error: error.clone(),
                ..SettingsPage::default()
            });
            pages.push(SettingsPage {
                introduction_error: error.clone(),
                delete_error: error,
                ..SettingsPage::default()
            });
        }
        for page in &pages {
            assert_renders_as_tinytemplate("settings", "settings", &page.fields());
        }
        assert_renders_as_tinytemplate("deleted", "deleted", &[]);
    }
}
