//! Custom guides from --guides-dir / IMSG_GUIDE_DIR, and `validate`.

use std::process::Command;

use serde_json::Value;

use crate::{assert_contains, assert_lacks, fails, imsg, stdout};

const OVERRIDE: &str = "tests/fixtures/valid/override";
const ADDITION: &str = "tests/fixtures/valid/addition";
const INJECTION: &str = "tests/fixtures/valid/injection";
const INVALID: &str = "tests/fixtures/invalid";

#[test]
fn a_custom_guide_replaces_the_built_in_one() {
    let out = stdout(&[
        "--guides-dir",
        OVERRIDE,
        "signout",
        "-d",
        "iphone",
        "-o",
        "18",
    ]);
    assert_contains(&out, "company iPhone");
    // The replacement covers only what it says: the built-in Mac routes are gone.
    assert_contains(
        &fails(&["signout", "-d", "mac", "--guides-dir", OVERRIDE], 1),
        "no steps for Mac",
    );
    let list = stdout(&["list", "--guides-dir", OVERRIDE]);
    assert_contains(&list, "from tests/fixtures/valid/override/signout.json");
    let from_env = imsg()
        .args(["signout", "-d", "iphone", "-o", "18"])
        .env("IMSG_GUIDE_DIR", OVERRIDE)
        .output()
        .unwrap();
    assert!(from_env.status.success());
    assert_contains(
        &String::from_utf8(from_env.stdout).unwrap(),
        "company iPhone",
    );
}

#[test]
fn a_custom_guide_with_a_new_id_is_added() {
    let out = stdout(&["--guides-dir", ADDITION, "show", "mdm-reset"]);
    assert_contains(&out, "Reset iMessage on a managed iPhone or iPad");
    let list: Value =
        serde_json::from_str(&stdout(&["--guides-dir", ADDITION, "list", "--json"])).unwrap();
    let guides = list["guides"].as_array().unwrap();
    let added = guides
        .iter()
        .find(|g| g["id"] == "mdm-reset")
        .expect("listed");
    assert_eq!(
        added["source"],
        "tests/fixtures/valid/addition/mdm-reset.json"
    );
    assert!(guides
        .iter()
        .any(|g| g["id"] == "signout" && g["source"] == "built-in"));
    assert_contains(
        &fails(&["--guides-dir", ADDITION, "show", "mdm-rest"], 2),
        "did you mean `mdm-reset`?",
    );
    // Without the folder the guide does not exist.
    fails(&["show", "mdm-reset"], 2);
}

#[test]
fn a_broken_custom_guide_stops_every_command() {
    for args in [
        &["signout", "-d", "iphone"][..],
        &["list"],
        &["show", "signin"],
        &["deactivate", "--json"],
    ] {
        let full: Vec<&str> = args
            .iter()
            .copied()
            .chain(["--guides-dir", INVALID])
            .collect();
        let err = fails(&full, 2);
        assert_contains(
            &err,
            "imsg-guide: error: tests/fixtures/invalid/bad-id-pattern.json:2:9: guide id",
        );
        assert_contains(&err, "run `imsg-guide validate tests/fixtures/invalid`");
    }
    assert_contains(
        &fails(&["list", "--guides-dir", "tests/fixtures/no-such-dir"], 2),
        "tests/fixtures/no-such-dir",
    );
}

#[test]
fn control_sequences_from_custom_guides_never_reach_the_terminal() {
    for format in ["text", "markdown"] {
        let out = stdout(&[
            "--guides-dir",
            INJECTION,
            "show",
            "evil",
            "-f",
            format,
            "--color",
            "always",
        ]);
        assert_lacks(&out, "\x1b]");
        assert_lacks(&out, "\x07");
        assert_lacks(&out, "\u{9b}");
        assert_lacks(&out, "\x1b[31m");
        assert_lacks(&out, "\x1b[2J");
        assert_contains(&out, "Reset");
        assert_lacks(&out, "pwned");
    }
    // JSON keeps the text exact: it is data for programs, escaped by the JSON encoder.
    let doc: Value = serde_json::from_str(&stdout(&[
        "--guides-dir",
        INJECTION,
        "show",
        "evil",
        "--json",
    ]))
    .unwrap();
    assert!(doc["guide"]["title"]
        .as_str()
        .unwrap()
        .contains("\x1b]0;pwned\x07"));
}

fn validate(args: &[&str]) -> (i32, String, String) {
    let out = imsg().arg("validate").args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn validate_reports_every_problem_with_its_position() {
    let (code, out, err) = validate(&[INVALID]);
    assert_eq!(code, 2);
    assert!(err.is_empty(), "{err}");
    let expected_files = std::fs::read_dir(INVALID)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    assert!(expected_files >= 20);
    for line in out.lines() {
        let mut parts = line.splitn(4, ':');
        let (path, l, c) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(path.starts_with("tests/fixtures/invalid/"), "{line}");
        assert!(
            l.parse::<usize>().is_ok() && c.parse::<usize>().is_ok(),
            "{line}"
        );
    }
    // Each file's expected problems, as the fixture's .expected file lists them.
    for entry in std::fs::read_dir(INVALID).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let file = path.to_str().unwrap();
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        for want in expected.lines() {
            assert_contains(&out, &want.replace("{path}", file));
        }
        let (code, one, _) = validate(&[file]);
        assert_eq!(code, 2, "{file}");
        assert_eq!(one, expected.replace("{path}", file), "{file}");
    }
}

#[test]
fn validate_passes_clean_guides_and_the_built_in_ones() {
    for dir in [OVERRIDE, ADDITION, INJECTION, "guides"] {
        let (code, out, err) = validate(&[dir]);
        assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""), "{dir}");
    }
    let (code, _, _) = validate(&["guides/signout.json", ADDITION]);
    assert_eq!(code, 0);
    // The same id in two places is a conflict, as it would be in one folder.
    let (code, out, _) = validate(&["guides/signout.json", OVERRIDE]);
    assert_eq!(code, 2);
    assert_contains(&out, "signout");
}

#[test]
fn validate_json_lists_problems_for_editors() {
    let out = imsg()
        .args(["validate", "--json", INVALID])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: Value =
        serde_json::from_str(include_str!("../../schema/output.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&doc), "{doc}");
    let problems = doc["problems"].as_array().unwrap();
    assert!(problems.len() >= 20);
    assert!(problems.iter().all(|p| p["line"].as_u64().unwrap() >= 1));
    let clean = stdout(&["validate", "--json", ADDITION]);
    let clean: Value = serde_json::from_str(&clean).unwrap();
    assert_eq!(clean["problems"], serde_json::json!([]));
}

#[test]
fn validate_a_folder_with_unreadable_and_non_json_files() {
    let dir = std::env::temp_dir().join(format!("imsg-guide-mixed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("folder.json")).unwrap();
    std::fs::copy(
        "tests/fixtures/valid/addition/mdm-reset.json",
        dir.join("good.json"),
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "not a guide").unwrap();
    std::fs::write(dir.join("binary.json"), [0xff, 0xfe, 0x00, 0x01]).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("missing"), dir.join("dangling.json")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_imsg-guide"))
        .arg("validate")
        .arg(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_contains(&text, "binary.json:1:1:");
    assert_contains(&text, "folder.json:1:1:");
    #[cfg(unix)]
    assert_contains(&text, "dangling.json:1:1:");
    assert_lacks(&text, "notes.txt");
    assert_lacks(&text, "good.json");
}
