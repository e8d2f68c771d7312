//! Integration tests through the real binary, as one crate.

mod cli;
mod content;
mod custom;
mod find;
mod formats;
mod generated;
mod hostile;
mod pager;
mod readme;
mod robust;
mod scope;
mod sources;
mod tickets;
mod usage;
mod walk;

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

/// The binary with a clean environment: no color or width hints leak in from the caller.
pub fn imsg() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_imsg-guide"));
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .env_remove("TERM")
        .env_remove("IMSG_GUIDE_DIR");
    cmd
}

pub fn run(args: &[&str]) -> Output {
    imsg().args(args).output().expect("the binary runs")
}

pub fn stdout(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "{args:?} wrote to stderr");
    String::from_utf8(out.stdout).unwrap()
}

/// A one-line error on stderr, nothing on stdout, and the given exit code.
pub fn fails(args: &[&str], code: i32) -> String {
    let out = run(args);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?} wrote to stdout");
    assert!(err.starts_with("imsg-guide: error: "), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

pub fn assert_contains(haystack: &str, needle: &str) {
    assert!(
        haystack.contains(needle),
        "expected {needle:?} in:\n{haystack}"
    );
}

pub fn assert_lacks(haystack: &str, needle: &str) {
    assert!(
        !haystack.contains(needle),
        "did not expect {needle:?} in:\n{haystack}"
    );
}

/// Runs the binary with the reading end of its stdout closed before it writes; returns the
/// exit code and what it wrote to stderr.
pub fn with_closed_pipe<S: AsRef<OsStr>>(args: &[S]) -> (Option<i32>, String) {
    let mut child = imsg()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (child.wait().unwrap().code(), err)
}

/// Whether `tool`, an outside program a test drives, can run here. Without it the test
/// says in one visible line that it skipped and why, so a machine with only a Rust
/// toolchain passes; under `IMSG_GUIDE_REQUIRE_TOOLS=1`, as `.ci/run` sets it, a missing
/// tool fails the test instead, so CI runs every test.
pub fn have(tool: &str, test: &str) -> bool {
    let found = std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            let path = dir.join(tool);
            path.metadata().is_ok_and(|m| {
                m.is_file()
                    && std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0
            })
        })
    });
    if !found {
        skip(test, &format!("`{tool}` is not installed"));
    }
    found
}

/// Reports a skipped test on the real stderr, past the test harness's capture, or fails
/// it when every test must run (`IMSG_GUIDE_REQUIRE_TOOLS=1`).
pub fn skip(test: &str, why: &str) {
    if std::env::var_os("IMSG_GUIDE_REQUIRE_TOOLS").is_some_and(|v| !v.is_empty() && v != "0") {
        panic!("{test}: {why}, and IMSG_GUIDE_REQUIRE_TOOLS asks for every test to run");
    }
    let _ = writeln!(std::io::stderr(), "skipped {test}: {why}");
}

/// A checked-in file the binary's output must equal: a golden output under `tests/golden`
/// or a generated file such as a completion script. `UPDATE_GOLDEN=1 cargo test` (or
/// `UPDATE_GENERATED=1`) rewrites it instead, to be reviewed like code.
pub fn expect_file(relative: &str, actual: &str, made_by: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let update = ["UPDATE_GOLDEN", "UPDATE_GENERATED"]
        .iter()
        .any(|v| std::env::var_os(v).is_some());
    if update {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{relative} differs from `{made_by}`; review the change and run `UPDATE_GOLDEN=1 cargo test` to accept it\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

/// Runs `cmd` with `input` on standard input and waits for it to end. The program may
/// stop reading before the input runs out, as the walk does once it has its answers.
pub fn run_fed(cmd: &mut Command, input: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

/// Text with its colour sequences (`ESC [ digits m`) taken out, as a colour terminal
/// shows it; any other escape sequence is kept, for a check to find.
pub fn without_colors(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let params = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[params..].starts_with('m') {
            rest = &after[params + 1..];
        } else {
            out.push_str("\u{1b}[");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}
