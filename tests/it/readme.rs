//! The README's examples are what the tool prints: every `$ command` in a `console` block
//! runs, and its output must read as shown (`[…]` stands for lines left out).

use std::path::Path;
use std::process::Command;

/// One example: the command line and the lines shown after it.
struct Example {
    command: String,
    shown: Vec<String>,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let mut in_console = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        match line.strip_prefix("$ ") {
            Some(command) => examples.push(Example {
                command: command.to_owned(),
                shown: Vec::new(),
            }),
            None => examples
                .last_mut()
                .expect("a console block starts with a command")
                .shown
                .push(line.to_owned()),
        }
    }
    examples
}

/// Whether `actual` reads as `shown`, where a `[…]` line stands for any lines.
fn matches(shown: &[String], actual: &[&str]) -> bool {
    let mut parts = shown.split(|l| l == "[…]");
    let first = parts.next().unwrap_or_default();
    if actual.len() < first.len() || actual[..first.len()] != *first {
        return false;
    }
    let mut at = first.len();
    let rest: Vec<&[String]> = parts.collect();
    if rest.is_empty() {
        return at == actual.len();
    }
    for (i, part) in rest.iter().enumerate() {
        if i == rest.len() - 1 {
            return actual.len() >= at + part.len()
                && actual[actual.len() - part.len()..] == **part;
        }
        match (at..=actual.len().saturating_sub(part.len()))
            .find(|&s| actual[s..s + part.len()] == **part)
        {
            Some(s) => at = s + part.len(),
            None => return false,
        }
    }
    true
}

#[test]
fn readme_examples_match_the_real_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_imsg-guide"))
        .parent()
        .unwrap();
    // The custom-guides example checks a folder of the user's: a guide with two mistakes.
    let work = std::env::temp_dir().join(format!("imsg-guide-readme-{}", std::process::id()));
    std::fs::create_dir_all(work.join("my-guides")).unwrap();
    let broken = std::fs::read_to_string(root.join("tests/fixtures/invalid/several-problems.json"))
        .unwrap()
        .replace("V-iOS-99", "V-iOS-10");
    std::fs::write(work.join("my-guides/company-signout.json"), broken).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let examples = examples(&readme);
    assert!(
        examples.len() >= 8,
        "only {} examples found",
        examples.len()
    );
    for example in &examples {
        if example.command.contains("| jq")
            && !crate::have(
                "jq",
                "readme_examples_match_the_real_output (the jq example)",
            )
        {
            continue;
        }
        let out = Command::new("sh")
            .args(["-c", &format!("{} 2>&1", example.command)])
            .current_dir(&work)
            .env("PATH", &path)
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("COLUMNS")
            .env_remove("TERM")
            .env_remove("IMSG_GUIDE_DIR")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let actual: Vec<&str> = text.lines().collect();
        assert!(
            matches(&example.shown, &actual),
            "README example `{}` no longer matches; it prints:\n{text}",
            example.command
        );
    }
    std::fs::remove_dir_all(&work).ok();
}

#[test]
fn elisions_stand_for_any_lines() {
    let shown = |s: &str| s.lines().map(str::to_owned).collect::<Vec<_>>();
    assert!(matches(&shown("a\nb"), &["a", "b"]));
    assert!(!matches(&shown("a\nb"), &["a", "b", "c"]));
    assert!(matches(&shown("[…]\nc"), &["a", "b", "c"]));
    assert!(matches(&shown("a\n[…]"), &["a", "b", "c"]));
    assert!(matches(
        &shown("a\n[…]\nc\n[…]\ne"),
        &["a", "b", "c", "d", "e"]
    ));
    assert!(!matches(&shown("a\n[…]\nx\n[…]"), &["a", "b", "c"]));
}
