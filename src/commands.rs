//! One function per command; `run` dispatches on the resolved command.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::catalog::{all_built_in, Catalog, Entry, Origin};
use crate::cli::{Config, Format, Request, Task};
use crate::error::Error;
use crate::error::ExitCode;
use crate::facts::{self, Fact};
use crate::faq::{self, Faq};
use crate::filter::{outside_coverage, select, Audience, Query};
use crate::find;
use crate::guide::{Job, Scope};
use crate::render::{self, GuideAnswer, Output, Stdout};
use crate::search::Matcher;
use crate::suggest::did_you_mean;
use crate::validate;
use crate::walk;

pub fn run(request: &Request) -> Result<ExitCode, Error> {
    let Request {
        command,
        query,
        config,
    } = request;
    match command {
        Task::Job(job, scope) => {
            let entry = job_guide(*job, config)?;
            guide(entry, job.name(), Some(*scope), query, config)
        }
        Task::Walk => walk::run(
            job_guide(Job::FixSignedOut, config)?.guide,
            query.clone(),
            config,
        ),
        Task::Faq(text) => faq(text, query, config),
        Task::Search { text, limit } => search(text, *limit, query, config),
        Task::List { ids } => list(*ids, config),
        Task::Show { id, raw } => show(id, *raw, query, config),
        Task::Validate(paths) => validate(paths, config),
        Task::Sources(ids) => sources(ids, config),
        Task::Completions(shell) => print(config, |out| {
            out.write_all(&crate::completions::script(*shell))
        }),
        Task::Man => print(config, crate::man::render),
        Task::Schema(schema) => print(config, |out| out.write_all(schema().as_bytes())),
    }
}

/// The guide a job's command prints: the built-in one, or a custom one with its id.
fn job_guide(job: Job, config: &Config) -> Result<Entry, Error> {
    Catalog::one(config.guides_dir.as_deref(), job.name())?
        .ok_or_else(|| Error::Usage(format!("no guide for `{job}`")))
}

/// A guide narrowed to the query: a job's in its `scope`, or for `show` in every scope.
fn guide(
    entry: Entry,
    command: &'static str,
    scope: Option<Scope>,
    query: &Query,
    config: &Config,
) -> Result<ExitCode, Error> {
    let guide = entry.guide;
    let answer = GuideAnswer {
        command,
        scope,
        guide,
        sections: select(guide, query, scope),
        query,
        built_in: entry.origin == Origin::BuiltIn,
    };
    let empty = answer.sections.is_empty().then(|| no_steps(&answer));
    print_answer(config, empty, Output::Guide(&answer))
}

/// Why a guide has nothing for the query, with the other scope's command when that has.
fn no_steps(answer: &GuideAnswer) -> String {
    let (guide, query) = (answer.guide, answer.query);
    let Some(scope) = answer.scope else {
        return outside_coverage(guide, query).unwrap_or_else(|| {
            format!("guide `{}` has no steps for {}", guide.id, query.describe())
        });
    };
    let job = answer.command;
    let (other, flag) = match scope {
        Scope::Device => (Scope::AllDevices, ""),
        Scope::AllDevices => (Scope::Device, " --all-devices"),
    };
    let hint = if select(guide, query, Some(other)).is_empty() {
        String::new()
    } else if other == Scope::AllDevices {
        format!(
            "; to sign out everywhere from there, run `imsg-guide {job} --all-devices{}`",
            query.as_args()
        )
    } else {
        format!(
            "; without --all-devices, run `imsg-guide {job}{}`",
            query.as_args()
        )
    };
    match outside_coverage(guide, query) {
        Some(reason) => format!("{reason}{hint}"),
        None => format!("`{job}{flag}` has no steps for {}{hint}", query.describe()),
    }
}

fn show(id: &str, raw: bool, query: &Query, config: &Config) -> Result<ExitCode, Error> {
    let typed = id;
    let id = typed.trim().to_ascii_lowercase();
    let dir = config.guides_dir.as_deref();
    let Some(entry) = Catalog::one(dir, &id)? else {
        // Search results name questions by id too: print the question asked for.
        if let Some(question) = faq::builtins().iter().find(|f| f.id == id) {
            return print_answer(config, None, Output::Faqs(&[question], ""));
        }
        let ids = Catalog::ids(dir);
        let hint = did_you_mean(&id, ids.iter().map(String::as_str))
            .map(|s| format!("did you mean `{s}`? "))
            .unwrap_or_default();
        return Err(Error::Usage(format!(
            "no guide has the id `{typed}`; {hint}run `imsg-guide list` to see them all"
        )));
    };
    if !raw {
        return guide(entry, "show", None, query, config);
    }
    // The guide file as written: the built-in one embedded in the binary, or the custom
    // file it was read from, to copy and edit into a custom guide.
    let text = match &entry.origin {
        Origin::BuiltIn => crate::files::guide_file(&id)
            .ok_or_else(|| Error::Usage(format!("the built-in guide `{id}` has no file")))?,
        Origin::File(path) => crate::guide_file::read(std::path::Path::new(path))
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .map_err(|e| Error::Usage(format!("{path}: cannot read: {e}")))?,
    };
    print(config, |out| out.write_all(text.as_bytes()))
}

fn list(ids: bool, config: &Config) -> Result<ExitCode, Error> {
    let catalog = Catalog::load(config.guides_dir.as_deref())?;
    let entries = catalog.entries();
    if ids {
        return print(config, |out| {
            entries
                .iter()
                .try_for_each(|e| writeln!(out, "{}", e.guide.id))
        });
    }
    print_answer(config, None, Output::List(entries))
}

/// Every question, or with words, the ones that match them best first; a question's id
/// prints that question. Only the questions that apply to the devices and version asked
/// for.
fn faq(text: &str, query: &Query, config: &Config) -> Result<ExitCode, Error> {
    let audience = Audience::of_answer(query, &[]);
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
    let empty = entries.is_empty().then(|| {
        format!(
            "no question matches `{text}`; run `imsg-guide faq` to see them all, or `imsg-guide search {text}`"
        )
    });
    print_answer(config, empty, Output::Faqs(&entries, text))
}

fn search(text: &str, limit: usize, query: &Query, config: &Config) -> Result<ExitCode, Error> {
    let catalog = Catalog::load(config.guides_dir.as_deref())?;
    let matcher = Matcher::new(text);
    // People read one entry per guide with its best pieces under it; programs get the
    // pieces, best first.
    let grouped = config.format != Format::Json;
    let found = find::search(&matcher, query, &catalog, limit, grouped);
    let empty = found.is_empty().then(|| {
        let narrowed = if query.devices.is_empty() {
            String::new()
        } else {
            format!(" for {}", query.describe())
        };
        format!(
            "nothing matches `{text}`{narrowed}; try other or fewer words, or `imsg-guide list`"
        )
    });
    let results = Output::Results {
        text,
        query,
        matcher: &matcher,
        found: &found,
        groups: &find::entries(&found, &catalog, limit),
        built_in: all_built_in(catalog.entries()),
    };
    print_answer(config, empty, results)
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
    match render::print(config, false, &Output::Problems(&problems, paths)) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(status),
        written => Ok(written.map(|_| status)?),
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
    render::print(config, false, &Output::Facts(&asked))?;
    Ok(ExitCode::Success)
}

/// Prints an answer people read, through the pager when the config pages. With `empty`
/// nothing matched: exit 1 with that reason on stderr, and for programs a JSON document
/// all the same, with an empty list where the answers would be.
fn print_answer(config: &Config, empty: Option<String>, answer: Output) -> Result<ExitCode, Error> {
    let write = |page| render::print(config, page, &answer);
    let Some(message) = empty else {
        write(true)?;
        return Ok(ExitCode::Success);
    };
    if config.format == Format::Json {
        write(false)?;
    }
    Err(Error::NoMatch(message))
}

/// Writes to stdout, never paged.
fn print(
    config: &Config,
    f: impl FnOnce(&mut Stdout) -> io::Result<()>,
) -> Result<ExitCode, Error> {
    render::write(config, false, false, f)?;
    Ok(ExitCode::Success)
}
