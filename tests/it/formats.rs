//! JSON against its schema and through jq, Markdown and text against golden files.

use std::process::Command;

use serde_json::Value;

use crate::{assert_contains, assert_lacks, fails, imsg, stdout};

/// Every guide command and option shape the tool has, for checks that cover them all.
fn invocations() -> Vec<Vec<&'static str>> {
    let mut all: Vec<Vec<&str>> = vec![
        vec!["signin"],
        vec!["signin", "-d", "iphone", "-o", "10.2"],
        vec!["signin", "-d", "mac", "-o", "15"],
        vec!["signout"],
        vec!["signout", "-d", "iphone", "-o", "17"],
        vec!["signout", "-d", "ipad", "-d", "ipod"],
        vec!["signout", "--all-devices"],
        vec!["signout", "--all-devices", "-d", "web"],
        vec!["deactivate", "-d", "mac"],
        vec!["deactivate", "-d", "iphone", "-o", "27"],
        vec!["fix-signed-out"],
        vec!["fix-signed-out", "-d", "iphone", "-o", "16.1"],
        vec!["list"],
        vec!["faq"],
        vec!["faq", "delete", "messages"],
        vec!["search", "singout"],
        vec!["search", "No", "Addresses", "-d", "iphone", "-o", "17"],
    ];
    for id in [
        "signin",
        "signout",
        "deactivate",
        "fix-signed-out",
        "why-sign-out",
        "messages-in-icloud",
        "deregister-number",
    ] {
        all.push(vec!["show", id]);
    }
    all
}

fn schema() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(include_str!("../../schema/output.schema.json")).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

#[test]
fn every_json_document_matches_the_output_schema() {
    let validator = schema();
    for args in invocations() {
        for flag in [
            &["--json"][..],
            &["-f", "json"],
            &["--format=json", "--color=always"],
        ] {
            let full: Vec<&str> = args.iter().chain(flag).copied().collect();
            let doc = json(&full);
            let errors: Vec<String> = validator
                .iter_errors(&doc)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{full:?}: {errors:#?}");
            assert_eq!(doc["schema_version"], 1);
            assert_eq!(doc["query"]["command"], args[0]);
        }
    }
}

#[test]
fn json_carries_the_query_and_version_specific_steps() {
    let doc = json(&["signout", "-d", "iphone", "-o", "18", "--json"]);
    assert_eq!(doc["query"]["devices"], serde_json::json!(["iphone"]));
    assert_eq!(doc["query"]["os"], "18");
    assert_eq!(doc["query"]["scope"], "device");
    let methods = doc["guide"]["methods"].as_array().unwrap();
    assert_eq!(methods.len(), 1);
    let method = &methods[0];
    assert_eq!(method["os_range"]["from"], "18");
    assert_eq!(method["os_range"]["label"], "iOS 18");
    let steps = method["steps"].as_array().unwrap();
    let sign_out = steps
        .iter()
        .find(|s| {
            s["path"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "Sign Out")
        })
        .expect("a step walks to Sign Out");
    assert_eq!(
        sign_out["path"],
        serde_json::json!([
            "Settings",
            "Apps",
            "Messages",
            "Send & Receive",
            "Apple Account",
            "Sign Out"
        ])
    );
    assert!(sign_out["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "S0-8"));
    assert_eq!(doc["guide"]["verified_up_to"], Value::Null);

    let newer = json(&["signout", "-d", "iphone", "-o", "27", "--json"]);
    assert_eq!(newer["guide"]["verified_up_to"], "26");

    let unverified = json(&["signout", "-d", "mac", "-o", "10.15", "--json"]);
    let steps = unverified["guide"]["methods"][0]["steps"]
        .as_array()
        .unwrap();
    assert!(steps.iter().any(|s| s["verified"] == false));

    let list = json(&["list", "--json"]);
    let ipod = list["guides"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "signin")
        .unwrap()["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["device"] == "ipod")
        .unwrap()
        .clone();
    assert_eq!(ipod["os_range"]["before"], "16");
}

#[test]
fn json_and_markdown_are_never_colored_or_wrapped() {
    for format in ["json", "markdown"] {
        let out = stdout(&[
            "signout", "-f", format, "--color", "always", "--width", "30",
        ]);
        assert_lacks(&out, "\x1b[");
        assert!(
            out.lines().any(|l| l.chars().count() > 30),
            "{format} ignores --width"
        );
    }
    let out = imsg()
        .args(["signout", "--json"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8(out.stdout).unwrap().contains("\x1b["));
}

#[test]
fn jq_extracts_a_step() {
    if !crate::have("jq", "jq_extracts_a_step") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_imsg-guide");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{bin}' signout -d iphone -o 17 --json | jq -r '.guide.methods[0].steps[] | select(.path[-1] == \"Sign Out\") | .text'"
        ))
        .output()
        .expect("sh runs");
    assert!(
        out.status.success(),
        "jq failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Tap your Apple ID"), "{text}");
    assert_eq!(text.lines().count(), 1);
}

#[test]
fn checklist_conflicts_with_json() {
    fails(&["signout", "--checklist", "--json"], 2);
    fails(&["signout", "--checklist", "-f", "json"], 2);
}

#[test]
fn markdown_has_headings_steps_and_blockquotes() {
    let out = stdout(&["signout", "-d", "mac", "-f", "markdown"]);
    assert!(out.starts_with("# Sign out of iMessage\n"));
    assert_contains(&out, "\n## Mac · macOS 13 and later: ");
    assert_contains(&out, "\n1. ");
    assert_contains(&out, "**Messages › Settings › iMessage**");
    assert_contains(&out, "\n> **Warning:** ");
    assert_contains(&out, "*(unverified)*");
    let checklist = stdout(&["signout", "-d", "mac", "--checklist"]);
    assert_contains(&checklist, "\n- [ ] ");
    assert_lacks(&checklist, "\n1. ");
}

/// Compares with `tests/golden/NAME`; `UPDATE_GOLDEN=1 cargo test` rewrites the files.
fn golden(name: &str, args: &[&str]) {
    let mut actual = stdout(args);
    if name.ends_with(".json") {
        // Piped JSON is one line; the golden file is indented so a diff reads well.
        assert_eq!(actual.lines().count(), 1, "piped JSON is one line");
        let value: Value = serde_json::from_str(&actual).unwrap();
        actual = serde_json::to_string_pretty(&value).unwrap() + "\n";
    }
    crate::expect_file(
        &format!("tests/golden/{name}"),
        &actual,
        &format!("imsg-guide {}", args.join(" ")),
    );
}

#[test]
fn golden_outputs() {
    golden(
        "signout-iphone-17.txt",
        &["signout", "-d", "iphone", "-o", "17"],
    );
    golden(
        "signout-iphone-17.color.txt",
        &[
            "signout", "-d", "iphone", "-o", "17", "--color", "always", "--width", "72",
        ],
    );
    golden("signin-mac.txt", &["signin", "-d", "mac", "--width", "80"]);
    golden(
        "signout-mac-14.md",
        &["signout", "-d", "mac", "-o", "14", "-f", "markdown"],
    );
    golden(
        "fix-signed-out-iphone-18.checklist.md",
        &["fix-signed-out", "-d", "iphone", "-o", "18", "--checklist"],
    );
    golden("list.md", &["list", "-f", "markdown"]);
    golden(
        "signout-all-devices-web.json",
        &["signout", "--all-devices", "-d", "web", "--json"],
    );
}

/// A query that matches nothing still prints a document a program can read, with an
/// empty list where the answers go, and exits 1; bad usage stays one line on stderr.
#[test]
fn json_when_nothing_matches_is_a_valid_empty_document() {
    let validator = schema();
    for (args, list) in [
        (&["deactivate", "-d", "web"][..], "/guide/methods"),
        (&["signout", "-d", "web"], "/guide/methods"),
        (&["show", "deactivate", "-d", "web"], "/guide/methods"),
        (&["search", "zzqqxx"], "/results"),
        (&["faq", "zzqqxx"], "/faqs"),
    ] {
        let out = crate::imsg().args(args).arg("--json").output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("imsg-guide: error: "), "{err}");
        let doc: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e})"));
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        assert_eq!(doc.pointer(list), Some(&serde_json::json!([])), "{args:?}");
        assert_eq!(doc["query"]["command"], args[0]);
    }
    // Usage errors are not answers: nothing on stdout.
    crate::fails(&["signout", "-d", "nokia", "--json"], 2);
    crate::fails(&["search", "--json"], 2);
}

/// Wrapped text leaves no space at the end of a line, in any width, plain or colored:
/// a label ("note:", "See also:", a step number) whose text starts the next line ends
/// where its word does. Every guide, the FAQ, list and sources.
#[test]
fn wrapped_lines_never_end_in_a_space() {
    let ids = stdout(&["list", "--ids"]);
    let mut commands: Vec<Vec<&str>> = ids.lines().map(|id| vec!["show", id]).collect();
    commands.extend([
        vec!["faq"],
        vec!["list"],
        vec!["sources"],
        vec!["search", "signed", "out"],
    ]);
    for args in &commands {
        for width in ["20", "24", "33", "47", "80"] {
            for color in ["never", "always"] {
                let mut all = args.clone();
                all.extend(["--width", width, "--color", color, "--sources"]);
                let out = crate::without_colors(&stdout(&all));
                if let Some(line) = out.lines().find(|l| l.ends_with(' ')) {
                    panic!("{all:?}: a line ends in a space: {line:?}");
                }
            }
        }
    }
}

/// JSON words titles and summaries as text does: terms such as `{account}` resolved, for
/// every device where no device was asked for.
#[test]
fn json_resolves_terms_in_titles_and_summaries() {
    let list = stdout(&["list", "--json"]);
    assert!(!list.contains("{account}"), "{list}");
    let doc: Value = serde_json::from_str(&list).unwrap();
    let signin = doc["guides"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "signin")
        .unwrap();
    let text = stdout(&["show", "signin"]);
    assert_contains(&text, signin["summary"].as_str().unwrap());
    for id in stdout(&["list", "--ids"]).lines() {
        let show = stdout(&["show", id, "--json"]);
        let doc: Value = serde_json::from_str(&show).unwrap();
        for method in doc["guide"]["methods"].as_array().unwrap() {
            let title = method["title"].as_str().unwrap();
            assert!(!title.contains('{'), "{id}: {title}");
        }
    }
}
