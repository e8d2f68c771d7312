//! JSON for programs: one document per run, described by `schema/output.schema.json`.
//! Never colored, never wrapped.

use std::borrow::Cow;
use std::io;
use std::path::PathBuf;

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::catalog::{Entry, Origin};
use crate::cli::Config;
use crate::device::{range_label, Device};
use crate::facts::{Cited, Fact, FactSet};
use crate::faq::Faq;
use crate::filter::Query as FilterQuery;
use crate::filter::{coverage, Audience, Section};
use crate::find::Found;
use crate::guide::{Job, Remark, Scope, Text};
use crate::render::json_writer;
use crate::render::range_words;
use crate::render::{GuideAnswer, Stdout};
use crate::transcript::Transcript;
use crate::validate::Problem;
use crate::version::{Range, Version};

/// Bumped when a field changes meaning or goes away; new fields keep the version.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a, B: Serialize> {
    schema_version: u32,
    query: Query<'a>,
    #[serde(flatten)]
    body: B,
}

/// What was asked, as the tool understood it.
#[derive(Serialize)]
pub struct Query<'a> {
    pub command: &'a str,
    /// The devices considered: those asked for, or every device.
    pub devices: &'a [Device],
    pub os: Option<Version>,
    pub scope: Option<Scope>,
    pub id: Option<&'a str>,
    pub text: Option<&'a str>,
}

impl<'a> Query<'a> {
    /// What `command` was asked, for no device or version in particular.
    fn of(command: &'a str) -> Query<'a> {
        Query {
            command,
            devices: &[],
            os: None,
            scope: None,
            id: None,
            text: None,
        }
    }
}

#[derive(Serialize)]
struct GuideBody<'a> {
    guide: GuideJson<'a>,
    sources: Citations,
}

/// The facts an answer cites, keyed by id, each with its confidence and citations, so a
/// program can show where a step comes from without asking again.
struct Citations(FactSet);

impl Citations {
    fn of<'a>(lists: impl IntoIterator<Item = &'a [Text]>) -> Citations {
        let mut set = FactSet::new();
        for id in lists.into_iter().flatten() {
            set.insert(id);
        }
        Citations(set)
    }
}

impl Serialize for Citations {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for fact in self.0.iter() {
            map.serialize_entry(fact.id(), &CitedJson(&fact))?;
        }
        map.end()
    }
}

/// A fact as an answer cites it: how sure it is and where to read it; `sources ID --json`
/// gives the rest (what it says, corrections, the citations' parts).
struct CitedJson<'a>(&'a Cited);

impl Serialize for CitedJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut fact = serializer.serialize_struct("Cited", 2)?;
        fact.serialize_field("confidence", &self.0.confidence())?;
        fact.serialize_field("citations", &CitedSources(self.0))?;
        fact.end()
    }
}

struct CitedSources<'a>(&'a Cited);

impl Serialize for CitedSources<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.0
                .citations()
                .map(|(c, title)| CitedSource { title, url: &c.url }),
        )
    }
}

#[derive(Serialize)]
struct CitedSource<'a> {
    /// The citation in words, as the text output prints it.
    title: &'a str,
    url: &'a Option<Text>,
}

/// The facts a guide answer cites: those of the steps, warnings and notes that apply to
/// the query, as the answer holds them.
fn cited(guide: &GuideJson) -> Citations {
    let mut set = FactSet::new();
    let mut add = |ids: &[Text]| ids.iter().for_each(|id| set.insert(id));
    for remark in guide.warnings.iter().chain(&guide.notes) {
        add(remark.sources);
    }
    for method in &guide.methods {
        for remark in method.warnings.iter().chain(&method.notes) {
            add(remark.sources);
        }
        for step in &method.steps {
            add(step.sources);
            for remark in step.warnings.iter().chain(&step.notes) {
                add(remark.sources);
            }
        }
    }
    Citations(set)
}

#[derive(Serialize)]
struct GuideJson<'a> {
    id: &'a str,
    command: Option<Job>,
    title: Cow<'a, str>,
    summary: Cow<'a, str>,
    /// Set when the version asked for is newer than the newest one the steps were checked on.
    verified_up_to: Option<Version>,
    warnings: Vec<RemarkJson<'a>>,
    notes: Vec<RemarkJson<'a>>,
    related: &'a [Text],
    methods: Vec<MethodJson<'a>>,
}

#[derive(Serialize)]
struct MethodJson<'a> {
    id: &'a str,
    title: Cow<'a, str>,
    approach: &'a str,
    scope: Scope,
    devices: &'a [Device],
    os_range: RangeJson,
    since_note: Option<&'a str>,
    warnings: Vec<RemarkJson<'a>>,
    notes: Vec<RemarkJson<'a>>,
    steps: Vec<StepJson<'a>>,
}

#[derive(Serialize)]
struct RangeJson {
    from: Option<Version>,
    before: Option<Version>,
    /// "iOS 10.3–17", or the version asked for; null on the website.
    label: Option<String>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    number: usize,
    text: Cow<'a, str>,
    path: Vec<Cow<'a, str>>,
    verified: bool,
    /// Whom the step is for, when that is narrower than its method: "iOS 26 and later".
    applies_to: Option<String>,
    /// The devices and versions the step names for itself; empty and open mean its method's.
    devices: &'a [Device],
    os: RangeJson,
    warnings: Vec<RemarkJson<'a>>,
    notes: Vec<RemarkJson<'a>>,
    sources: &'a [Text],
}

#[derive(Serialize)]
struct RemarkJson<'a> {
    text: Cow<'a, str>,
    verified: bool,
    /// Whom it is for, when that is narrower than what it stands under.
    applies_to: Option<String>,
    devices: &'a [Device],
    os: RangeJson,
    sources: &'a [Text],
}

/// The warnings or notes of `list` that apply to `audience`.
fn remarks<'a>(list: &'a [Remark], audience: &Audience) -> Vec<RemarkJson<'a>> {
    list.iter()
        .filter_map(|r| {
            let (words, label) = audience.narrow(r)?;
            Some(RemarkJson {
                text: words.resolve(&r.text),
                verified: r.verified,
                applies_to: label,
                devices: &r.devices,
                os: os_range(r.os, None),
                sources: &r.sources,
            })
        })
        .collect()
}

fn os_range(range: Range, label: Option<String>) -> RangeJson {
    RangeJson {
        from: range.from,
        before: range.before,
        label,
    }
}

fn method<'a>(section: &'a Section) -> MethodJson<'a> {
    let m = section.method;
    MethodJson {
        id: &m.id,
        title: section.resolve(&m.title),
        approach: &m.approach,
        scope: m.scope,
        devices: &section.devices,
        os_range: os_range(m.os, section.version_label()),
        since_note: m.since_note.as_deref(),
        warnings: remarks(&m.warnings, section),
        notes: remarks(&m.notes, section),
        steps: section
            .fitting(&m.steps)
            .into_iter()
            .enumerate()
            .map(|(i, fit)| {
                let (step, words) = (fit.item, &fit.audience);
                StepJson {
                    number: i + 1,
                    text: words.resolve(&step.text),
                    path: step.path.iter().map(|p| words.resolve(p)).collect(),
                    verified: step.verified,
                    applies_to: fit.label,
                    devices: &step.devices,
                    os: os_range(step.os, None),
                    warnings: remarks(&step.warnings, words),
                    notes: remarks(&step.notes, words),
                    sources: &step.sources,
                }
            })
            .collect(),
    }
}

fn write<B: Serialize>(out: &mut Stdout, config: &Config, query: Query, body: B) -> io::Result<()> {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        query,
        body,
    };
    json_writer::write(out, &doc, config.pretty_json)?;
    out.push(b'\n');
    Ok(())
}

pub fn guide(out: &mut Stdout, answer: &GuideAnswer, config: &Config) -> io::Result<()> {
    let g = answer.guide;
    let query = Query {
        devices: answer.query.devices(),
        os: answer.query.os,
        scope: answer.scope,
        id: (answer.command == "show").then_some(&*g.id),
        ..Query::of(answer.command)
    };
    let audience = Audience::of_answer(answer.query, &answer.sections);
    let guide = GuideJson {
        id: &g.id,
        command: g.command,
        title: audience.resolve(&g.title),
        summary: audience.resolve(&g.summary),
        verified_up_to: answer.query.beyond_verified(),
        warnings: remarks(&g.warnings, &audience),
        notes: remarks(&g.notes, &audience),
        related: &g.related,
        methods: answer.sections.iter().map(method).collect(),
    };
    let sources = cited(&guide);
    write(out, config, query, GuideBody { guide, sources })
}

#[derive(Serialize)]
struct ListBody<'a> {
    guides: Vec<ListEntry<'a>>,
}

#[derive(Serialize)]
struct ListEntry<'a> {
    id: &'a str,
    /// "built-in", or the file a custom guide was read from.
    source: &'a str,
    command: Option<Job>,
    title: &'a str,
    /// Its terms resolved for every device, as `show` without filters words it.
    summary: Cow<'a, str>,
    coverage: Vec<Coverage>,
}

#[derive(Serialize)]
struct Coverage {
    device: Device,
    os_range: RangeJson,
}

pub fn list(out: &mut Stdout, entries: &[Entry], config: &Config) -> io::Result<()> {
    let query = Query {
        devices: &Device::ALL,
        ..Query::of("list")
    };
    let every_device = Audience::everyone();
    let guides = entries
        .iter()
        .map(|entry| ListEntry {
            id: &entry.guide.id,
            source: match &entry.origin {
                Origin::BuiltIn => "built-in",
                Origin::File(path) => path,
            },
            command: entry.guide.command,
            title: &entry.guide.title,
            summary: every_device.resolve(&entry.guide.summary),
            coverage: Device::ALL
                .into_iter()
                .zip(coverage(entry.guide))
                .filter_map(|(device, r)| {
                    let r: Range = r?;
                    let label = (device != Device::Web)
                        .then(|| range_label(device.os_name(r.from), device.family(), &r));
                    Some(Coverage {
                        device,
                        os_range: os_range(r, label),
                    })
                })
                .collect(),
        })
        .collect();
    write(out, config, query, ListBody { guides })
}

#[derive(Serialize)]
struct ProblemsBody<'a> {
    /// The files and folders checked.
    paths: Vec<String>,
    problems: &'a [Problem],
}

/// `validate --json`: every problem with its file, line and column, for editors and CI.
pub fn problems(
    out: &mut Stdout,
    problems: &[Problem],
    paths: &[PathBuf],
    config: &Config,
) -> io::Result<()> {
    let query = Query::of("validate");
    let paths = paths.iter().map(|p| p.display().to_string()).collect();
    write(out, config, query, ProblemsBody { paths, problems })
}

#[derive(Serialize)]
struct FaqsBody<'a> {
    faqs: Vec<FaqJson<'a>>,
    sources: Citations,
}

#[derive(Serialize)]
struct FaqJson<'a> {
    id: &'a str,
    question: &'a str,
    answer: &'a str,
    verified: bool,
    /// Whom the answer is for, when not every device: "iPhone".
    applies_to: Option<String>,
    devices: &'a [Device],
    os: RangeJson,
    sources: &'a [Text],
    related: &'a [Text],
}

pub fn faqs(out: &mut Stdout, entries: &[&Faq], text: &str, config: &Config) -> io::Result<()> {
    let query = Query {
        text: (!text.is_empty()).then_some(text),
        ..Query::of("faq")
    };
    let faqs = entries
        .iter()
        .map(|f| FaqJson {
            id: &f.id,
            question: &f.question,
            answer: &f.answer,
            verified: f.verified,
            applies_to: crate::filter::scope_label(*f),
            devices: &f.devices,
            os: os_range(f.os, None),
            sources: &f.sources,
            related: &f.related,
        })
        .collect();
    let sources = Citations::of(entries.iter().map(|f| &*f.sources));
    write(out, config, query, FaqsBody { faqs, sources })
}

#[derive(Serialize)]
struct ResultsBody<'a> {
    results: Vec<ResultJson<'a>>,
}

#[derive(Serialize)]
struct ResultJson<'a> {
    kind: &'a str,
    guide_id: &'a str,
    title: &'a str,
    devices: &'a [Device],
    os_range: Option<RangeJson>,
    score: u32,
    snippet: &'a str,
}

pub fn results(
    out: &mut Stdout,
    found: &[Found],
    text: &str,
    asked: &FilterQuery,
    config: &Config,
) -> io::Result<()> {
    let query = Query {
        devices: asked.devices(),
        os: asked.os,
        text: Some(text),
        ..Query::of("search")
    };
    let results = found
        .iter()
        .map(|f| ResultJson {
            kind: f.kind,
            guide_id: &f.id,
            title: &f.title,
            devices: &f.devices,
            os_range: f.os_range.map(|r| os_range(r, range_words(f))),
            score: f.score,
            snippet: &f.snippet,
        })
        .collect();
    write(out, config, query, ResultsBody { results })
}

#[derive(Serialize)]
struct WalkBody<'a> {
    walk: WalkJson<'a>,
}

#[derive(Serialize)]
struct WalkJson<'a> {
    method: &'a str,
    devices: &'a [Device],
    os_range: RangeJson,
    #[serde(flatten)]
    transcript: &'a Transcript,
}

/// `fix-signed-out --interactive --json`: the route walked and what happened at each step.
pub fn transcript(
    out: &mut Stdout,
    transcript: &Transcript,
    section: &Section,
    asked: &FilterQuery,
    config: &Config,
) -> io::Result<()> {
    let query = Query {
        devices: asked.devices(),
        os: asked.os,
        scope: Some(Scope::Device),
        ..Query::of("fix-signed-out")
    };
    let body = WalkBody {
        walk: WalkJson {
            method: &section.method.id,
            devices: &section.devices,
            os_range: os_range(section.method.os, section.version_label()),
            transcript,
        },
    };
    write(out, config, query, body)
}

#[derive(Serialize)]
struct FactsBody<'a> {
    facts: &'a [Fact],
}

/// `sources --json`: the facts asked for, or every one, with their citations.
pub fn facts(out: &mut Stdout, facts: &[Fact], config: &Config) -> io::Result<()> {
    let query = Query::of("sources");
    write(out, config, query, FactsBody { facts })
}
