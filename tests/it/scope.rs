//! Applicability, derived from the guide files themselves: for every guide, device and a
//! version on each side of every boundary the data has, what is printed applies to that
//! device and version, and everything that applies is printed. A new guide, step or note
//! is covered without a new test.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use serde_json::Value;

use crate::imsg;

const DEVICES: [&str; 4] = ["iphone", "ipad", "ipod", "mac"];

fn guides() -> Vec<Value> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/guides");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn parts(v: &str) -> [u32; 3] {
    let mut out = [0; 3];
    for (i, p) in v.split('.').enumerate().take(3) {
        out[i] = p.parse().unwrap();
    }
    out
}

fn cmp(a: &str, b: &str) -> Ordering {
    parts(a).cmp(&parts(b))
}

/// Whether `os` (a `{from, before}` object, or absent) contains `version`.
fn contains(os: &Value, version: &str) -> bool {
    let from = os.get("from").and_then(Value::as_str);
    let before = os.get("before").and_then(Value::as_str);
    from.is_none_or(|f| cmp(version, f) != Ordering::Less)
        && before.is_none_or(|b| cmp(version, b) == Ordering::Less)
}

fn devices_of(v: &Value) -> Vec<String> {
    v.get("devices")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(|d| d.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

/// Whether a step, warning or note with these fields is for `device` at `version`.
fn applies(v: &Value, device: &str, version: &str) -> bool {
    let devices = devices_of(v);
    (devices.is_empty() || devices.iter().any(|d| d == device))
        && v.get("os").is_none_or(|os| contains(os, version))
}

/// Every version the data names as a boundary, and one just below each.
fn versions(guide: &Value) -> BTreeSet<String> {
    fn collect(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                if let Some(os) = map.get("os") {
                    for end in ["from", "before"] {
                        if let Some(b) = os.get(end).and_then(Value::as_str) {
                            out.insert(b.to_owned());
                            out.insert(below(b));
                        }
                    }
                }
                map.values().for_each(|v| collect(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut out: BTreeSet<String> = ["5", "10.2", "12", "15", "17", "18", "26"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    collect(guide, &mut out);
    out
}

/// A release just below a boundary: `18` → `17.9`, `10.3` → `10.2`, `10.13.5` → `10.13.4`.
fn below(b: &str) -> String {
    let mut p: Vec<u32> = b.split('.').map(|x| x.parse().unwrap()).collect();
    let last = p.len() - 1;
    if p[last] > 0 && last > 0 {
        p[last] -= 1;
    } else if p[0] == 26 {
        return "18.6".to_owned();
    } else {
        p = vec![p[0] - 1, 9];
    }
    p.iter().map(u32::to_string).collect::<Vec<_>>().join(".")
}

fn family_fits(device: &str, version: &str) -> bool {
    let major = parts(version)[0];
    if device == "mac" {
        major >= 10
    } else {
        (5..27).contains(&major) && (device != "ipod" || major <= 15)
    }
}

/// Runs `args` with `--json`; `None` when the tool refused the version (exit 2) or found
/// nothing (exit 1), which the caller checks against the data.
fn json(args: &[&str]) -> (i32, Option<Value>) {
    let out = imsg().args(args).arg("--json").output().unwrap();
    let code = out.status.code().unwrap();
    (
        code,
        (code == 0).then(|| serde_json::from_slice(&out.stdout).unwrap()),
    )
}

/// What the data says `show` must print for one device and version: per applicable
/// method, the texts of its applicable steps.
fn expected(guide: &Value, device: &str, version: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for m in guide["methods"].as_array().unwrap() {
        if !devices_of(m).iter().any(|d| d == device) || !applies(m, device, version) {
            continue;
        }
        let steps = m["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| applies(s, device, version))
            .map(|s| s["text"].as_str().unwrap().to_owned())
            .collect();
        out.push(steps);
    }
    out
}

fn check_remarks(v: &Value, device: &str, version: &str, at: &str) {
    for field in ["warnings", "notes"] {
        for r in v[field].as_array().unwrap() {
            assert!(
                applies(r, device, version),
                "{at}: {field} `{}` printed for {device} {version}",
                r["text"]
            );
        }
    }
}

#[test]
fn every_step_and_note_printed_applies_and_every_applicable_step_is_printed() {
    let mut checked = 0;
    for guide in guides() {
        let id = guide["id"].as_str().unwrap();
        for device in DEVICES {
            for version in versions(&guide) {
                if !family_fits(device, &version) {
                    continue;
                }
                let at = format!("show {id} -d {device} -o {version}");
                let (code, doc) = json(&["show", id, "-d", device, "-o", &version]);
                if code == 2 {
                    continue; // a version that does not exist, such as iOS 19
                }
                let want: Vec<Vec<String>> = expected(&guide, device, &version)
                    .into_iter()
                    .filter(|m| !m.is_empty())
                    .collect();
                let Some(doc) = doc else {
                    assert!(
                        want.is_empty(),
                        "{at}: nothing printed, but the data has {want:?}"
                    );
                    continue;
                };
                let g = &doc["guide"];
                check_remarks(g, device, &version, &at);
                let mut got = Vec::new();
                for m in g["methods"].as_array().unwrap() {
                    let devices = devices_of(m);
                    if devices == ["web"] {
                        continue; // the website, shown for every device
                    }
                    assert_eq!(devices, [device], "{at}");
                    check_remarks(m, device, &version, &at);
                    let mut texts = Vec::new();
                    for s in m["steps"].as_array().unwrap() {
                        assert!(applies(s, device, &version), "{at}: step {s}");
                        check_remarks(s, device, &version, &at);
                        texts.push(s["text"].as_str().unwrap().to_owned());
                    }
                    got.push(texts);
                }
                assert_eq!(got.len(), want.len(), "{at}: methods");
                for (g, w) in got.iter().zip(&want) {
                    assert_eq!(
                        g.len(),
                        w.len(),
                        "{at}: steps {g:#?} against the data's {w:#?}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} queries checked");
}

/// For one device and one version, text output leads with the answer: the first numbered
/// step is at most the sixth line.
#[test]
fn the_first_step_comes_within_six_lines() {
    for guide in guides() {
        let id = guide["id"].as_str().unwrap();
        let command = guide.get("command").and_then(Value::as_str);
        for device in DEVICES {
            for version in versions(&guide) {
                if !family_fits(device, &version) {
                    continue;
                }
                let mut args: Vec<&str> = match command {
                    Some(c) => vec![c],
                    None => vec!["show", id],
                };
                args.extend(["-d", device, "-o", &version]);
                let out = imsg().args(&args).output().unwrap();
                if !out.status.success() {
                    continue;
                }
                let text = String::from_utf8(out.stdout).unwrap();
                let first = text
                    .lines()
                    .position(|l| {
                        let t = l.trim_start();
                        t.split_once(". ").is_some_and(|(n, _)| {
                            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
                        })
                    })
                    .unwrap_or_else(|| panic!("{args:?}: no numbered step:\n{text}"));
                assert!(
                    first < 6,
                    "{args:?}: the first step is on line {}:\n{text}",
                    first + 1
                );
            }
        }
    }
}

/// Text and Markdown print nothing that the data scopes away from the device asked for:
/// a step or note written for other devices does not appear.
#[test]
fn text_and_markdown_leave_out_what_is_for_other_devices() {
    for guide in guides() {
        let id = guide["id"].as_str().unwrap();
        for device in DEVICES {
            let mut shown = BTreeSet::new();
            let mut hidden = BTreeSet::new();
            for m in guide["methods"].as_array().unwrap() {
                let method_ok = devices_of(m).iter().any(|d| d == device);
                let mut items: Vec<(&Value, bool)> = Vec::new();
                for field in ["warnings", "notes"] {
                    for r in m[field].as_array().into_iter().flatten() {
                        items.push((r, method_ok));
                    }
                }
                for s in m["steps"].as_array().unwrap() {
                    items.push((s, method_ok));
                }
                for (v, ok) in items {
                    let text = v["text"].as_str().unwrap();
                    if text.contains('{') {
                        continue;
                    }
                    let devices = devices_of(v);
                    if ok && (devices.is_empty() || devices.iter().any(|d| d == device)) {
                        shown.insert(text.to_owned());
                    } else {
                        hidden.insert(text.to_owned());
                    }
                }
            }
            for field in ["warnings", "notes"] {
                for r in guide[field].as_array().into_iter().flatten() {
                    let text = r["text"].as_str().unwrap();
                    let devices = devices_of(r);
                    if text.contains('{') {
                        continue;
                    }
                    if devices.is_empty() || devices.iter().any(|d| d == device) {
                        shown.insert(text.to_owned());
                    } else {
                        hidden.insert(text.to_owned());
                    }
                }
            }
            for format in ["text", "markdown"] {
                let out = imsg()
                    .args(["show", id, "-d", device, "-f", format, "--width", "10000"])
                    .output()
                    .unwrap();
                let printed = String::from_utf8(out.stdout).unwrap().replace('\\', "");
                for text in hidden.difference(&shown) {
                    assert!(
                        !printed.contains(text.as_str()),
                        "show {id} -d {device} -f {format} prints `{text}`, which is not for {device}"
                    );
                }
            }
        }
    }
}

/// A method's version label names only what its devices run: an iPod touch stops at
/// iOS 15, so no label for one alone goes past it, and iPadOS is named only for iPads
/// alone (an iPhone or iPod touch beside an iPad runs iOS).
#[test]
fn method_labels_name_only_what_their_devices_run() {
    let mut checked = 0;
    for guide in guides() {
        let id = guide["id"].as_str().unwrap();
        for device in [None, Some("ipod"), Some("ipad")] {
            let mut args = vec!["show", id];
            args.extend(device.iter().flat_map(|d| ["-d", *d]));
            let (code, doc) = json(&args);
            let Some(doc) = doc.filter(|_| code == 0) else {
                continue;
            };
            for method in doc["guide"]["methods"].as_array().unwrap() {
                let Some(label) = method["os_range"]["label"].as_str() else {
                    continue;
                };
                let devices = devices_of(method);
                let at = format!("show {id} {device:?}: `{label}` for {devices:?}");
                checked += 1;
                if devices.iter().any(|d| d != "ipad") {
                    assert!(!label.contains("iPadOS"), "{at}");
                }
                if devices == ["ipod"] {
                    let majors = label
                        .split(|c: char| !c.is_ascii_digit() && c != '.')
                        .filter_map(|v| v.split('.').next()?.parse::<u32>().ok());
                    assert!(majors.clone().all(|m| m <= 15), "{at}");
                    assert!(majors.count() > 0, "{at}");
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} labels checked");
}
