//! A fast path for the common command lines.
//!
//! clap builds its whole command tree on every run: `signout -d iphone -o 18` costs
//! about 200k instructions through this parser and about 1.15M through clap
//! (`-diphone -o18`, which only clap reads), more than twice the budget of a query. This
//! parser reads the usual shapes (`signout -d iphone -o 17 --json`) straight into the
//! same `Cli` value and answers `None` for anything else (help, errors, unusual
//! spellings), which then goes to clap. A test checks, over many generated command lines,
//! that whenever it answers, clap answers the same.

use std::ffi::OsString;

use clap::ValueEnum;

use crate::suggest::did_you_mean;

use crate::cli::{
    Cli, ColorWhen, Command, CompletionsArgs, DeviceArg, FaqArgs, Filters, FixArgs, Format,
    GlobalArgs, ListArgs, Paging, SchemaArgs, SchemaName, SearchArgs, ShowArgs, SignoutArgs,
    SourcesArgs,
};

/// What the fast path makes of a command line: the parsed value, or the most common
/// mistake, an unknown device, as the one-line error clap would also end in.
pub type Parsed = Result<Cli, String>;

/// Parses `args` (with the program name first) when it is sure clap would agree.
pub fn parse(args: &[OsString]) -> Option<Parsed> {
    let mut global = GlobalArgs {
        format: Format::Text,
        json: false,
        checklist: false,
        color: ColorWhen::Auto,
        guides_dir: None,
        width: None,
        sources: false,
        paging: Paging::Auto,
    };
    let (mut format_set, mut color_set, mut paging_set) = (false, false, false);
    let mut subcommand: Option<&str> = None;
    let mut devices = Vec::new();
    let mut os: Option<String> = None;
    let mut all_devices = false;
    let mut interactive = false;
    let mut raw = false;
    let mut bad_device: Option<String> = None;
    let mut ids = false;
    let mut positional: Option<&str> = None;
    let mut words: Vec<String> = Vec::new();
    let mut limit: Option<u16> = None;

    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let arg = arg.to_str()?;
        let (name, inline) = match arg.strip_prefix("--") {
            Some(long) => match long.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (long, None),
            },
            None if arg.starts_with('-') && arg.len() == 2 => (&arg[1..], None),
            None if arg.starts_with('-') => return None,
            None => {
                match subcommand {
                    None => subcommand = Some(arg),
                    Some("faq" | "search" | "sources") => words.push(arg.to_owned()),
                    Some("show" | "completions" | "schema") if positional.is_none() => {
                        positional = Some(arg)
                    }
                    Some(_) => return None,
                }
                continue;
            }
        };
        // An option's value: `--name=value` or the next argument, which must not look like
        // an option unless the option takes hyphen values.
        let mut value = |hyphens: bool| -> Option<&str> {
            match inline {
                Some(v) => Some(v),
                None => {
                    let v = iter.next()?.to_str()?;
                    (hyphens || !v.starts_with('-')).then_some(v)
                }
            }
        };
        let filters = matches!(
            subcommand,
            Some(
                "signin" | "signout" | "deactivate" | "fix-signed-out" | "show" | "search" | "faq"
            )
        );
        match name {
            "f" | "format" if !format_set => {
                global.format = Format::from_str(value(false)?, false).ok()?;
                format_set = true;
            }
            "json" if inline.is_none() && !global.json => global.json = true,
            "checklist" if inline.is_none() && !global.checklist => global.checklist = true,
            "sources" if inline.is_none() && !global.sources => global.sources = true,
            "color" if !color_set => {
                global.color = ColorWhen::from_str(value(false)?, false).ok()?;
                color_set = true;
            }
            "paging" if !paging_set => {
                global.paging = Paging::from_str(value(false)?, false).ok()?;
                paging_set = true;
            }
            "guides-dir" if global.guides_dir.is_none() => {
                // clap refuses an empty path.
                let dir = value(false).filter(|v| !v.is_empty())?;
                global.guides_dir = Some(dir.into());
            }
            "width" if global.width.is_none() => {
                let n: u16 = value(false)?.parse().ok()?;
                global.width = Some(n).filter(|n| (20..=1000).contains(n));
                global.width?;
            }
            "d" | "device" if filters => {
                for name in value(false)?.split(',') {
                    match DeviceArg::from_str(name, true) {
                        Ok(device) => devices.push(device),
                        // clap words an empty name its own way.
                        Err(_) if name.is_empty() => return None,
                        // clap reports a mistake later on the line first: read on.
                        Err(_) => {
                            bad_device.get_or_insert_with(|| unknown_device(name));
                        }
                    }
                }
            }
            "o" | "os" if filters && os.is_none() => os = Some(value(true)?.to_owned()),
            "n" | "limit" if subcommand == Some("search") && limit.is_none() => {
                limit = Some(value(false)?.parse().ok().filter(|&n| n >= 1)?);
            }
            "i" | "interactive"
                if subcommand == Some("fix-signed-out") && inline.is_none() && !interactive =>
            {
                interactive = true
            }
            "all-devices" if subcommand == Some("signout") && inline.is_none() && !all_devices => {
                all_devices = true
            }
            "raw" if subcommand == Some("show") && inline.is_none() && !raw => raw = true,
            "ids" if subcommand == Some("list") && inline.is_none() && !ids => ids = true,
            _ => return None,
        }
    }
    if global.json && (format_set || global.checklist) {
        return None;
    }

    let filters = Filters { devices, os };
    let command = match (subcommand?, positional) {
        ("signin", None) => Command::Signin(filters),
        ("signout", None) => Command::Signout(SignoutArgs {
            all_devices,
            filters,
        }),
        ("deactivate", None) => Command::Deactivate(filters),
        ("fix-signed-out", None) => Command::FixSignedOut(FixArgs {
            interactive,
            filters,
        }),
        ("list", None) => Command::List(ListArgs { ids }),
        ("faq", None) => Command::Faq(FaqArgs {
            query: words,
            filters,
        }),
        ("search", None) if !words.is_empty() => Command::Search(SearchArgs {
            query: words,
            limit: limit.unwrap_or(10),
            filters,
        }),
        ("man", None) => Command::Man,
        ("sources", None) => Command::Sources(SourcesArgs { ids: words }),
        ("show", Some(id)) => Command::Show(ShowArgs {
            id: id.to_owned(),
            raw,
            filters,
        }),
        ("schema", Some(which)) => Command::Schema(SchemaArgs {
            which: SchemaName::from_str(which, false).ok()?,
        }),
        ("completions", Some(shell)) => Command::Completions(CompletionsArgs {
            shell: clap_complete::Shell::from_str(shell, false).ok()?,
        }),
        _ => return None,
    };
    if let Some(message) = bad_device {
        return Some(Err(message));
    }
    Some(Ok(Cli { command, global }))
}

/// A global option set to one value before the subcommand and another after it, as one
/// line of error. clap takes the later value without a word, so `--json signout -f
/// markdown` would print one format while the line asks for two; given twice on one side,
/// clap already refuses.
pub fn global_twice(args: &[OsString]) -> Option<String> {
    // Options that take a value; a global one is named by its long name.
    fn takes_value(name: &str) -> bool {
        matches!(
            name,
            "f" | "format"
                | "color"
                | "guides-dir"
                | "width"
                | "d"
                | "device"
                | "o"
                | "os"
                | "n"
                | "limit"
        )
    }
    // A setting, with a value that compares equal however it was spelled.
    fn setting(name: &str, value: Option<&str>) -> Option<(&'static str, String)> {
        let value = value.unwrap_or_default();
        Some(match name {
            "f" | "format" => (
                "--format",
                Format::from_str(value, false)
                    .map(|f| format!("{f:?}").to_lowercase())
                    .unwrap_or_else(|_| value.to_owned()),
            ),
            "json" => ("--format", "json".to_owned()),
            "checklist" => ("--checklist", String::new()),
            "color" => ("--color", value.to_ascii_lowercase()),
            "guides-dir" => ("--guides-dir", value.to_owned()),
            "width" => (
                "--width",
                value
                    .parse::<u64>()
                    .map_or_else(|_| value.to_owned(), |n| n.to_string()),
            ),
            _ => return None,
        })
    }
    let mut subcommand: Option<String> = None;
    // (setting, value as given, after the subcommand?)
    let mut seen: Vec<(&'static str, String, String, bool)> = Vec::new();
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let (name, inline): (String, Option<String>) = if let Some(long) = arg.strip_prefix("--") {
            match long.split_once('=') {
                Some((n, v)) => (n.to_owned(), Some(v.to_owned())),
                None => (long.to_owned(), None),
            }
        } else if let Some(shorts) = arg.strip_prefix('-').filter(|s| !s.is_empty()) {
            // Flags run together, up to one that takes a value: `-if json`, `-fjson`.
            let Some((at, c)) = shorts
                .char_indices()
                .find(|&(_, c)| takes_value(&c.to_string()))
            else {
                continue;
            };
            let rest = &shorts[at + c.len_utf8()..];
            let rest = rest.strip_prefix('=').unwrap_or(rest);
            (c.to_string(), (!rest.is_empty()).then(|| rest.to_owned()))
        } else {
            if subcommand.is_none() {
                subcommand = Some(arg.into_owned());
            }
            continue;
        };
        let value = match inline {
            Some(v) => Some(v),
            None if takes_value(&name) => iter.next().map(|v| v.into_owned()),
            None => None,
        };
        let Some((key, normal)) = setting(&name, value.as_deref()) else {
            continue;
        };
        let shown = match (&*name, value) {
            ("json", _) => "--json".to_owned(),
            ("checklist", _) => "--checklist".to_owned(),
            (n, Some(v)) if n.len() == 1 => format!("-{n} {v}"),
            (n, Some(v)) => format!("--{n} {v}"),
            (n, None) => format!("--{n}"),
        };
        let after = subcommand.is_some();
        if let Some((_, _, first, _)) = seen
            .iter()
            .find(|(k, v, _, side)| *k == key && *v != normal && *side != after)
        {
            let sub = subcommand.as_deref().unwrap_or_default();
            return Some(format!(
                "`{first}` before `{sub}` and `{shown}` after it disagree; give {key} once"
            ));
        }
        seen.push((key, normal, shown, after));
    }
    None
}

/// The error for an unknown device, with the nearest name: a typo here is the mistake
/// people make most, and clap would build its whole command tree to say the same.
fn unknown_device(name: &str) -> String {
    let names = DeviceArg::value_variants()
        .iter()
        .filter_map(|d| d.to_possible_value())
        .map(|v| v.get_name().to_owned())
        .collect::<Vec<String>>();
    let hint = did_you_mean(name, names.iter().map(String::as_str))
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default();
    format!(
        "invalid value '{name}' for '--device <DEVICE>'{hint} (valid values: {})",
        names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    const TOKENS: &[&str] = &[
        "signin",
        "signout",
        "deactivate",
        "fix-signed-out",
        "list",
        "show",
        "completions",
        "man",
        "help",
        "Signout",
        "-d",
        "--device",
        "--device=ipad",
        "-dmac",
        "iphone",
        "IPAD",
        "ios",
        "ipod-touch",
        "web",
        "bogus",
        "-o",
        "--os",
        "--os=17",
        "17",
        "10.2",
        "-1",
        "",
        "abc",
        "--all-devices",
        "--all-devices=true",
        "--json",
        "-f",
        "--format",
        "--format=markdown",
        "markdown",
        "md",
        "json",
        "text",
        "--color",
        "always",
        "never",
        "--color=auto",
        "--guides-dir",
        "--guides-dir=x",
        "validate",
        "faq",
        "search",
        "delete",
        "-n",
        "--limit",
        "3",
        "0",
        "--width",
        "--width=80",
        "80",
        "5",
        "--checklist",
        "sources",
        "--sources",
        "--sources=true",
        "S0-8",
        "v-ios-2",
        "--interactive",
        "-i",
        "-h",
        "--help",
        "-V",
        "--",
        "bash",
        "fish",
        "zsh",
        "signout",
        "x",
        "-x",
        "--os=",
        "fix-signed-out",
        "iphone,mac",
        "mac,nokia",
        "iphon",
        "--device=ipad,",
        "--paging",
        "--paging=never",
        "always",
        "--raw",
        "--ids",
        "schema",
        "guide",
        "output",
        "help",
    ];

    /// Whether the fast path answered (and so was compared with clap).
    fn check(words: &[&str]) -> bool {
        let args: Vec<OsString> = std::iter::once("imsg-guide")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect();
        let Some(fast) = parse(&args) else {
            return false;
        };
        match (fast, Cli::try_parse_from(&args)) {
            (Ok(fast), Ok(clap)) => {
                assert_eq!(fast, clap, "{words:?}");
                true
            }
            (Ok(_), Err(e)) => panic!("{words:?}: fast path accepted what clap rejects: {e}"),
            (Err(fast), Ok(_)) => panic!("{words:?}: fast path rejects what clap accepts: {fast}"),
            // The same message, whichever side answers.
            (Err(fast), Err(clap)) => {
                assert_eq!(fast, crate::one_line(&clap), "{words:?}");
                true
            }
        }
    }

    #[test]
    fn agrees_with_clap_on_every_short_command_line() {
        let mut compared = 0;
        for a in TOKENS {
            compared += usize::from(check(&[a]));
            for b in TOKENS {
                compared += usize::from(check(&[a, b]));
            }
        }
        assert!(compared > 100, "only {compared} lines took the fast path");
    }

    #[test]
    fn agrees_with_clap_on_random_command_lines() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut compared = 0;
        for _ in 0..60_000 {
            let len = 1 + (next() % 7) as usize;
            let words: Vec<&str> = (0..len)
                .map(|_| TOKENS[(next() % TOKENS.len() as u64) as usize])
                .collect();
            compared += usize::from(check(&words));
        }
        assert!(compared > 1000, "only {compared} lines took the fast path");
    }

    #[test]
    fn takes_the_common_shapes() {
        for line in [
            "signout -d iphone -o 17",
            "signout --device=ipad --os 18.1 --json",
            "--json signout --all-devices -d web",
            "fix-signed-out -f markdown --checklist -d iphone",
            "signin -d mac -d iphone --color always --width 72",
            "show signout -o 17 -d ios",
            "list --format json",
            "completions fish",
            "man",
            "signout -o -1 -d iphone",
            "--guides-dir guides signout",
            "search singout -d iphone -n 3",
            "faq delete messages --json",
            "sources S0-8 V-iOS-2 -f markdown",
            "sources",
            "signout -d iphone --sources",
            "faq",
            "signout -d iphone,mac --paging never",
            "show signin --raw",
            "list --ids",
            "schema output",
        ] {
            let args: Vec<OsString> = std::iter::once("imsg-guide")
                .chain(line.split(' '))
                .map(OsString::from)
                .collect();
            assert!(matches!(parse(&args), Some(Ok(_))), "{line}");
            assert!(check(&line.split(' ').collect::<Vec<_>>()));
        }
    }
}
