//! No input breaks the tool: bad input is one line and exit 2, a closed pipe is a quiet
//! success, and nothing opens a socket or writes a file.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::process::{Command, Stdio};

use crate::{imsg, with_closed_pipe};

/// Runs `args` and checks the failure: exit 2, one line on stderr that names the tool, no
/// panic, nothing on stdout.
fn bad(args: &[OsString]) {
    let out = imsg().args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?} wrote to stdout");
    assert!(err.starts_with("imsg-guide: error: "), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

fn words(line: &str) -> Vec<OsString> {
    line.split(' ')
        .filter(|w| !w.is_empty())
        .map(OsString::from)
        .collect()
}

#[test]
fn bad_input_table() {
    let table = [
        // Devices.
        "signout -d iphon",
        "signout -d",
        "signout --device",
        "signout --device=",
        "signout -d android",
        "signout -d iPhone15",
        "deactivate -d mac -d nokia",
        // Versions.
        "signout -d iphone -o abc",
        "signout -d iphone -o 10..2",
        "signout -d iphone -o -1",
        "signout -d iphone -o 99999999999999999999",
        "signout -d iphone -o 1.2.3.4",
        "signout -d iphone -o 17.",
        "signout -d iphone -o .17",
        "signout -d iphone -o 17,4",
        "signout -d iphone -o v17",
        "signout -d iphone -o 17.4b",
        "signout -d iphone -o 0x11",
        "signout -d iphone -o 3",
        "signout -d ipod -o 16",
        "signout -d ipod -o 26",
        "signout -d mac -o 10.7",
        "signout -d mac -o 16",
        "signout -d mac -o 10.16",
        "signout -d iphone -o 19",
        "signout -d iphone -o 25.9",
        "signout -o 14",
        "signout -o 20",
        "signout -o sequia",
        "signout -d mac -o ios-17",
        "signout -d web -o 1",
        "signout -d iphone -d mac -o 14",
        "signout -d iphone -o 17 -o 18",
        // Flags and their values.
        "signout --all-devices --all-devices",
        "signout --json -f markdown",
        "signout --checklist --json",
        "signout --checklist -f json",
        "signout -f html",
        "signout --format",
        "signout --color sometimes",
        "signout --width 5",
        "signout --width 0",
        "signout --width -3",
        "signout --width 1e3",
        "signout --width 99999",
        "signout --guides-dir",
        "list --guides-dir tests/fixtures/invalid",
        "signout --guides-dir tests/fixtures/no-such-dir",
        "search -n 0 sign out",
        "search -n x sign out",
        "signin --all-devices",
        "list -d iphone",
        "man --json-schema",
        // Commands.
        "singout",
        "sign-out",
        "SIGNOUT",
        "help me",
        "show",
        "show nope",
        "show signout extra",
        "completions",
        "completions tcsh",
        "search",
        "validate",
        "-x",
        "--verbose signout",
        // A global option before and after the subcommand, with two values.
        "--json signout -f markdown",
        "-f text signout -f json",
        "--color always signout --color never",
        "--width 30 signout --width 90",
        "--guides-dir guides signout --guides-dir tests/fixtures/valid/override",
        "-fjson list --format=text",
        "--json signout --checklist",
    ];
    assert!(table.len() >= 50);
    for line in table {
        bad(&words(line));
    }
}

#[test]
fn non_utf8_and_huge_arguments() {
    let not_utf8 = OsString::from_vec(vec![0x66, 0x6f, 0x80, 0xff]);
    bad(&[
        OsString::from("signout"),
        OsString::from("-d"),
        not_utf8.clone(),
    ]);
    bad(&[
        OsString::from("signout"),
        OsString::from("-o"),
        not_utf8.clone(),
    ]);
    bad(std::slice::from_ref(&not_utf8));
    bad(&[OsString::from("show"), not_utf8]);
    let huge = "x".repeat(100_000);
    bad(&[
        OsString::from("signout"),
        OsString::from("-d"),
        OsString::from(&huge),
    ]);
    bad(&[OsString::from("show"), OsString::from(&huge)]);
    bad(&words(&format!(
        "signout -d iphone -o {}",
        "9".repeat(60_000)
    )));
    bad(&words(&format!(
        "signout -d iphone -o {}",
        "1.".repeat(30_000) + "1"
    )));
    // Control characters in the input are not echoed raw to the terminal. (One argument
    // may be at most 128 KiB on Linux.)
    let out = imsg().args(["show", "\x1b]0;pwned\x07"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\x1b'));
}

/// Every command in every format, with the reading end of the pipe closed first.
#[test]
fn every_command_and_format_with_a_closed_pipe() {
    let commands = [
        "signin",
        "signout",
        "signout --all-devices",
        "deactivate",
        "fix-signed-out",
        "list",
        "show fix-signed-out",
        "faq",
        "search sign out",
        "validate guides",
    ];
    for command in commands {
        for format in ["", "-f markdown", "--json", "--checklist"] {
            if format == "--checklist" && command.starts_with("validate") {
                continue;
            }
            let args = words(&format!("{command} {format}"));
            let (code, err) = with_closed_pipe(&args);
            assert_eq!(code, Some(0), "{args:?}: {err}");
            assert!(err.is_empty(), "{args:?}: {err}");
        }
    }
    for extra in [
        &["completions", "bash"][..],
        &["man"],
        &["--help"],
        &["--version"],
    ] {
        let (code, err) = with_closed_pipe(extra);
        assert_eq!(code, Some(0), "{extra:?}: {err}");
        assert!(err.is_empty(), "{extra:?}: {err}");
    }
}

/// Under strace: no socket is opened and no file is opened for writing, whatever the
/// command (validate and --guides-dir only read).
#[test]
fn opens_no_socket_and_writes_no_file() {
    const TEST: &str = "opens_no_socket_and_writes_no_file";
    if !crate::have("strace", TEST) {
        return;
    }
    // strace needs ptrace, which some sandboxes refuse: then the test cannot see anything.
    let probe = Command::new("strace")
        .args(["-qq", "-o", "/dev/null", "true"])
        .output()
        .unwrap();
    if !probe.status.success() {
        let why = String::from_utf8_lossy(&probe.stderr);
        let why = why.lines().next().unwrap_or("it failed");
        crate::skip(TEST, &format!("strace cannot trace here ({why})"));
        return;
    }
    let log = std::env::temp_dir().join(format!("imsg-guide-strace-{}", std::process::id()));
    for args in [
        "signout -d iphone -o 17 --json",
        "search sign out",
        "faq",
        "--guides-dir tests/fixtures/valid/addition list",
        "validate tests/fixtures/invalid",
        "completions bash",
        "man",
    ] {
        let status = Command::new("strace")
            .args([
                "-f",
                "-qq",
                "-e",
                "trace=execve,network,openat,open,creat,rename,renameat,unlink,unlinkat,mkdir,truncate",
                "-o",
            ])
            .arg(&log)
            .arg(env!("CARGO_BIN_EXE_imsg-guide"))
            .args(words(args))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("strace runs");
        assert!(status.code().is_some(), "{args}");
        let trace = std::fs::read_to_string(&log).unwrap();
        assert!(
            trace.contains("execve("),
            "{args}: strace ran but traced nothing:\n{trace}"
        );
        for line in trace.lines() {
            assert!(
                !line.contains("socket(") && !line.contains("connect("),
                "{args}: {line}"
            );
            let writes = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"]
                .iter()
                .any(|flag| line.contains(flag));
            let call = ["creat(", "rename", "unlink", "mkdir(", "truncate("]
                .iter()
                .any(|c| line.contains(c));
            assert!(!writes && !call, "{args}: {line}");
        }
    }
    std::fs::remove_file(&log).ok();
}

/// A global option given on both sides of the subcommand is refused when the values
/// differ, with both named; the same value twice changes nothing.
#[test]
fn a_global_option_on_both_sides_must_agree() {
    let err = crate::fails(&["--json", "signout", "-f", "markdown"], 2);
    assert_eq!(
        err,
        "imsg-guide: error: `--json` before `signout` and `-f markdown` after it disagree; give --format once\n"
    );
    let err = crate::fails(&["--width", "30", "show", "signout", "--width=90"], 2);
    assert!(
        err.contains("`--width 30` before `show` and `--width 90` after it"),
        "{err}"
    );
    let once = crate::stdout(&["signout", "-d", "iphone", "-o", "17", "--width", "30"]);
    for same in [
        &[
            "--width", "30", "signout", "-d", "iphone", "-o", "17", "--width", "030",
        ][..],
        &[
            "--width=30",
            "signout",
            "-d",
            "iphone",
            "-o",
            "17",
            "--width",
            "30",
        ],
    ] {
        assert_eq!(crate::stdout(same), once, "{same:?}");
    }
    let json = crate::stdout(&["signout", "-d", "iphone", "--json"]);
    assert_eq!(
        crate::stdout(&["--json", "signout", "-d", "iphone", "-f", "json"]),
        json
    );
    assert_eq!(
        crate::stdout(&["-f", "md", "signout", "-d", "iphone", "-f", "markdown"]),
        crate::stdout(&["signout", "-d", "iphone", "-f", "markdown"])
    );
}

/// `validate guides/ | head` under pipefail: the closed pipe ends the output quietly, and
/// the status still says the guides are broken.
#[test]
fn validate_keeps_its_status_when_the_pipe_closes() {
    for format in [&[][..], &["--json"]] {
        let mut args = vec!["validate", "tests/fixtures/invalid"];
        args.extend_from_slice(format);
        let (code, err) = with_closed_pipe(&args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
        let mut args = vec!["validate", "tests/fixtures/valid/base"];
        args.extend_from_slice(format);
        let (code, err) = with_closed_pipe(&args);
        assert_eq!(code, Some(0), "{args:?}: {err}");
    }
}
