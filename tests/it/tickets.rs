//! The tickets that come next: the error messages users see and the plain words they type
//! lead `search` to the guide that fixes them, and every guide for those jobs prints for
//! each device it names, on each side of each version boundary it has, in that device's
//! own words.

use serde_json::Value;

use crate::{assert_contains, assert_lacks, imsg, stdout};

/// The guides written for these jobs.
const GUIDES: [&str; 11] = [
    "phone-number-on-ipad-mac",
    "stop-calls-messages-on-other-devices",
    "reachable-addresses",
    "different-account-for-imessage",
    "sell-or-give-away",
    "leave-iphone",
    "lost-or-stolen-iphone",
    "sign-out-greyed-out",
    "apple-watch-vision-pro",
    "apple-account-sign-out",
    "two-factor-codes",
];

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).unwrap()
}

/// The ranked results of `search --json`, as (kind, guide or FAQ id).
fn ranked(query: &str) -> Vec<(String, String)> {
    let results = json(&["search", "--json", "-n", "20", query]);
    results["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let field = |f: &str| r[f].as_str().unwrap().to_owned();
            (field("kind"), field("guide_id"))
        })
        .collect()
}

/// The query leads to `guide`: the first result is that guide, or a step or note of it.
fn leads_to(query: &str, guide: &str) -> Result<(), String> {
    let results = ranked(query);
    match results.first() {
        Some((kind, id)) if kind != "faq" && id == guide => Ok(()),
        _ => Err(format!("{query:?} should lead to {guide}: {results:?}")),
    }
}

fn all_lead(cases: &[(&str, &str)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(query, guide)| leads_to(query, guide).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Section C of the content spec: every error string, as a user sees it on the screen,
/// finds the guide with its fix. These are the activation and sign-in errors.
#[test]
fn activation_and_sign_in_errors_lead_to_fix_signed_out() {
    all_lead(&[
        ("iMessage is Signed Out", "fix-signed-out"),
        ("Waiting for activation", "fix-signed-out"),
        ("Activation unsuccessful", "fix-signed-out"),
        ("An error occurred during activation", "fix-signed-out"),
        (
            "Could not sign in, please check your network connection",
            "fix-signed-out",
        ),
        (
            "Unable to contact the iMessage server. Try again.",
            "fix-signed-out",
        ),
        (
            "Your network provider may charge for SMS messages used to activate FaceTime and iMessage",
            "fix-signed-out",
        ),
        (
            "Your carrier may charge for SMS messages used to activate FaceTime and iMessage",
            "fix-signed-out",
        ),
        ("No Addresses", "fix-signed-out"),
        ("Use your Apple Account for iMessage", "fix-signed-out"),
        ("Use your Apple ID for iMessage", "fix-signed-out"),
        (
            "You cannot sign in to iMessage on this Mac at this time.",
            "fix-signed-out",
        ),
    ]);
}

/// The rest of section C: restrictions, forwarding and account messages.
#[test]
fn other_error_messages_lead_to_their_fix() {
    all_lead(&[
        (
            "Sign out is not available due to restrictions.",
            "sign-out-greyed-out",
        ),
        (
            "Your message could not be sent. +1 (555) 010-4477 is not registered with iMessage.",
            "phone-number-on-ipad-mac",
        ),
        (
            "jane@example.com is not registered with iMessage",
            "phone-number-on-ipad-mac",
        ),
        (
            "Email Address Added to \"Jane's iPad\"",
            "phone-number-on-ipad-mac",
        ),
        ("Apple Account Sign In Requested", "two-factor-codes"),
        ("Apple ID Sign In Requested", "two-factor-codes"),
    ]);
}

/// The restrictions message is matched whatever its case: the screen writes it in sentence
/// case, tickets often in title case or capitals.
#[test]
fn the_restrictions_message_is_found_in_any_case() {
    all_lead(&[
        (
            "Sign Out Is Not Available Due To Restrictions",
            "sign-out-greyed-out",
        ),
        (
            "SIGN OUT IS NOT AVAILABLE DUE TO RESTRICTIONS.",
            "sign-out-greyed-out",
        ),
    ]);
}

/// The words people use for these jobs when they know no error message.
#[test]
fn plain_words_lead_to_the_right_guide() {
    all_lead(&[
        ("stolen", "lost-or-stolen-iphone"),
        ("iPhone stolen", "lost-or-stolen-iphone"),
        ("lost my iPhone", "lost-or-stolen-iphone"),
        ("sold", "sell-or-give-away"),
        ("trade in my iPhone", "sell-or-give-away"),
        ("give away my Mac", "sell-or-give-away"),
        ("android", "leave-iphone"),
        ("switching to Android", "leave-iphone"),
        ("new phone", "leave-iphone"),
        ("greyed out", "sign-out-greyed-out"),
        ("sign out grayed out", "sign-out-greyed-out"),
        ("screen time", "sign-out-greyed-out"),
        ("watch", "apple-watch-vision-pro"),
        ("vision pro", "apple-watch-vision-pro"),
        ("texts on my mac", "phone-number-on-ipad-mac"),
        ("text message forwarding", "phone-number-on-ipad-mac"),
        (
            "stop messages on my iPad",
            "stop-calls-messages-on-other-devices",
        ),
        (
            "calls ringing on my Mac",
            "stop-calls-messages-on-other-devices",
        ),
        ("safety check", "stop-calls-messages-on-other-devices"),
        ("start new conversations from", "reachable-addresses"),
        (
            "different Apple ID for iMessage",
            "different-account-for-imessage",
        ),
        ("sign out of iCloud", "apple-account-sign-out"),
        ("verification code", "two-factor-codes"),
        ("didn't get a code", "two-factor-codes"),
    ]);
}

fn guide_file(id: &str) -> Value {
    let path = format!("{}/guides/{id}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Every `os` object in a method: its own, and those of its steps and their remarks.
fn ranges(method: &Value) -> Vec<&Value> {
    let mut out: Vec<&Value> = method.get("os").into_iter().collect();
    for step in method["steps"].as_array().unwrap() {
        out.extend(step.get("os"));
        for field in ["warnings", "notes"] {
            for remark in step[field].as_array().into_iter().flatten() {
                out.extend(remark.get("os"));
            }
        }
    }
    for field in ["warnings", "notes"] {
        for remark in method[field].as_array().into_iter().flatten() {
            out.extend(remark.get("os"));
        }
    }
    out
}

fn parts(version: &str) -> Vec<u32> {
    version.split('.').map(|p| p.parse().unwrap()).collect()
}

/// A release just before `version`: "10.3" → "10.2", "18" → "17", "11" on a Mac → "10.15",
/// "26" → "18" (or "15" on a Mac).
fn just_before(version: &str, mac: bool) -> String {
    let mut p = parts(version);
    if p.len() > 1 && p[p.len() - 1] > 0 {
        *p.last_mut().unwrap() -= 1;
    } else if mac && p[0] == 11 {
        return "10.15".to_owned();
    } else if p[0] == 26 {
        // The releases of 2025 jumped to the year's number.
        return if mac { "15" } else { "18" }.to_owned();
    } else {
        p = vec![p[0] - 1];
    }
    p.iter().map(u32::to_string).collect::<Vec<_>>().join(".")
}

fn within(os: &Value, version: &str) -> bool {
    let bound = |b: &str| os.get(b).and_then(Value::as_str).map(parts);
    let v = parts(version);
    bound("from").is_none_or(|f| v >= f) && bound("before").is_none_or(|b| v < b)
}

/// Whether the device has iMessage at that version: iOS 5, OS X 10.8, iPod touch up to 15.
fn supported(device: &str, version: &str) -> bool {
    let v = parts(version);
    match device {
        "mac" => v >= vec![10, 8],
        "ipod" => v >= vec![5] && v < vec![16],
        _ => v >= vec![5],
    }
}

/// The versions worth checking for a device in a guide: one on each side of every boundary
/// of its methods, steps and remarks.
fn versions(guide: &Value, device: &str) -> Vec<String> {
    let mac = device == "mac";
    let mut out = vec![if mac { "10.8" } else { "5" }.to_owned()];
    for method in guide["methods"].as_array().unwrap() {
        if !strings(&method["devices"]).contains(&device) {
            continue;
        }
        for os in ranges(method) {
            for bound in ["from", "before"] {
                if let Some(v) = os.get(bound).and_then(Value::as_str) {
                    out.push(v.to_owned());
                    out.push(just_before(v, mac));
                }
            }
        }
    }
    out.push(if mac { "26" } else { "26.1" }.to_owned());
    out.sort();
    out.dedup();
    out.retain(|v| supported(device, v));
    out
}

/// Words a device must never be told about: a Mac has no SIM and no Settings app to tap
/// through; an iPad or iPod touch has no SIM or carrier of its own in these guides, no
/// Watch to pair; an iPhone has no System Settings.
fn foreign_words(device: &str) -> &'static [&'static str] {
    match device {
        "mac" => &["SIM", "Tap ", " tap ", "› Cellular", "Apple Watch app"],
        "ipad" | "ipod" => &[
            "SIM",
            "your carrier",
            "› Cellular ›",
            "Apple Watch",
            "System Settings",
        ],
        _ => &[
            "Cellular Data",
            "System Settings",
            "System Preferences",
            "Click ",
        ],
    }
}

/// The text without the website's methods, which `show` prints for any device: their
/// words are the website's, not the device's.
fn without_website(text: &str) -> String {
    let mut web = false;
    let mut out = String::new();
    for line in text.lines() {
        if !line.starts_with(' ') && !line.is_empty() {
            web = line.starts_with("Apple Account website");
        }
        if !web {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// What a query with a version must never show: terms left unresolved, or both words of
/// a term with their versions, as shown to a user who gave none.
const UNRESOLVED: [&str; 4] = ["{", "}", " and later)", " and later:"];

#[test]
fn every_new_guide_prints_for_each_device_and_version_in_its_words() {
    let mut checked = 0;
    for id in GUIDES {
        let guide = guide_file(id);
        let mut devices: Vec<&str> = guide["methods"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|m| strings(&m["devices"]))
            .collect();
        devices.sort_unstable();
        devices.dedup();
        assert!(!devices.is_empty(), "{id}");
        for device in devices {
            if device == "web" {
                let text = stdout(&["show", id, "-d", "web"]);
                assert_contains(&text, "Apple Account website");
                assert_lacks(&text, "SIM");
                continue;
            }
            for version in versions(&guide, device) {
                // Below a guide's first version the tool says what it needs; that is
                // checked for every guide in scope.rs.
                let covered = guide["methods"].as_array().unwrap().iter().any(|m| {
                    strings(&m["devices"]).contains(&device)
                        && m.get("os").is_none_or(|os| within(os, &version))
                });
                if !covered {
                    continue;
                }
                let args = ["show", id, "-d", device, "-o", &version];
                let text = without_website(&stdout(&args));
                assert_contains(&text, guide["title"].as_str().unwrap());
                assert!(text.contains(" 1. "), "{args:?} printed no steps:\n{text}");
                for word in foreign_words(device).iter().chain(&UNRESOLVED) {
                    assert!(!text.contains(word), "{args:?} says {word:?}:\n{text}");
                }
                let doc = json(&["show", id, "-d", device, "-o", &version, "--json"]);
                assert_eq!(doc["guide"]["id"], id);
                let methods = doc["guide"]["methods"].as_array().unwrap();
                assert!(!methods.is_empty(), "{args:?}");
                for method in methods {
                    let for_here = strings(&method["devices"]);
                    if !for_here.contains(&device) {
                        assert_eq!(for_here, ["web"], "{args:?}: {method}");
                        continue;
                    }
                    let title = method["title"].as_str().unwrap();
                    assert!(!title.contains('{'), "{args:?}: {title}");
                    for step in method["steps"].as_array().unwrap() {
                        let words = format!("{} {}", step["text"], step["path"]);
                        for word in foreign_words(device).iter().chain(&UNRESOLVED[..2]) {
                            assert!(
                                !words.contains(word),
                                "{args:?} JSON says {word:?}: {words}"
                            );
                        }
                    }
                }
                checked += 1;
            }
        }
    }
    // Eleven guides over four devices and their boundaries: far more than one run each.
    assert!(checked > 150, "only {checked} device and version pairs");
}

/// The words that change with the version, on each side of the boundary.
#[test]
fn terms_follow_the_version_asked_for() {
    let show = |id: &str, device: &str, os: &str| stdout(&["show", id, "-d", device, "-o", os]);
    let ios17 = show("apple-account-sign-out", "iphone", "17");
    assert_contains(&ios17, "Enter your Apple ID password");
    let ios18 = show("apple-account-sign-out", "iphone", "18");
    assert_contains(&ios18, "Enter your Apple Account password");
    assert_lacks(&ios18, "Apple ID password");

    let mac14 = show("different-account-for-imessage", "mac", "14");
    assert_contains(&mac14, "with the other Apple ID");
    assert_contains(&mac14, "in System Settings stays");
    let mac15 = show("different-account-for-imessage", "mac", "15");
    assert_contains(&mac15, "with the other Apple Account");
    let mac12 = show("different-account-for-imessage", "mac", "12");
    assert_contains(&mac12, "Messages › Preferences › iMessage");
    assert_contains(&mac12, "in System Preferences stays");
    assert_contains(
        &show("different-account-for-imessage", "mac", "13"),
        "Messages › Settings › iMessage",
    );

    // The Apps level of Settings, from iOS 18.
    let texts = |os| show("stop-calls-messages-on-other-devices", "iphone", os);
    assert_contains(
        &texts("17"),
        "Settings › Messages › Text Message Forwarding",
    );
    assert_contains(
        &texts("18"),
        "Settings › Apps › Messages › Text Message Forwarding",
    );
    assert_contains(&texts("8"), "Settings › FaceTime › iPhone Cellular Calls");
    assert_contains(&texts("9"), "Settings › Phone › Calls on Other Devices");
}

/// Steps for part of a method's versions appear only there; without a version they are
/// labelled with it.
#[test]
fn version_scoped_steps_appear_where_they_apply() {
    let offer = "Sign Out Without Erasing";
    let iphone = |os: &str| stdout(&["show", "sell-or-give-away", "-d", "iphone", "-o", os]);
    assert_contains(&iphone("26"), offer);
    assert_lacks(&iphone("18"), offer);
    assert_contains(&iphone("15"), "Transfer or Reset iPhone");
    assert_lacks(&iphone("14"), "Transfer or Reset");
    assert_contains(&iphone("10.2"), "Delete from My iPhone");
    assert_lacks(&iphone("10.3"), "Delete from My iPhone");
    let unlabelled = stdout(&["show", "sell-or-give-away", "-d", "iphone"]);
    assert_contains(&unlabelled, "iOS 26 and later");
    assert_contains(&unlabelled, offer);
}

/// The playbooks speak to each device in its own terms.
#[test]
fn playbooks_keep_to_the_device_in_hand() {
    let sell = |device: &str| stdout(&["show", "sell-or-give-away", "-d", device, "-o", "17"]);
    let iphone = sell("iphone");
    assert_contains(&iphone, "take out the SIM");
    assert_contains(&iphone, "unpair it in the Apple Watch app");
    let ipad = sell("ipad");
    assert_lacks(&ipad, "SIM");
    assert_lacks(&ipad, "carrier");
    assert_contains(&ipad, "Erase All Content and Settings");
    let mac = stdout(&["show", "sell-or-give-away", "-d", "mac", "-o", "14"]);
    assert_lacks(&mac, "SIM");
    assert_contains(&mac, "Deauthorize This Computer");
    assert_contains(&mac, "Apple silicon");

    let leave = stdout(&["show", "leave-iphone", "-d", "iphone", "-o", "17"]);
    let off = leave.find("Turn iMessage off").unwrap();
    let moved = leave.find("Only then move the SIM").unwrap();
    assert!(off < moved, "{leave}");
    let watch = stdout(&["show", "apple-watch-vision-pro", "-d", "iphone"]);
    assert_contains(&watch, "Apple Watch › My Watch › Messages");
    assert_contains(&watch, "Mirror my iPhone");
    assert_contains(&watch, "Vision Pro");
    // The Watch and Vision Pro have no device of their own: nothing for a Mac here.
    let out = imsg()
        .args(["show", "apple-watch-vision-pro", "-d", "mac"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
}

/// A step that rests on an unconfirmed fact says so, on the screen and in JSON.
#[test]
fn unconfirmed_routes_are_marked() {
    let text = stdout(&["show", "sign-out-greyed-out", "-d", "mac", "-o", "14"]);
    assert_contains(&text, "(unverified)");
    let doc = json(&[
        "show",
        "sign-out-greyed-out",
        "-d",
        "mac",
        "-o",
        "14",
        "--json",
    ]);
    let step = &doc["guide"]["methods"][0]["steps"][0];
    assert_eq!(step["verified"], false);
    assert_eq!(step["sources"][0], "J-Block-5");
    let text = stdout(&["show", "sign-out-greyed-out", "-d", "iphone", "-o", "17"]);
    assert_contains(
        &text,
        "Screen Time › Content & Privacy Restrictions › Account Changes",
    );
    let allow = text.lines().find(|l| l.contains("choose Allow")).unwrap();
    assert_lacks(allow, "unverified");
}
