//! The guides say the corrected thing, for exactly the devices and versions it fits: each
//! route is checked on a version on each side of its boundaries, in text and in JSON.

use serde_json::Value;

use crate::{assert_contains, assert_lacks, run, stdout};

/// The text answer and the JSON answer to the same question; the JSON without the
/// citations of its sources, whose titles are Apple's words, not the guide's.
fn both(args: &[&str]) -> (String, String) {
    let mut json = args.to_vec();
    json.push("--json");
    let mut doc: Value = serde_json::from_str(&stdout(&json)).unwrap();
    doc.as_object_mut().unwrap().remove("sources");
    (stdout(args), doc.to_string())
}

/// `needle` is in both the text and the JSON answer.
fn says(args: &[&str], needle: &str) {
    let (text, json) = both(args);
    assert_contains(&text, needle);
    assert_contains(&json, &needle.replace('"', "\\\""));
}

/// `needle` is in neither the text nor the JSON answer.
fn never_says(args: &[&str], needle: &str) {
    let (text, json) = both(args);
    assert_lacks(&text, needle);
    assert_lacks(&json, &needle.replace('"', "\\\""));
}

/// Every UI path of the answer, as "A > B > C", from the JSON.
fn paths(args: &[&str]) -> Vec<String> {
    let mut json = args.to_vec();
    json.push("--json");
    let doc: Value = serde_json::from_str(&stdout(&json)).unwrap();
    let mut out = Vec::new();
    collect_paths(&doc, &mut out);
    out
}

fn collect_paths(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Array(path)) = map.get("path") {
                let parts: Vec<&str> = path.iter().filter_map(Value::as_str).collect();
                out.push(parts.join(" > "));
            }
            map.values().for_each(|v| collect_paths(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_paths(v, out)),
        _ => {}
    }
}

fn has_path(args: &[&str], want: &str) {
    let found = paths(args);
    assert!(
        found.iter().any(|p| p.contains(want)),
        "{args:?}: no path with {want:?} in {found:#?}"
    );
}

fn lacks_path(args: &[&str], unwanted: &str) {
    let found = paths(args);
    assert!(
        !found.iter().any(|p| p.contains(unwanted)),
        "{args:?}: a path with {unwanted:?} in {found:#?}"
    );
}

#[test]
fn ios_5_has_receive_at_and_ios_6_send_and_receive() {
    let ios5 = ["signin", "-d", "iphone", "-o", "5"];
    has_path(&ios5, "Settings > Messages > Receive At");
    lacks_path(&ios5, "Send & Receive");
    says(&ios5, "Receive At");
    never_says(&ios5, "Send & Receive");
    let ios6 = ["signin", "-d", "iphone", "-o", "6"];
    has_path(&ios6, "Settings > Messages > Send & Receive");
    never_says(&ios6, "Receive At");
    for job in ["signout", "fix-signed-out"] {
        lacks_path(&[job, "-d", "ipad", "-o", "5.1"], "Send & Receive");
        has_path(&[job, "-d", "ipad", "-o", "5.1"], "Receive At");
        lacks_path(&[job, "-d", "ipad", "-o", "6"], "Receive At");
    }
}

#[test]
fn the_account_banner_arrives_with_ios_10_3() {
    let old = ["signin", "-d", "iphone", "-o", "10.2"];
    never_says(&old, "Sign in to your iPhone");
    says(&old, "Settings > iCloud");
    let new = ["signin", "-d", "iphone", "-o", "10.3"];
    has_path(&new, "Settings > Sign in to your iPhone");
    never_says(&new, "Settings > iCloud");
    has_path(
        &["signin", "-d", "ipad", "-o", "12"],
        "Sign in to your iPad",
    );
}

#[test]
fn messages_and_facetime_routes_gain_apps_from_ios_18() {
    for (job, device) in [
        ("signin", "iphone"),
        ("signout", "iphone"),
        ("deactivate", "ipad"),
        ("fix-signed-out", "iphone"),
    ] {
        let before = [job, "-d", device, "-o", "17.6"];
        has_path(&before, "Settings > Messages");
        lacks_path(&before, "Apps");
        let after = [job, "-d", device, "-o", "18"];
        has_path(&after, "Settings > Apps > Messages");
        lacks_path(&after, "Settings > Messages");
    }
    let keep = ["show", "deregister-number", "-d", "iphone", "-o", "17"];
    has_path(&keep, "Settings > FaceTime");
    let apps = ["show", "deregister-number", "-d", "iphone", "-o", "18.1"];
    has_path(&apps, "Settings > Apps > FaceTime");
    lacks_path(&apps, "Settings > FaceTime");
}

#[test]
fn apple_id_or_apple_account_as_the_version_names_it() {
    let (text, json) = both(&["signout", "-d", "iphone", "-o", "17"]);
    for out in [&text, &json] {
        assert_contains(out, "Apple ID");
        assert_lacks(out, "Apple Account");
    }
    let (text, json) = both(&["signout", "-d", "ipad", "-o", "18"]);
    for out in [&text, &json] {
        assert_contains(out, "Apple Account");
        assert_lacks(out, "Apple ID");
    }
    never_says(&["signin", "-d", "mac", "-o", "14"], "Apple Account");
    never_says(&["signin", "-d", "mac", "-o", "15"], "Apple ID");
}

#[test]
fn an_iphone_keeps_imessage_on_its_number_after_signing_out() {
    let iphone = ["signout", "-d", "iphone", "-o", "17"];
    says(
        &iphone,
        "iMessage keeps working on this iPhone's phone number",
    );
    says(&iphone, "turn the iMessage switch off");
    never_says(&iphone, "stops sending and receiving iMessages");
    let ipad = ["signout", "-d", "ipad", "-o", "17"];
    says(
        &ipad,
        "This iPad then stops sending and receiving iMessages.",
    );
    never_says(&ipad, "phone number");
    never_says(&["signout", "-d", "mac", "-o", "14"], "phone number");
    says(
        &["deactivate", "-d", "iphone", "-o", "16"],
        "This is what stops iMessage on the iPhone's phone number",
    );
}

#[test]
fn an_apple_account_is_required_except_on_an_iphone() {
    says(
        &["signin", "-d", "ipad", "-o", "17"],
        "iMessage on this device needs an Apple ID.",
    );
    says(
        &["signin", "-d", "mac", "-o", "15"],
        "iMessage on this device needs an Apple Account.",
    );
    let iphone = ["signin", "-d", "iphone", "-o", "17"];
    says(
        &iphone,
        "This iPhone can use iMessage with its phone number alone.",
    );
    never_says(&iphone, "needs an Apple ID");
    let faq = stdout(&[
        "faq", "do", "I", "need", "an", "Apple", "ID", "to", "use", "iMessage",
    ]);
    assert_contains(
        &faq,
        "An iPhone can use iMessage with its phone number alone",
    );
    assert_lacks(&faq, "{account}");
}

#[test]
fn only_an_iphone_hears_about_its_carrier_sms_or_sim() {
    for args in [
        vec!["fix-signed-out", "-d", "ipad"],
        vec!["fix-signed-out", "-d", "ipad", "-o", "12"],
        vec!["fix-signed-out", "-d", "ipad", "-o", "26"],
        vec!["fix-signed-out", "-d", "ipod", "-o", "15"],
        vec!["fix-signed-out", "-d", "mac"],
        vec!["fix-signed-out", "-d", "mac", "-o", "26"],
    ] {
        let (text, json) = both(&args);
        for out in [&text, &json] {
            for word in ["carrier", "SMS", "SIM"] {
                assert!(!out.contains(word), "{args:?} mentions {word}:\n{out}");
            }
        }
    }
    let iphone = ["fix-signed-out", "-d", "iphone", "-o", "17"];
    says(&iphone, "sending an SMS to Apple");
    says(&iphone, "Your carrier may charge for that SMS");
    never_says(&iphone, "carrier then sends");
}

#[test]
fn the_inactive_sim_fix_is_for_ios_26_on() {
    let before = ["fix-signed-out", "-d", "iphone", "-o", "18"];
    never_says(&before, "inactive SIM");
    let from = ["fix-signed-out", "-d", "iphone", "-o", "26"];
    says(&from, "inactive SIM");
    has_path(&from, "Settings > Cellular");
    // Without a version the step is there, labelled with the versions it is for.
    let any = stdout(&["fix-signed-out", "-d", "iphone"]);
    assert_contains(&any, "inactive SIM");
    assert_contains(&any, "26 and later");
}

#[test]
fn reset_network_settings_moves_with_ios_15() {
    let old = ["fix-signed-out", "-d", "iphone", "-o", "14.8"];
    has_path(&old, "Settings > General > Reset > Reset Network Settings");
    lacks_path(&old, "Transfer or Reset");
    let new = ["fix-signed-out", "-d", "iphone", "-o", "15"];
    has_path(
        &new,
        "Settings > General > Transfer or Reset iPhone > Reset > Reset Network Settings",
    );
}

#[test]
fn messages_in_icloud_routes_by_version() {
    let show = |os: &'static str| ["show", "messages-in-icloud", "-d", "iphone", "-o", os];
    let ios15 = show("15.7");
    has_path(&ios15, "Settings > [your name] > iCloud");
    says(&ios15, "Turn off the Messages switch.");
    lacks_path(&ios15, "Show All");
    for os in ["16", "17.1"] {
        has_path(&show(os), "iCloud > Show All > Messages");
        says(&show(os), "Sync this iPhone");
        never_says(&show(os), "Use on this iPhone");
        never_says(&show(os), "See All");
    }
    let ios172 = show("17.2");
    has_path(&ios172, "iCloud > Show All > Messages in iCloud");
    says(&ios172, "Use on this iPhone");
    never_says(&ios172, "See All");
    let ios18 = show("18");
    has_path(&ios18, "Show All / See All");
    says(&ios18, "Use on this iPhone");
    says(&ios18, "Sync this iPhone");
    // iPads qualify from iOS 11.4 too, not only from iPadOS 13.
    has_path(
        &["show", "messages-in-icloud", "-d", "ipad", "-o", "11.4"],
        "Settings > [your name] > iCloud",
    );
    let below = run(&["show", "messages-in-icloud", "-d", "iphone", "-o", "11.3"]);
    assert!(!below.status.success());
    assert_contains(&String::from_utf8_lossy(&below.stderr), "11.4");
}

#[test]
fn messages_in_icloud_off_on_one_device_or_all() {
    let ios = ["show", "messages-in-icloud", "-d", "iphone", "-o", "17"];
    says(&ios, "Disable and Download Messages");
    has_path(&ios, "Manage Storage");
    let mac13 = ["show", "messages-in-icloud", "-d", "mac", "-o", "13"];
    has_path(&mac13, "Messages > Settings > iMessage > Settings");
    says(&mac13, "Disable All");
    says(&mac13, "Disable This Device");
    never_says(&mac13, "Show More Apps");
    let mac14 = ["show", "messages-in-icloud", "-d", "mac", "-o", "14"];
    has_path(
        &mac14,
        "System Settings > [your name] > iCloud > Show More Apps",
    );
    let mac12 = ["show", "messages-in-icloud", "-d", "mac", "-o", "12"];
    has_path(&mac12, "Messages > Preferences > iMessage");
    never_says(&mac12, "Disable All");
    has_path(
        &["show", "messages-in-icloud", "-d", "mac", "-o", "10.13.6"],
        "Messages > Preferences > Accounts",
    );
    says(
        &["show", "messages-in-icloud", "-d", "iphone"],
        "iCloud Backup",
    );
}

#[test]
fn the_mac_preferences_tab_names_both_where_unsure() {
    for job in ["signin", "signout", "deactivate", "fix-signed-out"] {
        let at = |os: &'static str| [job, "-d", "mac", "-o", os];
        has_path(&at("10.13"), "Messages > Preferences > Accounts");
        lacks_path(&at("10.13"), "Accounts or iMessage");
        for os in ["10.14", "10.15.7"] {
            has_path(&at(os), "Messages > Preferences > Accounts or iMessage");
        }
        has_path(&at("11"), "Messages > Preferences > iMessage");
        lacks_path(&at("11"), "Accounts");
        has_path(&at("13"), "Messages > Settings > iMessage");
        lacks_path(&at("13"), "Preferences");
    }
}

#[test]
fn the_mac_gets_its_own_sign_in_fixes() {
    let old = ["fix-signed-out", "-d", "mac", "-o", "12"];
    has_path(&old, "System Preferences > Date & Time");
    says(&old, "click the lock");
    let new = ["fix-signed-out", "-d", "mac", "-o", "13"];
    has_path(&new, "System Settings > General > Date & Time");
    says(&new, "account.apple.com");
    says(
        &new,
        "You cannot sign in to iMessage on this Mac at this time.",
    );
    never_says(&new, "Send & Receive");
    says(
        &["fix-signed-out", "-d", "mac", "-o", "10.9"],
        "verification code typed straight after the password",
    );
    never_says(
        &["fix-signed-out", "-d", "mac", "-o", "10.10"],
        "verification code typed straight after the password",
    );
}

#[test]
fn signing_out_everywhere_answers_for_any_device_and_version() {
    let old = ["signout", "--all-devices", "-d", "iphone", "-o", "10.2"];
    has_path(&old, "account.apple.com > Devices");
    lacks_path(&old, "Settings > [your name]");
    let new = ["signout", "--all-devices", "-d", "iphone", "-o", "10.3"];
    has_path(&new, "Settings > [your name]");
    has_path(&new, "account.apple.com");
    has_path(
        &["signout", "--all-devices", "-d", "ipod", "-o", "9"],
        "account.apple.com",
    );
    for (os, path) in [
        ("10.14", "System Preferences > iCloud"),
        ("10.15", "System Preferences > Apple ID"),
        ("12", "System Preferences > Apple ID"),
        ("13", "System Settings > [your name]"),
    ] {
        let mac = ["signout", "--all-devices", "-d", "mac", "-o", os];
        has_path(&mac, path);
        has_path(&mac, "account.apple.com");
    }
    lacks_path(
        &["signout", "--all-devices", "-d", "mac", "-o", "10.14"],
        "Apple ID",
    );
    // The one-device notes stay with the one-device methods; the removal warning is said once.
    let all = stdout(&["signout", "--all-devices"]);
    assert_lacks(&all, "Your other devices stay signed in");
    assert_lacks(&all, "keeps working on this iPhone's phone number");
    assert_eq!(all.matches("loses iCloud, Find My").count(), 1, "{all}");
    assert_contains(
        &stdout(&["signout", "-d", "ipad", "-o", "16"]),
        "Your other devices stay signed in",
    );
}

#[test]
fn deregistering_with_the_iphone_in_hand_turns_facetime_off_too() {
    let hand = ["show", "deregister-number", "-d", "iphone", "-o", "17"];
    says(&hand, "Turn the FaceTime switch off too.");
    says(&hand, "selfsolve.apple.com/deregister-imessage");
    never_says(
        &["show", "deregister-number", "-d", "mac", "-o", "14"],
        "FaceTime switch",
    );
}

#[test]
fn the_error_messages_users_see_find_the_right_guide_first() {
    for message in [
        "iMessage is Signed Out",
        "Waiting for activation",
        "Activation unsuccessful",
        "An error occurred during activation",
        "Could not sign in, please check your network connection",
        "Unable to contact the iMessage server. Try again.",
        "Your network provider may charge for SMS messages used to activate FaceTime and iMessage",
        "Your carrier may charge for SMS messages used to activate FaceTime and iMessage",
        "No Addresses",
        "Use your Apple Account for iMessage",
        "You cannot sign in to iMessage on this Mac at this time.",
    ] {
        assert_eq!(first_guide(message), "fix-signed-out", "{message}");
    }
    for (words, id) in [
        ("Disable and Download Messages", "messages-in-icloud"),
        ("Sync this iPhone", "messages-in-icloud"),
        ("Use on this iPhone", "messages-in-icloud"),
        ("Receive At", "signin"),
        ("Remove from Account", "signout"),
        ("Enable this account", "deactivate"),
        ("deregister iMessage", "deregister-number"),
    ] {
        assert_eq!(first_guide(words), id, "{words}");
    }
}

/// The first search result that is a guide's text rather than an FAQ answer.
fn first_guide(words: &str) -> String {
    let mut args = vec!["search"];
    args.extend(words.split(' '));
    args.push("--json");
    let doc: Value = serde_json::from_str(&stdout(&args)).unwrap();
    doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] != "faq")
        .and_then(|r| r["guide_id"].as_str())
        .unwrap_or_default()
        .to_owned()
}

/// A range that starts inside a release and runs to its end names that release's rest,
/// so it does not read as running backwards ("macOS 10.13.5–10.13").
#[test]
fn a_range_within_one_release_reads_forwards() {
    let mac = stdout(&["show", "messages-in-icloud", "-d", "mac"]);
    assert_contains(&mac, "macOS 10.13.5–10.13.x");
    let iphone = stdout(&["show", "messages-in-icloud", "-d", "iphone"]);
    assert_contains(&iphone, "iOS 17.2–17.x");
}
