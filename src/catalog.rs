//! The guides a run answers from: the built-in ones, replaced or extended by a guides folder.
//!
//! In a guides folder the guide with id ID is the file `ID.json`, so a command that prints
//! one guide reads that one file and no other: its cost does not grow with the folder.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};
use std::path::Path;

use crate::error::Error;
use crate::guide::{self, Guide};
use crate::validate::{self, Problem};

/// Where a guide came from, so `list` can say so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// The file it was read from.
    File(String),
}

pub struct Entry {
    pub guide: &'static Guide,
    pub origin: Origin,
}

/// Whether every entry is a built-in guide: no custom guide text can be printed.
pub fn all_built_in(entries: &[Entry]) -> bool {
    entries.iter().all(|e| e.origin == Origin::BuiltIn)
}

/// Each guide id's place in a catalog, hashed with the fixed keys of `DefaultHasher`: the
/// ids come from the user's own folder, and a random key would make the dynamic loader
/// look up `getrandom` at every start, 1,200 instructions on every run.
type ById = HashMap<&'static str, usize, BuildHasherDefault<DefaultHasher>>;

/// Guides in id order: built-in ones first by file name, custom additions after.
pub struct Catalog {
    entries: Vec<Entry>,
    /// Each id's place in `entries`, once a folder has added guides: search asks for
    /// every document's guide, and a folder may hold thousands.
    by_id: Option<ById>,
}

impl Catalog {
    /// The built-in guides, with those of `dir` replacing or adding by id. A folder with any
    /// broken file is an error: a half-loaded folder would change answers without saying so.
    pub fn load(dir: Option<&Path>) -> Result<Catalog, Error> {
        let mut entries: Vec<Entry> = guide::builtins()
            .iter()
            .map(|guide| Entry {
                guide,
                origin: Origin::BuiltIn,
            })
            .collect();
        let Some(dir) = dir else {
            return Ok(Catalog {
                entries,
                by_id: None,
            });
        };
        if !dir.is_dir() {
            let what = if dir.exists() {
                "is not a folder"
            } else {
                "does not exist"
            };
            return Err(Error::Usage(format!(
                "the guides folder {} {what}; give --guides-dir (or IMSG_GUIDE_DIR) a folder of guide files",
                dir.display()
            )));
        }
        let custom = validate::load_dir(dir, validate::FACT_IDS)
            .map_err(|problems| broken(dir, &problems))?;
        let mut by_id: ById = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.guide.id.as_ref(), i))
            .collect();
        for (path, guide) in custom {
            let entry = custom_entry(path, guide);
            match by_id.get(entry.guide.id.as_ref()) {
                Some(&i) => entries[i] = entry,
                None => {
                    by_id.insert(entry.guide.id.as_ref(), entries.len());
                    entries.push(entry);
                }
            }
        }
        Ok(Catalog {
            entries,
            by_id: Some(by_id),
        })
    }

    /// The guide with this id: the folder's `ID.json` when it has one, else the built-in
    /// guide. No other file of the folder is read.
    pub fn one(dir: Option<&Path>, id: &str) -> Result<Option<Entry>, Error> {
        if let Some(dir) = dir {
            let custom = validate::load_one(dir, id, validate::FACT_IDS)
                .map_err(|problems| broken(dir, &problems))?;
            if let Some((path, guide)) = custom {
                return Ok(Some(custom_entry(path, guide)));
            }
        }
        Ok(guide::builtins()
            .iter()
            .find(|g| g.id == id)
            .map(|guide| Entry {
                guide,
                origin: Origin::BuiltIn,
            }))
    }

    /// Every guide id, the folder's from its file names, without reading a guide.
    pub fn ids(dir: Option<&Path>) -> Vec<String> {
        let mut ids: Vec<String> = guide::builtins().iter().map(|g| g.id.to_string()).collect();
        let files = dir.and_then(|dir| validate::json_files(dir).ok());
        for file in files.unwrap_or_default() {
            if let Some(stem) = file.file_stem().and_then(|s| s.to_str()) {
                ids.push(stem.to_owned());
            }
        }
        ids
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        match &self.by_id {
            Some(by_id) => by_id.get(id).map(|&i| &self.entries[i]),
            None => self.entries.iter().find(|e| e.guide.id == id),
        }
    }
}

fn custom_entry(path: String, guide: Guide) -> Entry {
    // Custom guides live as long as the run, like the built-in ones.
    let guide: &'static Guide = Box::leak(Box::new(guide));
    Entry {
        guide,
        origin: Origin::File(path),
    }
}

/// The first problem of a broken folder, and how to see the others.
fn broken(dir: &Path, problems: &[Problem]) -> Error {
    let more = match problems.len() {
        0 | 1 => String::new(),
        n => format!(
            " (and {} more; run `imsg-guide validate {}` to see them all)",
            n - 1,
            dir.display()
        ),
    };
    let first = problems
        .first()
        .map(ToString::to_string)
        .unwrap_or_default();
    Error::Usage(format!("{first}{more}"))
}
