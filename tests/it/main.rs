//! Integration tests through the real binary, as one crate.

mod cli;
mod custom;
mod find;
mod formats;
mod generated;
mod robust;
mod walk;

use std::ffi::OsStr;
use std::io::Read;
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
