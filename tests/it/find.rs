//! `faq` and `search`: natural questions, error messages and typos find the right answer.

use serde_json::Value;

use crate::{assert_contains, assert_lacks, fails, stdout};

fn json(args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.push("--json");
    serde_json::from_str(&stdout(&full)).unwrap()
}

fn first_faq(query: &str) -> String {
    let words: Vec<&str> = std::iter::once("faq").chain(query.split(' ')).collect();
    json(&words)["faqs"][0]["id"].as_str().unwrap().to_owned()
}

fn results(query: &str, extra: &[&str]) -> Vec<Value> {
    let args: Vec<&str> = std::iter::once("search")
        .chain(query.split(' '))
        .chain(extra.iter().copied())
        .collect();
    json(&args)["results"].as_array().unwrap().clone()
}

/// The first result that is a guide's text (not an FAQ answer).
fn first_guide(query: &str, extra: &[&str]) -> String {
    results(query, extra)
        .iter()
        .find(|r| r["kind"] != "faq")
        .map(|r| r["guide_id"].as_str().unwrap().to_owned())
        .unwrap_or_default()
}

#[test]
fn every_seed_faq_is_found_by_a_natural_question() {
    for (question, id) in [
        ("why would I need to sign out of iMessage", "why-sign-out"),
        (
            "will signing out delete my messages",
            "signing-out-deletes-messages",
        ),
        (
            "sign out on one device stay signed in on another",
            "sign-out-one-device-only",
        ),
        (
            "will signing out of iMessage affect my iCloud data",
            "icloud-data-after-sign-out",
        ),
        (
            "can I still get regular text messages when signed out",
            "sms-while-signed-out",
        ),
        (
            "do I need an Apple ID to use iMessage",
            "apple-account-required",
        ),
        ("how do I sign back in after signing out", "sign-back-in"),
        (
            "sign out of iMessage on my Mac and still use other Apple services",
            "mac-other-services",
        ),
        ("sign out without affecting FaceTime", "facetime-unaffected"),
        (
            "what should I do before signing out permanently",
            "before-signing-out-for-good",
        ),
        ("what is messages in icloud", "what-is-messages-in-icloud"),
        (
            "deregister my phone number without the iPhone",
            "deregister-without-iphone",
        ),
        (
            "why does activation take 24 hours",
            "activation-takes-24-hours",
        ),
        (
            "what happens if I remove a device from my account",
            "remove-device-from-account",
        ),
    ] {
        assert_eq!(first_faq(question), id, "{question}");
    }
}

#[test]
fn faq_without_words_lists_every_question() {
    let all = json(&["faq"]);
    let file: Value = serde_json::from_str(include_str!("../../data/faq.json")).unwrap();
    assert_eq!(
        all["faqs"].as_array().unwrap().len(),
        file.as_array().unwrap().len()
    );
    assert_eq!(all["query"]["text"], Value::Null);
    let text = stdout(&["faq"]);
    assert_contains(
        &text,
        "Does signing out of iMessage sign me out of FaceTime?",
    );
    let md = stdout(&["faq", "-f", "markdown"]);
    assert_contains(
        &md,
        "\n## Does signing out of iMessage sign me out of FaceTime?\n",
    );
    assert_contains(
        &fails(&["faq", "zebra", "quantum"], 1),
        "no question matches `zebra quantum`",
    );
}

#[test]
fn the_messages_users_see_find_the_fix() {
    for message in [
        "iMessage is Signed Out",
        "No Addresses",
        "Waiting for activation",
        "Activation unsuccessful",
        "An error occurred during activation",
    ] {
        assert_eq!(first_guide(message, &[]), "fix-signed-out", "{message}");
    }
}

#[test]
fn typos_still_find_the_right_guide_first() {
    assert_eq!(results("singout", &[])[0]["guide_id"], "signout");
    assert_eq!(results("sigin iphone", &[])[0]["guide_id"], "signin");
    assert_eq!(first_guide("deactivte imesage", &[]), "deactivate");
    assert_eq!(first_guide("adresses", &[]), "fix-signed-out");
    assert_eq!(first_guide("IMESSAGÉ SIGNED OUT", &[]), "fix-signed-out");
}

#[test]
fn device_and_version_narrow_the_results() {
    let mac = results("sign out", &["-d", "mac", "-o", "14", "-n", "50"]);
    assert!(!mac.is_empty());
    for r in &mac {
        let devices = r["devices"].as_array().unwrap();
        assert!(
            devices.is_empty() || devices.iter().any(|d| d == "mac"),
            "{r}"
        );
        let version = |v: &Value| {
            v.as_str()
                .map(|s| s.split('.').next().unwrap().parse::<u32>().unwrap())
        };
        if let Some(from) = version(&r["os_range"]["from"]) {
            assert!(from <= 14, "{r}");
        }
        if let Some(before) = version(&r["os_range"]["before"]) {
            assert!(before > 14, "{r}");
        }
    }
    let ios = results("Send & Receive", &["-d", "iphone", "-o", "18", "-n", "50"]);
    assert!(ios.iter().all(|r| r["snippet"].as_str().is_some()));
    assert!(ios
        .iter()
        .all(|r| !r["snippet"].as_str().unwrap().contains("Apple ID")));
}

#[test]
fn results_are_ranked_limited_and_highlighted() {
    let all = results("sign out", &["-n", "50"]);
    let scores: Vec<f64> = all.iter().map(|r| r["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert_eq!(results("sign out", &["-n", "3"]).len(), 3);
    let colored = stdout(&["search", "singout", "--color", "always"]);
    assert_contains(&colored, "\x1b[33;1m");
    let piped = stdout(&["search", "singout"]);
    assert_lacks(&piped, "\x1b[");
    let md = stdout(&["search", "No", "Addresses", "-f", "markdown"]);
    assert_contains(&md, "**No** **Addresses**");
}

#[test]
fn nothing_found_exits_1() {
    assert_contains(
        &fails(&["search", "zebra", "quantum"], 1),
        "nothing matches `zebra quantum`",
    );
    fails(&["search", "deactivate", "-d", "web"], 1);
    fails(&["search"], 2);
}

#[test]
fn custom_guides_are_searched_and_replace_built_in_text() {
    let args = ["--guides-dir", "tests/fixtures/valid/addition", "-n", "50"];
    assert!(results("managed device profile", &args)
        .iter()
        .any(|r| r["guide_id"] == "mdm-reset"));
    let replaced = results(
        "company iPhone",
        &["--guides-dir", "tests/fixtures/valid/override", "-n", "50"],
    );
    assert!(replaced.iter().any(|r| r["guide_id"] == "signout"));
    let built_in_mac = results(
        "Messages Settings iMessage sign out",
        &[
            "--guides-dir",
            "tests/fixtures/valid/override",
            "-d",
            "mac",
            "-n",
            "50",
        ],
    );
    assert!(built_in_mac.iter().all(|r| r["guide_id"] != "signout"));
}

/// Search output for people: one entry per guide or question, the guide's best pieces
/// under it, each place named once, and the command that prints the whole thing.
#[test]
fn search_results_are_one_entry_per_guide() {
    let out = stdout(&["search", "no", "addresses"]);
    let shows: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim().strip_prefix("imsg-guide show "))
        .collect();
    let mut unique = shows.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(shows.len(), unique.len(), "a guide listed twice:\n{out}");
    let entry = out
        .split("\n\n")
        .find(|e| e.contains("imsg-guide show fix-signed-out"))
        .expect("fix-signed-out is found");
    assert!(
        entry.starts_with(" 1. Fix the \"iMessage is Signed Out\" alert\n"),
        "{entry}"
    );
    for line in out.lines() {
        assert!(
            line.matches("iPhone, iPad").count() <= 1,
            "named twice: {line}"
        );
    }
    // The step, under where it applies: on every version each device runs, so no version.
    let place = |text: &str| -> String {
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.contains("If this screen shows \"No Addresses\""))
            .unwrap_or_else(|| panic!("the No Addresses step is shown:\n{text}"));
        lines[at - 1].to_owned()
    };
    let whole = place(entry);
    assert!(whole.contains(", step "), "{whole}");
    assert!(whole.ends_with(" · iPhone, iPad, iPod touch"), "{whole}");
    // Narrowed to a version, the place is that version.
    let narrowed = stdout(&["search", "no", "addresses", "-d", "iphone", "-o", "17"]);
    assert!(
        place(&narrowed).ends_with(" · iPhone · iOS 17"),
        "{narrowed}"
    );
}

#[test]
fn a_question_in_the_results_names_the_command_that_prints_it() {
    let out = stdout(&["search", "deregister", "without", "iphone"]);
    let command = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("imsg-guide faq "))
        .expect("a question is among the results");
    let question = stdout(&["faq", command]);
    assert_eq!(
        question.matches("\n\n").count(),
        0,
        "one question:\n{question}"
    );
    assert_contains(&out, question.lines().next().unwrap());
    assert_eq!(question, stdout(&["show", command]));
    let md = stdout(&[
        "search",
        "deregister",
        "without",
        "iphone",
        "-f",
        "markdown",
    ]);
    assert_contains(&md, &format!("`imsg-guide faq {command}`"));
}

/// A step that several guides share word for word is a result of each of them, in JSON
/// as in text: only repeats within one guide fold into one result.
#[test]
fn a_step_several_guides_share_is_found_in_each() {
    let phrase = "Open Messages from the Applications folder or with Spotlight";
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("guides");
    let mut holders: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| std::fs::read_to_string(p).unwrap().contains(phrase))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    holders.sort();
    assert!(holders.len() > 2, "the phrase is shared: {holders:?}");
    let mut found: Vec<String> = results("Applications folder Spotlight", &["-n", "50"])
        .iter()
        .filter(|r| r["snippet"].as_str().unwrap().starts_with(phrase))
        .map(|r| r["guide_id"].as_str().unwrap().to_owned())
        .collect();
    found.sort();
    found.dedup();
    assert_eq!(found, holders);
}

/// A method title's terms are resolved in search results, as `show` resolves them.
#[test]
fn result_titles_have_no_placeholders() {
    for args in [
        &["search", "stop messages on this"][..],
        &["search", "changes hands"],
    ] {
        for format in [&[][..], &["--json"], &["-f", "markdown"]] {
            let out = stdout(&[args, format].concat());
            assert_lacks(&out, "{device}");
            assert_lacks(&out, "{account}");
        }
    }
    let out = stdout(&["search", "stop messages on this", "-d", "ipad", "-o", "18"]);
    assert_contains(&out, "On this iPad, if it uses your iPhone's Apple Account");
}
