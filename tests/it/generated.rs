//! Generated files (completions, man page): up to date, and working in real shells.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{assert_contains, assert_lacks, stdout};

const SHELLS: [(&str, &str); 5] = [
    ("bash", "imsg-guide.bash"),
    ("zsh", "_imsg-guide"),
    ("fish", "imsg-guide.fish"),
    ("powershell", "_imsg-guide.ps1"),
    ("elvish", "imsg-guide.elv"),
];

fn completions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("completions")
}

/// The checked-in scripts match what the binary generates; `UPDATE_GENERATED=1 cargo test`
/// refreshes them.
#[test]
fn completion_scripts_are_up_to_date() {
    for (shell, file) in SHELLS {
        let generated = stdout(&["completions", shell]);
        crate::expect_file(
            &format!("completions/{file}"),
            &generated,
            &format!("imsg-guide completions {shell}"),
        );
    }
}

/// The checked-in man page, which the .deb installs, matches `imsg-guide man`;
/// `UPDATE_GENERATED=1 cargo test` refreshes it.
#[test]
fn man_page_file_is_up_to_date() {
    crate::expect_file("man/imsg-guide.1", &stdout(&["man"]), "imsg-guide man");
}

fn shell(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(completions_dir())
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed for this test (.ci/run installs it): {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} {args:?} failed: {stderr}");
    assert!(stderr.is_empty(), "{program} {args:?} warned: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// Asks bash's loaded completion function what Tab offers after `line`.
fn bash_complete(line: &str) -> Vec<String> {
    let script = format!(
        r#"source ./imsg-guide.bash
fn=$(complete -p imsg-guide | sed -E 's/.* -F ([^ ]+) .*/\1/')
read -ra COMP_WORDS <<< "{line}"
[[ "{line}" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}
"$fn" imsg-guide "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    shell("bash", &["--norc", "--noprofile", "-c", &script])
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_subcommands_and_devices() {
    if !crate::have("bash", "bash_completes_subcommands_and_devices") {
        return;
    }
    let subcommands = bash_complete("imsg-guide sig");
    assert_eq!(subcommands, ["signin", "signout"]);
    let devices = bash_complete("imsg-guide signout --device ");
    for d in ["iphone", "ipad", "ipod", "mac", "web"] {
        assert!(
            devices.iter().any(|c| c == d),
            "{d} missing from {devices:?}"
        );
    }
    let formats = bash_complete("imsg-guide list --format ");
    assert_eq!(formats, ["text", "markdown", "json"]);
    let ids = bash_complete("imsg-guide show fix");
    assert_eq!(ids, ["fix-signed-out"]);
    let aliases = bash_complete("imsg-guide signout -d mac");
    assert!(aliases.iter().any(|c| c == "macos"), "{aliases:?}");
    assert_eq!(bash_complete("imsg-guide completions fi"), ["fish"]);
}

/// bash is registered with `-o default`, which completes a word nothing matches as a file
/// name; every command but `validate` turns that off for its words.
#[test]
fn bash_offers_no_file_names_outside_validate() {
    if !crate::have("bash", "bash_offers_no_file_names_outside_validate") {
        return;
    }
    let calls = |line: &str| -> String {
        let script = format!(
            r#"source ./imsg-guide.bash
compopt() {{ printf 'compopt %s\n' "$*"; }}
fn=$(complete -p imsg-guide | sed -E 's/.* -F ([^ ]+) .*/\1/')
read -ra COMP_WORDS <<< "{line}"
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
"$fn" imsg-guide "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#
        );
        shell("bash", &["--norc", "--noprofile", "-c", &script])
    };
    for line in [
        "imsg-guide faq dele",
        "imsg-guide search no",
        "imsg-guide signout -o 1",
        "imsg-guide show zz",
        "imsg-guide zz",
    ] {
        assert_contains(&calls(line), "compopt +o default +o bashdefault");
    }
    assert_lacks(&calls("imsg-guide validate gui"), "+o default");
}

#[test]
fn fish_completes_subcommands_and_devices() {
    if !crate::have("fish", "fish_completes_subcommands_and_devices") {
        return;
    }
    let words = |line: &str| -> Vec<String> {
        let out = shell(
            "fish",
            &[
                "--no-config",
                "-c",
                &format!("source ./imsg-guide.fish; complete -C '{line}'"),
            ],
        );
        out.lines()
            .map(|l| l.split('\t').next().unwrap().to_owned())
            .collect()
    };
    let subcommands = words("imsg-guide sig");
    assert_eq!(subcommands, ["signin", "signout"]);
    assert_eq!(words("imsg-guide show fix"), ["fix-signed-out"]);
    let ids = stdout(&["list", "--ids"]);
    let mut offered = words("imsg-guide show ");
    offered.sort_unstable();
    let mut ids: Vec<&str> = ids.lines().collect();
    ids.sort_unstable();
    assert_eq!(offered, ids, "every built-in guide id");
    assert_eq!(
        words("imsg-guide completions "),
        ["bash", "elvish", "fish", "powershell", "zsh"]
    );
    assert_eq!(words("imsg-guide schema "), ["guide", "output"]);
    assert_eq!(words("imsg-guide help sig"), ["signin", "signout"]);
    // The working folder holds the completion scripts: none may be offered where a file
    // makes no sense.
    for line in [
        "imsg-guide faq ",
        "imsg-guide search ",
        "imsg-guide search no ",
        "imsg-guide signout -o ",
        "imsg-guide signout --os ",
        "imsg-guide signout ",
        "imsg-guide list ",
    ] {
        let offered = words(line);
        assert!(
            !offered.iter().any(|w| w.contains("imsg-guide.")),
            "{line:?} offered file names: {offered:?}"
        );
    }
    assert!(words("imsg-guide validate ")
        .iter()
        .any(|w| w == "imsg-guide.fish"));
    let devices = words("imsg-guide signout --device ");
    for d in [
        "iphone",
        "ipad",
        "ipod",
        "mac",
        "web",
        "ios",
        "macos",
        "browser",
        "ipod-touch",
    ] {
        assert!(
            devices.iter().any(|c| c == d),
            "{d} missing from {devices:?}"
        );
    }
}

#[test]
fn zsh_loads_the_completion_script() {
    if !crate::have("zsh", "zsh_loads_the_completion_script") {
        return;
    }
    let out = shell(
        "zsh",
        &[
            "-f",
            "-c",
            "autoload -U compinit && compinit -u -D && source ./_imsg-guide && print -r -- $_comps[imsg-guide]",
        ],
    );
    assert_eq!(out.trim(), "_imsg-guide");
}

/// zsh completes what `_arguments` is told: a value spec with no action offers nothing,
/// `_files` offers file names. Only validate's paths and --guides-dir take files.
#[test]
fn zsh_offers_files_only_for_paths() {
    let script = stdout(&["completions", "zsh"]);
    for line in script.lines().filter(|l| l.contains("_files")) {
        assert!(
            line.contains("::paths") || line.contains("--guides-dir"),
            "{line}"
        );
    }
    assert_contains(&script, "VERSION:' \\");
    assert_contains(&script, "macos");
}

#[test]
fn man_page_renders_without_warnings_and_covers_the_tool() {
    if !crate::have(
        "groff",
        "man_page_renders_without_warnings_and_covers_the_tool",
    ) {
        return;
    }
    let page = stdout(&["man"]);
    let dir = std::env::temp_dir().join(format!("imsg-guide-man-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("imsg-guide.1");
    std::fs::write(&file, &page).unwrap();
    let out = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .arg(&file)
        .output()
        .expect("groff is needed for this test (.ci/run installs it)");
    std::fs::remove_dir_all(&dir).ok();
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && warnings.is_empty(),
        "groff: {warnings}"
    );
    let rendered = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "NAME",
        "SYNOPSIS",
        "COMMANDS",
        "imsg-guide signout",
        "--all-devices",
        "imsg-guide fix-signed-out",
        "imsg-guide completions",
        "EXIT STATUS",
        "ENVIRONMENT",
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "EXAMPLES",
        "SEE ALSO",
        "imsg-guide faq [QUERY...]",
        "imsg-guide search QUERY... [OPTIONS]",
        "imsg-guide show ID [OPTIONS]",
        "[--color WHEN]",
        "[--guides-dir DIR]",
        "imsg-guide help [COMMAND]",
        "PAGER",
    ] {
        assert_contains(&rendered, needle);
    }
    // The header's fields stay apart: the version is not read as the date.
    let header = rendered.lines().find(|l| !l.trim().is_empty()).unwrap();
    assert!(header.starts_with("IMSG-GUIDE(1)"), "{header}");
    assert_contains(header, "imsg-guide manual");
    let footer = rendered.lines().rfind(|l| !l.trim().is_empty()).unwrap();
    assert!(footer.starts_with("imsg-guide 0.1.0"), "{footer}");
}

#[test]
fn man_page_source_is_plain_roff() {
    let page = stdout(&["man"]);
    assert_lacks(&page, "`");
    let th = page.lines().find(|l| l.starts_with(".TH")).unwrap();
    assert_eq!(
        th,
        format!(
            ".TH IMSG\\-GUIDE 1 \"\" \"imsg\\-guide {}\" \"imsg\\-guide manual\"",
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_lacks(&page, "<subcommands>");
}
