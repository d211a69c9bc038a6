//! Page templates, compiled into the binary so myapp runs from any folder.
//!
//! The fixed strings of a language (`{t.…}`) are written into the template
//! text once, at start. Each template is then compiled, per language, into
//! fixed pieces with holes (`pieces.rs`): a page is the layout's pieces and
//! the page's, with the request's values escaped into the holes, written
//! into one string. No tinytemplate render, `serde_json::Value` or
//! per-thread engine is left on the request path; the pieces are shared by
//! every thread. Escaping stays on for everything a user typed; only the
//! page body, inside the layout, is inserted unescaped.

mod pieces;

use std::sync::OnceLock;

pub use pieces::Field;
use pieces::{Compiled, Fields};

use super::i18n::{Lang, Text};
pub const STYLESHEET: &str = include_str!("../../../templates/style.css");

/// The favicon: a small SVG, linked from every page.
pub const FAVICON_SVG: &str = include_str!("../../../templates/favicon.svg");

const TEMPLATES: [(&str, &str); 9] = [
    ("base", include_str!("../../../templates/base.html")),
    ("home", include_str!("../../../templates/home.html")),
    ("user", include_str!("../../../templates/user.html")),
    ("signup", include_str!("../../../templates/signup.html")),
    ("login", include_str!("../../../templates/login.html")),
    ("profile", include_str!("../../../templates/profile.html")),
    ("error", include_str!("../../../templates/error.html")),
    ("settings", include_str!("../../../templates/settings.html")),
    ("deleted", include_str!("../../../templates/deleted.html")),
];

const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

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
#[derive(Debug, Clone)]
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

/// The layout's fields for a page of `view` titled `title`.
fn layout_fields<'a>(view: &'a View<'_>, title: &'a str) -> [(&'static str, Field<'a>); 8] {
    let user = view.user.as_ref();
    [
        ("title", Field::Text(title)),
        ("content", Field::Content),
        ("oem", Field::Text(&view.brand.oem)),
        ("ver", Field::Text(&view.brand.ver)),
        ("path", Field::Text(view.path)),
        ("user", Field::Flag(user.is_some())),
        ("user_name", Field::Text(user.map_or("", |u| u.name.as_str()))),
        ("user_csrf", Field::Text(user.map_or("", |u| u.csrf.as_str()))),
    ]
}

/// Renders the template `page` with `fields` inside the base layout. A
/// page's fields are the same names in the same order at every call.
pub fn render(view: &View<'_>, page: &str, title: &str, fields: &Fields<'_>) -> String {
    let layout = layout_fields(view, title);
    let mut out = String::with_capacity(PAGE_CAPACITY);
    compiled(view.lang, "base", &layout).write(&layout, &mut out, &mut |out| {
        compiled(view.lang, page, fields).write(fields, out, &mut |_| {});
    });
    out
}

/// Room for a whole page at once (the largest, the settings page, is about 4 KB).
const PAGE_CAPACITY: usize = 6 * 1024;

/// The template `name` in `lang`, compiled on first use for pages with `fields`.
fn compiled(lang: Lang, name: &str, fields: &Fields<'_>) -> &'static Compiled {
    static COMPILED: [[OnceLock<Compiled>; TEMPLATES.len()]; 2] =
        [const { [const { OnceLock::new() }; TEMPLATES.len()] }; 2];
    let index = TEMPLATES
        .iter()
        .position(|(known, _)| *known == name)
        .unwrap_or_else(|| panic!("no template is named {name}"));
    COMPILED[lang as usize][index].get_or_init(|| {
        let (name, source) = &translated()[lang as usize][index];
        Compiled::new(name, source, fields)
    })
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
pub(super) mod oracle {
    //! The old way of rendering, per request with tinytemplate, kept as the
    //! oracle the compiled pieces are checked against.

    use super::*;
    use serde_json::{Map, Value};
    use tinytemplate::TinyTemplate;

    fn context(fields: &Fields<'_>) -> Value {
        Value::Object(
            fields
                .iter()
                .map(|&(name, field)| (name.to_owned(), field.to_json()))
                .collect::<Map<_, _>>(),
        )
    }

    /// `render`, the way tinytemplate renders it: the page, then the layout
    /// with the page as its content.
    pub fn render(view: &View<'_>, page: &str, title: &str, fields: &Fields<'_>) -> String {
        let mut engine = TinyTemplate::new();
        for (name, text) in &translated()[view.lang as usize] {
            engine
                .add_template(name, text)
                .unwrap_or_else(|e| panic!("template {name} does not compile: {e}"));
        }
        let content = engine.render(page, &context(fields)).expect("the page renders");
        let mut layout = context(&layout_fields(view, title));
        layout["content"] = Value::from(content);
        engine.render("base", &layout).expect("the layout renders")
    }

    /// Renders a page both ways, in each language, for a visitor and for
    /// someone logged in, and fails where the bytes differ.
    #[track_caller]
    pub fn assert_renders_as_tinytemplate(page: &str, title: &str, fields: &Fields<'_>) {
        let brand = Brand {
            oem: "my<app>".into(),
            ver: "5.1.3 & up".into(),
        };
        let signed_in = SignedIn {
            name: "Zoë <i>".into(),
            csrf: "ab\"cd".into(),
        };
        for lang in LANGS {
            for user in [None, Some(signed_in.clone())] {
                let view = View {
                    brand: &brand,
                    lang,
                    path: "/user/\"'<p>",
                    user,
                };
                let compiled = super::render(&view, page, title, fields);
                let expected = render(&view, page, title, fields);
                assert_eq!(compiled, expected, "{page} in {lang:?} differs from tinytemplate's");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(brand: &Brand, lang: Lang, user: Option<SignedIn>) -> View<'_> {
        View {
            brand,
            lang,
            path: "/user/\"><script>",
            user,
        }
    }

    #[test]
    fn user_text_is_escaped() {
        let brand = Brand {
            oem: "<b>oem</b>".into(),
            ver: "1".into(),
        };
        let user = SignedIn {
            name: "<i>name</i>".into(),
            csrf: "\"><b>".into(),
        };
        let fields = [
            ("heading", Field::Text("<script>alert(1)</script>")),
            ("message", Field::Text("\"quoted\" & 'single'")),
        ];
        let html = render(&view(&brand, Lang::En, Some(user)), "error", "t", &fields);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<b>oem</b>"));
        assert!(!html.contains("<i>name</i>") && html.contains("&lt;i&gt;name&lt;/i&gt;"));
        assert!(!html.contains("\"><b>"));
    }
}
