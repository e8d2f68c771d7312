//! The man page, built from the clap definition plus the sections clap does not know:
//! each command's options, exit status, environment and examples.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_mangen::Man;
use roff::{bold, italic, roman, Inline, Roff};

use crate::cli::Cli;

const EXAMPLES: &[(&str, &str)] = &[
    (
        "imsg-guide signout -d iphone -o 18",
        "Sign out of iMessage on an iPhone running iOS 18.",
    ),
    (
        "imsg-guide signout --all-devices -d web",
        "Remove devices from the account on the Apple Account website.",
    ),
    (
        "imsg-guide signin -d mac",
        "Every Mac route, each labeled with the macOS versions it applies to.",
    ),
    (
        "imsg-guide fix-signed-out -d iphone -o 17.4 -f markdown --checklist",
        "A checklist to paste into a ticket.",
    ),
    (
        "imsg-guide deactivate -d ipad --json | jq -r '.guide.methods[0].steps[].text'",
        "The steps as plain lines, for a script.",
    ),
    (
        "imsg-guide signout -d iphone -o 17 --sources && imsg-guide sources V-iOS-1",
        "The steps with the facts each rests on, then where one of them comes from: its confidence, the Apple article and its URL.",
    ),
    (
        "imsg-guide completions bash > /etc/bash_completion.d/imsg-guide",
        "Install bash completions.",
    ),
];

pub fn render<W: Write>(out: &mut W) -> io::Result<()> {
    let cmd = Cli::command();
    let man = Man::new(cmd.clone()).manual("imsg-guide manual");
    let mut page = Vec::new();
    // clap_mangen leaves the date out, and the empty field collapses: the version would
    // read as the date. An explicit empty date keeps the fields in place.
    writeln!(
        page,
        ".TH IMSG\\-GUIDE 1 \"\" \"imsg\\-guide {}\" \"imsg\\-guide manual\"",
        env!("CARGO_PKG_VERSION")
    )?;
    man.render_name_section(&mut page)?;

    let mut roff = Roff::new();
    roff.control("SH", ["SYNOPSIS"]);
    let mut synopsis: Vec<Inline> = vec![bold("imsg-guide")];
    for arg in cmd
        .get_arguments()
        .filter(|a| a.get_long() != Some("version"))
    {
        synopsis.push(roman(" ["));
        synopsis.extend(flag_and_value(arg));
        synopsis.push(roman("]"));
    }
    synopsis.extend([
        roman(" "),
        italic("COMMAND"),
        roman(" ["),
        italic("ARGS"),
        roman("]"),
    ]);
    roff.text(synopsis);
    for sub in cmd.get_subcommands() {
        roff.control("br", []);
        roff.text(command_usage(sub));
    }
    roff.control("br", []);
    roff.text([
        bold("imsg-guide help"),
        roman(" ["),
        italic("COMMAND"),
        roman("]"),
    ]);
    roff.to_writer(&mut page)?;

    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    for sub in cmd.get_subcommands() {
        roff.control("TP", []).text(command_usage(sub));
        roff.text([roman(
            sub.get_about().map(|a| a.to_string()).unwrap_or_default(),
        )]);
        for arg in sub.get_arguments().filter(|a| !a.is_global_set()) {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            roff.control("RS", ["4"]);
            roff.control("TP", []).text(flag_and_value(arg));
            roff.text([roman(help)]);
            roff.control("RE", []);
        }
    }

    roff.control("SH", ["DEVICES AND VERSIONS"]);
    roff.text([roman(
        "DEVICE is iphone, ipad, ipod, mac or web (the Apple Account website); aliases: ios, ipados, ipod-touch, macos, osx, browser, website. \
         VERSION has one to three numeric parts (17, 17.4, 10.14.6) and needs --device, all of one OS family. \
         With --os the tool prints exactly that version's route and words; without it, every variant, labeled with its version range. \
         A version newer than the newest one the guides were verified on is answered with the newest known route and a note.",
    )]);

    roff.control("SH", ["CUSTOM GUIDES"]);
    roff.text([roman(
        "--guides-dir DIR (or IMSG_GUIDE_DIR) adds the guides in DIR, in the same schema as the built-in ones: imsg-guide schema guide prints that JSON Schema, and imsg-guide show ID --raw prints a built-in guide to start from. \
         The file name is the id: the guide with id ID is DIR/ID.json, and its id field must match. \
         A guide with a built-in id replaces that guide; a new id adds one, which list and show then include. \
         A command that prints one guide reads only its file; list and search read them all. \
         Guide files must be regular files of at most 1 MiB. \
         A problem in a file stops every command that reads it with exit status 2 and a path:line:column message; validate lists them all. \
         Text from custom guides is stripped of terminal control sequences before it is printed as text or Markdown; JSON keeps it exact.",
    )]);

    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        ("0", "The answer was printed. A closed pipe (imsg-guide signout | head -1) is a success too."),
        ("1", "Nothing matched: the filters leave no method (for example deactivate --device web)."),
        ("2", "Bad usage or input: unknown command or device, malformed version, a version the device cannot run, an invalid custom guide; for validate, any problem found; for fix-signed-out --interactive, answers on a pipe that it cannot read or understand."),
        ("130", "fix-signed-out --interactive was stopped with Ctrl-C, after the summary so far."),
    ] {
        roff.control("TP", []).text([bold(code)]).text([roman(meaning)]);
    }

    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in [
        ("NO_COLOR", "When set and not empty, text is not colored unless --color always is given."),
        ("CLICOLOR_FORCE", "When set and not 0, text is colored even when not written to a terminal (NO_COLOR wins)."),
        ("COLUMNS", "The width to wrap at on a terminal whose size cannot be read."),
        ("IMSG_GUIDE_DIR", "A folder of custom guides, as --guides-dir gives; the option wins. Empty is the same as unset."),
        ("PAGER", "The pager for long text on a terminal (see --paging); when unset or empty, less -FRX."),
    ] {
        roff.control("TP", []).text([bold(name)]).text([roman(meaning)]);
    }

    roff.control("SH", ["EXAMPLES"]);
    for (command, what) in EXAMPLES {
        roff.control("TP", []).text([roman(*what)]);
        roff.control("nf", [])
            .text([bold(*command)])
            .control("fi", []);
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([
        bold("less"),
        roman("(1), "),
        bold("jq"),
        roman("(1). "),
        bold("imsg-guide help"),
        roman(" "),
        italic("COMMAND"),
        roman(" for one command; "),
        bold("imsg-guide schema guide"),
        roman(" and "),
        bold("imsg-guide schema output"),
        roman(" for the JSON Schemas of guide files and of --json."),
    ]);
    roff.to_writer(&mut page)?;
    man.render_version_section(&mut page)?;
    out.write_all(&no_backticks(&String::from_utf8_lossy(&page)).into_bytes())
}

/// `imsg-guide show ID [OPTIONS]`, `imsg-guide faq [QUERY]...`: bold words, italic
/// placeholders, optional parts in brackets.
fn command_usage(sub: &clap::Command) -> Vec<Inline> {
    let mut usage: Vec<Inline> = vec![bold(format!("imsg-guide {}", sub.get_name()))];
    for arg in sub.get_positionals() {
        usage.push(roman(" "));
        usage.extend(flag_and_value(arg));
    }
    if sub.get_arguments().any(|a| !a.is_positional()) {
        usage.push(roman(" ["));
        usage.push(italic("OPTIONS"));
        usage.push(roman("]"));
    }
    usage
}

/// `-o, --os VERSION`, or for a positional `QUERY...`, in brackets when optional.
fn flag_and_value(arg: &clap::Arg) -> Vec<Inline> {
    let names = arg
        .get_value_names()
        .map(|n| {
            n.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
    let many = matches!(arg.get_num_args(), Some(r) if r.max_values() > 1);
    let value = if many { format!("{names}...") } else { names };
    if arg.is_positional() {
        return if arg.is_required_set() {
            vec![italic(value)]
        } else {
            vec![roman("["), italic(value), roman("]")]
        };
    }
    let mut flags = Vec::new();
    if let Some(short) = arg.get_short() {
        flags.push(format!("-{short}"));
    }
    if let Some(long) = arg.get_long() {
        flags.push(format!("--{long}"));
    }
    let mut inline = vec![bold(flags.join(", "))];
    if arg.get_action().takes_values() {
        inline.push(roman(" "));
        inline.push(italic(value));
    }
    inline
}

/// Help text marks commands with Markdown backticks, which roff would print as quotes:
/// a pair becomes bold, a lone one goes.
fn no_backticks(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        if line.matches('`').count() % 2 == 1 {
            out.push_str(&line.replace('`', ""));
            continue;
        }
        let mut open = false;
        for c in line.chars() {
            if c == '`' {
                out.push_str(if open { "\\fR" } else { "\\fB" });
                open = !open;
            } else {
                out.push(c);
            }
        }
    }
    out
}
