//! `fix-signed-out --interactive`: answers from a pipe and keys on a real terminal.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{assert_contains, assert_lacks, imsg};

/// Runs the walk with `answers` on standard input; returns exit code, stdout and stderr.
fn walk(args: &[&str], answers: &str) -> (Option<i32>, String, String) {
    let mut child = imsg()
        .args(["fix-signed-out", "--interactive"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answers.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn transcript(args: &[&str], answers: &str) -> Value {
    let mut full = args.to_vec();
    full.push("--json");
    let (code, out, _) = walk(&full, answers);
    assert_eq!(code, Some(0));
    let doc: Value = serde_json::from_str(&out).unwrap();
    let schema: Value =
        serde_json::from_str(include_str!("../../schema/output.schema.json")).unwrap();
    assert!(
        jsonschema::validator_for(&schema).unwrap().is_valid(&doc),
        "{doc}"
    );
    doc["walk"].clone()
}

#[test]
fn a_fault_found_and_fixed() {
    // The switch is off: that is the fault; turning it on fixes it.
    let (code, out, err) = walk(&["-d", "iphone", "-o", "17"], "n\ny\n");
    assert_eq!(code, Some(0), "{err}");
    assert_contains(
        &out,
        "Is the iMessage switch on in Messages settings? [y/n/s/q/?] n",
    );
    assert_contains(&out, "That is the fault. Fix it:");
    assert_contains(&out, "Settings › Messages");
    assert_contains(&out, "Summary: fixed.");
    assert_lacks(&out, "Apple Support");
    let walk = transcript(&["-d", "iphone", "-o", "17"], "n\ny\n");
    assert_eq!(walk["outcome"], "fixed");
    assert_eq!(walk["method"], "ios-checks-transfer-or-reset");
    assert_eq!(walk["steps"][0]["answer"], "no");
    assert_eq!(walk["steps"][0]["fixed"], "yes");
}

#[test]
fn nothing_works_and_apple_support_is_left() {
    // Every check says fine, every fix offered does not help.
    let answers = "y\nn\nn\nn\ny\ny\nn\nn\ny\nn\n";
    let walk = transcript(&["-d", "iphone", "-o", "16"], answers);
    assert_eq!(walk["outcome"], "not-fixed", "{walk}");
    let left = walk["left"].as_array().unwrap();
    assert!(left
        .iter()
        .any(|l| l.as_str().unwrap().contains("Apple Support")));
    let (_, out, _) = walk_text(answers);
    assert_contains(&out, "Summary: not fixed by these checks.");
    assert_contains(&out, "Left:");
    assert_contains(&out, "contact Apple Support");
}

fn walk_text(answers: &str) -> (Option<i32>, String, String) {
    walk(&["-d", "iphone", "-o", "16"], answers)
}

#[test]
fn a_ticked_number_leaves_the_24_hour_wait() {
    // Switch on, toggling did not help, no "No Addresses", the number is not ticked.
    let walk = transcript(&["-d", "iphone", "-o", "18"], "y\nn\nn\ny\nn\nq\n");
    assert_eq!(walk["outcome"], "quit");
    let left: Vec<&str> = walk["left"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(left.iter().any(|l| l.contains("24 hours")), "{left:?}");
    assert!(left.iter().any(|l| l.contains("Apple Support")), "{left:?}");
}

#[test]
fn quit_skip_invalid_answers_and_end_of_input() {
    let (code, out, _) = walk(&[], "q\n");
    assert_eq!(code, Some(0));
    assert_contains(&out, "Summary: stopped before the end.");
    let skipped = transcript(&[], "s\nn\n");
    assert_eq!(skipped["steps"][0]["answer"], "skip");
    assert_eq!(skipped["steps"][1]["kind"], "try");
    assert_eq!(skipped["outcome"], "end-of-input");
    let (_, out, _) = walk(&[], "maybe\n?\nYES\n");
    assert_contains(&out, "Please answer y, n, s or q (? for help).");
    assert_contains(
        &out,
        "Answer y (yes), n (no), s (skip this one) or q (quit).",
    );
    assert_contains(&out, "Try this:");
    let (code, out, _) = walk(&[], "");
    assert_eq!(code, Some(0));
    assert_contains(&out, "Summary: the answers ran out before the end.");
    // Without --os the newest route is walked, for an iPhone unless told otherwise.
    assert_eq!(transcript(&[], "")["method"], "ios-checks-apps");
    assert_eq!(
        transcript(&["-d", "ipad"], "")["devices"],
        serde_json::json!(["ipad"])
    );
}

#[test]
fn json_keeps_stdout_for_the_transcript() {
    let (_, out, err) = walk(&["--json"], "n\ny\n");
    assert!(out.trim_start().starts_with('{'));
    assert_eq!(out.lines().count(), 1);
    assert_contains(&err, "Is the iMessage switch on");
}

#[test]
fn a_mac_gets_its_own_checks_and_the_website_none() {
    let (code, out, _) = walk(&["-d", "mac", "-o", "14"], "y\ny\n");
    assert_eq!(code, Some(0));
    assert_contains(
        &out,
        "When Messages opens, does it ask you to sign in with your Apple ID?",
    );
    assert_contains(&out, "Summary: fixed.");
    assert_lacks(&out, "SIM");
    let (code, _, err) = walk(&["-d", "web"], "");
    assert_eq!(code, Some(1));
    assert_contains(&err, "no steps for the Apple Account website");
}

/// On a real terminal (tmux): the questions wait for keys, answers work as typed, and
/// the summary ends the walk.
#[test]
fn on_a_terminal() {
    if !crate::have("tmux", "on_a_terminal") {
        return;
    }
    let session = format!("imsg-walk-{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_imsg-guide");
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .args(args)
            .output()
            .expect("tmux is needed for this test (.ci/run installs it)")
    };
    let started = tmux(&[
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        "120",
        "-y",
        "60",
        &format!("NO_COLOR=1 '{bin}' fix-signed-out -i -d iphone -o 17; echo EXIT=$?; sleep 30"),
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    let screen = || {
        String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", &session]).stdout).into_owned()
    };
    let wait_for = |needle: &str| {
        let start = Instant::now();
        loop {
            let s = screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no {needle:?} on screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    wait_for("Is the iMessage switch on in Messages settings? [y/n/s/q/?]");
    tmux(&["send-keys", "-t", &session, "x", "Enter"]);
    wait_for("Please answer y, n, s or q");
    tmux(&["send-keys", "-t", &session, "n", "Enter"]);
    wait_for("That is the fault. Fix it:");
    tmux(&["send-keys", "-t", &session, "y", "Enter"]);
    let end = wait_for("EXIT=0");
    tmux(&["kill-session", "-t", &session]);
    assert_contains(&end, "Summary: fixed.");
    assert_contains(&end, "Settings › Messages");
}
