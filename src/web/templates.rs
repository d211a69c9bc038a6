//! Page templates, compiled into the binary so myapp runs from any folder.
//!
//! `TinyTemplate` is neither `Send` nor `Sync`, so each connection thread
//! builds its own on first use, only for the languages it renders (measured:
//! about 24 MB more for English pages at 1,000 connections, 35 MB with both
//! built). The fixed strings of a language (`{t.…}`) are written into the
//! template text once, at start, rather than serialised into every page's
//! context (profiling showed that conversion, some 80 allocations a page,
//! among the top costs). Escaping stays on for everything a user typed; only
//! the page body, which this module rendered itself, is inserted unescaped.

use std::cell::RefCell;
use std::sync::OnceLock;

use serde::Serialize;
use tinytemplate::TinyTemplate;

use super::i18n::{Lang, Text};

pub const STYLESHEET: &str = include_str!("../../templates/style.css");

/// The favicon: a small SVG, linked from every page.
pub const FAVICON_SVG: &str = include_str!("../../templates/favicon.svg");

const TEMPLATES: [(&str, &str); 9] = [
    ("base", include_str!("../../templates/base.html")),
    ("home", include_str!("../../templates/home.html")),
    ("user", include_str!("../../templates/user.html")),
    ("signup", include_str!("../../templates/signup.html")),
    ("login", include_str!("../../templates/login.html")),
    ("profile", include_str!("../../templates/profile.html")),
    ("error", include_str!("../../templates/error.html")),
    ("settings", include_str!("../../templates/settings.html")),
    ("deleted", include_str!("../../templates/deleted.html")),
];

const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

thread_local! {
    static ENGINES: RefCell<[Option<TinyTemplate<'static>>; 2]> = const { RefCell::new([None, None]) };
}

#[derive(Serialize)]
struct Layout<'a> {
    title: &'a str,
    content: &'a str,
    oem: &'a str,
    ver: &'a str,
    /// Where the language switch comes back to.
    path: &'a str,
    /// Who is logged in, for the header.
    user: Option<&'a SignedIn>,
}

/// A page's own context, and the brand.
#[derive(Serialize)]
struct PageContext<'a, C> {
    oem: &'a str,
    /// Whether someone is logged in: the home and account pages link to
    /// what they may do.
    signed_in: bool,
    #[serde(flatten)]
    page: &'a C,
}

/// Who a page is rendered for: the brand, the language, the page's path,
/// and who is logged in.
pub struct View<'a> {
    pub brand: &'a Brand,
    pub lang: Lang,
    pub path: &'a str,
    pub user: Option<SignedIn>,
}

/// Whoever is logged in, as the header shows them: the name, and the
/// session's token for the header's logout form.
#[derive(Debug, Clone, Serialize)]
pub struct SignedIn {
    pub name: String,
    pub csrf: String,
}

/// The software name and version for every page's footer.
#[derive(Debug, Clone)]
pub struct Brand {
    pub oem: String,
    pub ver: String,
}

/// Renders `page` with `context` inside the base layout.
pub fn render<C: Serialize>(view: &View<'_>, page: &str, title: &str, context: &C) -> String {
    let oem = view.brand.oem.as_str();
    ENGINES.with(|cell| {
        let mut engines = cell.borrow_mut();
        let engine = engines[view.lang as usize].get_or_insert_with(|| build(view.lang));
        let content = engine
            .render(
                page,
                &PageContext {
                    oem,
                    signed_in: view.user.is_some(),
                    page: context,
                },
            )
            .unwrap_or_else(|e| panic!("template {page} failed to render: {e}"));
        let layout = Layout {
            title,
            content: &content,
            oem,
            ver: &view.brand.ver,
            path: view.path,
            user: view.user.as_ref(),
        };
        engine
            .render("base", &layout)
            .unwrap_or_else(|e| panic!("base template failed to render: {e}"))
    })
}

fn build(lang: Lang) -> TinyTemplate<'static> {
    let mut engine = TinyTemplate::new();
    for (name, text) in &translated()[lang as usize] {
        engine
            .add_template(name, text)
            .unwrap_or_else(|e| panic!("template {name} does not compile: {e}"));
    }
    engine
}

/// Every template in each language, with `{t.name}` replaced by its string.
fn translated() -> &'static [Vec<(&'static str, String)>; 2] {
    static SOURCES: OnceLock<[Vec<(&'static str, String)>; 2]> = OnceLock::new();
    SOURCES.get_or_init(|| {
        LANGS.map(|lang| {
            let strings = strings_of(lang.text());
            TEMPLATES
                .iter()
                .map(|&(name, text)| {
                    let filled = strings.iter().fold(text.to_owned(), |t, (key, value)| {
                        t.replace(&format!("{{t.{key}}}"), value)
                    });
                    assert!(
                        !filled.contains("{t."),
                        "template {name} names a string that does not exist"
                    );
                    (name, filled)
                })
                .collect()
        })
    })
}

/// A language's strings by field name, HTML-escaped.
fn strings_of(text: &Text) -> Vec<(String, String)> {
    let serde_json::Value::Object(fields) = serde_json::to_value(text).expect("Text serialises") else {
        unreachable!("Text is a struct")
    };
    fields
        .into_iter()
        .map(|(key, value)| {
            let mut escaped = String::new();
            tinytemplate::escape(value.as_str().unwrap_or_default(), &mut escaped);
            (key, escaped)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles_in_every_language() {
        for lang in LANGS {
            build(lang);
        }
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
            user: Some(SignedIn {
                name: "<i>name</i>".into(),
                csrf: "\"><b>".into(),
            }),
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
        assert!(!html.contains("<i>name</i>") && html.contains("&lt;i&gt;name&lt;/i&gt;"));
        assert!(!html.contains("\"><b>"));
    }
}
