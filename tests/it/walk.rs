//! `fix-signed-out --interactive`: answers from a pipe and keys on a real terminal.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{assert_contains, assert_lacks, imsg};

/// Runs the walk with `answers` on standard input; returns exit code, stdout and stderr.
fn walk(args: &[&str], answers: &str) -> (Option<i32>, String, String) {
    let out = crate::run_fed(
        imsg().args(["fix-signed-out", "--interactive"]).args(args),
        answers.as_bytes(),
    );
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
    let ios18 = ["-d", "iphone", "-o", "18"];
    let (code, out, _) = walk(&ios18, "q\n");
    assert_eq!(code, Some(0));
    assert_contains(&out, "Summary: stopped before the end.");
    let skipped = transcript(&ios18, "s\nn\n");
    assert_eq!(skipped["steps"][0]["answer"], "skip");
    assert_eq!(skipped["steps"][1]["kind"], "try");
    assert_eq!(skipped["outcome"], "end-of-input");
    let (code, out, _) = walk(&ios18, "maybe\n?\nYES\n");
    assert_eq!(code, Some(0));
    assert_contains(&out, "Please answer y, n, s or q (? for help).");
    assert_contains(
        &out,
        "Answer y (yes), n (no), s (skip this one) or q (quit).",
    );
    assert_contains(&out, "Try this:");
    let (code, out, _) = walk(&ios18, "");
    assert_eq!(code, Some(0));
    assert_contains(&out, "Summary: the answers ran out before the end.");
}

#[test]
fn without_a_device_it_asks_for_device_and_version_first() {
    let (code, out, err) = walk(&[], "iphone\n17\nn\ny\n");
    assert_eq!(code, Some(0), "{err}");
    assert_contains(
        &out,
        "Which device shows the alert? [iphone/ipad/ipod/mac/?] iphone",
    );
    assert_contains(
        &out,
        "Which version of iOS is on the iPhone? (such as 17.4; Enter if not sure) 17",
    );
    assert_contains(
        &out,
        "Fixing \"iMessage is Signed Out\" on iPhone · iOS 17.",
    );
    let ipod = transcript(&[], "iPod touch\n15.8\n");
    assert_eq!(ipod["devices"], serde_json::json!(["ipod"]));
    assert_eq!(ipod["method"], "ios-checks-transfer-or-reset");
    // The answers are read as -d and -o read them, errors and hints included.
    let (_, out, _) = walk(&[], "ipd\nipad\n19\n12\n");
    assert_contains(
        &out,
        "`ipd` is not a device (did you mean ipad?); answer iphone, ipad, ipod or mac.",
    );
    assert_contains(
        &out,
        "iOS 19 does not exist: Apple went from iOS 18 to iOS 26.",
    );
    assert_contains(&out, "on iPad · iOS 12.");
    // Not sure of the version: the newest route, said so in the heading.
    let (_, out, _) = walk(&[], "ipad\n\n");
    assert_contains(&out, "on iPad · iPadOS 18 and later.");
    // With a device but no version, only the version is asked.
    let (_, out, _) = walk(&["-d", "ipad"], "16.1\n");
    assert_lacks(&out, "Which device");
    assert_contains(&out, "Which version of iPadOS is on the iPad?");
    assert_contains(&out, "on iPad · iPadOS 16.1.");
    // A device the guide has no steps for ends the walk as `-d` would.
    let (code, out, err) = walk(&[], "web\n");
    assert_eq!(code, Some(1));
    assert_contains(&out, "web");
    assert_eq!(
        err,
        "imsg-guide: error: `fix-signed-out` has no steps for the Apple Account website\n"
    );
    // Answers not understood count in a row, for one question at a time.
    let (code, _, err) = walk(&[], "x\nx\niphone\nx\nx\n17\nx\nx\nq\n");
    assert_eq!(code, Some(0), "{err}");
    // Quitting before the walk is not an error; running out of answers is.
    let (code, out, _) = walk(&[], "q\n");
    assert_eq!(code, Some(0));
    assert_contains(&out, "Stopped before the walk began.");
    let (code, out, err) = walk(&[], "");
    assert_eq!(code, Some(2));
    assert_lacks(&out, "Fixing");
    one_line_error(
        &err,
        "the answers ran out before the walk began; name the device and version with -d and -o",
    );
}

#[test]
fn each_question_says_where_to_look_for_that_version() {
    let (_, out, _) = walk(&["-d", "iphone", "-o", "18"], "y\nn\nn\ny\n");
    assert_contains(
        &out,
        "Look in Settings › Apps › Messages.\nIs the iMessage switch on in Messages settings?",
    );
    assert_contains(
        &out,
        "Look in Settings › Apps › Messages › Send & Receive.\nDoes Send & Receive say \"No Addresses\"?",
    );
    // The step has no route of its own; its question names the screen it is on.
    assert_contains(
        &out,
        "Look in Settings › Apps › Messages › Send & Receive.\nIs your phone number listed in Send & Receive without a tick?",
    );
    let (_, out, _) = walk(&["-d", "iphone", "-o", "16"], "y\n");
    assert_contains(
        &out,
        "Look in Settings › Messages.\nIs the iMessage switch on",
    );
    assert_lacks(&out, "Apps");
    // Questions about the outside world name no screen.
    let all = transcript(&["-d", "iphone", "-o", "17"], "y\nn\nn\nn\ny\ny\nn\nn\ny\n");
    let steps = all["steps"].as_array().unwrap();
    let look = |n: u64| steps.iter().find(|s| s["number"] == n).unwrap()["look_in"].clone();
    assert_eq!(look(1), serde_json::json!(["Settings", "Messages"]));
    assert_eq!(
        look(4),
        serde_json::json!(["Settings", "Messages", "Send & Receive"])
    );
    assert_eq!(look(6), serde_json::json!([]));
    assert_eq!(look(10), serde_json::json!([]));
    assert_eq!(look(2), serde_json::json!([]));
}

#[test]
fn a_skipped_did_it_help_is_listed_once() {
    let (_, out, _) = walk(&["-d", "iphone", "-o", "17"], "n\ns\nq\n");
    assert_contains(
        &out,
        "Fixes shown:\n- step 1: Check that the iMessage switch is on. If it is off, turn it on. (not known whether it helped)\n",
    );
    assert_lacks(&out, "Skipped:");
    let (_, out, _) = walk(&["-d", "iphone", "-o", "17"], "s\nq\n");
    assert_contains(&out, "Skipped:\n- step 1: Is the iMessage switch on");
    assert_lacks(&out, "Fixes shown:\n- step 1");
}

#[test]
fn markdown_is_the_summary_for_a_ticket() {
    let (code, out, err) = walk(&["-d", "iphone", "-o", "17", "-f", "markdown"], "n\nq\n");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "# Fixing \"iMessage is Signed Out\" on iPhone · iOS 17\n\n\
         **Summary: stopped before the end.**\n\n\
         ## Fixes shown\n\n\
         - step 1: Check that the iMessage switch is on. If it is off, turn it on.\n\n\
         ## Left\n\n\
         - If nothing helps, contact Apple Support in the Apple Support app or through Apple's contact page (https://support.apple.com/contact).\n"
    );
    // The conversation is on stderr, as with --json.
    assert_contains(
        &err,
        "Is the iMessage switch on in Messages settings? [y/n/s/q/?] n",
    );
}

/// A custom guide whose walk questions and routes try to drive the terminal.
fn hostile_guide() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("imsg-guide-walk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let guide = serde_json::json!({
        "id": "fix-signed-out",
        "command": "fix-signed-out",
        "title": "Fix it",
        "summary": "A guide with escapes.",
        "methods": [{
            "id": "evil",
            "title": "Evil",
            "devices": ["iphone"],
            "steps": [{
                "text": "Step \u{1b}]0;pwned-title\u{7}one.",
                "path": ["Settings\u{1b}P$q m\u{1b}\\", "Mess\u{9d}0;pwned-c1\u{9c}ages"],
                "sources": ["S2-3"],
                "check": {
                    "ask": "Title\u{1b}]0;pwned-title\u{7}, clipboard\u{1b}]52;c;cHduZWQ=\u{7}, request\u{1b}P$q m\u{1b}\\\u{1b}[6n, c1\u{9b}2J\u{90}pwned-dcs\u{9c}?",
                    "fault": "no"
                }
            }]
        }]
    });
    std::fs::write(dir.join("fix-signed-out.json"), guide.to_string()).unwrap();
    dir
}

/// A custom guide whose second check is only for newer versions.
fn guide_with_a_newer_step() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("imsg-guide-walk-newer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let guide = serde_json::json!({
        "id": "fix-signed-out",
        "command": "fix-signed-out",
        "title": "Fix it",
        "summary": "Two checks, one of them new.",
        "methods": [{
            "id": "checks",
            "title": "Checks",
            "devices": ["iphone"],
            "steps": [
                {
                    "text": "Turn the old switch on.",
                    "path": ["Settings", "Old"],
                    "sources": ["S2-3"],
                    "check": {"ask": "Is the old switch on?", "fault": "no"}
                },
                {
                    "text": "Turn the new switch on.",
                    "path": ["Settings", "New"],
                    "os": {"from": "26"},
                    "sources": ["S2-3"],
                    "check": {"ask": "Is the new switch on?", "fault": "no"}
                }
            ]
        }]
    });
    std::fs::write(dir.join("fix-signed-out.json"), guide.to_string()).unwrap();
    dir
}

#[test]
fn only_the_steps_for_the_version_are_asked() {
    let dir = guide_with_a_newer_step();
    let dir = dir.to_str().unwrap();
    let (code, out, err) = walk(&["--guides-dir", dir, "-d", "iphone", "-o", "18"], "y\ny\n");
    assert_eq!(code, Some(0), "{err}");
    assert_contains(&out, "Is the old switch on?");
    assert_lacks(&out, "new switch");
    assert_contains(&out, "Summary: not fixed by these checks.");
    let (_, out, _) = walk(
        &["--guides-dir", dir, "-d", "iphone", "-o", "26"],
        "y\nn\ny\n",
    );
    assert_contains(&out, "Look in Settings › New.\nIs the new switch on?");
    assert_contains(&out, "Summary: fixed.");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn questions_routes_and_echoed_answers_are_stripped() {
    let dir = hostile_guide();
    let dir = dir.to_str().unwrap();
    let (code, out, err) = walk(
        &["--guides-dir", dir, "-d", "iphone", "--color", "always"],
        "\u{1b}]0;pwned-answer\u{7}maybe\u{1b}P+q544e\u{1b}\\\nn\nq\n",
    );
    assert_eq!(code, Some(0), "{err}");
    for bad in [
        "\u{1b}]",
        "\u{1b}P",
        "\u{1b}[6n",
        "\u{9b}",
        "\u{9d}",
        "\u{90}",
        "\u{7}",
        "pwned",
    ] {
        assert_lacks(&out, bad);
    }
    assert_contains(&out, "Look in Settings › Messages.");
    assert_contains(&out, "Title, clipboard, request, c1? [y/n/s/q/?] maybe\n");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn answers_are_never_echoed_in_full() {
    let long = "x".repeat(200);
    let (_, out, _) = walk(&["-d", "iphone", "-o", "17"], &format!("{long}\nq\n"));
    assert_contains(&out, &format!("[y/n/s/q/?] {}…\n", "x".repeat(24)));
    assert_lacks(&out, &"x".repeat(25));
    // Nor in what the walk says about them.
    for args in [&[][..], &["-d", "ipad"]] {
        let (_, out, err) = walk(args, &format!("{long}\n{long}\n{long}\n"));
        assert_lacks(&out, &"x".repeat(25));
        assert_lacks(&err, &"x".repeat(25));
        assert_contains(&err, &format!("(the last: `{}…`)", "x".repeat(24)));
    }
}

fn one_line_error(err: &str, start: &str) {
    assert!(
        err.starts_with(&format!("imsg-guide: error: {start}")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Sends a signal with the shell's own `kill`, as Ctrl-C would send SIGINT.
fn signal(pid: u32, name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("kill -{name} {pid}")])
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs the walk on `stdin` and waits for it, but never for long: a walk that does not end
/// is killed and fails the test instead of hanging it.
fn walk_from(stdin: Stdio, args: &[&str]) -> (Option<i32>, String, String) {
    let child = imsg()
        .args(["fix-signed-out", "--interactive"])
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (done, finished) = std::sync::mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let out = child.wait_with_output().unwrap();
        let _ = done.send(());
        out
    });
    if finished.recv_timeout(Duration::from_secs(30)).is_err() {
        let _ = signal(pid, "KILL");
        panic!("the walk did not end on its own");
    }
    let out = waiter.join().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The walk with `yes WORD` on standard input.
fn fed_by_yes(word: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let mut yes = Command::new("yes")
        .arg(word)
        .stdout(Stdio::piped())
        .spawn()
        .expect("yes runs");
    let result = walk_from(Stdio::from(yes.stdout.take().unwrap()), args);
    let _ = yes.kill();
    let _ = yes.wait();
    result
}

#[test]
fn endless_answers_end_the_walk() {
    // Question marks forever: help is not an answer, and a pipe gets three tries.
    let (code, out, err) = fed_by_yes("?", &["-d", "iphone", "-o", "17"]);
    assert_eq!(code, Some(2), "{err}");
    one_line_error(
        &err,
        "3 answers in a row on stdin were not understood (the last: `?`); answer y, n, s or q, one a line",
    );
    assert_eq!(out.matches("Is the iMessage switch on").count(), 3);
    // The same for the device question.
    let (code, _, err) = fed_by_yes("ipd", &[]);
    assert_eq!(code, Some(2));
    one_line_error(
        &err,
        "3 answers in a row on stdin were not understood (the last: `ipd`); name the device: iphone, ipad, ipod or mac",
    );
    // One endless line: read up to the cap, never to the end.
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let (code, out, err) = walk_from(zero.into(), &["-d", "iphone", "-o", "17"]);
    assert_eq!(code, Some(2), "{err}");
    one_line_error(&err, "an answer on stdin is longer than 256 bytes");
    assert_lacks(&out, "\0");
    let (code, _, err) = walk_from(std::fs::File::open("/dev/zero").unwrap().into(), &[]);
    assert_eq!(code, Some(2));
    one_line_error(&err, "an answer on stdin is longer than 256 bytes");
}

#[test]
fn unreadable_answers_are_a_read_error() {
    let dir = std::fs::File::open("tests").unwrap();
    let (code, out, err) = walk_from(dir.into(), &["-d", "iphone", "-o", "17"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "imsg-guide: error: could not read the answers: stdin is a directory\n"
    );
    assert_contains(&out, "Is the iMessage switch on");
    let (code, _, err) = walk_with_bytes(&["-d", "iphone", "-o", "17"], b"n\n\xff\xfe\n");
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "imsg-guide: error: could not read the answers: stdin is not UTF-8 text\n"
    );
}

fn walk_with_bytes(args: &[&str], answers: &[u8]) -> (Option<i32>, String, String) {
    let out = crate::run_fed(
        imsg().args(["fix-signed-out", "--interactive"]).args(args),
        answers,
    );
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Ctrl-C while the walk waits for an answer on a pipe: the summary so far, the
/// transcript with --json, and the exit status of an interrupted program.
#[test]
fn ctrl_c_prints_the_summary_so_far() {
    for json in [false, true] {
        let mut args = vec!["fix-signed-out", "-i", "-d", "iphone", "-o", "17"];
        if json {
            args.push("--json");
        }
        let mut child = imsg()
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"n\n").unwrap();
        // Wait until it asks the second question, then interrupt it there.
        let talk = if json {
            Box::new(child.stderr.take().unwrap()) as Box<dyn std::io::Read + Send>
        } else {
            Box::new(child.stdout.take().unwrap())
        };
        let (seen, asked) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut talk = talk;
            let mut text = Vec::new();
            let mut buf = [0u8; 4096];
            let mut told = false;
            loop {
                let n = std::io::Read::read(&mut talk, &mut buf).unwrap_or(0);
                if n == 0 {
                    break;
                }
                text.extend_from_slice(&buf[..n]);
                if !told && String::from_utf8_lossy(&text).contains("Did that fix it?") {
                    told = true;
                    let _ = seen.send(());
                }
            }
            String::from_utf8(text).unwrap()
        });
        if asked.recv_timeout(Duration::from_secs(30)).is_err() {
            let _ = child.kill();
            panic!("the walk never asked whether the fix worked");
        }
        assert!(signal(child.id(), "INT"));
        let status = child.wait().unwrap();
        drop(stdin);
        let talk = reader.join().unwrap();
        assert_eq!(status.code(), Some(130), "{talk}");
        assert_contains(&talk, "Summary: interrupted before the end.");
        assert_contains(
            &talk,
            "Fixes shown:\n- step 1: Check that the iMessage switch is on.",
        );
        if json {
            let mut out = String::new();
            std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut out).unwrap();
            let doc: Value = serde_json::from_str(&out).unwrap();
            assert_eq!(doc["walk"]["outcome"], "interrupted");
            assert_eq!(doc["walk"]["steps"][0]["fix_shown"], true);
        }
    }
}

/// A program on a real terminal: a detached tmux session, typed into and read from the
/// screen, and ended with its server when dropped.
struct Terminal {
    session: String,
}

impl Terminal {
    fn start(name: &str, command: &str) -> Terminal {
        let terminal = Terminal {
            session: format!("imsg-{name}-{}", std::process::id()),
        };
        let started = terminal.tmux(&[
            "new-session",
            "-d",
            "-s",
            &terminal.session,
            "-x",
            "120",
            "-y",
            "60",
            &format!("{command}; echo EXIT=$?; sleep 30"),
        ]);
        assert!(
            started.status.success(),
            "{}",
            String::from_utf8_lossy(&started.stderr)
        );
        terminal
    }

    /// Runs tmux on a server of this terminal's own, so no other session's end can stop it.
    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .args(["-L", &self.session])
            .args(args)
            .output()
            .expect("tmux is needed for this test (.ci/run installs it)")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.session];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(
            &self
                .tmux(&["capture-pane", "-p", "-t", &self.session])
                .stdout,
        )
        .into_owned()
    }

    /// The screen once `needle` is on it; fails after ten seconds without.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no {needle:?} on screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

/// On a real terminal (tmux): the questions wait for keys, answers work as typed, a person
/// gets as many tries as they need, and Ctrl-C ends the walk with the summary so far.
#[test]
fn on_a_terminal() {
    if !crate::have("tmux", "on_a_terminal") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_imsg-guide");
    let t = Terminal::start(
        "walk",
        &format!("NO_COLOR=1 '{bin}' fix-signed-out -i -d iphone -o 17"),
    );
    t.wait_for("Is the iMessage switch on in Messages settings? [y/n/s/q/?]");
    t.keys(&["x", "Enter"]);
    t.wait_for("Please answer y, n, s or q");
    t.keys(&["n", "Enter"]);
    t.wait_for("That is the fault. Fix it:");
    t.keys(&["y", "Enter"]);
    let end = t.wait_for("EXIT=0");
    assert_contains(&end, "Summary: fixed.");
    assert_contains(&end, "Settings › Messages");
    drop(t);

    let t = Terminal::start("walk-ask", &format!("NO_COLOR=1 '{bin}' fix-signed-out -i"));
    t.wait_for("Which device shows the alert? [iphone/ipad/ipod/mac/?]");
    t.keys(&["iPhone", "Enter"]);
    t.wait_for("Which version of iOS is on the iPhone?");
    t.keys(&["17", "Enter"]);
    t.wait_for("Look in Settings › Messages.");
    // More wrong answers than a pipe is allowed: a person is asked again.
    for _ in 0..4 {
        t.keys(&["x", "Enter"]);
    }
    let screen = t.wait_for("Please answer y, n, s or q");
    assert_lacks(&screen, "error");
    t.keys(&["n", "Enter"]);
    t.wait_for("Did that fix it?");
    t.keys(&["C-c"]);
    let end = t.wait_for("EXIT=130");
    assert_contains(&end, "Summary: interrupted before the end.");
    assert_contains(
        &end,
        "Fixes shown:\n- step 1: Check that the iMessage switch is on.",
    );
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
