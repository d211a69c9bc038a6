//! The README and docs/ stay true: every flag and environment variable
//! `myapp --help` prints is in the README's configuration table, every file
//! they name or link to is there (and every heading a link points at), the
//! README stays short enough to read in five minutes, and its screenshots
//! stay small.

use std::path::{Path, PathBuf};
use std::process::Command;

const README_MOST_LINES: usize = 250;
const SCREENSHOT_MOST_BYTES: u64 = 60 * 1024;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn readme() -> String {
    read(&root().join("README.md"))
}

/// README.md and every Markdown file in docs/, as paths relative to the root.
fn documents() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("a docs/ folder")
        .map(|entry| entry.expect("a docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .map(|path| path.strip_prefix(root()).expect("under the root").to_path_buf())
        .collect();
    docs.sort();
    docs.insert(0, PathBuf::from("README.md"));
    docs
}

fn help() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_myapp"))
        .arg("--help")
        .output()
        .expect("myapp runs");
    assert!(out.status.success(), "myapp --help: {:?}", out.status);
    String::from_utf8(out.stdout).expect("help is UTF-8")
}

/// Each option `myapp --help` defines (`      --http-addr <HTTP_ADDR>`,
/// `  -h, --help`) with the text that describes it; an option a description
/// mentions (`a quarter of --max-streams;`) is not one.
fn options(help: &str) -> Vec<(&str, String)> {
    let mut options: Vec<(&str, String)> = Vec::new();
    for line in help.lines() {
        let text = line.trim_start();
        let long = text
            .split_once(", ")
            .filter(|(short, _)| short.len() == 2)
            .map_or(text, |(_, long)| long);
        match long.split_whitespace().next() {
            Some(flag) if flag.starts_with("--") && flag.len() > 2 => options.push((flag, String::new())),
            _ => {
                if let Some((_, description)) = options.last_mut() {
                    description.push_str(text);
                    description.push(' ');
                }
            }
        }
    }
    options
}

/// The rows of the README's configuration table (lines starting with `|`
/// under `## Configuration`).
fn configuration_rows(readme: &str) -> Vec<&str> {
    let section = readme
        .split("\n## Configuration\n")
        .nth(1)
        .expect("a Configuration section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section.lines().filter(|line| line.starts_with('|')).collect()
}

/// The anchors GitHub gives a Markdown file's headings: lower case, letters,
/// digits, `-` and `_` kept, spaces turned into `-`, the rest dropped.
fn anchors(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|line| line.starts_with('#'))
        .map(|line| {
            line.trim_start_matches('#')
                .trim()
                .to_lowercase()
                .chars()
                .filter_map(|c| match c {
                    ' ' => Some('-'),
                    c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// Where a document points: Markdown links `[x](target)` and HTML `src="target"`,
/// each relative to the document's own folder, without web addresses.
fn relative_links(markdown: &str) -> Vec<&str> {
    let markdown_links = markdown.split("](").skip(1).filter_map(|rest| rest.split(')').next());
    let sources = markdown
        .split("src=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next());
    markdown_links
        .chain(sources)
        .filter(|target| !target.contains("://"))
        .collect()
}

#[test]
fn every_flag_and_variable_of_myapp_help_is_in_the_readmes_configuration_table() {
    let (readme, help) = (readme(), help());
    let rows = configuration_rows(&readme);
    let flags: Vec<&str> = options(&help)
        .into_iter()
        .map(|(flag, _)| flag)
        .filter(|flag| *flag != "--help" && *flag != "--version")
        .collect();
    // `[env: MYAPP_HTTP_ADDR=]`, and the lines under `Environment only:`.
    let environment_only = help.split("\nEnvironment only:\n").nth(1).unwrap_or("");
    let variables: Vec<&str> = help
        .split("[env: ")
        .skip(1)
        .filter_map(|rest| rest.split('=').next())
        .chain(
            environment_only
                .lines()
                .filter_map(|line| line.split_whitespace().next()),
        )
        .collect();
    assert!(
        flags.len() >= 20 && variables.len() >= 20,
        "read {flags:?} and {variables:?}"
    );
    for flag in flags {
        assert!(
            rows.iter().any(|row| row.starts_with(&format!("| `{flag}` |"))),
            "{flag} has no row"
        );
    }
    for variable in variables {
        assert!(
            rows.iter().any(|row| row.contains(&format!("| `{variable}` |"))),
            "{variable} has no row"
        );
    }
}

#[test]
fn every_default_in_the_readmes_configuration_table_is_the_one_myapp_help_prints() {
    // Defaults that depend on the machine or the build are named, not given.
    const NAMED: [&str; 2] = ["cores", "the crate version"];
    let (readme, help) = (readme(), help());
    let rows = configuration_rows(&readme);
    let mut checked = 0;
    for (flag, description) in options(&help) {
        let Some(default) = description
            .split("[default: ")
            .nth(1)
            .and_then(|rest| rest.split(']').next())
        else {
            continue;
        };
        let row = (rows.iter())
            .find(|row| row.starts_with(&format!("| `{flag}` |")))
            .unwrap_or_else(|| panic!("{flag} has no row"));
        let written = row.split('|').nth(3).expect("a default column").trim();
        assert!(
            written == format!("`{default}`") || NAMED.contains(&written),
            "{flag}: the README says {written}, myapp --help says {default}"
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} defaults read");
}

#[test]
fn every_path_and_relative_link_in_the_readme_and_the_docs_exists() {
    const TOP: [&str; 9] = [
        "src",
        "bench",
        "vendor",
        "tests",
        "deploy",
        "fuzz",
        "templates",
        "proto",
        "docs",
    ];
    // Outputs such as `fuzz/target/corpus` appear only once something has run.
    let made_by_a_run = |path: &str| path.split('/').any(|part| ["target", "artifacts"].contains(&part));
    let mut checked = 0;
    for document in documents() {
        let text = read(&root().join(&document));
        let folder = root().join(document.parent().expect("a folder"));
        // A path in backticks (`bench/results.md`), from the root, not a pattern (`fuzz/corpus/<target>`).
        let named = text.split('`').skip(1).step_by(2).filter(|span| {
            !span.contains([' ', '<', '*']) && span.split_once('/').is_some_and(|(top, _)| TOP.contains(&top))
        });
        for path in named.filter(|path| !made_by_a_run(path)) {
            assert!(
                root().join(path).exists(),
                "{} names {path}, which is not there",
                document.display()
            );
            checked += 1;
        }
        for link in relative_links(&text) {
            let (path, anchor) = link.split_once('#').unwrap_or((link, ""));
            let target = if path.is_empty() {
                root().join(&document)
            } else {
                folder.join(path)
            };
            assert!(
                target.exists(),
                "{} links to {link}, which is not there",
                document.display()
            );
            if !anchor.is_empty() {
                assert!(
                    anchors(&read(&target)).iter().any(|known| known == anchor),
                    "{} links to {link}, a heading {} does not have",
                    document.display(),
                    target.display()
                );
            }
            checked += 1;
        }
    }
    assert!(
        checked >= 100,
        "only {checked} paths and links found: are the README and docs/ still read right?"
    );
}

#[test]
fn every_page_in_docs_is_linked_from_the_readme() {
    let readme = readme();
    let links = relative_links(&readme);
    for document in documents().into_iter().skip(1) {
        let path = document.to_str().expect("a UTF-8 path");
        assert!(
            links.iter().any(|link| link.split('#').next() == Some(path)),
            "the README does not link to {path}"
        );
    }
}

#[test]
fn the_readme_is_at_most_250_lines() {
    let lines = readme().lines().count();
    assert!(
        lines <= README_MOST_LINES,
        "README.md has {lines} lines: move detail into docs/"
    );
}

#[test]
fn the_readme_shows_small_screenshots_of_login_profile_and_settings_in_both_languages() {
    let readme = readme();
    for page in ["login", "profile", "settings"] {
        for lang in ["en", "zh"] {
            let path = format!("docs/screenshots/{page}-{lang}.png");
            assert!(
                readme.contains(&format!("src=\"{path}\"")),
                "the README does not show {path}"
            );
            let bytes = std::fs::read(root().join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{path} is not a PNG");
            assert!(
                bytes.len() as u64 <= SCREENSHOT_MOST_BYTES,
                "{path} is {} bytes: make it smaller (docs/development.md says how)",
                bytes.len()
            );
        }
    }
}
