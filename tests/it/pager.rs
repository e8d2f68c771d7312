//! Long output through a pager on a terminal, never when piped, never in the walk.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::{assert_contains, assert_lacks, imsg};

/// A pager that marks every line, so the test sees whether the text went through it.
const PAGER: &str = "sed s/^/paged:/";

/// Runs the binary on a pseudo-terminal (`script`) of `lines` rows with `input` typed in;
/// returns what the terminal showed.
fn on_terminal(args: &str, lines: &str, input: &str) -> String {
    on_terminal_after("", args, lines, input)
}

/// `on_terminal`, with `shell` run first in the same shell: `unset PAGER;`, `PATH=/x`.
fn on_terminal_after(shell: &str, args: &str, lines: &str, input: &str) -> String {
    let bin = env!("CARGO_BIN_EXE_imsg-guide");
    let mut child = Command::new("script")
        .args(["-qec", &format!("{shell} '{bin}' {args}"), "/dev/null"])
        .env("PAGER", PAGER)
        .env("LINES", lines)
        .env("COLUMNS", "80")
        .env_remove("NO_COLOR")
        .env_remove("IMSG_GUIDE_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs the binary on a pseudo-terminal");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{args}");
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

#[test]
fn long_text_on_a_terminal_goes_through_the_pager() {
    if !crate::have("script", "long_text_on_a_terminal_goes_through_the_pager") {
        return;
    }
    let long = on_terminal("signout", "10", "");
    let lines = long.lines().count();
    let paged = long.lines().filter(|l| l.starts_with("paged:")).count();
    assert!(lines > 20 && paged == lines, "{long}");
    // It fits: no pager, as less -F would do.
    let fits = on_terminal("signout", "1000", "");
    assert_lacks(&fits, "paged:");
    assert_contains(&fits, "Sign out of iMessage");
    let always = on_terminal("signin -d mac -o 15 --paging always", "1000", "");
    assert_contains(&always, "paged:");
    let never = on_terminal("signout --paging never", "10", "");
    assert_lacks(&never, "paged:");
    assert_contains(&never, "See also");
}

#[test]
fn piped_output_and_the_walk_never_page() {
    if !crate::have("script", "piped_output_and_the_walk_never_page") {
        return;
    }
    let out = imsg()
        .args(["signout", "--paging", "always"])
        .env("PAGER", PAGER)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_lacks(&String::from_utf8_lossy(&out.stdout), "paged:");
    for json in ["", "--json"] {
        let walk = on_terminal(
            &format!("fix-signed-out -i -d iphone -o 17 --paging always {json}"),
            "10",
            "q\n",
        );
        assert_lacks(&walk, "paged:");
        assert_contains(&walk, "Is the iMessage switch on");
    }
}

/// A pager that cannot be started leaves the answer on the terminal, one started with
/// standard input closed still reads it all, and one that quits before reading it all is
/// no error: each run succeeds (`on_terminal` checks).
#[test]
fn a_pager_that_fails_or_quits_early_loses_nothing() {
    if !crate::have("script", "a_pager_that_fails_or_quits_early_loses_nothing") {
        return;
    }
    let args = "fix-signed-out --paging always";
    // No `less` to be found, and no $PAGER.
    let missing = on_terminal_after("unset PAGER; PATH=/nonexistent", args, "10", "");
    assert_contains(&missing, "Fix the \"iMessage is Signed Out\" alert");
    assert_contains(&missing, "See also");
    // With standard input closed, the pipe to the pager takes its place: still paged.
    let closed = on_terminal(&format!("{args} <&-"), "10", "");
    assert_contains(&closed, "See also");
    assert!(closed.lines().all(|l| l.starts_with("paged:")), "{closed}");
    let early = on_terminal_after("PAGER='head -n 2'", args, "10", "");
    assert_contains(&early, "Fix the \"iMessage is Signed Out\" alert");
    assert_lacks(&early, "See also");
}

/// JSON on a terminal, paged or not, keeps an invisible character of a custom guide as an
/// escape, as it does on a pipe: the exact text, and nothing hidden on the screen.
#[test]
fn json_on_a_terminal_escapes_what_it_would_hide() {
    if !crate::have("script", "json_on_a_terminal_escapes_what_it_would_hide") {
        return;
    }
    let dir = std::env::temp_dir().join(format!("imsg-guide-pager-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/injection/evil.json"
    );
    let mut guide: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    guide["title"] = "Zero\u{200b}width".into();
    std::fs::write(dir.join("evil.json"), guide.to_string()).unwrap();
    let args = format!("show evil --json --guides-dir '{}'", dir.display());
    for (lines, paging) in [("1000", "auto"), ("1000", "always"), ("3", "auto")] {
        let out = on_terminal(&format!("{args} --paging {paging}"), lines, "");
        assert_contains(&out, "Zero\\u200bwidth");
        assert_lacks(&out, "Zerowidth");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
