//! Hostile guides and arguments: every escape payload through every field, command and
//! format reaches no terminal raw; JSON keeps it exact.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{json, Value};

use crate::{imsg, run, stdout};

/// One payload of each class an attacker would try, and what it is.
const PAYLOADS: &[(&str, &str)] = &[
    ("osc-title", "\u{1b}]0;pwned\u{7}"),
    ("osc-title-st", "\u{1b}]2;pwned\u{1b}\\"),
    ("osc52-clipboard", "\u{1b}]52;c;cHduZWQ=\u{7}"),
    (
        "osc8-link",
        "\u{1b}]8;;https://evil.invalid\u{1b}\\click\u{1b}]8;;\u{1b}\\",
    ),
    ("dcs-request", "\u{1b}P$qm\u{1b}\\"),
    ("csi-clear", "\u{1b}[2J\u{1b}[H"),
    ("csi-sgr", "\u{1b}[31;5m"),
    ("csi-report", "\u{1b}[6n\u{1b}[21t"),
    ("unterminated-osc", "\u{1b}]0;pwned"),
    ("c1-csi", "\u{9b}2J"),
    ("c1-osc", "\u{9d}0;pwned\u{9c}"),
    ("c1-dcs", "\u{90}$q\u{9c}"),
    ("c1-other", "\u{85}\u{8d}"),
    ("c0", "\u{7}\u{8}\r\u{b}\u{c}\u{0}"),
    ("del", "\u{7f}"),
    ("bidi-override", "\u{202e}txet\u{202c}"),
    ("bidi-embedding", "\u{202a}\u{202b}"),
    ("bidi-isolate", "\u{2066}\u{2067}\u{2068}\u{2069}"),
    ("bidi-mark", "\u{200e}\u{200f}\u{61c}"),
    ("zero-width", "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}"),
    ("line-separator", "\u{2028}\u{2029}"),
    ("tags", "\u{e0001}\u{e0041}\u{e007f}"),
];

/// The fields a guide has text in, each marked so an output shows whether it printed it.
const FIELDS: &[&str] = &[
    "title",
    "summary",
    "guidewarning",
    "guidenote",
    "methodtitle",
    "sincenote",
    "methodwarning",
    "methodnote",
    "pathelement",
    "steptext",
    "stepwarning",
    "stepnote",
    "ask",
    "lastresort",
];

/// A field's text: its marker, the payload, and a word after it.
fn text(field: &str, payload: &str) -> String {
    format!("Mk{field} {payload}after")
}

/// A replacement for the `fix-signed-out` guide with `payload` in every field.
fn guide(payload: &str) -> Value {
    let t = |field: &str| text(field, payload);
    let remark = |field: &str| json!([{ "text": t(field), "sources": ["S0-8"] }]);
    json!({
        "id": "fix-signed-out",
        "command": "fix-signed-out",
        "title": t("title"),
        "summary": t("summary"),
        // Keywords are searched, never printed.
        "keywords": [t("keyword"), "zebrafinch"],
        "warnings": remark("guidewarning"),
        "notes": remark("guidenote"),
        "methods": [{
            "id": "only",
            "title": t("methodtitle"),
            "devices": ["iphone"],
            "since_note": t("sincenote"),
            "warnings": remark("methodwarning"),
            "notes": remark("methodnote"),
            "steps": [
                {
                    "path": ["Settings", t("pathelement")],
                    "text": t("steptext"),
                    "warnings": remark("stepwarning"),
                    "notes": remark("stepnote"),
                    "sources": ["S0-8"],
                    "check": { "ask": t("ask"), "fault": "no" }
                },
                {
                    "text": t("lastresort"),
                    "sources": ["S0-8"],
                    "last_resort": true
                }
            ]
        }]
    })
}

/// Characters no text output may carry: controls other than line feed and tab, and the
/// invisible and reordering ones. Written out here, apart from the code under test.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c,
            '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{e0000}'..='\u{e007f}')
}

fn assert_clean(what: &str, s: &str, colors: bool) {
    let s = if colors {
        crate::without_colors(s)
    } else {
        s.to_owned()
    };
    if let Some(c) = s.chars().find(|&c| forbidden(c)) {
        panic!("{what}: {c:?} reached the output:\n{s:?}");
    }
}

/// The markers of the fields an output shows.
fn markers(s: &str) -> Vec<&'static str> {
    FIELDS
        .iter()
        .copied()
        .filter(|f| s.contains(&format!("Mk{f}")))
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("imsg-guide-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    crate::run_fed(
        imsg().arg("--guides-dir").arg(dir).args(args),
        stdin.as_bytes(),
    )
}

/// The strings of a JSON document, anywhere in it.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        Value::Object(o) => o.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[test]
fn no_payload_reaches_the_terminal_through_any_field_command_or_format() {
    // Every command that prints guide text, in every format; `-i` is the walk.
    let commands: &[&[&str]] = &[
        &["show", "fix-signed-out"],
        &["fix-signed-out", "-d", "iphone"],
        &["fix-signed-out", "-d", "iphone", "-o", "17"],
        &["list"],
        &["search", "zebrafinch"],
        &["fix-signed-out", "-i", "-d", "iphone"],
    ];
    let formats: &[&[&str]] = &[
        &[],
        &["--color", "always"],
        &["--width", "30"],
        &["-f", "markdown"],
        &["--checklist"],
        &["--json"],
    ];
    let answers = "n\nn\nn\nn\nn\nn\n";
    let mut runs = 0;
    for &(class, payload) in PAYLOADS {
        let dir = scratch(class);
        let file = dir.join("fix-signed-out.json");
        std::fs::write(
            &file,
            serde_json::to_string_pretty(&guide(payload)).unwrap(),
        )
        .unwrap();
        let mut shown: Vec<&str> = Vec::new();
        for command in commands {
            for format in formats {
                if command.contains(&"-i") && format.contains(&"--checklist") {
                    continue;
                }
                let args: Vec<&str> = command.iter().chain(format.iter()).copied().collect();
                let what = format!("{class}: {}", args.join(" "));
                let out = run_in(&dir, &args, answers);
                let stdout = String::from_utf8(out.stdout).unwrap();
                let stderr = String::from_utf8(out.stderr).unwrap();
                assert_eq!(out.status.code(), Some(0), "{what}: {stderr}");
                let colors = format.contains(&"always");
                assert_clean(&what, &stderr, colors);
                if format.contains(&"--json") {
                    // Exact: the payload comes back whole, and escaped in the text.
                    assert_clean(&what, &stdout, false);
                    let doc: Value = serde_json::from_str(&stdout).unwrap();
                    let mut all = Vec::new();
                    strings(&doc, &mut all);
                    let exact: Vec<&String> = all.iter().filter(|s| s.contains(payload)).collect();
                    assert!(
                        !exact.is_empty(),
                        "{what}: the payload is not in the JSON exactly"
                    );
                    shown.extend(markers(&stderr));
                    for s in &all {
                        shown.extend(markers(s));
                    }
                } else {
                    assert_clean(&what, &stdout, colors);
                    let found = markers(&stdout);
                    assert!(!found.is_empty(), "{what}: no field was printed:\n{stdout}");
                    shown.extend(found);
                }
                runs += 1;
            }
        }
        // Every field went through at least one output.
        for field in FIELDS {
            assert!(
                shown.contains(field),
                "{class}: field {field} was never printed"
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
    assert!(runs >= PAYLOADS.len() * 30, "{runs}");
}

/// Errors quote the input: what hid in it is shown as escapes, never sent raw.
#[test]
fn no_payload_reaches_the_terminal_through_an_error() {
    for &(class, payload) in PAYLOADS {
        let dir = scratch(&format!("error-{class}"));
        let mut bad = guide(payload);
        bad["methods"][0]["steps"][0]["sources"] = json!([format!("S0-8{payload}")]);
        bad["methods"][0]["id"] = json!(format!("only{payload}"));
        std::fs::write(dir.join("bad.json"), serde_json::to_string(&bad).unwrap()).unwrap();
        let dir_arg = dir.to_str().unwrap();
        for args in [
            &["validate", dir_arg][..],
            &["validate", dir_arg, "--json"],
            &["--color", "always", "validate", dir_arg],
        ] {
            let out = imsg().args(args).output().unwrap();
            let what = format!("{class}: {args:?}");
            assert_eq!(out.status.code(), Some(2), "{what}");
            let stdout = String::from_utf8(out.stdout).unwrap();
            assert_clean(&what, &stdout, false);
            assert!(stdout.contains("unknown source"), "{what}: {stdout}");
        }
        // An argument cannot hold a NUL byte.
        let payload = &payload.replace('\0', "");
        for args in [
            vec!["--guides-dir", dir_arg, "list"],
            vec!["show", payload],
            vec!["signout", "-d", payload],
            vec!["search", "-n", payload, "x"],
        ] {
            let out = imsg().args(&args).output().unwrap();
            let what = format!("{class}: {args:?}");
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
            assert_clean(&what, &stderr, false);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// Characters on the widest line.
fn widest(s: &str) -> (usize, String) {
    s.lines()
        .map(|l| (l.chars().count(), l.to_owned()))
        .max()
        .unwrap_or_default()
}

/// `--width` holds for every line: titles, headings, breadcrumbs, see: lines, list rows
/// and search results, at the narrowest width and usual ones.
#[test]
fn width_applies_to_every_line() {
    let commands: &[&[&str]] = &[
        &["show", "fix-signed-out"],
        &["show", "signout"],
        &["show", "deactivate"],
        &["signin"],
        &["signout", "--all-devices"],
        &["list"],
        &["faq"],
        &["search", "sign", "out"],
    ];
    for width in ["20", "33", "80"] {
        let n: usize = width.parse().unwrap();
        for command in commands {
            let mut args = command.to_vec();
            args.extend(["--width", width]);
            let out = crate::stdout(&args);
            let (w, line) = widest(&out);
            assert!(w <= n, "{args:?}: {w} columns: {line:?}");
        }
    }
    // Long ids in a guides folder: the ids go above their titles.
    let dir = scratch("long-id");
    let mut g = guide("");
    g["id"] = json!("an-id-far-longer-than-any-narrow-terminal-is-wide");
    g["command"] = Value::Null;
    std::fs::write(dir.join("long.json"), g.to_string()).unwrap();
    let out = run_in(&dir, &["list", "--width", "20"], "");
    let out = String::from_utf8(out.stdout).unwrap();
    let (w, line) = widest(&out);
    assert!(w <= 20, "{w} columns: {line:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The guides a hostile folder can hold end at once, with the answer they should give.
/// (How long they take is measured by `bench/hostile.sh`, not asserted here.)
#[test]
fn pathological_guides_are_checked_and_wrapped_whole() {
    let dir = scratch("pathological");
    // 1,000 methods whose ranges all overlap: every one after the first is a problem.
    let methods: Vec<Value> = (0..1000)
        .map(|i| {
            json!({
                "id": format!("m{i}"), "title": "M", "devices": ["iphone", "ipad"],
                "os": { "from": "17" },
                "steps": [{ "text": "Step.", "sources": ["S0-8"] }]
            })
        })
        .collect();
    let overlap = json!({ "id": "overlap", "title": "T", "summary": "S", "methods": methods });
    let file = dir.join("overlap.json");
    std::fs::write(&file, serde_json::to_string_pretty(&overlap).unwrap()).unwrap();
    let out = imsg().arg("validate").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 101, "{text}");
    assert!(
        lines[0].contains("`os` overlaps method `m0` on iphone, ipad"),
        "{}",
        lines[0]
    );
    assert!(
        lines[100].ends_with(
            ": and 899 more problems in this file; fix the ones above and run again to see them"
        ),
        "{}",
        lines[100]
    );
    // The same file in a guides folder: one line, exit 2.
    let err = crate::fails(&["--guides-dir", dir.to_str().unwrap(), "list"], 2);
    assert!(err.contains("`os` overlaps method `m0`"), "{err}");
    std::fs::remove_file(&file).unwrap();

    // A 1 MB paragraph wraps whole at --width 40, every line within it.
    let paragraph = "word ".repeat(200_000);
    let mut g = guide("");
    g["id"] = json!("paragraph");
    g["command"] = Value::Null;
    g["summary"] = json!(paragraph);
    std::fs::write(dir.join("paragraph.json"), g.to_string()).unwrap();
    let out = run_in(&dir, &["show", "paragraph", "--width", "40"], "");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let (w, line) = widest(&text);
    assert!(w <= 40, "{w}: {line:?}");
    let words = text.matches("word").count();
    assert_eq!(words, 200_000);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Answers made only of built-in text go to stdout without the filter, which would find
/// nothing to remove: every built-in guide, for each device and for all of them, in every
/// format, the list, the FAQ and search results, carry none of what it removes.
#[test]
fn built_in_answers_need_no_filtering() {
    let formats: [&[&str]; 5] = [
        &["--color", "always", "--width", "80", "--sources"],
        &["--format", "markdown", "--color", "always"],
        &["--json"],
        &["--json", "--sources"],
        &["--checklist"],
    ];
    let ids = stdout(&["list", "--ids"]);
    assert!(ids.lines().count() >= 7, "too few guides: {ids}");
    let mut checked = 0;
    for format in formats {
        for command in [
            &["list"][..],
            &["faq"],
            &["search", "iMessage is Signed Out"],
            &["search", "singout", "iphone"],
            &["search", "phone number", "-d", "mac"],
        ] {
            let args: Vec<&str> = command.iter().chain(format).copied().collect();
            let out = run(&args);
            assert_clean(&args.join(" "), &String::from_utf8_lossy(&out.stdout), true);
            checked += 1;
        }
        for id in ids.lines() {
            for device in [
                None,
                Some("iphone"),
                Some("ipad"),
                Some("ipod"),
                Some("mac"),
                Some("web"),
            ] {
                let mut args = vec!["show", id];
                args.extend(device.map(|d| ["-d", d]).into_iter().flatten());
                args.extend_from_slice(format);
                let out = run(&args);
                assert_clean(&args.join(" "), &String::from_utf8_lossy(&out.stdout), true);
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} answers checked");
}
