//! Shell completion scripts, generated from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The script for `shell`, as bytes: clap_complete panics on a failed write, so it writes
/// to memory and the caller copies that to stdout, where a closed pipe is harmless.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "imsg-guide", &mut script);
    match shell {
        Shell::Bash => bash(&String::from_utf8_lossy(&script)).into_bytes(),
        Shell::Fish => {
            // clap_complete counts the word `help` itself as a command already given, so
            // `imsg-guide help <Tab>` offered nothing.
            let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
            let guard = format!(
                "__fish_imsg_guide_using_subcommand help; and not __fish_seen_subcommand_from {}",
                names.join(" ")
            );
            let fixed = guard.strip_suffix(" help").unwrap_or(&guard);
            let mut text = String::from_utf8_lossy(&script).replace(&guard, fixed);
            text.push_str(&fish_positionals(&command));
            text.into_bytes()
        }
        _ => script,
    }
}

/// Two fixes to clap_complete's bash script.
fn bash(script: &str) -> String {
    // It names the subcommand cases `imsg__subcmd__guide__subcmd__X` but dispatches on
    // `imsg__guide__subcmd__X` when the binary name has a hyphen, so no subcommand's
    // options or values would complete.
    let script = script.replace("imsg__subcmd__guide__subcmd__", "imsg__guide__subcmd__");
    // It registers with `-o default`, so a word nothing matches (a search word, a
    // version) completes as a file name. Only `validate` takes files; `--guides-dir` adds
    // folders itself.
    let mut out = String::with_capacity(script.len() + 4096);
    for line in script.lines() {
        out.push_str(line);
        out.push('\n');
        let case = line.trim();
        let is_case = case.ends_with(')')
            && (case == "imsg__guide)" || case.starts_with("imsg__guide__subcmd__"))
            && !case.contains(' ')
            && !case.contains(',');
        if line.starts_with("        imsg__guide") && is_case && !case.contains("validate") {
            out.push_str(
                "            [[ \"${BASH_VERSINFO[0]}\" -ge 4 ]] && compopt +o default +o bashdefault 2>/dev/null\n",
            );
        }
    }
    out
}

/// clap_complete's fish script completes options and commands but not positional
/// arguments, so fish offers file names there. Guide ids after `show`, shells after
/// `completions`, schema names after `schema`; nothing at all after `faq` and `search`
/// or a command without arguments. Only `validate` keeps fish's file names.
fn fish_positionals(command: &clap::Command) -> String {
    let mut out = String::from("\n# Positional arguments.\n");
    for sub in command.get_subcommands() {
        let name = sub.get_name();
        let condition = format!("__fish_imsg_guide_using_subcommand {name}");
        let positionals: Vec<&clap::Arg> = sub.get_positionals().collect();
        let takes_files = positionals.iter().any(|a| {
            matches!(
                a.get_value_hint(),
                clap::ValueHint::AnyPath | clap::ValueHint::FilePath | clap::ValueHint::DirPath
            ) || a.get_value_parser().type_id() == clap::builder::ValueParser::path_buf().type_id()
        });
        if takes_files {
            continue;
        }
        let values: Vec<String> = positionals
            .iter()
            .flat_map(|a| a.get_possible_values())
            .filter(|v| !v.is_hide_set())
            .map(|v| match v.get_help() {
                Some(help) => format!(
                    "{}\\t'{}'",
                    v.get_name(),
                    help.to_string().replace('\'', "\\'")
                ),
                None => v.get_name().to_owned(),
            })
            .collect();
        if values.is_empty() {
            out.push_str(&format!("complete -c imsg-guide -n \"{condition}\" -f\n"));
        } else {
            out.push_str(&format!(
                "complete -c imsg-guide -n \"{condition}\" -f -a \"{}\"\n",
                values.join("\n")
            ));
        }
    }
    out
}
