//! Maps a method and path to its handler; unknown paths get 404, known paths
//! with the wrong method 405 with `Allow`.

use super::{pages, user, Method, Reply, Request, Site};

/// A handler's page, or the error page that took its place.
fn settle(answer: user::Answer) -> Reply {
    answer.unwrap_or_else(|error_page| error_page)
}

/// Answers one request. HEAD is served as GET (tiny_http omits the body).
pub fn route(site: &Site, req: &Request) -> Reply {
    let get = matches!(req.method, Method::Get | Method::Head);
    let post = req.method == Method::Post;
    match req.path.as_str() {
        "/" if get => pages::home(site),
        "/user" if get => pages::user_index(site),
        "/user/signup" if get => settle(user::signup_form(site, req)),
        "/user/signup" if post => settle(user::signup(site, req)),
        "/user/login" if get => settle(user::login_form(site, req)),
        "/user/login" if post => settle(user::login(site, req)),
        "/user/profile" if get => settle(user::profile(site, req)),
        "/user/logout" if post => settle(user::logout(site, req)),
        "/healthz" if get => Reply::text(200, "ok\n"),
        "/readyz" if get => pages::ready(site),
        "/metrics" if get => pages::metrics(site),
        "/static/style.css" if get => pages::stylesheet(),
        "/" | "/user" | "/user/profile" | "/healthz" | "/readyz" | "/metrics" | "/static/style.css" => {
            pages::method_not_allowed(site, "GET, HEAD")
        }
        "/user/signup" | "/user/login" => pages::method_not_allowed(site, "GET, HEAD, POST"),
        "/user/logout" => pages::method_not_allowed(site, "POST"),
        _ => pages::error(site, 404, "Page not found", "There is nothing at this address."),
    }
}

/// The route a path belongs to, for metrics: the known paths, else "other",
/// so a client cannot make up new label values.
pub fn route_name(path: &str) -> &'static str {
    const ROUTES: [&str; 11] = [
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
        "other",
    ];
    ROUTES.iter().find(|&&r| r == path).copied().unwrap_or("other")
}
