//! A newcomer's first commands: mistakes answered with the way out, help where it is
//! looked for, and versions and devices written the way people write them.

use crate::{assert_contains, assert_lacks, fails, imsg, stdout};

#[test]
fn a_mistyped_command_suggests_the_closest_one() {
    assert_contains(&fails(&["sign-out"], 2), "did you mean `signout`?");
    assert_contains(&fails(&["sign-in"], 2), "did you mean `signin`?");
    assert_contains(
        &fails(&["fix-signedout"], 2),
        "did you mean `fix-signed-out`?",
    );
}

#[test]
fn a_missing_argument_is_named_with_an_example() {
    assert_eq!(
        fails(&["show"], 2),
        "imsg-guide: error: a guide id is needed, such as `signout`; `imsg-guide list` shows them\n"
    );
    assert_contains(&fails(&["search"], 2), "`imsg-guide search no addresses`");
    assert_contains(
        &fails(&["validate"], 2),
        "a guide file or folder to check is needed",
    );
    assert_contains(&fails(&["completions"], 2), "`imsg-guide completions bash`");
    assert_contains(&fails(&["schema"], 2), "`imsg-guide schema guide`");
    for args in [&["show"][..], &["search"], &["validate"], &["completions"]] {
        let err = fails(args, 2);
        assert_lacks(&err, "were not provided:;");
        assert_lacks(&err, "Usage:");
    }
}

#[test]
fn clap_messages_are_whole_and_name_the_valid_values_once() {
    let err = fails(&["signout", "-d"], 2);
    assert_contains(&err, "a value is required for '--device <DEVICE>'");
    assert_contains(&err, "(valid values: iphone, ipad, ipod, mac, web)");
    assert_lacks(&err, "possible values");
    assert_lacks(&err, "macbook");
    let err = fails(&["signout", "--color", "sometimes"], 2);
    assert_eq!(err.matches("always").count(), 1, "{err}");
}

#[test]
fn a_device_given_as_a_bare_word_points_at_the_option() {
    let err = fails(&["signout", "iphone"], 2);
    assert_contains(&err, "did you mean `-d iphone`?");
    assert_contains(&fails(&["signin", "macos"], 2), "did you mean `-d macos`?");
}

#[test]
fn help_works_as_a_command_and_a_bare_call_shows_it() {
    let help = stdout(&["help"]);
    assert_contains(&help, "Usage: imsg-guide [OPTIONS] <COMMAND>");
    assert_eq!(help, stdout(&["--help"]));
    let signout = stdout(&["help", "signout"]);
    assert_contains(&signout, "--all-devices");
    assert_eq!(signout, stdout(&["signout", "--help"]));
    let bare = stdout(&[]);
    assert_contains(&bare, "Usage: imsg-guide [OPTIONS] <COMMAND>");
    assert_contains(&bare, "signout");
    assert_eq!(bare, stdout(&["-h"]), "the short help");
    fails(&["help", "me"], 2);
}

#[test]
fn an_empty_guides_variable_is_unset_and_a_missing_folder_is_plain() {
    let out = imsg()
        .args(["signout", "-d", "iphone", "-o", "18"])
        .env("IMSG_GUIDE_DIR", "")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        stdout(&["signout", "-d", "iphone", "-o", "18"])
    );
    let err = fails(&["list", "--guides-dir", "no-such-folder"], 2);
    assert_eq!(
        err,
        "imsg-guide: error: the guides folder no-such-folder does not exist; give --guides-dir (or IMSG_GUIDE_DIR) a folder of guide files\n"
    );
    let out = imsg()
        .arg("list")
        .env("IMSG_GUIDE_DIR", "no-such-folder")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_lacks(&String::from_utf8_lossy(&out.stderr), ":1:1");
}

#[test]
fn a_version_only_one_os_has_needs_no_device() {
    let ios = stdout(&["signout", "-o", "18"]);
    assert_contains(&ios, "iPhone, iPad · iOS 18 — ");
    assert_lacks(&ios, "Mac");
    assert_lacks(&ios, "iPod");
    assert_contains(
        &stdout(&["signout", "-o", "9"]),
        "iPhone, iPad, iPod touch · iOS 9 — ",
    );
    assert_contains(&stdout(&["signout", "-o", "10.14"]), "Mac · macOS 10.14 — ");
    let both = fails(&["signout", "-o", "14"], 2);
    assert_contains(&both, "`-d iphone -o 14` or `-d mac -o 14`");
    // Every suggestion works as written.
    stdout(&["signout", "-d", "iphone", "-o", "14"]);
    stdout(&["signout", "-d", "mac", "-o", "14"]);
    let both = fails(&["signout", "-o", "26"], 2);
    assert_contains(&both, "`-d iphone -o 26` or `-d mac -o 26`");
    assert_lacks(
        &fails(&["signout", "-o", "18", "-d", "mac"], 2),
        "-d mac -o 18`",
    );
    assert_contains(&fails(&["signout", "-o", "20"], 2), "no iOS 20 or macOS 20");
}

#[test]
fn macos_names_and_prefixed_versions_are_versions() {
    let sequoia = stdout(&["signout", "-d", "mac", "-o", "15"]);
    for name in [
        "sequoia",
        "Sequoia",
        "macOS Sequoia",
        "SEQUOIA",
        "macos 15",
        "macOS 15",
    ] {
        assert_eq!(stdout(&["signout", "--os", name]), sequoia, "{name}");
    }
    let names = [
        ("Mountain Lion", "10.8"),
        ("mavericks", "10.9"),
        ("Yosemite", "10.10"),
        ("El Capitan", "10.11"),
        ("sierra", "10.12"),
        ("High Sierra", "10.13"),
        ("Mojave", "10.14"),
        ("Catalina", "10.15"),
        ("Big Sur", "11"),
        ("Monterey", "12"),
        ("Ventura", "13"),
        ("Sonoma", "14"),
        ("Tahoe", "26"),
    ];
    for (name, version) in names {
        assert_contains(
            &stdout(&["signin", "-d", "mac", "-o", name]),
            &format!(" {version} — "),
        );
    }
    assert_eq!(
        stdout(&["signout", "-o", "iOS 18.1"]),
        stdout(&["signout", "-d", "iphone", "-d", "ipad", "-o", "18.1"])
    );
    assert_contains(
        &stdout(&["signout", "-o", "iPadOS 17"]),
        "iPad · iPadOS 17 — ",
    );
    assert_contains(
        &stdout(&["signout", "-o", "OS X 10.11"]),
        "Mac · OS X 10.11 — ",
    );
    assert_contains(
        &stdout(&["signout", "-d", "ipad", "-o", "iOS 17"]),
        "iPad · iPadOS 17 — ",
    );
    assert_contains(
        &fails(&["signout", "-d", "iphone", "-o", "macOS 14"], 2),
        "not a version the iPhone runs",
    );
    assert_contains(
        &fails(&["signout", "-o", "sequia"], 2),
        "did you mean `sequoia`?",
    );
    assert_contains(
        &fails(&["signout", "-o", "macOS 16"], 2),
        "macOS 16 does not exist",
    );
}

#[test]
fn comma_separated_devices_are_several_devices() {
    assert_eq!(
        stdout(&["signout", "-d", "iphone,mac"]),
        stdout(&["signout", "-d", "iphone", "-d", "mac"])
    );
    assert_eq!(
        stdout(&["deactivate", "--device=ipad,macos"]),
        stdout(&["deactivate", "-d", "ipad", "-d", "mac"])
    );
    assert_contains(
        &fails(&["signout", "-d", "iphone,nokia"], 2),
        "invalid value 'nokia' for '--device <DEVICE>'",
    );
}

/// What the help, the man page and the README tell an installed user to read is in the
/// binary: the schemas, the guide files to start from, the ids.
#[test]
fn an_installed_user_has_what_the_help_mentions() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, file) in [
        ("guide", "schema/guide.schema.json"),
        ("output", "schema/output.schema.json"),
    ] {
        let printed = stdout(&["schema", name]);
        assert_eq!(printed, std::fs::read_to_string(root.join(file)).unwrap());
    }
    let guide_schema: serde_json::Value =
        serde_json::from_str(&stdout(&["schema", "guide"])).unwrap();
    let validator = jsonschema::validator_for(&guide_schema).unwrap();
    let ids = stdout(&["list", "--ids"]);
    let listed: Vec<String> =
        serde_json::from_str::<serde_json::Value>(&stdout(&["list", "--json"])).unwrap()["guides"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["id"].as_str().unwrap().to_owned())
            .collect();
    assert_eq!(ids.lines().collect::<Vec<_>>(), listed);
    for id in ids.lines() {
        let raw = stdout(&["show", id, "--raw"]);
        let guide: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(guide["id"], id);
        assert!(validator.is_valid(&guide), "{id}");
    }
}

/// A built-in guide printed with --raw is a custom guide as it stands: saved in a folder,
/// it passes validate and answers exactly as the built-in one.
#[test]
fn a_raw_guide_starts_a_custom_one() {
    let dir = std::env::temp_dir().join(format!("imsg-guide-raw-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("signout.json"),
        stdout(&["show", "signout", "--raw"]),
    )
    .unwrap();
    let folder = dir.to_str().unwrap();
    stdout(&["validate", folder]);
    let args = ["signout", "-d", "iphone", "-o", "18"];
    let custom = stdout(&[&args[..], &["--guides-dir", folder]].concat());
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(custom, stdout(&args));
    assert_contains(
        &fails(&["show", "nope", "--raw"], 2),
        "no guide has the id `nope`",
    );
}

#[test]
fn help_and_man_point_at_nothing_only_the_repository_has() {
    let mut texts = vec![stdout(&["--help"]), stdout(&["man"])];
    for command in [
        "signin",
        "signout",
        "deactivate",
        "fix-signed-out",
        "faq",
        "search",
        "list",
        "show",
        "validate",
        "completions",
        "man",
        "schema",
    ] {
        texts.push(stdout(&[command, "--help"]));
    }
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    // The README's sections for users, from Usage on; setting up the repository, the
    // benchmark and how the project is built are for its developers.
    let from_usage = readme.split("## Usage").nth(1).unwrap();
    let users = from_usage
        .split("## Performance")
        .next()
        .unwrap()
        .to_owned();
    texts.push(users);
    for text in &texts {
        for path in [
            "schema/",
            "`guides/",
            " guides/",
            "data/",
            "tests/",
            "fixtures/",
        ] {
            assert_lacks(text, path);
        }
    }
}

#[test]
fn list_ids_is_one_id_per_line() {
    let ids = stdout(&["list", "--ids"]);
    assert!(
        ids.lines().all(|l| !l.is_empty() && !l.contains(' ')),
        "{ids}"
    );
    assert!(ids.lines().any(|l| l == "fix-signed-out"));
    assert!(ids.ends_with('\n'));
}

#[test]
fn show_given_a_question_id_prints_the_question() {
    let question = stdout(&["show", "sign-out-one-device-only"]);
    assert!(
        question.starts_with("If I sign out on one device, are my other devices signed out too?\n"),
        "{question}"
    );
    assert_eq!(question, stdout(&["faq", "sign-out-one-device-only"]));
}
