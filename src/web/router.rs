//! Maps a method and path to its handler; unknown paths get 404, known paths
//! with the wrong method 405 with `Allow`.

use super::{pages, user, Method, Reply, Request, Site};

/// Answers one request. HEAD is served as GET (tiny_http omits the body).
pub fn route(site: &Site, req: &Request) -> Reply {
    let get = matches!(req.method, Method::Get | Method::Head);
    let post = req.method == Method::Post;
    match req.path.as_str() {
        "/" if get => pages::home(site),
        "/user" if get => pages::user_index(site),
        "/user/signup" if get => user::signup_form(site, req),
        "/user/signup" if post => user::signup(site, req),
        "/user/login" if get => user::login_form(site, req),
        "/user/login" if post => user::login(site, req),
        "/user/profile" if get => user::profile(site, req),
        "/user/logout" if post => user::logout(site, req),
        "/healthz" if get => Reply::text(200, "ok\n"),
        "/readyz" if get => pages::ready(site),
        "/static/style.css" if get => pages::stylesheet(),
        "/" | "/user" | "/user/profile" | "/healthz" | "/readyz" | "/static/style.css" => {
            pages::method_not_allowed(site, "GET, HEAD")
        }
        "/user/signup" | "/user/login" => pages::method_not_allowed(site, "GET, HEAD, POST"),
        "/user/logout" => pages::method_not_allowed(site, "POST"),
        _ => pages::error(
            site,
            404,
            "Page not found",
            "There is nothing at this address.",
        ),
    }
}
