//! The account pages: sign up, log in, profile, log out.
//!
//! Nothing is stored for a visitor who is not logged in: the login and
//! sign-up forms carry a token bound to the visitor's CSRF cookie (see
//! `session::CsrfKey`), set with the first form shown and kept across logins
//! and logouts, so a form shown before either still works. A session is made
//! at login, with a fresh id so that an id planted before login is worth
//! nothing after it; it holds what the profile shows, and the logout form's
//! token is its own.

use std::cell::RefCell;
use std::sync::Arc;

use chrono::{Local, Offset, TimeZone};
use log::{info, warn};

use super::cookies::{self, CSRF_COOKIE, SESSION_COOKIE};
use super::forwarded::IpText;
use super::i18n::{self, Lang, Problem};
use super::pages;
use super::templates::{render, Field, SignedIn};
use super::throttle::{FailuresLeft, Throttled};
use super::useragent;
use super::{forms, Form, NotBegun, Reply, Request, Site};
use crate::account::{
    name_key, FieldError, Introduction, NewPassword, Username, NAME_KEY_MAX_CHARS, PASSWORD_MAX_CHARS,
};
use crate::logtext::LogText;
use crate::password::Verdict;
use crate::session::{CsrfCookie, FormPurpose, Profile, Session, SessionId};
use crate::store::{Account, StoreError};

/// What a handler answers: the page, or (`Err`) the error page that replaced it.
pub type Answer = Result<Reply, Reply>;

/// The session named by the request's cookie, if it is live.
pub(super) fn current_session(site: &Site, req: &Request) -> Result<Option<(SessionId, Arc<Session>)>, Reply> {
    let Some(id) = cookies::find(&req.cookie, SESSION_COOKIE).and_then(SessionId::parse) else {
        return Ok(None);
    };
    let session = site.sessions.get(&id).map_err(|e| pages::store_failed(site, req, e))?;
    Ok(session.map(|s| (id, s)))
}

/// Whoever the request's session cookie names, for the page header; None
/// without a cookie (no store read), for a session that is not live, or
/// when the session store fails (the page itself reports that, if it needs
/// the store).
pub fn signed_in(site: &Site, req: &Request) -> Option<SignedIn> {
    let id = cookies::find(&req.cookie, SESSION_COOKIE).and_then(SessionId::parse)?;
    let session = site.sessions.get(&id).ok()??;
    Some(header_user(&session))
}

fn header_user(session: &Session) -> SignedIn {
    SignedIn {
        name: session.profile.name.clone(),
        csrf: session.csrf_token.clone(),
    }
}

/// The live session of a page that needs a login; otherwise the answer to
/// send: the login page, saying the session expired when the browser sent
/// a session cookie that names no live session (and making it forget it).
pub fn require_session(site: &Site, req: &Request) -> Result<(SessionId, Arc<Session>), Reply> {
    match current_session(site, req)? {
        Some(found) => Ok(found),
        None if cookies::find(&req.cookie, SESSION_COOKIE).is_some() => {
            Err(Reply::redirect_303("/user/login?notice=session-expired")
                .with_header("Set-Cookie", cookies::expired_session_cookie(site.secure_cookies))
                .private())
        }
        None => Err(Reply::redirect_303("/user/login").private()),
    }
}

/// Whole minutes to wait, rounded up, for the pages (at least one).
fn minutes(wait: std::time::Duration) -> u64 {
    wait.as_secs().div_ceil(60).max(1)
}

/// The visitor's CSRF cookie, if the request carries a well-formed one.
fn visitor_cookie(req: &Request) -> Option<CsrfCookie> {
    cookies::find(&req.cookie, CSRF_COOKIE).and_then(CsrfCookie::parse)
}

/// The token for a form shown to a visitor, and the `Set-Cookie` to send
/// when the visitor had no CSRF cookie yet.
fn visitor_token(site: &Site, req: &Request, purpose: FormPurpose) -> Result<(String, Option<String>), Reply> {
    let (cookie, set_cookie) = match visitor_cookie(req) {
        Some(cookie) => (cookie, None),
        None => {
            let cookie = CsrfCookie::new();
            let set_cookie = cookies::csrf_cookie(&cookie, site.secure_cookies);
            (cookie, Some(set_cookie))
        }
    };
    let token = site
        .csrf
        .token(&cookie, purpose)
        .map_err(|e| pages::store_failed(site, req, e))?;
    Ok((token, set_cookie))
}

/// A page holding a form: never stored (Back fetches it again, with a token
/// for the cookie the browser holds then), and varying with the cookie for
/// any cache on the way.
pub(super) fn form_page(html: String, status: u16) -> Reply {
    Reply::html(status, html).private().with_header("Vary", "Cookie")
}

fn with_set_cookie(reply: Reply, set_cookie: Option<String>) -> Reply {
    match set_cookie {
        Some(cookie) => reply.with_header("Set-Cookie", cookie),
        None => reply,
    }
}

/// Decodes a POSTed form; the 400 page when it is not one.
pub(super) fn parsed_form(site: &Site, req: &Request) -> Result<Form, Reply> {
    Form::parse(&req.body).map_err(|e| {
        warn!("refused a form: {}", LogText(&e.to_string()));
        pages::problem(site, req, Problem::BadForm)
    })
}

/// Decodes a visitor's POSTed form and checks its token against the CSRF
/// cookie: the form and whether the token fits. On failure, the reply to
/// send (400 or 503), and nothing has changed.
fn checked_visitor_form(site: &Site, req: &Request, purpose: FormPurpose) -> Result<(Form, bool), Reply> {
    let form = parsed_form(site, req)?;
    let fits = match visitor_cookie(req) {
        Some(cookie) => site
            .csrf
            .verify(&cookie, purpose, form.get("csrf"))
            .map_err(|e| pages::store_failed(site, req, e))?,
        None => false,
    };
    Ok((form, fits))
}

/// A form sent with a token that does not fit is shown again (403), with
/// a fresh token, what was typed, and a word that it expired.
fn expired_form(site: &Site, req: &Request, purpose: FormPurpose, show: impl FnOnce(String) -> Reply) -> Answer {
    info!("refused a form with a stale or missing token: shown again");
    let (csrf, set_cookie) = visitor_token(site, req, purpose)?;
    Ok(with_set_cookie(show(csrf), set_cookie))
}

#[derive(Default)]
struct SignupPage {
    csrf: String,
    /// Why the form is shown again without a field at fault (expired,
    /// throttled, the database down). (TinyTemplate reads `if notice` as
    /// `if not ice`.)
    form_notice: Option<String>,
    username: String,
    introduction: String,
    errors: Vec<String>,
    username_error: Option<String>,
    password_error: Option<String>,
    introduction_error: Option<String>,
}

impl SignupPage {
    fn fields(&self) -> [(&'static str, Field<'_>); 8] {
        [
            ("csrf", Field::Text(&self.csrf)),
            ("form_notice", Field::Maybe(self.form_notice.as_deref())),
            ("username", Field::Text(&self.username)),
            ("introduction", Field::Text(&self.introduction)),
            ("errors", Field::List(&self.errors)),
            ("username_error", Field::Maybe(self.username_error.as_deref())),
            ("password_error", Field::Maybe(self.password_error.as_deref())),
            ("introduction_error", Field::Maybe(self.introduction_error.as_deref())),
        ]
    }
}

pub fn signup_form(site: &Site, req: &Request) -> Answer {
    let (csrf, set_cookie) = visitor_token(site, req, FormPurpose::Signup)?;
    let page = SignupPage {
        csrf,
        ..SignupPage::default()
    };
    Ok(with_set_cookie(signup_page(site, req, 200, &page), set_cookie))
}

fn signup_page(site: &Site, req: &Request, status: u16, page: &SignupPage) -> Reply {
    form_page(
        render(&site.view(req), "signup", req.lang.text().sign_up, &page.fields()),
        status,
    )
}

pub fn signup(site: &Site, req: &Request) -> Answer {
    let (form, fits) = checked_visitor_form(site, req, FormPurpose::Signup)?;
    let mut page = SignupPage {
        // Shown again with the form: the token just checked fits it still.
        csrf: form.get("csrf").to_owned(),
        username: form.get("username").to_owned(),
        introduction: form.get("introduction").to_owned(),
        ..SignupPage::default()
    };
    if !fits {
        return expired_form(site, req, FormPurpose::Signup, |csrf| {
            page.csrf = csrf;
            page.form_notice = Some(req.lang.text().form_expired_again.into());
            signup_page(site, req, Problem::FormExpired.status(), &page)
        });
    }
    let username = Username::parse(form.get("username"));
    let password = NewPassword::parse(form.get("password"));
    let introduction = Introduction::parse(form.get("introduction"));
    let (username, password, introduction) = match (username, password, introduction) {
        (Ok(u), Ok(p), Ok(i)) => (u, p, i),
        (u, p, i) => {
            let t = req.lang.text();
            page.username_error = field_error(req.lang, &mut page.errors, t.username, u.err());
            page.password_error = field_error(req.lang, &mut page.errors, t.password, p.err());
            page.introduction_error = field_error(req.lang, &mut page.errors, t.introduction, i.err());
            return Ok(signup_page(site, req, 422, &page));
        }
    };
    // Counted before the hash, like a login: a burst cannot outrun the count.
    if let Err(throttled) = site.throttle.begin_signup(req.client_ip) {
        warn!("sign-up refused: too many from {}", req.client_ip);
        site.metrics.throttled("signup");
        page.form_notice = Some(i18n::wait_message(req.lang, true, minutes(throttled.wait())));
        return Ok(signup_page(site, req, 429, &page).with_header("Retry-After", retry_after(throttled)));
    }
    let hash = match site.hasher.hash(password.expose()) {
        Ok(hash) => hash,
        Err(e) => {
            warn!("signup failed: {e}");
            return Err(pages::problem(site, req, Problem::Internal));
        }
    };
    match site.store.create_account(&username, &hash, &introduction) {
        Ok(()) => {
            info!("account created: {}", LogText(username.as_str()));
            // Sessions are kept by name: one a deleted account of this name
            // still held (a login racing its deletion) must not become a
            // session of the new account.
            if let Err(e) = site.sessions.remove_all_of(username.as_str(), None) {
                warn!("could not end old sessions of a new account's name: {e}");
            }
            // The login form fills the name in.
            let location = format!("/user/login?notice=signed-up&name={}", forms::encode(username.as_str()));
            Ok(Reply::redirect_303(&location))
        }
        Err(StoreError::NameTaken) => {
            let message = req.lang.text().name_taken;
            page.errors.push(message.into());
            page.username_error = Some(message.into());
            Ok(signup_page(site, req, 409, &page))
        }
        // Down for now: the form stays, to be sent again in a moment.
        Err(e @ StoreError::Unavailable(_)) => {
            pages::note_store_error(site, &e);
            warn!("{e}");
            page.form_notice = Some(req.lang.text().database_down_again.into());
            Ok(signup_page(site, req, 503, &page).with_header("Retry-After", "5"))
        }
        Err(e) => Err(pages::store_failed(site, req, e)),
    }
}

/// Records a field's error for the list at the top and returns it for the field.
fn field_error(lang: Lang, errors: &mut Vec<String>, label: &str, error: Option<FieldError>) -> Option<String> {
    let message = i18n::field_error(lang, label, error?);
    errors.push(message.clone());
    Some(message)
}

#[derive(Default)]
struct LoginPage {
    csrf: String,
    username: String,
    flash: Option<&'static str>,
    error: Option<String>,
    /// How many failures are left before a wait, when few are.
    warning: Option<String>,
    /// Whether the error is about what was typed.
    invalid: bool,
}

impl LoginPage {
    fn fields(&self) -> [(&'static str, Field<'_>); 6] {
        [
            ("csrf", Field::Text(&self.csrf)),
            ("username", Field::Text(&self.username)),
            ("flash", Field::Maybe(self.flash)),
            ("error", Field::Maybe(self.error.as_deref())),
            ("warning", Field::Maybe(self.warning.as_deref())),
            ("invalid", Field::Flag(self.invalid)),
        ]
    }
}

/// `Retry-After` in whole seconds (at least one).
fn retry_after(throttled: Throttled) -> String {
    throttled.wait().as_secs().max(1).to_string()
}

/// The longest name taken from the login page's address (a sign-up's
/// name is at most 32 characters): anything longer is not filled in.
const MAX_PREFILLED_NAME_CHARS: usize = 64;

pub fn login_form(site: &Site, req: &Request) -> Answer {
    let (csrf, set_cookie) = visitor_token(site, req, FormPurpose::Login)?;
    let t = req.lang.text();
    let flash = match query_value(&req.query, "notice") {
        Some("signed-up") => Some(t.signed_up),
        Some("logged-out") => Some(t.logged_out),
        Some("session-expired") => Some(t.session_expired),
        _ => None,
    };
    // After a sign-up, the new name (escaped by the template like any text).
    let username = Form::parse(req.query.as_bytes())
        .ok()
        .map(|query| query.get("name").to_owned())
        .filter(|name| name.chars().count() <= MAX_PREFILLED_NAME_CHARS)
        .unwrap_or_default();
    let page = LoginPage {
        csrf,
        flash,
        username,
        ..LoginPage::default()
    };
    Ok(with_set_cookie(login_page(site, req, 200, &page), set_cookie))
}

fn login_page(site: &Site, req: &Request, status: u16, page: &LoginPage) -> Reply {
    form_page(
        render(&site.view(req), "login", req.lang.text().log_in, &page.fields()),
        status,
    )
}

pub fn login(site: &Site, req: &Request) -> Answer {
    let (form, fits) = checked_visitor_form(site, req, FormPurpose::Login)?;
    let typed_name = form.get("username");
    let typed_password = form.get("password");
    // Shown again with the form: the token just checked fits it still.
    let again = |error: String| LoginPage {
        csrf: form.get("csrf").to_owned(),
        username: typed_name.to_owned(),
        error: Some(error),
        ..LoginPage::default()
    };
    if !fits {
        return expired_form(site, req, FormPurpose::Login, |csrf| {
            let page = LoginPage {
                csrf,
                ..again(req.lang.text().form_expired_again.into())
            };
            login_page(site, req, Problem::FormExpired.status(), &page)
        });
    }
    let throttled_page = |throttled: Throttled| {
        let page = again(i18n::wait_message(req.lang, false, minutes(throttled.wait())));
        login_page(site, req, 429, &page).with_header("Retry-After", retry_after(throttled))
    };
    let failed = |left: FailuresLeft| {
        let page = LoginPage {
            warning: (left.failures <= 1).then(|| i18n::attempts_left(req.lang, left.failures, minutes(left.wait))),
            invalid: true,
            ..again(req.lang.text().login_failed.into())
        };
        login_page(site, req, 401, &page)
    };
    // Every way of writing one name is one account, and one counter.
    let key = name_key(typed_name);
    // Counted as failed before the password is checked, so that parallel
    // guesses cannot all pass the check before the first is recorded.
    let attempt = match site.begin_login(&key, req.client_ip, true) {
        Ok(attempt) => attempt,
        Err(NotBegun::Throttled(throttled)) => {
            warn!("login refused: too many from {}", req.client_ip);
            site.metrics.throttled("login");
            return Ok(throttled_page(throttled));
        }
        Err(NotBegun::Store(e)) => return Err(pages::store_failed(site, req, e)),
    };

    // Bound the hashing work a client can ask for; such a password was
    // never accepted at signup, and such a key belongs to no account. The
    // name is not held to today's sign-up rules: older accounts log in as
    // they are.
    let accounts = if typed_password.chars().count() > PASSWORD_MAX_CHARS
        || key.is_empty()
        || key.chars().count() > NAME_KEY_MAX_CHARS
    {
        Vec::new()
    } else {
        match site.store.find_accounts(typed_name) {
            Ok(accounts) => accounts,
            // Down for now: the form stays, with the name, to be sent again.
            Err(e @ StoreError::Unavailable(_)) => {
                pages::note_store_error(site, &e);
                warn!("{e}");
                let page = again(req.lang.text().database_down_again.into());
                return Ok(login_page(site, req, 503, &page).with_header("Retry-After", "5"));
            }
            Err(e) => return Err(pages::store_failed(site, req, e)),
        }
    };
    if accounts.is_empty() {
        site.hasher.verify_against_nobody(typed_password);
        let left = attempt.failed();
        warn!("login refused: no such account");
        site.metrics.login_failed();
        return Ok(failed(left));
    }
    // Old seed data may hold one name in several rows (`SUN`, `sun`): the
    // login is the row whose password this is.
    let found = accounts.iter().find_map(
        |account| match site.hasher.verify(typed_password, &account.password_hash) {
            Verdict::Mismatch => None,
            verdict => Some((account, verdict)),
        },
    );
    let Some((account, verdict)) = found else {
        let left = attempt.failed();
        warn!("login refused: wrong password for {}", LogText(&accounts[0].name));
        site.metrics.login_failed();
        return Ok(failed(left));
    };
    if verdict == Verdict::MatchNeedsUpgrade {
        upgrade_seed_hash(site, account, typed_password);
    }
    // A session the browser had (another login) ends: the new one gets a fresh id.
    if let Some(old_id) = cookies::find(&req.cookie, SESSION_COOKIE).and_then(SessionId::parse) {
        site.sessions
            .remove(&old_id)
            .map_err(|e| pages::store_failed(site, req, e))?;
    }
    let name = account.name.clone();
    let profile = Profile {
        name: name.clone(),
        introduction: account.introduction.clone(),
        created_at: account.created_at,
    };
    let (id, _) = site
        .sessions
        .create(profile)
        .map_err(|e| pages::store_failed(site, req, e))?;
    site.login_proved(attempt, &key, req.client_ip);
    info!("logged in: {}", LogText(&name));
    Ok(Reply::redirect_303("/user/profile")
        .with_header("Set-Cookie", cookies::session_cookie(&id, site.secure_cookies)))
}

/// Replaces a seed MD5 hash with argon2id after its owner proved the
/// password: in this account's row only. A failure here costs nothing but
/// the upgrade: the login itself stands.
fn upgrade_seed_hash(site: &Site, account: &Account, password: &str) {
    let result = site.hasher.hash(password).map_err(|e| e.to_string()).and_then(|hash| {
        site.store
            .set_password_hash(account.id, &hash)
            .map_err(|e| e.to_string())
    });
    let name = LogText(&account.name);
    match result {
        Ok(()) => info!("upgraded the seed MD5 hash of {name} to argon2id"),
        Err(e) => warn!("could not upgrade the seed MD5 hash of {name}: {e}"),
    }
}

/// What the profile shows, borrowed from the session, the request and the
/// host where it can be: a view costs the few strings made for it.
struct ProfilePage<'a> {
    csrf: &'a str,
    username: &'a str,
    introduction: &'a str,
    created_at: String,
    browser: String,
    os: String,
    user_agent: &'a str,
    client_ip: String,
    host_name: &'a str,
    server_ip: &'a str,
    instance: &'a str,
    /// The server's local time as the page is rendered; `/static/clock.js`
    /// keeps it live from `GET /clock`.
    server_time: String,
}

impl ProfilePage<'_> {
    fn fields(&self) -> [(&'static str, Field<'_>); 12] {
        [
            ("csrf", Field::Text(self.csrf)),
            ("username", Field::Text(self.username)),
            ("introduction", Field::Text(self.introduction)),
            ("created_at", Field::Text(&self.created_at)),
            ("browser", Field::Text(&self.browser)),
            ("os", Field::Text(&self.os)),
            ("user_agent", Field::Text(self.user_agent)),
            ("client_ip", Field::Text(&self.client_ip)),
            ("host_name", Field::Text(self.host_name)),
            ("server_ip", Field::Text(self.server_ip)),
            ("instance", Field::Text(self.instance)),
            ("server_time", Field::Text(&self.server_time)),
        ]
    }
}

/// The profile of whoever is logged in, from the session alone: no account
/// read (with `--session-store database`, the session's one row).
pub fn profile(site: &Site, req: &Request) -> Answer {
    let (_, session) = match require_session(site, req) {
        Ok(found) => found,
        // The way to the login page is this page's answer, not an error.
        Err(redirect) if redirect.status == 303 => return Ok(redirect),
        Err(error_page) => return Err(error_page),
    };
    let user = header_user(&session);
    let profile = &session.profile;
    let t = req.lang.text();
    let (browser, os) = useragent::describe(&req.user_agent);
    let page = ProfilePage {
        csrf: &session.csrf_token,
        username: &profile.name,
        introduction: &profile.introduction,
        created_at: local_time(profile.created_at).unwrap_or_else(|| t.unknown.into()),
        browser: browser.unwrap_or_else(|| t.unknown.into()),
        os: os.unwrap_or_else(|| t.unknown.into()),
        user_agent: &req.user_agent,
        client_ip: IpText(req.client_ip).to_string(),
        host_name: &site.host.host_name,
        server_ip: &site.host.ip,
        instance: &site.host.instance,
        server_time: crate::clock::now_text(),
    };
    // It holds the logout form, and account data: a form page's headers.
    Ok(form_page(
        render(
            &site.view_as(req, Some(user)),
            "profile",
            t.profile_title,
            &page.fields(),
        ),
        200,
    ))
}

/// Ends the session, if its own token came with the form. With no live
/// session there is nothing to end (it expired, or was ended elsewhere),
/// and the answer is the same as after a logout. The CSRF cookie stays, so
/// a login form shown earlier still works.
pub fn logout(site: &Site, req: &Request) -> Answer {
    let form = parsed_form(site, req)?;
    if let Some((id, session)) = current_session(site, req)? {
        if !session.csrf_matches(form.get("csrf")) {
            return Err(pages::problem(site, req, Problem::FormExpired));
        }
        site.sessions
            .remove(&id)
            .map_err(|e| pages::store_failed(site, req, e))?;
        info!("logged out: {}", LogText(&session.profile.name));
    }
    Ok(Reply::redirect_303("/user/login?notice=logged-out")
        .with_header("Set-Cookie", cookies::expired_session_cookie(site.secure_cookies))
        .private())
}

/// `GET /user/logout`, as a link or a typed address: nothing to end
/// without the form's token, so on to the profile (or the login page).
pub fn logout_link(req: &Request) -> Reply {
    let to = match cookies::find(&req.cookie, SESSION_COOKIE) {
        Some(_) => "/user/profile",
        None => "/user/login",
    };
    Reply::redirect_303(to).private()
}

/// The server's local time of an account's creation, with its zone (`UTC`
/// or the offset); the seed's rows have none (0).
fn local_time(epoch_seconds: i64) -> Option<String> {
    if epoch_seconds <= 0 {
        return None;
    }
    // The last one formatted on this thread: a reload shows the same account.
    thread_local! {
        static LAST: RefCell<(i64, Option<String>)> = const { RefCell::new((0, None)) };
    }
    LAST.with_borrow_mut(|(at, text)| {
        if *at != epoch_seconds {
            *text = Local.timestamp_opt(epoch_seconds, 0).single().map(|t| with_zone(&t));
            *at = epoch_seconds;
        }
        text.clone()
    })
}

fn with_zone<Tz: TimeZone>(t: &chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let zone = match t.offset().fix().local_minus_utc() {
        0 => "UTC".to_owned(),
        _ => t.format("%:z").to_string(),
    };
    format!("{} {zone}", t.format("%Y-%m-%d %H:%M:%S"))
}

/// The raw value of a query parameter; enough for our fixed, ASCII notices.
pub(super) fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then_some(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::templates::oracle::assert_renders_as_tinytemplate;
    use chrono::{FixedOffset, Utc};

    /// Text that escaping changes, and text in both scripts.
    const TYPED: &str = "<script>\"a\" & 'b'</script> 名字";

    #[test]
    fn login_pages_render_as_tinytemplate_does() {
        let pages = [
            LoginPage::default(),
            LoginPage {
                csrf: TYPED.into(),
                username: TYPED.into(),
                flash: Some("signed <up>"),
                ..LoginPage::default()
            },
            LoginPage {
                error: Some(TYPED.into()),
                invalid: true,
                ..LoginPage::default()
            },
            LoginPage {
                username: "x".into(),
                error: Some("wrong".into()),
                warning: Some(TYPED.into()),
                invalid: true,
                ..LoginPage::default()
            },
            // A warning without an error shows nothing of either.
            LoginPage {
                warning: Some("w".into()),
                ..LoginPage::default()
            },
        ];
        for page in &pages {
            assert_renders_as_tinytemplate("login", TYPED, &page.fields());
        }
    }

    #[test]
    fn signup_pages_render_as_tinytemplate_does() {
        let mut pages = vec![
            SignupPage::default(),
            SignupPage {
                csrf: "t".into(),
                username: TYPED.into(),
                introduction: format!("{TYPED}\nline two"),
                form_notice: Some(TYPED.into()),
                ..SignupPage::default()
            },
        ];
        for errors in [
            vec![TYPED.to_owned()],
            vec!["one".into(), "<two>".into(), "three".into()],
        ] {
            pages.push(SignupPage {
                username_error: Some(errors[0].clone()),
                password_error: errors.get(1).cloned(),
                introduction_error: errors.get(2).cloned(),
                errors,
                ..SignupPage::default()
            });
        }
        for page in &pages {
            assert_renders_as_tinytemplate("signup", "sign up", &page.fields());
        }
    }

    #[test]
    fn the_profile_renders_as_tinytemplate_does() {
        let csrf = "c".repeat(64);
        let mut page = ProfilePage {
            csrf: &csrf,
            username: TYPED,
            introduction: TYPED,
            created_at: "2026-11-26 14:05:09 UTC".into(),
            browser: "Chrome 61".into(),
            os: "Windows 7".into(),
            user_agent: "Mozilla/5.0 (Windows NT 6.1) \"quoted\" <x>",
            client_ip: "::1".into(),
            host_name: "host<1>",
            server_ip: "10.0.0.1",
            instance: "i & j",
            server_time: "2026-12-05 16:00:00 UTC".into(),
        };
        assert_renders_as_tinytemplate("profile", "profile", &page.fields());
        page.introduction = "";
        page.user_agent = "";
        assert_renders_as_tinytemplate("profile", "profile", &page.fields());
    }

    #[test]
    fn times_carry_their_zone() {
        let utc = Utc.timestamp_opt(1_795_701_909, 0).unwrap();
        assert_eq!(with_zone(&utc), "2026-11-26 14:05:09 UTC");
        let beijing = utc.with_timezone(&FixedOffset::east_opt(8 * 3600).unwrap());
        assert_eq!(with_zone(&beijing), "2026-11-26 22:05:09 +08:00");
        assert_eq!(minutes(std::time::Duration::from_secs(892)), 15);
        assert_eq!(minutes(std::time::Duration::from_secs(0)), 1);
    }
}
