//! Page templates, compiled into the binary so myapp runs from any folder.
//!
//! `TinyTemplate` is neither `Send` nor `Sync`, so each worker thread builds
//! its own on first use. Escaping stays on for everything a user typed; only
//! the page body, which this module rendered itself, is inserted unescaped.

use std::cell::RefCell;

use serde::Serialize;
use tinytemplate::TinyTemplate;

use super::i18n::{Lang, Text};

pub const STYLESHEET: &str = include_str!("../../templates/style.css");

const TEMPLATES: [(&str, &str); 7] = [
    ("base", include_str!("../../templates/base.html")),
    ("home", include_str!("../../templates/home.html")),
    ("user", include_str!("../../templates/user.html")),
    ("signup", include_str!("../../templates/signup.html")),
    ("login", include_str!("../../templates/login.html")),
    ("profile", include_str!("../../templates/profile.html")),
    ("error", include_str!("../../templates/error.html")),
];

thread_local! {
    static ENGINE: RefCell<Option<TinyTemplate<'static>>> = const { RefCell::new(None) };
}

#[derive(Serialize)]
struct Layout<'a> {
    title: &'a str,
    content: &'a str,
    oem: &'a str,
    ver: &'a str,
    t: &'static Text,
    /// Where the language switch comes back to.
    path: &'a str,
}

/// A page's own context, with the strings of its language and the brand.
#[derive(Serialize)]
struct PageContext<'a, C> {
    t: &'static Text,
    oem: &'a str,
    #[serde(flatten)]
    page: &'a C,
}

/// Who a page is rendered for: the brand, the language, the page's path.
pub struct View<'a> {
    pub brand: &'a Brand,
    pub lang: Lang,
    pub path: &'a str,
}

/// The software name and version for every page's footer.
#[derive(Debug, Clone)]
pub struct Brand {
    pub oem: String,
    pub ver: String,
}

/// Renders `page` with `context` inside the base layout.
pub fn render<C: Serialize>(view: &View<'_>, page: &str, title: &str, context: &C) -> String {
    let t = view.lang.text();
    let oem = view.brand.oem.as_str();
    ENGINE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let engine = slot.get_or_insert_with(build);
        let content = engine
            .render(page, &PageContext { t, oem, page: context })
            .unwrap_or_else(|e| panic!("template {page} failed to render: {e}"));
        let layout = Layout {
            title,
            content: &content,
            oem,
            ver: &view.brand.ver,
            t,
            path: view.path,
        };
        engine
            .render("base", &layout)
            .unwrap_or_else(|e| panic!("base template failed to render: {e}"))
    })
}

fn build() -> TinyTemplate<'static> {
    let mut engine = TinyTemplate::new();
    for (name, text) in TEMPLATES {
        engine
            .add_template(name, text)
            .unwrap_or_else(|e| panic!("template {name} does not compile: {e}"));
    }
    engine
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        build();
    }

    #[test]
    fn user_text_is_escaped() {
        #[derive(Serialize)]
        struct Ctx {
            heading: &'static str,
            message: &'static str,
        }
        let brand = Brand {
            oem: "<b>oem</b>".into(),
            ver: "1".into(),
        };
        let view = View {
            brand: &brand,
            lang: Lang::En,
            path: "/\"><script>",
        };
        let html = render(
            &view,
            "error",
            "t",
            &Ctx {
                heading: "<script>alert(1)</script>",
                message: "\"quoted\" & 'single'",
            },
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<b>oem</b>"));
    }
}
