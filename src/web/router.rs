//! Maps a method and path to its handler; unknown paths get 404, known paths
//! with the wrong method 405 with `Allow`.

use super::clock::{self, ClockStream};
use super::i18n::{Lang, Problem};
use super::{pages, settings, user, Method, Reply, Request, Site};

/// A handler's page, or the error page that took its place.
fn settle(answer: user::Answer) -> Reply {
    answer.unwrap_or_else(|error_page| error_page)
}

/// Answers one request. HEAD is served as GET (tiny_http omits the body).
pub fn route(site: &Site, req: &Request) -> Reply {
    let get = matches!(req.method, Method::Get | Method::Head);
    let post = req.method == Method::Post;
    match req.path.as_str() {
        "/" if get => pages::home(site, req),
        "/user" if get => pages::user_index(site, req),
        "/user/signup" if get => settle(user::signup_form(site, req)),
        "/user/signup" if post => settle(user::signup(site, req)),
        "/user/login" if get => settle(user::login_form(site, req)),
        "/user/login" if post => settle(user::login(site, req)),
        "/user/profile" if get => settle(user::profile(site, req)),
        "/user/logout" if post => settle(user::logout(site, req)),
        "/user/settings" if get => settle(settings::settings(site, req)),
        "/user/settings/password" if post => settle(settings::change_password(site, req)),
        "/user/settings/introduction" if post => settle(settings::edit_introduction(site, req)),
        "/user/settings/delete" if post => settle(settings::delete_account(site, req)),
        "/user/deleted" if get => settings::deleted(site, req),
        "/user/logout" if get => user::logout_link(req),
        "/healthz" if get => Reply::text(200, "ok\n"),
        "/readyz" if get => pages::ready(site),
        "/metrics" if get => pages::metrics(site),
        "/static/style.css" if get => pages::stylesheet(),
        "/static/clock.js" if get => clock::script(),
        "/clock" | "/static/clock.js" if !get => pages::method_not_allowed(site, req, "GET, HEAD"),
        "/favicon.svg" | "/favicon.ico" if get => pages::favicon(),
        "/lang/en" if get => pages::switch_language(Lang::En, req, site.secure_cookies),
        "/lang/zh" if get => pages::switch_language(Lang::Zh, req, site.secure_cookies),
        "/" | "/user" | "/user/profile" | "/healthz" | "/readyz" | "/metrics" | "/static/style.css" | "/lang/en"
        | "/lang/zh" => pages::method_not_allowed(site, req, "GET, HEAD"),
        "/user/signup" | "/user/login" => pages::method_not_allowed(site, req, "GET, HEAD, POST"),
        "/user/logout" => pages::method_not_allowed(site, req, "GET, HEAD, POST"),
        "/favicon.svg" | "/favicon.ico" => pages::method_not_allowed(site, req, "GET, HEAD"),
        "/user/settings" | "/user/deleted" => pages::method_not_allowed(site, req, "GET, HEAD"),
        "/user/settings/password" | "/user/settings/introduction" | "/user/settings/delete" => {
            pages::method_not_allowed(site, req, "POST")
        }
        path => match without_trailing_slash(path) {
            Some(known) => to_known_path(req, known),
            None => pages::problem(site, req, Problem::NotFound),
        },
    }
}

/// Answers a request whose answer streams (the server writes it event by
/// event): the stream, or the reply that refused it. `None`: not such a
/// request, `route` answers it.
pub fn route_stream(site: &Site, req: &Request) -> Option<Result<ClockStream, Reply>> {
    let get = matches!(req.method, Method::Get | Method::Head);
    match req.path.as_str() {
        "/clock" if get => Some(clock::watch(site, req)),
        _ => None,
    }
}

/// A known path that `path` names with trailing slashes (`/user/`).
fn without_trailing_slash(path: &str) -> Option<&str> {
    let trimmed = path.trim_end_matches('/');
    (trimmed.len() < path.len() && !trimmed.is_empty() && route_name(trimmed) != "other").then_some(trimmed)
}

/// A permanent redirect to the known path, with the query: 301 for GET and
/// HEAD, 308 (the method and body kept) for anything else.
fn to_known_path(req: &Request, known: &str) -> Reply {
    // The query as it came, when it is plain ASCII (nothing to split a header).
    let location = match req.query.as_str() {
        query if !query.is_empty() && query.bytes().all(|b| b.is_ascii_graphic()) => format!("{known}?{query}"),
        _ => known.to_owned(),
    };
    let mut reply = Reply::redirect_303(&location);
    reply.status = match req.method {
        Method::Get | Method::Head => 301,
        _ => 308,
    };
    reply
}

/// The route a path belongs to, for metrics: the known paths, else "other",
/// so a client cannot make up new label values.
pub fn route_name(path: &str) -> &'static str {
    const ROUTES: [&str; 22] = [
        "/",
        "/user",
        "/user/signup",
        "/user/login",
        "/user/profile",
        "/user/logout",
        "/healthz",
        "/readyz",
        "/metrics",
        "/static/style.css",
        "/lang/en",
        "/lang/zh",
        "/user/settings",
        "/user/settings/password",
        "/user/settings/introduction",
        "/user/settings/delete",
        "/user/deleted",
        "/clock",
        "/static/clock.js",
        "/favicon.svg",
        "/favicon.ico",
        "other",
    ];
    ROUTES.iter().find(|&&r| r == path).copied().unwrap_or("other")
}
