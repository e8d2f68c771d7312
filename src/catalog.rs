//! The guides a run answers from: the built-in ones, replaced or extended by a guides folder.

use std::path::Path;

use crate::error::Error;
use crate::guide::{self, Guide};
use crate::validate;

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

/// Guides in id order: built-in ones first by file name, custom additions after.
pub struct Catalog {
    entries: Vec<Entry>,
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
            return Ok(Catalog { entries });
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
        let custom = validate::load_dir(dir, validate::FACT_IDS).map_err(|problems| {
            let more = match problems.len() {
                1 => String::new(),
                n => format!(
                    " (and {} more; run `imsg-guide validate {}` to see them all)",
                    n - 1,
                    dir.display()
                ),
            };
            Error::Usage(format!("{}{more}", problems[0]))
        })?;
        for (path, guide) in custom {
            // Custom guides live as long as the run, like the built-in ones.
            let guide: &'static Guide = Box::leak(Box::new(guide));
            let entry = Entry {
                guide,
                origin: Origin::File(path),
            };
            match entries.iter_mut().find(|e| e.guide.id == guide.id) {
                Some(existing) => *existing = entry,
                None => entries.push(entry),
            }
        }
        Ok(Catalog { entries })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.guide.id == id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.guide.id.as_ref())
    }
}
