//! Custom guides from --guides-dir / IMSG_GUIDE_DIR, and `validate`.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
fn a_broken_folder_stops_the_commands_that_read_all_of_it() {
    for args in [
        &["list"][..],
        &["search", "sign", "out"],
        &["list", "--json"],
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
    assert_contains(
        &fails(
            &["signout", "--guides-dir", "tests/fixtures/no-such-dir"],
            2,
        ),
        "tests/fixtures/no-such-dir:1:1: cannot read folder:",
    );
}

/// A folder for one test, removed when it ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("imsg-guide-custom-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn copy(&self, fixture: &str, name: &str) -> &Scratch {
        std::fs::copy(fixture, self.0.join(name)).unwrap();
        self
    }

    fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_command_reads_only_the_guide_it_prints() {
    let dir = Scratch::new("one");
    dir.copy(&format!("{INVALID}/unknown-device.json"), "signout.json")
        .copy(&format!("{INVALID}/truncated.json"), "other.json")
        .copy(&format!("{ADDITION}/mdm-reset.json"), "mdm-reset.json");
    let d = dir.arg();
    // The broken signout.json stops signout, located in the file ...
    let err = fails(&["--guides-dir", d, "signout", "-d", "iphone"], 2);
    assert_contains(
        &err,
        &format!("{d}/signout.json:10:29: unknown variant `ipone`"),
    );
    assert_contains(
        &fails(&["--guides-dir", d, "show", "signout"], 2),
        "signout.json:10:29:",
    );
    // ... and nothing that does not read it.
    assert_contains(
        &stdout(&["--guides-dir", d, "signin", "-d", "mac", "-o", "14"]),
        "Sign in",
    );
    assert_contains(
        &stdout(&["--guides-dir", d, "show", "mdm-reset"]),
        "Reset iMessage on a managed iPhone or iPad",
    );
    // Reading everything finds every broken file.
    let err = fails(&["--guides-dir", d, "list"], 2);
    assert_contains(&err, "other.json:");
    assert_contains(&err, "(and 1 more; run `imsg-guide validate");
    let (code, out, _) = validate(&[d]);
    assert_eq!(code, 2);
    assert_contains(&out, "other.json:");
    assert_contains(&out, "signout.json:10:29:");
}

#[test]
fn a_folder_with_one_broken_file_is_reported_until_it_is_fixed() {
    let base = std::fs::read_to_string("tests/fixtures/valid/base/company-signout.json").unwrap();
    let dir = Scratch::new("broken-then-fixed");
    dir.copy(&format!("{ADDITION}/mdm-reset.json"), "mdm-reset.json");
    let file = dir.0.join("company-signout.json");
    // An array where the schema wants an object, which serde alone would read as one.
    let broken = base.replace(r#""os": { "from": "18" }"#, r#""os": ["18"]"#);
    assert_ne!(broken, base);
    std::fs::write(&file, broken).unwrap();
    let d = dir.arg();
    let want = format!(
        "imsg-guide: error: {d}/company-signout.json:24:13: invalid type: array, expected an object with `from` and/or `before`"
    );
    for args in [
        &["list"][..],
        &["search", "sign", "out"],
        &["list", "--json"],
    ] {
        let full: Vec<&str> = ["--guides-dir", d].iter().chain(args).copied().collect();
        assert_contains(&fails(&full, 2), &want);
    }

    std::fs::write(&file, base).unwrap();
    let list = stdout(&["--guides-dir", d, "list"]);
    assert_contains(&list, "company-signout");
    assert_contains(&list, &format!("from {d}/mdm-reset.json"));
    // Both guides hold "sign out" in their heading: `-n 1` gives the first in the folder.
    let found: Value = serde_json::from_str(&stdout(&[
        "--guides-dir",
        d,
        "search",
        "sign out",
        "-n",
        "1",
        "--json",
    ]))
    .unwrap();
    let results = found["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["guide_id"], "company-signout");
    let two = stdout(&["--guides-dir", d, "search", "sign out", "-n", "2"]);
    assert_contains(&two, "imsg-guide show company-signout");
    assert_contains(&two, "imsg-guide show mdm-reset");
}

#[test]
fn in_a_guides_folder_the_file_name_is_the_id() {
    let dir = Scratch::new("named");
    dir.copy(&format!("{ADDITION}/mdm-reset.json"), "reset.json");
    let d = dir.arg();
    let want = format!(
        "{d}/reset.json:3:9: guide id `mdm-reset` does not match the file name; in a guides folder it goes in `mdm-reset.json`"
    );
    assert_contains(&fails(&["--guides-dir", d, "list"], 2), &want);
    assert_contains(&fails(&["--guides-dir", d, "show", "reset"], 2), &want);
    assert_eq!(validate(&[d]).1, format!("{want}\n"));
    // A guide is looked up by its file name only.
    assert_contains(
        &fails(&["--guides-dir", d, "show", "mdm-reset"], 2),
        "no guide has the id `mdm-reset`",
    );
    // A file given by itself has no folder to be named for.
    assert_eq!(validate(&[&format!("{d}/reset.json")]).0, 0);
    // An id is never a path: nothing outside the folder is read.
    assert_contains(
        &fails(&["--guides-dir", d, "show", "../reset"], 2),
        "no guide has the id `../reset`",
    );
}

/// Runs the binary and fails the test, instead of hanging it, if it runs for more than
/// ten seconds: the cases below hung or grew without end before they were refused.
fn within_ten_seconds(args: &[&str]) -> (i32, String, String) {
    let mut child = imsg()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{args:?} did not end within ten seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Every command that reads `file` in `dir` ends at once with one line naming it.
fn refused(dir: &Scratch, file: &str, why: &str) {
    let d = dir.arg();
    let id = file.trim_end_matches(".json");
    for args in [
        &["list"][..],
        &["search", "sign", "out"],
        &["show", id],
        &["list", "--json"],
    ] {
        let full: Vec<&str> = ["--guides-dir", d]
            .into_iter()
            .chain(args.iter().copied())
            .collect();
        let (code, out, err) = within_ten_seconds(&full);
        assert_eq!(code, 2, "{full:?}: {err}");
        assert!(out.is_empty(), "{full:?}");
        assert_eq!(
            err,
            format!("imsg-guide: error: {d}/{file}:1:1: cannot read: {why}\n"),
            "{full:?}"
        );
    }
    let (code, out, _) = within_ten_seconds(&["validate", d]);
    assert_eq!(code, 2);
    assert_eq!(out, format!("{d}/{file}:1:1: cannot read: {why}\n"));
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
    let dir = Scratch::new("fifo");
    let path = dir.0.join("x.json");
    let made = Command::new("mkfifo").arg(&path).status();
    if !made.is_ok_and(|s| s.success()) {
        crate::skip(
            "a_named_pipe_is_refused_without_waiting_for_a_writer",
            "`mkfifo` failed",
        );
        return;
    }
    refused(
        &dir,
        "x.json",
        "a named pipe (FIFO) is not a regular file; guides are read from regular files only",
    );
    // The job commands read their own file only, so the pipe does not stop them...
    assert_contains(
        &stdout(&["--guides-dir", dir.arg(), "signout", "-d", "mac"]),
        "Sign out",
    );
    // ... unless it is theirs.
    std::fs::rename(&path, dir.0.join("signout.json")).unwrap();
    let (code, _, err) = within_ten_seconds(&["--guides-dir", dir.arg(), "signout"]);
    assert_eq!(code, 2);
    assert_contains(&err, "signout.json:1:1: cannot read: a named pipe (FIFO)");
}

#[cfg(unix)]
#[test]
fn a_link_to_an_endless_device_is_refused_before_it_is_read() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let dir = Scratch::new("device");
        std::os::unix::fs::symlink(device, dir.0.join("x.json")).unwrap();
        refused(
            &dir,
            "x.json",
            "a character device is not a regular file; guides are read from regular files only",
        );
    }
}

#[test]
fn a_guide_file_over_one_mebibyte_is_refused() {
    let dir = Scratch::new("big");
    // 46 MB, as big as a stray export; sparse, so the test writes almost nothing.
    let file = std::fs::File::create(dir.0.join("x.json")).unwrap();
    file.set_len(46_000_000).unwrap();
    refused(
        &dir,
        "x.json",
        "larger than 1 MiB (1048576 bytes), the most a guide file may hold",
    );
    // At the limit a file is read, and judged as a guide.
    file.set_len(1024 * 1024).unwrap();
    let (code, _, err) = within_ten_seconds(&["--guides-dir", dir.arg(), "list"]);
    assert_eq!(code, 2);
    assert_contains(&err, "x.json:1:1:");
    assert_lacks(&err, "larger than");
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
        dir.join("mdm-reset.json"),
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
    assert_lacks(&text, "mdm-reset.json");
}

/// Text in Chinese, Japanese or Korean takes two columns a character, and wraps where
/// the terminal's edge is: no line of a custom guide in Japanese is wider than --width.
#[test]
fn wide_characters_wrap_at_the_width_in_columns() {
    use unicode_width::UnicodeWidthStr;
    let dir = Scratch::new("wide");
    let mut guide: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/valid/addition/mdm-reset.json").unwrap(),
    )
    .unwrap();
    guide["title"] = "管理対象のiPhoneやiPadでiMessageをリセットする".into();
    let step = &mut guide["methods"][0]["steps"][1];
    step["text"] = "プロファイルを開き、IT部門が最新のiOSとiMessageの設定を配信するのを待ってから、もう一度サインインしてください。".into();
    step["path"] = serde_json::json!(["設定", "一般", "VPNとデバイス管理"]);
    std::fs::write(dir.0.join("mdm-reset.json"), guide.to_string()).unwrap();
    for width in ["20", "30", "47"] {
        let out = stdout(&[
            "--guides-dir",
            dir.arg(),
            "show",
            "mdm-reset",
            "--width",
            width,
        ]);
        assert_contains(&out, "サインイン");
        let limit: usize = width.parse().unwrap();
        for line in out.lines() {
            assert!(
                line.width() <= limit,
                "--width {width}: {line:?} is {} columns",
                line.width()
            );
        }
    }
}

/// A custom guide's method titles name their terms (`{device}`, `{account}`) like the
/// built-in ones, and search results word them for whom each result is for.
#[test]
fn search_results_from_custom_guides_resolve_their_titles() {
    let dir = Scratch::new("terms");
    dir.copy("guides/leave-iphone.json", "leave-iphone.json");
    let file = std::fs::read_to_string("guides/leave-iphone.json").unwrap();
    assert!(
        file.contains("\"title\": \"On this {device}"),
        "the fixture names a term"
    );
    for format in [&[][..], &["--json"], &["-f", "markdown"]] {
        let mut args = vec!["--guides-dir", dir.arg(), "search", "stop messages on this"];
        args.extend_from_slice(format);
        let out = stdout(&args);
        assert_contains(&out, "if it uses your iPhone's");
        assert_lacks(&out, "{device}");
        assert_lacks(&out, "{account}");
    }
}
