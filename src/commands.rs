//! One function per command; `run` dispatches on the parsed command.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::catalog::{Catalog, Entry, Origin};
use crate::cli::{Command, Filters, Format, SchemaName, SearchArgs, ShowArgs};
use crate::config::Config;
use crate::device::Device;
use crate::error::Error;
use crate::exit_codes::ExitCode;
use crate::facts::{self, Fact};
use crate::faq::{self, Faq};
use crate::filter::{select, Query};
use crate::find;
use crate::guide::{Job, Scope};
use crate::render::{self, GuideAnswer};
use crate::sanitize::{self, for_terminal};
use crate::search::Matcher;
use crate::suggest::did_you_mean;
use crate::validate;
use crate::walk;

pub fn run(command: &Command, config: &Config) -> Result<ExitCode, Error> {
    match command {
        Command::Signin(filters) => job(Job::Signin, filters, Scope::Device, config),
        Command::Signout(args) => {
            let scope = if args.all_devices {
                Scope::AllDevices
            } else {
                Scope::Device
            };
            job(Job::Signout, &args.filters, scope, config)
        }
        Command::Deactivate(filters) => job(Job::Deactivate, filters, Scope::Device, config),
        Command::FixSignedOut(args) if args.interactive => interactive(&args.filters, config),
        Command::FixSignedOut(args) => job(Job::FixSignedOut, &args.filters, Scope::Device, config),
        Command::Faq(args) => faq(&args.query.join(" "), &args.filters, config),
        Command::Search(args) => search(args, config),
        Command::List(args) if args.ids => {
            let catalog = Catalog::load(config.guides_dir.as_deref())?;
            write_out(config, |out| {
                catalog
                    .entries()
                    .iter()
                    .try_for_each(|e| writeln!(out, "{}", e.guide.id))
            })
        }
        Command::List(_) => list(config),
        Command::Show(args) => show(args, config),
        Command::Validate(args) => validate(&args.paths, config),
        Command::Sources(args) => sources(&args.ids, config),
        Command::Completions(args) => {
            let script = crate::completions::script(args.shell);
            write_out(config, |out| out.write_all(&script))
        }
        Command::Man => write_out(config, crate::man::render),
        Command::Schema(args) => {
            let schema = match args.which {
                SchemaName::Guide => crate::layout::guide_schema(),
                SchemaName::Output => crate::layout::output_schema(),
            };
            write_out(config, |out| out.write_all(schema.as_bytes()))
        }
    }
}

/// The guide a job's command prints: the built-in one, or a custom one with its id.
fn job_guide(job: Job, config: &Config) -> Result<Entry, Error> {
    Catalog::one(config.guides_dir.as_deref(), job.name())?
        .ok_or_else(|| Error::Usage(format!("no guide for `{job}`")))
}

/// The four core jobs: the guide named after the command, narrowed to the filters.
fn job(job: Job, filters: &Filters, scope: Scope, config: &Config) -> Result<ExitCode, Error> {
    let query = Query::new(filters)?;
    let entry = job_guide(job, config)?;
    let guide = entry.guide;
    let answer = GuideAnswer {
        command: job.name(),
        scope: Some(scope),
        guide,
        sections: select(guide, &query, Some(scope)),
        query: &query,
        built_in: entry.origin == Origin::BuiltIn,
    };
    if answer.sections.is_empty() {
        let other = match scope {
            Scope::Device => Scope::AllDevices,
            Scope::AllDevices => Scope::Device,
        };
        let hint = if select(guide, &query, Some(other)).is_empty() {
            String::new()
        } else if other == Scope::AllDevices {
            format!(
                "; to sign out everywhere from there, run `imsg-guide {job} --all-devices{}`",
                filter_args(&query)
            )
        } else {
            format!(
                "; without --all-devices, run `imsg-guide {job}{}`",
                filter_args(&query)
            )
        };
        let message = match crate::filter::outside_coverage(guide, &query) {
            Some(reason) => format!("{reason}{hint}"),
            None => format!(
                "`{job}{}` has no steps for {}{hint}",
                if scope == Scope::AllDevices {
                    " --all-devices"
                } else {
                    ""
                },
                describe(&query)
            ),
        };
        return no_match(message, config, |out| {
            render::json::guide(out, &answer, config)
        });
    }
    print_guide(answer, config)
}

fn show(args: &ShowArgs, config: &Config) -> Result<ExitCode, Error> {
    let query = Query::new(&args.filters)?;
    let id = args.id.trim().to_ascii_lowercase();
    let dir = config.guides_dir.as_deref();
    let Some(entry) = Catalog::one(dir, &id)? else {
        // Search results name questions by id too: print the question asked for.
        if let Some(question) = faq::builtins().iter().find(|f| f.id == id) {
            return print_faqs(&[question], "", config);
        }
        let ids = Catalog::ids(dir);
        let hint = did_you_mean(&id, ids.iter().map(String::as_str))
            .map(|s| format!("did you mean `{s}`? "))
            .unwrap_or_default();
        return Err(Error::Usage(format!(
            "no guide has the id `{}`; {hint}run `imsg-guide list` to see them all",
            args.id
        )));
    };
    if args.raw {
        return raw_guide(&id, &entry.origin, config);
    }
    let guide = entry.guide;
    let answer = GuideAnswer {
        command: "show",
        scope: None,
        guide,
        sections: select(guide, &query, None),
        query: &query,
        built_in: entry.origin == Origin::BuiltIn,
    };
    if answer.sections.is_empty() {
        let message = crate::filter::outside_coverage(guide, &query)
            .unwrap_or_else(|| format!("guide `{id}` has no steps for {}", describe(&query)));
        return no_match(message, config, |out| {
            render::json::guide(out, &answer, config)
        });
    }
    print_guide(answer, config)
}

/// The guide file as written: the built-in one embedded in the binary, or the custom file
/// it was read from, to copy and edit into a custom guide.
fn raw_guide(id: &str, origin: &Origin, config: &Config) -> Result<ExitCode, Error> {
    let text = match origin {
        Origin::BuiltIn => crate::layout::guide_file(id)
            .ok_or_else(|| Error::Usage(format!("the built-in guide `{id}` has no file")))?,
        Origin::File(path) => crate::guide_file::read(std::path::Path::new(path))
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .map_err(|e| Error::Usage(format!("{path}: cannot read: {e}")))?,
    };
    write_out(config, |out| out.write_all(text.as_bytes()))
}

fn list(config: &Config) -> Result<ExitCode, Error> {
    let catalog = Catalog::load(config.guides_dir.as_deref())?;
    let entries = catalog.entries();
    write_answer(config, |out| match config.format {
        Format::Text => render::text::list(out, entries, config),
        Format::Markdown => render::markdown::list(out, entries),
        Format::Json => render::json::list(out, entries, config),
    })
}

/// The guided diagnosis: questions on the terminal (or lines on standard input), the
/// fixes they point at, and a summary.
fn interactive(filters: &Filters, config: &Config) -> Result<ExitCode, Error> {
    let query = Query::new(filters)?;
    let guide = job_guide(Job::FixSignedOut, config)?.guide;
    walk::run(guide, query, config)
}

/// Every question, or with words, the ones that match them best first.
/// The questions that match `text` (all of them without), and that apply to the devices
/// and version asked for; a question's id prints that question.
fn faq(text: &str, filters: &Filters, config: &Config) -> Result<ExitCode, Error> {
    let query = Query::new(filters)?;
    let audience = crate::filter::Audience::of_answer(&query, &[]);
    let exact = faq::builtins().iter().find(|f| f.id == text.trim());
    let entries: Vec<&Faq> = if text.trim().is_empty() {
        faq::builtins().iter().collect()
    } else if let Some(question) = exact {
        vec![question]
    } else {
        find::faq(text)
            .into_iter()
            .filter_map(|doc| doc.faq())
            .collect()
    };
    let entries: Vec<&Faq> = entries
        .into_iter()
        .filter(|f| audience.narrow(*f).is_some())
        .collect();
    if entries.is_empty() {
        let message = format!(
            "no question matches `{text}`; run `imsg-guide faq` to see them all, or `imsg-guide search {text}`"
        );
        return no_match(message, config, |out| {
            render::json::faqs(out, &[], text, config)
        });
    }
    print_faqs(&entries, text, config)
}

fn print_faqs(entries: &[&Faq], text: &str, config: &Config) -> Result<ExitCode, Error> {
    write_answer(config, |out| match config.format {
        Format::Text => render::text::faqs(out, entries, text, config),
        Format::Markdown => render::markdown::faqs(out, entries, config),
        Format::Json => render::json::faqs(out, entries, text, config),
    })
}

fn search(args: &SearchArgs, config: &Config) -> Result<ExitCode, Error> {
    let query = Query::new(&args.filters)?;
    let text = args.query.join(" ");
    let catalog = Catalog::load(config.guides_dir.as_deref())?;
    let matcher = Matcher::new(&text);
    let limit = usize::from(args.limit);
    // People read one entry per guide with its best pieces under it; programs get the
    // pieces, best first.
    let grouped = config.format != Format::Json;
    let found = find::search(&text, &matcher, &query, &catalog, limit, grouped);
    if found.is_empty() {
        let narrowed = if query.devices.is_empty() {
            String::new()
        } else {
            format!(" for {}", describe(&query))
        };
        let message = format!(
            "nothing matches `{text}`{narrowed}; try other or fewer words, or `imsg-guide list`"
        );
        return no_match(message, config, |out| {
            render::json::results(out, &found, &text, &query, config)
        });
    }
    let entries = find::entries(&found, &catalog, limit);
    write_answer(config, |out| match config.format {
        Format::Text => render::text::results(out, &entries, &matcher, config),
        Format::Markdown => render::markdown::results(out, &entries, &matcher),
        Format::Json => render::json::results(out, &found, &text, &query, config),
    })
}

/// Lints guide files: every problem on its own line, exit 2 when there is any, even when
/// the output pipe closed early: `validate guides/ | head` under `pipefail` must not pass
/// broken guides.
fn validate(paths: &[PathBuf], config: &Config) -> Result<ExitCode, Error> {
    let problems = validate::validate_paths(paths, validate::FACT_IDS);
    let status = if problems.is_empty() {
        ExitCode::Success
    } else {
        ExitCode::BadInput
    };
    let written = write_out(config, |out| match config.format {
        Format::Json => render::json::problems(out, &problems, paths, config),
        Format::Text | Format::Markdown => {
            for p in &problems {
                writeln!(out, "{}", for_terminal(&p.to_string()))?;
            }
            Ok(())
        }
    });
    match written {
        Err(e) if e.is_broken_pipe() => Ok(status),
        written => written.map(|_| status),
    }
}

/// Where the facts come from: those asked for, in that order, or every one. Ids may come
/// as the text output prints them, `[S0-8, V-iOS-1]`.
fn sources(ids: &[String], config: &Config) -> Result<ExitCode, Error> {
    let mut asked: Vec<Fact> = Vec::new();
    for typed in ids.iter().flat_map(|arg| arg.split([',', ' '])) {
        if typed.trim_matches(['[', ']']).is_empty() {
            continue;
        }
        let Some(fact) = facts::find(typed) else {
            let hint = facts::nearest(typed.trim_matches(['[', ']']))
                .map(|s| format!("did you mean `{s}`? "))
                .unwrap_or_default();
            return Err(Error::Usage(format!(
                "no fact has the id `{typed}`; {hint}run `imsg-guide sources` to list them all"
            )));
        };
        if !asked.iter().any(|f| f.id == fact.id) {
            asked.push(fact);
        }
    }
    if asked.is_empty() {
        asked = facts::all().collect();
    }
    write_out(config, |out| match config.format {
        Format::Text => render::text::facts(out, &asked, config),
        Format::Markdown => render::markdown::facts(out, &asked),
        Format::Json => render::json::facts(out, &asked, config),
    })
}

fn print_guide(answer: GuideAnswer, config: &Config) -> Result<ExitCode, Error> {
    write_answer(config, |out| match config.format {
        Format::Text => render::text::guide(out, &answer, config),
        Format::Markdown => render::markdown::guide(out, &answer, config),
        Format::Json => render::json::guide(out, &answer, config),
    })
}

/// Nothing matched: exit 1 with the reason on stderr, and for programs a JSON document
/// all the same, with an empty list where the answers would be.
fn no_match(
    message: String,
    config: &Config,
    json: impl FnOnce(&mut Out) -> io::Result<()>,
) -> Result<ExitCode, Error> {
    if config.format == Format::Json {
        write_out(config, json)?;
    }
    Err(Error::NoMatch(message))
}

/// The buffer every answer is rendered into, whole, before it is filtered and written.
type Out = Vec<u8>;

/// Writes an answer people read: through the pager when the config pages (only ever on a
/// terminal), otherwise straight to stdout as `write_out` does. The answer is rendered
/// once, in one place, so the renderers are built into the binary once.
fn write_answer(
    config: &Config,
    f: impl FnOnce(&mut Out) -> io::Result<()>,
) -> Result<ExitCode, Error> {
    let Some(paging) = config.paging else {
        return write_out(config, f);
    };
    let mut out = Vec::with_capacity(16 * 1024);
    f(&mut out)?;
    crate::pager::write(&out, paging, config.color)?;
    Ok(ExitCode::Success)
}

/// Renders into a buffer, then filters it for the terminal and writes it to stdout in
/// one piece (see `sanitize::write_stdout`); a closed pipe surfaces as an error `main`
/// treats as success.
fn write_out(
    config: &Config,
    f: impl FnOnce(&mut Out) -> io::Result<()>,
) -> Result<ExitCode, Error> {
    let mut out = Vec::with_capacity(16 * 1024);
    f(&mut out)?;
    sanitize::write_stdout(&out, config.color, config.format == Format::Json)?;
    Ok(ExitCode::Success)
}

/// "iPhone on iOS 17", "the Apple Account website", "Mac".
pub(crate) fn describe(query: &Query) -> String {
    let names: Vec<&str> = query
        .devices()
        .iter()
        .map(|d| match d {
            Device::Web => "the Apple Account website",
            d => d.name(),
        })
        .collect();
    let mut s = names.join(" or ");
    if let (Some(v), Some(family)) = (query.os, query.family()) {
        s.push_str(&format!(" on {} {v}", family.name()));
    }
    s
}

/// The filters as command-line options, for hints that suggest another command.
fn filter_args(query: &Query) -> String {
    let mut s = String::new();
    for d in &query.devices {
        s.push_str(" -d ");
        s.push_str(d.id());
    }
    if let Some(os) = query.os {
        s.push_str(&format!(" -o {os}"));
    }
    s
}
