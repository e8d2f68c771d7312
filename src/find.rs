//! Turns search hits into results to print: the guide or question, where it applies, and a
//! snippet with the matched words marked.

use crate::catalog::{all_built_in, Catalog, Origin};
use crate::device::{Device, Devices};
use crate::filter::{select, Audience, Query, Section};
use crate::guide::{Guide, Method};
use crate::search::{self, DocInfo, Hit, Kind, Matcher};
use crate::version::Range;

/// The longest snippet, in characters.
const SNIPPET_CHARS: usize = 160;

/// One result, ready for any renderer.
pub struct Found {
    pub kind: &'static str,
    /// A guide id (for `imsg-guide show`) or an FAQ id.
    pub id: String,
    /// The guide's title, the method and step, or the question.
    pub title: String,
    pub devices: Devices,
    /// The method's versions, or `None` where the text is not tied to a method.
    pub os_range: Option<Range>,
    /// "iPhone, iPad · iOS 17 and earlier"; empty for guide-wide text and FAQ answers.
    pub applies_to: String,
    /// Where the text applies, one entry per method it came from; `applies_to` in words.
    places: Vec<Audience>,
    pub score: u32,
    /// The text around the first match; renderers that highlight mark it themselves
    /// (`Matcher::words`), since marking costs more than the search when nobody sees it.
    pub snippet: String,
}

/// The best results for the words `matcher` seeks, at most `limit`, narrowed by the
/// query's devices and version; custom guides are searched too, and built-in text they
/// replace is left out.
/// Grouped (see `entries`), a guide gives at most `HITS_PER_ENTRY` of them, so the
/// `limit` results spread over more guides and questions.
pub fn search(
    matcher: &Matcher,
    query: &Query,
    catalog: &Catalog,
    limit: usize,
    grouped: bool,
) -> Vec<Found> {
    // Asked of every document the index holds: without custom guides, of none.
    let any_custom = !all_built_in(catalog.entries());
    let replaced =
        |id: &str| any_custom && catalog.get(id).is_some_and(|e| e.origin != Origin::BuiltIn);
    let narrowed = !query.devices.is_empty() || query.os.is_some();
    let mut hits = search::search(matcher, |doc| {
        !replaced(doc.id()) && (!narrowed || doc.fits(query))
    });
    // An answer explains; the guide it points to fixes. Where both match about as well,
    // the guide comes first.
    for hit in &mut hits {
        if hit.doc.kind == Kind::Faq {
            hit.score -= hit.score / 5;
        }
    }
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    let mut found: Vec<Found> = Vec::new();
    // Whose text each result was cut from, to fold repeats together and, grouped, to
    // count the pieces taken from each guide or question.
    let mut sources: Vec<((bool, u16), &str)> = Vec::new();
    for hit in &hits {
        let doc = hit.doc;
        let (owner, text) = (doc.owner(), doc.text());
        // Methods that differ only by version repeat a step: keep one, with every range.
        if let Some(at) = sources.iter().position(|&(o, t)| o == owner && t == text) {
            if let Some(m) = doc.method() {
                found[at]
                    .places
                    .push(audience(m, doc.devices().collect(), query));
            }
            continue;
        }
        let taken = sources.iter().zip(&found).filter(|((o, _), _)| *o == owner);
        if grouped && !takes(taken.map(|(_, f)| f), hit.score, doc.kind != Kind::Guide) {
            continue;
        }
        if found.len() == limit {
            break;
        }
        sources.push((owner, text));
        found.push(from_hit(matcher, hit, query));
    }
    // A team's own guide that holds every word sought is the most specific answer there
    // is: it ranks with the best built-in result, ahead of it on a tie. Ranked first by
    // their best piece alone, only the guides among the first `limit` can be shown, and
    // only their results are built: a folder may hold thousands.
    let best = found.iter().map(|f| f.score).max().unwrap_or(0);
    let mut shown: Vec<(u32, &'static Guide)> = Vec::new();
    for entry in catalog.entries() {
        if let Origin::File(_) = entry.origin {
            let mut score = None;
            custom_pieces(matcher, entry.guide, query, |piece| {
                score = Some(piece.score(matcher));
                false
            });
            shown.extend(score.map(|score| (score.max(best + 1), entry.guide)));
        }
    }
    // Stable, as the results are sorted below: folder order among equals.
    shown.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    shown.truncate(limit);
    for entry in catalog.entries() {
        if shown.iter().any(|&(_, g)| std::ptr::eq(g, entry.guide)) {
            found.extend(
                custom(matcher, entry.guide, query)
                    .into_iter()
                    .map(|mut f| {
                        f.score = f.score.max(best + 1);
                        f
                    }),
            );
        }
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.score));
    if !grouped {
        found.truncate(limit);
    }
    for f in &mut found {
        if !f.places.is_empty() {
            f.applies_to = label(&f.places);
        }
    }
    found
}

/// Whether an entry that has `taken` these pieces, best first, takes one more scoring
/// `score`: at most `HITS_PER_ENTRY`, and a step or remark must score at least half the
/// best of them (a title or summary match says little about which step to read).
fn takes<'a>(taken: impl Iterator<Item = &'a Found> + Clone, score: u32, piece: bool) -> bool {
    let mut pieces = taken.clone().filter(|f| f.kind != "guide");
    taken.count() < HITS_PER_ENTRY
        && !(piece && pieces.next().is_some_and(|best| 2 * score < best.score))
}

/// The FAQ entries that match `text`, best first: those scoring at least half the best,
/// since a question shares "sign" and "out" with most of the others.
pub fn faq(text: &str) -> Vec<&'static DocInfo> {
    let hits = search::search(&Matcher::new(text), |doc| doc.kind == Kind::Faq);
    let best = hits.first().map_or(0, |h| h.score);
    hits.into_iter()
        .take_while(|hit| 2 * hit.score >= best)
        .map(|hit| hit.doc)
        .collect()
}

fn from_hit(matcher: &Matcher, hit: &Hit, query: &Query) -> Found {
    let doc = hit.doc;
    let (title, words) = match (doc.guide(), doc.method()) {
        (Some(guide), Some(method)) => {
            let words = audience(method, doc.devices().collect(), query);
            let title = place(guide, method, &words, doc.step_index(), doc.kind);
            (title, Some(words))
        }
        (Some(guide), None) => (guide.title.to_string(), None),
        _ => (
            doc.faq()
                .map(|f| f.question.to_string())
                .unwrap_or_default(),
            None,
        ),
    };
    let resolved = match &words {
        Some(s) => s.resolve(doc.text()),
        // Guide-wide text has terms too ("your {account}"): resolve them for the devices
        // and versions it is for.
        None if doc.kind != Kind::Faq => Audience {
            devices: doc.devices().collect(),
            os: query.os,
            range: doc.os,
        }
        .resolve(doc.text()),
        None => doc.text().into(),
    };
    let snippet = cut(matcher, &resolved);
    Found {
        kind: kind_name(doc.kind),
        id: doc.id().to_owned(),
        title,
        devices: words
            .as_ref()
            .map_or_else(|| doc.devices().collect(), |s| s.devices),
        os_range: words.as_ref().map(|_| doc.os),
        applies_to: String::new(),
        places: words.into_iter().collect(),
        score: hit.score,
        snippet,
    }
}

/// "Sign out in Send & Receive, step 2", or "…, warning" for a remark: where a piece of a
/// method is, with the method's title in the words of whom it is for.
fn place(
    guide: &Guide,
    method: &Method,
    words: &Audience,
    step: Option<usize>,
    kind: Kind,
) -> String {
    let mut title = format!("{}: {}", guide.title, words.resolve(&method.title));
    if let Some(step) = step {
        title.push_str(&format!(", step {}", step + 1));
    }
    if let Kind::Remark { warning, .. } = kind {
        title.push_str(if warning { ", warning" } else { ", note" });
    }
    title
}

/// Whom a method's text is for: the devices asked for among `devices`, or all of the method's.
fn audience(method: &Method, devices: Devices, query: &Query) -> Audience {
    let asked = query.devices();
    let mut devices: Devices = devices
        .iter()
        .copied()
        .filter(|d| asked.contains(d))
        .collect();
    if devices.is_empty() {
        devices = method.devices[..].into();
    }
    Audience {
        devices,
        os: query.os,
        range: method.os,
    }
}

/// "iPhone, iPad · iOS 14 and earlier, 18 and later; Mac · macOS 13 and later": the
/// versions each device has the text on, devices with the same versions named together,
/// the OS named once, and no versions for a device that has the text on every version
/// it runs.
fn label(places: &[Audience]) -> String {
    let asked = places.first().and_then(|p| p.os);
    let mut groups: Vec<(Devices, Vec<Range>)> = Vec::new();
    for d in Device::ALL {
        let supported = d.supported();
        let mut ranges: Vec<Range> = places
            .iter()
            .filter(|p| p.devices.contains(&d))
            .filter_map(|p| p.range.intersect(&supported))
            .collect();
        if ranges.is_empty() {
            continue;
        }
        let mut covered = merge(&mut ranges);
        if covered == [supported] || asked.is_some() {
            covered.clear();
        }
        match groups.iter_mut().find(|(_, r)| *r == covered) {
            Some((devices, _)) => devices.push(d),
            None => groups.push((Devices::from(&[d][..]), covered)),
        }
    }
    let mut out = String::new();
    for (devices, ranges) in groups {
        if !out.is_empty() {
            out.push_str("; ");
        }
        let audience = |range: Range| Audience {
            devices,
            os: asked,
            range,
        };
        out.push_str(&audience(Range::ALL).device_names());
        if let Some(words) = asked.and_then(|_| audience(Range::ALL).version_label()) {
            out.push_str(" · ");
            out.push_str(&words);
        }
        let words: Vec<String> = ranges
            .into_iter()
            .filter_map(|r| audience(r).version_label())
            .collect();
        // The OS is named once: "iOS 14 and earlier, 18 and later".
        let os_name = words
            .first()
            .and_then(|w| w.find(|c: char| c.is_ascii_digit()).map(|i| &w[..i]))
            .filter(|name| !name.is_empty());
        for (i, w) in words.iter().enumerate() {
            out.push_str(if i == 0 { " · " } else { ", " });
            match os_name.and_then(|name| w.strip_prefix(name)) {
                Some(rest) if i > 0 => out.push_str(rest),
                _ => out.push_str(w),
            }
        }
    }
    out
}

/// Sorts `ranges` and joins those that meet or overlap.
fn merge(ranges: &mut [Range]) -> Vec<Range> {
    ranges.sort_by_key(|r| r.from);
    let mut merged: Vec<Range> = Vec::new();
    for &r in ranges.iter() {
        match merged.last_mut() {
            Some(last) => match last.before {
                None => {}
                Some(end) if r.from.is_none_or(|from| from <= end) => {
                    last.before = r.before.map(|b| b.max(end));
                }
                Some(_) => merged.push(r),
            },
            None => merged.push(r),
        }
    }
    merged
}

/// The part of `text` around its first match, at most `SNIPPET_CHARS` long.
fn cut(matcher: &Matcher, text: &str) -> String {
    if text.len() <= SNIPPET_CHARS {
        return text.to_owned();
    }
    let first = matcher.first(text);
    search::snippet(text, first.as_slice(), SNIPPET_CHARS).0
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Guide => "guide",
        Kind::Step => "step",
        Kind::Remark { .. } => "remark",
        Kind::Faq => "faq",
    }
}

/// A piece of a custom guide that holds every query word.
enum Piece<'s, 'g> {
    /// The guide's title, summary and keywords.
    Heading,
    /// A step of a method the query selects: its section, its index and its text resolved.
    Step(&'s Section<'g>, usize, &'s str),
}

impl Piece<'_, '_> {
    fn score(&self, matcher: &Matcher) -> u32 {
        let per_word = match self {
            Piece::Heading => 1000,
            Piece::Step(..) => 600,
        };
        per_word * matcher.words_sought() as u32
    }
}

/// Custom guides are not in the built-in index: their title, summary and steps are
/// matched word by word, and only text holding every query word counts. Hands each such
/// piece, in order, to `each` until it returns false.
fn custom_pieces(
    matcher: &Matcher,
    guide: &'static Guide,
    query: &Query,
    mut each: impl FnMut(Piece<'_, 'static>) -> bool,
) {
    let wanted = matcher.words_sought();
    if wanted == 0 {
        return;
    }
    let keywords = guide.keywords.iter().map(|k| &**k);
    let heading = [&*guide.title, &*guide.summary].into_iter().chain(keywords);
    if matcher.count_in(heading) >= wanted && !each(Piece::Heading) {
        return;
    }
    for s in select(guide, query, None) {
        for (n, step) in s.method.steps.iter().enumerate() {
            let resolved = s.resolve(&step.text);
            let path = step.path.iter().map(|p| &**p);
            let text = std::iter::once(&*resolved).chain(path);
            if matcher.count_in(text) >= wanted && !each(Piece::Step(&s, n, &resolved)) {
                return;
            }
        }
    }
}

fn custom(matcher: &Matcher, guide: &'static Guide, query: &Query) -> Vec<Found> {
    let mut found = Vec::new();
    custom_pieces(matcher, guide, query, |piece| {
        let score = piece.score(matcher);
        let (kind, title, section, text) = match piece {
            Piece::Heading => ("guide", guide.title.to_string(), None, &*guide.summary),
            Piece::Step(s, n, resolved) => {
                let title = place(guide, s.method, s, Some(n), Kind::Step);
                ("step", title, Some(s), resolved)
            }
        };
        found.push(Found {
            kind,
            id: guide.id.to_string(),
            title,
            devices: section.map_or_else(Devices::new, |s| s.devices),
            os_range: section.map(|s| s.method.os),
            applies_to: String::new(),
            places: section.map(|s| s.audience.clone()).into_iter().collect(),
            score,
            snippet: cut(matcher, text),
        });
        true
    });
    found
}

/// Results as people read them: one entry per guide or question, with the guide's
/// best-matching text under it.
pub struct Group<'a> {
    /// The guide or question id, for the command that prints it.
    pub id: &'a str,
    pub faq: bool,
    /// The guide's title, or the question.
    pub title: &'a str,
    /// Best first; at most `HITS_PER_ENTRY`, each step or remark scoring at least half the
    /// best of them.
    pub hits: Vec<&'a Found>,
}

/// How many pieces of one guide a reader is shown; `show` prints the rest.
const HITS_PER_ENTRY: usize = 3;

/// Groups results (best first) by guide or question, keeping the first `limit` entries.
pub fn entries<'a>(found: &'a [Found], catalog: &'a Catalog, limit: usize) -> Vec<Group<'a>> {
    let mut entries: Vec<Group> = Vec::new();
    for f in found {
        let faq = f.kind == "faq";
        if let Some(entry) = entries.iter_mut().find(|e| e.id == f.id && e.faq == faq) {
            if takes(entry.hits.iter().copied(), f.score, f.kind != "guide") {
                entry.hits.push(f);
            }
            continue;
        }
        if entries.len() < limit {
            let title = match catalog.get(&f.id) {
                Some(e) if !faq => &*e.guide.title,
                _ => &*f.title,
            };
            entries.push(Group {
                id: &f.id,
                faq,
                title,
                hits: vec![f],
            });
        }
    }
    entries
}

impl Found {
    /// Where in its guide the text sits ("Sign out in Send & Receive, step 1"), after the
    /// guide's title; empty for the guide's own title, summary and remarks.
    pub fn within<'a>(&'a self, guide_title: &str) -> &'a str {
        self.title
            .strip_prefix(guide_title)
            .and_then(|rest| rest.strip_prefix(": "))
            .unwrap_or("")
    }
}
