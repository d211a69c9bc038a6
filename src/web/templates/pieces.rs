//! A template compiled into fixed pieces with holes, so that a page costs a
//! few copies per request rather than a tinytemplate render.
//!
//! tinytemplate renders the template once per combination of the
//! conditions it tests (`{{ if name }}`, and every list), with a marker in
//! place of each field's value; the text between the markers is kept. A
//! page is then written as those pieces with its escaped values between
//! them. tinytemplate stays the language the templates are written in and
//! the one that lays them out; what it would have done per request is done
//! once, the first time a combination is needed.

use std::sync::OnceLock;

use serde_json::{Map, Value};
use tinytemplate::TinyTemplate;

/// A value a template shows or tests, as a page hands it over.
#[derive(Debug, Clone, Copy)]
pub enum Field<'a> {
    Text(&'a str),
    Maybe(Option<&'a str>),
    Flag(bool),
    /// Shown by a `{{ for }}` loop whose body holds one `{item}`.
    List(&'a [String]),
    /// Where the layout puts the page (the only value written unescaped).
    Content,
}

/// What a template is rendered from: named fields, always the same names in
/// the same order for one kind of page (the pieces refer to them by place).
pub type Fields<'a> = [(&'static str, Field<'a>)];

impl Field<'_> {
    /// tinytemplate's truthiness: a non-empty string or list, a true flag.
    fn is_on(&self) -> bool {
        match *self {
            Field::Text(text) | Field::Maybe(Some(text)) => !text.is_empty(),
            Field::Maybe(None) => false,
            Field::Flag(on) => on,
            Field::List(items) => !items.is_empty(),
            Field::Content => true,
        }
    }

    /// The value as tinytemplate sees it, for the tests' oracle.
    #[cfg(test)]
    pub fn to_json(self) -> Value {
        match self {
            Field::Text(text) | Field::Maybe(Some(text)) => Value::from(text),
            Field::Maybe(None) | Field::Content => Value::Null,
            Field::Flag(on) => Value::Bool(on),
            Field::List(items) => Value::from(items.to_vec()),
        }
    }
}

/// One template in one language, compiled a combination at a time.
pub struct Compiled {
    /// Its source, with the language's strings already filled in.
    source: &'static str,
    /// The fields the template tests, by place: bit `i` of a combination's
    /// number is whether `switches[i]` is on.
    switches: Vec<usize>,
    /// How many fields its pages have (the pieces name them by place).
    field_count: usize,
    combinations: Box<[OnceLock<Vec<Piece>>]>,
}

#[derive(Debug, PartialEq)]
enum Piece {
    Fixed(String),
    /// The field at this place, escaped.
    Value(usize),
    /// The list at this place, its items escaped, with `between` between them.
    Items {
        field: usize,
        between: String,
    },
    /// The page, inside the layout.
    Content,
}

/// Private-use characters: tinytemplate's escaping keeps them, and no
/// template holds them (checked).
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

fn marker(field: usize, item: Option<usize>) -> String {
    match item {
        Some(item) => format!("{OPEN}{field}.{item}{CLOSE}"),
        None => format!("{OPEN}{field}{CLOSE}"),
    }
}

impl Compiled {
    /// Prepares `source` for pages with these fields: the conditions are
    /// found in the template, the pieces made on first use.
    pub fn new(name: &str, source: &'static str, fields: &Fields<'_>) -> Compiled {
        assert!(
            !source.contains(OPEN) && !source.contains(CLOSE),
            "template {name} holds a marker character"
        );
        let place = |wanted: &str| {
            fields
                .iter()
                .position(|(field, _)| *field == wanted)
                .unwrap_or_else(|| panic!("template {name} tests {wanted}, which its page does not have"))
        };
        let mut switches: Vec<usize> = tested_names(source).map(place).collect();
        switches.extend((0..fields.len()).filter(|&i| matches!(fields[i].1, Field::List(_))));
        switches.sort_unstable();
        switches.dedup();
        assert!(switches.len() <= 8, "template {name} tests too many fields");
        Compiled {
            source,
            field_count: fields.len(),
            combinations: (0..1 << switches.len()).map(|_| OnceLock::new()).collect(),
            switches,
        }
    }

    /// Appends the page for `fields` (the same names, in the same order, as
    /// at `new`), and the layout's content where it has `Field::Content`.
    pub fn write(&self, fields: &Fields<'_>, out: &mut String, content: &mut dyn FnMut(&mut String)) {
        assert_eq!(fields.len(), self.field_count, "a page's fields changed");
        let combination = self
            .switches
            .iter()
            .enumerate()
            .fold(0, |n, (bit, &field)| n | usize::from(fields[field].1.is_on()) << bit);
        let pieces = self.combinations[combination].get_or_init(|| self.cut(fields, combination));
        for piece in pieces {
            match piece {
                Piece::Fixed(text) => out.push_str(text),
                Piece::Value(field) => match fields[*field].1 {
                    Field::Text(text) | Field::Maybe(Some(text)) => tinytemplate::escape(text, out),
                    Field::Flag(on) => out.push_str(if on { "true" } else { "false" }),
                    Field::Maybe(None) | Field::List(_) | Field::Content => {}
                },
                Piece::Items { field, between } => {
                    if let Field::List(items) = fields[*field].1 {
                        for (i, item) in items.iter().enumerate() {
                            if i > 0 {
                                out.push_str(between);
                            }
                            tinytemplate::escape(item, out);
                        }
                    }
                }
                Piece::Content => content(out),
            }
        }
    }

    /// Renders the template for one combination of its switches, markers in
    /// place of the values, and cuts the result at the markers.
    fn cut(&self, fields: &Fields<'_>, combination: usize) -> Vec<Piece> {
        // Whether a switch is on in this combination; None for a field never tested.
        let on = |field: usize| {
            let bit = self.switches.iter().position(|&s| s == field)?;
            Some(combination & (1 << bit) != 0)
        };
        let context: Map<String, Value> = fields
            .iter()
            .enumerate()
            .map(|(i, &(name, field))| {
                let value = match (field, on(i)) {
                    (Field::Flag(_), Some(on)) => Value::Bool(on),
                    (Field::List(_), Some(true)) => Value::from(vec![marker(i, Some(0)), marker(i, Some(1))]),
                    (Field::List(_), _) => Value::Array(Vec::new()),
                    (Field::Text(_), Some(false)) => Value::from(""),
                    (Field::Maybe(_), Some(false)) => Value::Null,
                    _ => Value::from(marker(i, None)),
                };
                (name.to_owned(), value)
            })
            .collect();
        let mut engine = TinyTemplate::new();
        engine
            .add_template("t", self.source)
            .unwrap_or_else(|e| panic!("a template does not compile: {e}"));
        let rendered = engine
            .render("t", &Value::Object(context))
            .unwrap_or_else(|e| panic!("a template failed to render: {e}"));
        pieces_of(&rendered, fields)
    }
}

/// The names a template tests in `{{ if name }}` and `{{ if not name }}`.
fn tested_names(source: &str) -> impl Iterator<Item = &str> {
    source.split("{{ if ").skip(1).map(|rest| {
        let rest = rest.strip_prefix("not ").unwrap_or(rest);
        rest.split_once(" }}").map_or(rest, |(name, _)| name)
    })
}

/// Cuts a rendering at its markers. A list's two items become one `Items`,
/// with the text found between them.
fn pieces_of(rendered: &str, fields: &Fields<'_>) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = rendered;
    while let Some((fixed, marked)) = rest.split_once(OPEN) {
        let (mark, after) = marked.split_once(CLOSE).expect("a marker is closed");
        if !fixed.is_empty() {
            pieces.push(Piece::Fixed(fixed.to_owned()));
        }
        let (field, item) = match mark.split_once('.') {
            Some((field, item)) => (field, Some(item)),
            None => (mark, None),
        };
        let field: usize = field.parse().expect("a marker holds a field's place");
        match (item, fields[field].1) {
            (None, Field::Content) => pieces.push(Piece::Content),
            (None, _) => pieces.push(Piece::Value(field)),
            (Some("0"), _) => {}
            (Some(_), _) => match pieces.pop() {
                Some(Piece::Fixed(between)) => pieces.push(Piece::Items { field, between }),
                _ => panic!("a list's loop must show each item once, with fixed text between"),
            },
        }
        rest = after;
    }
    if !rest.is_empty() {
        pieces.push(Piece::Fixed(rest.to_owned()));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled_page(source: &'static str, fields: &Fields<'_>) -> String {
        let mut out = String::new();
        Compiled::new("test", source, fields).write(fields, &mut out, &mut |out| out.push_str("<p>page</p>"));
        out
    }

    #[test]
    fn fields_are_escaped_and_fixed_text_kept() {
        let fields = [("a", Field::Text("<b>&\"'")), ("b", Field::Maybe(None))];
        assert_eq!(
            compiled_page("x {a} y {b} z", &fields),
            "x &lt;b&gt;&amp;&quot;&#39; y  z"
        );
    }

    #[test]
    fn conditions_pick_their_branch() {
        let source = "{{ if a }}A{a}{{ else }}none{{ endif }}{{ if not f }} !f{{ endif }}";
        assert_eq!(
            compiled_page(source, &[("a", Field::Text("")), ("f", Field::Flag(false))]),
            "none !f"
        );
        assert_eq!(
            compiled_page(source, &[("a", Field::Text("1")), ("f", Field::Flag(true))]),
            "A1"
        );
    }

    #[test]
    fn lists_show_every_item_between_their_fixed_text() {
        let source = "{{ if l }}<ul>{{ for e in l }}<li>{e}</li>{{ endfor }}</ul>{{ endif }}";
        for items in [vec![], vec!["<1>".to_owned()], vec!["a".into(), "b".into(), "c".into()]] {
            let fields = [("l", Field::List(&items))];
            let expected = match items.len() {
                0 => String::new(),
                1 => "<ul><li>&lt;1&gt;</li></ul>".into(),
                _ => "<ul><li>a</li><li>b</li><li>c</li></ul>".into(),
            };
            assert_eq!(compiled_page(source, &fields), expected);
        }
    }

    #[test]
    fn the_layout_holds_the_page_unescaped() {
        let source = "<main>{content | unescaped}</main>";
        assert_eq!(
            compiled_page(source, &[("content", Field::Content)]),
            "<main><p>page</p></main>"
        );
    }
}
