//! `sources`: every cited fact resolves to a citation; `--sources` shows the ids in text and
//! Markdown; JSON answers carry the citations of the facts they cite.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::{assert_contains, assert_lacks, fails, stdout};

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// Every fact id under a `sources` key, at any depth.
fn cited_ids(value: &Value, ids: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("sources", Value::Array(list)) => {
                        ids.extend(list.iter().filter_map(Value::as_str).map(str::to_owned))
                    }
                    _ => cited_ids(v, ids),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| cited_ids(v, ids)),
        _ => {}
    }
}

/// The ids the built-in guides and the FAQ cite, read from their files.
fn ids_in_the_data() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("guides"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.push(root.join("data").join("faq.json"));
    let mut ids = BTreeSet::new();
    for file in files {
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        cited_ids(&value, &mut ids);
    }
    ids
}

fn ids_of(facts: &Value) -> Vec<String> {
    facts
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_id_the_guides_and_faq_cite_resolves() {
    let cited = ids_in_the_data();
    assert!(cited.len() > 20, "only {} cited ids found", cited.len());
    let mut args = vec!["sources", "--json"];
    args.extend(cited.iter().map(String::as_str));
    let doc = json(&args);
    assert_eq!(doc["query"]["command"], "sources");
    let facts = &doc["facts"];
    assert_eq!(ids_of(facts), cited.iter().cloned().collect::<Vec<_>>());
    for fact in facts.as_array().unwrap() {
        let id = &fact["id"];
        assert!(
            !fact["summary"].as_str().unwrap().is_empty(),
            "{id}: no summary"
        );
        let confidence = fact["confidence"].as_str().unwrap();
        assert!(
            ["seed", "A", "B", "C"].contains(&confidence),
            "{id}: {confidence}"
        );
    }

    let mut args = vec!["sources"];
    args.extend(cited.iter().map(String::as_str));
    let text = stdout(&args);
    for id in &cited {
        assert!(
            text.lines().any(|l| l.starts_with(&format!("{id} "))),
            "{id} has no entry in:\n{text}"
        );
    }
}

#[test]
fn all_facts_without_ids_in_registry_order() {
    let doc = json(&["sources", "--json"]);
    let ids = ids_of(&doc["facts"]);
    assert!(ids.len() > 150, "{} facts", ids.len());
    assert_eq!(&ids[..3], ["S0-1", "S0-2", "S0-3"]);
    assert!(ids.contains(&"J-Acct-18".to_owned()));
    let text = stdout(&["sources"]);
    let entries = text
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.is_empty());
    assert_eq!(entries.count(), ids.len());
}

#[test]
fn text_aligns_and_wraps_each_fact_with_its_citations() {
    assert_eq!(
        stdout(&["sources", "V-iCloud-4", "V-iCloud-2", "--width", "72"]),
        "\
V-iCloud-4  A     iOS 11.4 to 15: Settings > [name] > iCloud > Messages
                  switch; iPad the same.
                  confidence: the upper bound, iOS 15, rests on
                    V-iCloud-5
                  · Apple HT208532 \"Use Messages in iCloud\" (fr-mu)
                    https://support.apple.com/HT208532

V-iCloud-2  B     iOS 11.4 to 16: Settings > [name] > iCloud > Messages
                  switch.
                  replaced by: V-iCloud-4, V-iCloud-5, V-iCloud-6,
                    V-iCloud-7, V-iCloud-8
                  correction: Wrong for iOS 16: its redesigned iCloud
                    page already uses Show All > Messages > \"Sync this
                    iPhone\".
                  source: none named in the content spec
"
    );
    // Piped without --width: one line per item, the URL never broken.
    let piped = stdout(&["sources", "S0-8"]);
    assert_contains(
        &piped,
        "\n            · source article 000 \"How to Login and Logout of iMessage\"\n",
    );
    assert_contains(
        &piped,
        "corrected by: V-iOS-10, V-iOS-11, V-iOS-12, V-iOS-13, V-iOS-14\n",
    );
}

#[test]
fn markdown_links_the_articles() {
    let md = stdout(&["sources", "V-iCloud-4", "J-Block-7", "-f", "markdown"]);
    assert_eq!(
        md,
        "\
# Sources

## V-iCloud-4

**Confidence:** A (the upper bound, iOS 15, rests on V-iCloud-5)

iOS 11.4 to 15: Settings > \\[name\\] > iCloud > Messages switch; iPad the same.

- [Apple HT208532 \"Use Messages in iCloud\" (fr-mu)](https://support.apple.com/HT208532)

## J-Block-7

**Confidence:** C (no source found)

iOS 11 and earlier: Settings > General > Restrictions with Accounts set to \"Don't Allow Changes\" blocks account changes.

- No source named in the content spec.
"
    );
}

#[test]
fn json_gives_citations_with_urls_and_corrections() {
    let doc = json(&[
        "sources",
        "v-icloud-5",
        "[S0-8,",
        "V-iOS-2]",
        "S0-8",
        "--json",
    ]);
    let facts = doc["facts"].as_array().unwrap();
    assert_eq!(ids_of(&doc["facts"]), ["V-iCloud-5", "S0-8", "V-iOS-2"]);
    assert_eq!(facts[0]["confidence"], "C");
    assert_eq!(
        facts[0]["confidence_note"].as_str().unwrap().get(..15),
        Some("A route, C boun")
    );
    assert_eq!(facts[1]["confidence"], "seed");
    assert_eq!(facts[1]["citations"][0]["kind"], "seed");
    assert_eq!(facts[1]["citations"][0]["article"], "000");
    assert!(facts[1]["corrected_by"]
        .as_array()
        .unwrap()
        .iter()
        .any(|id| id == "V-iOS-13"));
    assert_eq!(facts[2]["confidence"], "A");
    let first = &facts[2]["citations"][0];
    assert_eq!(first["kind"], "apple");
    assert_eq!(first["article"], "108758");
    assert_eq!(first["url"], "https://support.apple.com/108758");
    assert_eq!(
        first["title"],
        "Add or remove your phone number in Messages or FaceTime"
    );

    let replaced = json(&["sources", "V-Mac-5", "--json"]);
    assert_eq!(
        replaced["facts"][0]["replaced_by"],
        serde_json::json!(["V-Mac-8"])
    );
}

#[test]
fn an_unknown_id_is_one_line_with_the_nearest() {
    let err = fails(&["sources", "S0-8", "V-iOS-99"], 2);
    assert_eq!(
        err,
        "imsg-guide: error: no fact has the id `V-iOS-99`; did you mean `V-iOS-9`? run `imsg-guide sources` to list them all\n"
    );
    let err = fails(&["sources", "nothing-like-it", "--json"], 2);
    assert_contains(
        &err,
        "no fact has the id `nothing-like-it`; run `imsg-guide sources`",
    );
}

/// The first step of a guide answer and the ids it rests on, from the JSON.
fn first_step(args: &[&str]) -> (String, Vec<String>) {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let doc = json(&with_json);
    let step = &doc["guide"]["methods"][0]["steps"][0];
    let ids = step["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    (step["text"].as_str().unwrap().to_owned(), ids)
}

#[test]
fn text_prints_fact_ids_only_with_the_flag() {
    for args in [
        &["signout", "-d", "iphone", "-o", "17"][..],
        &["fix-signed-out", "-d", "iphone", "-o", "18"],
        &["signin", "-d", "mac"],
    ] {
        let (text, ids) = first_step(args);
        let short = format!("[{}]", ids.join(", "));
        let plain = stdout(args);
        assert_contains(&plain, &text);
        assert_lacks(&plain, &format!("[{}", ids[0]));
        let mut flagged = args.to_vec();
        flagged.push("--sources");
        let with = stdout(&flagged);
        assert_contains(&with, &format!("{text} {short}\n"));
        // Only the ids are added: the same lines otherwise.
        assert_eq!(with.lines().count(), plain.lines().count(), "{args:?}");
    }
}

#[test]
fn markdown_prints_fact_ids_only_with_the_flag() {
    let args = ["signout", "-d", "iphone", "-o", "18", "-f", "markdown"];
    let (text, ids) = first_step(&args[..5]);
    let plain = stdout(&args);
    assert_lacks(&plain, "<sub>");
    assert_contains(&plain, &format!("{text}\n"));
    let mut flagged = args.to_vec();
    flagged.push("--sources");
    let with = stdout(&flagged);
    assert_contains(&with, &format!("{text} <sub>[{}]</sub>\n", ids.join(", ")));
    let checklist = stdout(&["signout", "-d", "iphone", "--checklist", "--sources"]);
    assert_contains(&checklist, "<sub>[");
}

#[test]
fn faq_prints_fact_ids_only_with_the_flag() {
    let doc = json(&["faq", "delete", "--json"]);
    let ids: Vec<&str> = doc["faqs"][0]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let short = format!("[{}]", ids.join(", "));
    assert_lacks(&stdout(&["faq", "delete"]), &short);
    assert_contains(
        &stdout(&["faq", "delete", "--sources"]),
        &format!("  {short}\n"),
    );
    assert_lacks(&stdout(&["faq", "delete", "-f", "md"]), "<sub>");
    assert_contains(
        &stdout(&["faq", "delete", "-f", "md", "--sources"]),
        &format!("<sub>{short}</sub>"),
    );
}

/// JSON answers carry a `sources` object with exactly the facts they cite.
#[test]
fn json_answers_carry_the_citations_of_every_cited_fact() {
    let mut answers: Vec<Vec<&str>> = vec![
        vec!["signout", "-d", "iphone", "-o", "18"],
        vec!["signout", "--all-devices"],
        vec!["fix-signed-out"],
        vec!["faq"],
    ];
    let ids: Vec<String> = json(&["list", "--json"])["guides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap().to_owned())
        .collect();
    answers.extend(ids.iter().map(|id| vec!["show", id.as_str()]));
    for args in answers {
        let mut with_json = args.clone();
        with_json.push("--json");
        let doc = json(&with_json);
        let body = doc.get("guide").or(doc.get("faqs")).unwrap();
        let mut cited = BTreeSet::new();
        cited_ids(body, &mut cited);
        let sources = doc["sources"].as_object().unwrap();
        let keys: BTreeSet<String> = sources.keys().cloned().collect();
        assert_eq!(keys, cited, "{args:?}");
        for (id, fact) in sources {
            let full = &json(&["sources", id, "--json"])["facts"][0];
            assert_eq!(fact["confidence"], full["confidence"], "{args:?} {id}");
            let urls: Vec<&Value> = fact["citations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| &c["url"])
                .collect();
            let full_urls: Vec<&Value> = full["citations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| &c["url"])
                .collect();
            assert_eq!(urls, full_urls, "{args:?} {id}");
        }
    }
}

#[test]
fn sources_json_matches_the_output_schema() {
    let schema: Value =
        serde_json::from_str(include_str!("../../schema/output.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for args in [
        &["sources", "--json"][..],
        &["sources", "S0-8", "V-iCloud-5", "-f", "json"],
        &["signout", "-d", "iphone", "--json"],
        &["faq", "--json"],
    ] {
        let doc = json(args);
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
    let mut broken = json(&["sources", "S0-8", "--json"]);
    broken["facts"][0]["confidence"] = "D".into();
    assert!(!validator.is_valid(&broken));
}
