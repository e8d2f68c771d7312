//! Steps per device and version, errors, exit codes, pipes, color and wrapping.

use std::process::Command;

use crate::{assert_contains, assert_lacks, fails, imsg, stdout};

#[test]
fn signout_iphone_ios17_uses_settings_messages_and_apple_id() {
    let out = stdout(&["signout", "-d", "iphone", "-o", "17"]);
    assert_contains(&out, "iPhone · iOS 17 — ");
    assert_contains(
        &out,
        "Settings › Messages › Send & Receive › Apple ID › Sign Out",
    );
    assert_contains(&out, "Tap your Apple ID");
    assert_lacks(&out, "Settings › Apps");
    assert_lacks(&out, "Mac ·");
}

#[test]
fn signout_iphone_ios18_uses_settings_apps_and_apple_account() {
    let out = stdout(&["signout", "--device", "iphone", "--os", "18"]);
    assert_contains(
        &out,
        "Settings › Apps › Messages › Send & Receive › Apple Account",
    );
    assert_contains(&out, "Tap your Apple Account");
    assert_lacks(&out, "Settings › Messages ›");
}

#[test]
fn ios_boundary_at_18_is_exact() {
    let last_17 = stdout(&["signout", "-d", "ipad", "-o", "17.7.2"]);
    assert_contains(&last_17, "Settings › Messages › Send & Receive");
    assert_contains(&last_17, "iPad · iPadOS 17.7.2");
    let first_18 = stdout(&["signout", "-d", "ipad", "-o", "18.0"]);
    assert_contains(&first_18, "Settings › Apps › Messages");
}

#[test]
fn mac_routes_follow_the_macos_version() {
    let sonoma = stdout(&["signout", "-d", "mac", "-o", "14"]);
    assert_contains(&sonoma, "Messages › Settings › iMessage");
    assert_lacks(&sonoma, "Preferences");
    let mojave = stdout(&["signout", "-d", "macos", "-o", "10.14"]);
    assert_contains(&mojave, "Messages › Preferences › Accounts");
    assert_lacks(&mojave, "› Settings ›");
    let big_sur = stdout(&["signout", "-d", "mac", "-o", "11.7"]);
    assert_contains(&big_sur, "Messages › Preferences › iMessage");
    assert_lacks(&big_sur, "Accounts");
}

#[test]
fn signin_ios_10_2_uses_send_and_receive_and_10_3_the_banner() {
    let old = stdout(&["signin", "-d", "iphone", "-o", "10.2"]);
    assert_contains(&old, "Settings › Messages › Send & Receive");
    assert_contains(&old, "Use your Apple ID for iMessage");
    assert_lacks(&old, "Sign in to your iPhone");
    let old_patch = stdout(&["signin", "-d", "iphone", "-o", "10.2.1"]);
    assert_contains(&old_patch, "Use your Apple ID for iMessage");
    let new = stdout(&["signin", "-d", "iphone", "-o", "10.3"]);
    assert_contains(&new, "Settings › Sign in to your iPhone");
    assert_contains(&new, "six-digit");
    assert_contains(&new, "Settings › Messages");
    let ios18 = stdout(&["signin", "-d", "ipad", "-o", "18"]);
    assert_contains(&ios18, "Sign in to your iPad");
    assert_contains(&ios18, "Apple Account");
    assert_contains(&ios18, "Settings › Apps › Messages");
}

#[test]
fn without_os_every_variant_is_labeled_with_its_range() {
    let out = stdout(&["signout"]);
    for label in [
        "iPhone, iPad, iPod touch · iOS 5 —",
        "iPhone, iPad, iPod touch · iOS 6–17",
        "iPhone, iPad · iOS 18 and later",
        "Mac · OS X 10.8 to macOS 10.13",
        "Mac · macOS 10.14–10.15",
        "Mac · macOS 11–12",
        "Mac · macOS 13 and later",
    ] {
        assert_contains(&out, label);
    }
    // The website route signs out everywhere, so it waits for --all-devices.
    assert_lacks(&out, "account.apple.com");
    // macOS 13 and later spans the Apple ID → Apple Account rename (macOS 15).
    let signin = stdout(&["signin", "-d", "mac"]);
    assert_contains(&signin, "Apple ID (Apple Account on macOS 15 and later)");
    let sequoia = stdout(&["signin", "-d", "mac", "-o", "15"]);
    assert_contains(&sequoia, "Enter your Apple Account email");
}

#[test]
fn devices_are_grouped_and_filtered() {
    let out = stdout(&["deactivate", "-d", "mac", "-d", "iphone"]);
    let iphone = out
        .find("iPhone · iOS 17 and earlier")
        .expect("iPhone section");
    let mac = out
        .find("Mac · OS X 10.8 to macOS 10.13")
        .expect("Mac section");
    assert!(iphone < mac, "devices keep their order");
    assert_lacks(&out, "iPad");
}

#[test]
fn signout_all_devices_covers_the_website_and_devices() {
    let web = stdout(&["signout", "--all-devices", "-d", "web"]);
    assert_contains(&web, "account.apple.com");
    assert_contains(&web, "Remove");
    let all = stdout(&["signout", "--all-devices"]);
    assert_contains(&all, "Apple Account website");
    assert_contains(&all, "Remove from Account");
    assert_contains(&all, "two-factor");
}

#[test]
fn fix_signed_out_walks_the_checks_for_the_version() {
    let out = stdout(&["fix-signed-out", "-d", "iphone", "-o", "14"]);
    assert_contains(&out, "No Addresses");
    assert_contains(&out, "apple.com/support/systemstatus");
    assert_contains(&out, "Settings › General › Reset › Reset Network Settings");
    let ios16 = stdout(&["fix-signed-out", "-d", "iphone", "-o", "16"]);
    assert_contains(&ios16, "Transfer or Reset iPhone");
    let ios26 = stdout(&["fix-signed-out", "-d", "iphone", "-o", "26"]);
    assert_contains(&ios26, "Settings › Apps › Messages");
    assert_contains(&ios26, "eSIM");
}

#[test]
fn aliases_name_the_same_devices() {
    assert_eq!(
        stdout(&["signout", "-d", "ios", "-o", "17"]),
        stdout(&["signout", "-d", "iphone", "-o", "17"])
    );
    assert_eq!(
        stdout(&["signout", "-d", "ipod-touch"]),
        stdout(&["signout", "-d", "IPOD"])
    );
    assert_eq!(
        stdout(&["signout", "--all-devices", "-d", "browser"]),
        stdout(&["signout", "--all-devices", "-d", "web"])
    );
}

#[test]
fn a_version_newer_than_known_gets_the_newest_route_and_a_note() {
    let out = stdout(&["signout", "-d", "iphone", "-o", "27"]);
    assert_contains(&out, "iOS 27 is newer than iOS 26");
    assert_contains(&out, "Settings › Apps › Messages");
    let mac = stdout(&["signout", "-d", "mac", "-o", "27.1"]);
    assert_contains(&mac, "macOS 27.1 is newer than macOS 26");
    let current = stdout(&["signout", "-d", "iphone", "-o", "26.1"]);
    assert_lacks(&current, "newer than");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let unknown = fails(&["signout", "-d", "iphon"], 2);
    assert_contains(&unknown, "did you mean `iphone`?");
    assert_contains(&unknown, "iphone, ipad, ipod, mac, web");
    assert_contains(
        &fails(&["signout", "-d", "iphone", "-o", "abc"], 2),
        "`abc` is not an OS version",
    );
    assert_contains(
        &fails(&["signout", "-d", "iphone", "-o", "10..2"], 2),
        "not an OS version",
    );
    assert_contains(
        &fails(&["signout", "-d", "iphone", "-o", "-1"], 2),
        "not an OS version",
    );
    assert_contains(
        &fails(&["signout", "-d", "iphone", "-o", "1.2.3.4"], 2),
        "more than three parts",
    );
    assert_contains(
        &fails(
            &["signout", "-d", "iphone", "-o", "99999999999999999999"],
            2,
        ),
        "too large",
    );
    assert_contains(&fails(&["signout", "-d", "iphone", "-o", ""], 2), "empty");
    assert_contains(
        &fails(&["signout", "-d", "ipod", "-o", "16"], 2),
        "iPod touch runs at most iOS 15",
    );
    for device in ["iphone", "ipad", "ipod"] {
        assert_contains(
            &fails(&["signin", "-d", device, "-o", "3"], 2),
            "needs iOS 5 or later",
        );
    }
    assert_contains(
        &fails(&["signin", "-d", "mac", "-o", "3"], 2),
        "needs macOS 10.8 or later",
    );
    assert_contains(
        &fails(&["signout", "-d", "iphone", "-d", "mac", "-o", "17"], 2),
        "both iOS and macOS",
    );
    assert_contains(
        &fails(&["signout", "-o", "17", "-d", "mac"], 2),
        "macOS 17 does not exist",
    );
    assert_contains(
        &fails(&["signout", "-d", "web", "-o", "17"], 2),
        "no OS version",
    );
    assert_contains(
        &fails(&["signout", "-d", "iphone", "-o", "20"], 2),
        "iOS 20 does not exist",
    );
    assert_contains(&fails(&["singout"], 2), "did you mean `signout`?");
    assert_contains(&fails(&["signout", "--devices", "mac"], 2), "--device");
    assert_contains(
        &fails(&["show", "fix-signed"], 2),
        "did you mean `fix-signed-out`?",
    );
    fails(&["signout", "--width", "5"], 2);
    fails(&["signout", "--color", "sometimes"], 2);
}

#[test]
fn filters_that_leave_nothing_exit_1() {
    assert_contains(
        &fails(&["deactivate", "-d", "web"], 1),
        "no steps for the Apple Account website",
    );
    let hint = fails(&["signout", "-d", "web"], 1);
    assert_contains(&hint, "imsg-guide signout --all-devices -d web");
}

/// Signing out everywhere works from any device and version: the website is always there.
#[test]
fn signout_everywhere_answers_for_every_device_and_version() {
    for args in [
        &["-d", "ipod"][..],
        &["-d", "mac", "-o", "12"],
        &["-d", "iphone", "-o", "10.2"],
        &["-d", "ipad", "-o", "5"],
    ] {
        let mut all = vec!["signout", "--all-devices"];
        all.extend_from_slice(args);
        let out = stdout(&all);
        assert_contains(&out, "account.apple.com");
    }
    // The device's own route first, the website after it.
    let out = stdout(&["signout", "--all-devices", "-d", "mac", "-o", "12"]);
    let mac = out.find("Mac · macOS 12").expect("the Mac's own route");
    let web = out.find("Apple Account website —").expect("the website");
    assert!(mac < web, "{out}");
}

#[test]
fn list_shows_every_guide_and_its_coverage() {
    let out = stdout(&["list"]);
    for id in [
        "signin",
        "signout",
        "deactivate",
        "fix-signed-out",
        "messages-in-icloud",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(id)),
            "{id} missing:\n{out}"
        );
    }
    assert_contains(&out, "iPhone (iOS 5 and later)");
    assert_contains(&out, "iPod touch (iOS 5–15)");
    assert_contains(&out, "Mac (OS X 10.8 and later)");
}

#[test]
fn show_prints_every_method_of_a_guide() {
    let out = stdout(&["show", "signout"]);
    assert_contains(&out, "account.apple.com");
    assert_contains(&out, "Send & Receive");
    let filtered = stdout(&["show", "messages-in-icloud", "-d", "iphone", "-o", "17.2"]);
    assert_contains(&filtered, "(unverified)");
}

#[test]
fn help_and_version_succeed() {
    assert_contains(&stdout(&["--help"]), "signout");
    assert_contains(&stdout(&["signout", "--help"]), "--all-devices");
    assert_contains(&stdout(&["--version"]), "imsg-guide");
}

#[test]
fn piped_output_is_plain_and_unwrapped() {
    let out = stdout(&["signout"]);
    assert_lacks(&out, "\x1b[");
    assert!(
        out.lines().any(|l| l.chars().count() > 120),
        "paragraphs stay on one line"
    );
}

#[test]
fn color_follows_flag_and_environment() {
    let colored = |cmd: &mut Command| {
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().contains("\x1b[")
    };
    let args = ["signout", "-d", "iphone", "-o", "17"];
    assert!(colored(imsg().args(args).arg("--color=always")));
    assert!(!colored(
        imsg()
            .args(args)
            .arg("--color=never")
            .env("CLICOLOR_FORCE", "1")
    ));
    assert!(colored(imsg().args(args).env("CLICOLOR_FORCE", "1")));
    assert!(!colored(imsg().args(args).env("CLICOLOR_FORCE", "0")));
    assert!(!colored(
        imsg()
            .args(args)
            .env("NO_COLOR", "1")
            .env("CLICOLOR_FORCE", "1")
    ));
    assert!(colored(
        imsg()
            .args(args)
            .env("NO_COLOR", "")
            .env("CLICOLOR_FORCE", "1")
    ));
    assert!(colored(
        imsg().args(args).env("NO_COLOR", "1").arg("--color=always")
    ));
    assert!(!colored(imsg().args(args)));
}

#[test]
fn colored_breadcrumbs_highlight_each_element() {
    let out = stdout(&["signout", "-d", "iphone", "-o", "17", "--color", "always"]);
    assert_contains(&out, "\x1b[36;1mSettings\x1b[0m");
    assert_contains(&out, "\x1b[36;1mSend & Receive\x1b[0m");
}

#[test]
fn width_wraps_text() {
    let out = stdout(&["signout", "-d", "mac", "--width", "40"]);
    for line in out.lines() {
        assert!(line.chars().count() <= 40, "too wide: {line:?}");
    }
    let indented = out.lines().filter(|l| l.starts_with("     ")).count();
    assert!(indented > 3, "continuation lines keep their indent:\n{out}");
}

/// On a terminal (a pseudo-terminal from `script`), text is colored and wrapped to the
/// terminal's width, which falls back to COLUMNS when the terminal reports none.
#[test]
fn a_terminal_gets_color_and_wrapping() {
    if !crate::have("script", "a_terminal_gets_color_and_wrapping") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_imsg-guide");
    let out = Command::new("script")
        .args([
            "-qec",
            &format!("'{bin}' signout -d mac -o 14"),
            "/dev/null",
        ])
        .env("COLUMNS", "60")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("script (util-linux) runs the binary on a pseudo-terminal");
    assert!(out.status.success());
    let screen = String::from_utf8(out.stdout).unwrap();
    assert_contains(&screen, "\x1b[");
    let plain = crate::without_colors(&screen.replace('\r', ""));
    for line in plain.lines() {
        assert!(
            line.chars().count() <= 60,
            "wider than the terminal: {line:?}"
        );
    }
    assert!(plain.lines().count() > 12, "wrapped:\n{plain}");
    assert!(
        plain.lines().any(|l| l.chars().count() > 45),
        "wrapped at COLUMNS, not at a fallback minimum:\n{plain}"
    );
}
