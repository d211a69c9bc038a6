//! The README stays true: every flag and environment variable `myapp --help`
//! prints is in its configuration table, and every file it names or links
//! to is there.

use std::path::Path;
use std::process::Command;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README.md")
}

fn help() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_myapp"))
        .arg("--help")
        .output()
        .expect("myapp runs");
    assert!(out.status.success(), "myapp --help: {:?}", out.status);
    String::from_utf8(out.stdout).expect("help is UTF-8")
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

#[test]
fn every_flag_and_variable_of_myapp_help_is_in_the_readmes_configuration_table() {
    let (readme, help) = (readme(), help());
    let rows = configuration_rows(&readme);
    let flags: Vec<&str> = help
        .split_whitespace()
        .map(|word| word.trim_end_matches(','))
        .filter(|word| word.starts_with("--") && word.len() > 2 && *word != "--help" && *word != "--version")
        .collect();
    let variables: Vec<&str> = help
        .split("[env: ")
        .skip(1)
        .filter_map(|rest| rest.split('=').next())
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
fn every_path_and_relative_link_in_the_readme_exists() {
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
    let readme = readme();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // A path in backticks (`bench/results.md`), not a pattern (`fuzz/corpus/<target>`).
    let named = readme.split('`').skip(1).step_by(2).filter(|span| {
        !span.contains([' ', '<', '*']) && span.split_once('/').is_some_and(|(top, _)| TOP.contains(&top))
    });
    let linked = (readme.split("](").skip(1))
        .filter_map(|rest| rest.split(')').next())
        .filter(|target| !target.contains("://") && !target.starts_with('#'))
        .map(|target| target.split('#').next().unwrap_or(target));
    let mut checked = 0;
    // Outputs such as `fuzz/target/corpus` appear only once something has run.
    let made_by_a_run = |path: &str| path.split('/').any(|part| ["target", "artifacts"].contains(&part));
    for path in named.chain(linked).filter(|path| !made_by_a_run(path)) {
        assert!(root.join(path).exists(), "the README names {path}, which is not there");
        checked += 1;
    }
    assert!(
        checked >= 10,
        "only {checked} paths found: is the README still read right?"
    );
}
