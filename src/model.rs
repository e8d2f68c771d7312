//! The guide model, as authored in `guides/*.json` and `data/faq.json`: defined once, read
//! by `build.rs` to bake the built-in guides into static data and by the loader of custom
//! guides at run time.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::device::Device;
use crate::version::{Range, Version};

/// Text that is static for built-in guides and owned for guides read at run time.
pub type Text = Cow<'static, str>;
/// A list that is static for built-in guides and owned for guides read at run time.
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a guide object")]
pub struct Guide {
    /// Where editors find the JSON Schema; not used by the tool.
    #[serde(rename = "$schema", default)]
    pub schema: Option<Text>,
    pub id: Text,
    #[serde(default)]
    pub command: Option<Job>,
    pub title: Text,
    pub summary: Text,
    #[serde(default)]
    pub keywords: List<Text>,
    #[serde(default, deserialize_with = "objects")]
    pub warnings: List<Remark>,
    #[serde(default, deserialize_with = "objects")]
    pub notes: List<Remark>,
    #[serde(default)]
    pub related: List<Text>,
    #[serde(deserialize_with = "objects")]
    pub methods: List<Method>,
}

/// The four jobs that have a subcommand of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", expecting = "a command name")]
pub enum Job {
    Signin,
    Signout,
    Deactivate,
    FixSignedOut,
}

impl Job {
    pub fn name(self) -> &'static str {
        match self {
            Job::Signin => "signin",
            Job::Signout => "signout",
            Job::Deactivate => "deactivate",
            Job::FixSignedOut => "fix-signed-out",
        }
    }
}

impl fmt::Display for Job {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", expecting = "`device` or `all-devices`")]
pub enum Scope {
    /// Acts on the device in hand.
    #[default]
    Device,
    /// Signs the account out everywhere (`signout --all-devices`).
    AllDevices,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a method object")]
pub struct Method {
    pub id: Text,
    pub title: Text,
    #[serde(default)]
    pub approach: Text,
    #[serde(default)]
    pub scope: Scope,
    pub devices: List<Device>,
    #[serde(default, deserialize_with = "object")]
    pub os: Range,
    #[serde(default)]
    pub since_note: Option<Text>,
    #[serde(default, deserialize_with = "objects")]
    pub warnings: List<Remark>,
    #[serde(default, deserialize_with = "objects")]
    pub notes: List<Remark>,
    #[serde(deserialize_with = "objects")]
    pub steps: List<Step>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a step object")]
pub struct Step {
    pub text: Text,
    /// The devices of its method this step is for; empty means all of them.
    #[serde(default)]
    pub devices: List<Device>,
    /// The versions within its method's range this step is for.
    #[serde(default, deserialize_with = "object")]
    pub os: Range,
    #[serde(default)]
    pub path: List<Text>,
    #[serde(default = "yes")]
    pub verified: bool,
    #[serde(default, deserialize_with = "objects")]
    pub warnings: List<Remark>,
    #[serde(default, deserialize_with = "objects")]
    pub notes: List<Remark>,
    pub sources: List<Text>,
    /// For `fix-signed-out --interactive`: the question that tells whether this step is
    /// the fix. A step without one is offered as something to try.
    #[serde(default, deserialize_with = "optional_object")]
    pub check: Option<Check>,
    /// Left for the end of an interactive walk, as what remains to do.
    #[serde(default)]
    pub last_resort: bool,
}

/// A yes/no question asked before a step, and the answer that means the step is the fix.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, expecting = "an object with `ask` and `fault`")]
pub struct Check {
    pub ask: Text,
    pub fault: Answer,
    /// Where to look to answer, when that is not the step's own `path`; empty when the
    /// answer is found nowhere in particular.
    #[serde(default)]
    pub path: Option<List<Text>>,
}

impl Step {
    /// The screens to open to answer the step's question: its check's own, or the step's.
    pub fn look_in(&self) -> &[Text] {
        match self.check.as_ref().and_then(|c| c.path.as_deref()) {
            Some(path) => path,
            None => &self.path,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", expecting = "`yes` or `no`")]
pub enum Answer {
    Yes,
    No,
}

/// A warning or note, with the facts it rests on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a warning or note object")]
pub struct Remark {
    pub text: Text,
    /// The devices it is for; empty means every device its guide, method or step is for.
    #[serde(default)]
    pub devices: List<Device>,
    /// The versions it is for, read in the OS family of `devices` (or of its method).
    #[serde(default, deserialize_with = "object")]
    pub os: Range,
    #[serde(default = "yes")]
    pub verified: bool,
    pub sources: List<Text>,
}

fn yes() -> bool {
    true
}

/// What a method, step, remark or FAQ answer says about whom it is for: one rule decides,
/// for every command and format, whether it is printed (`crate::filter`).
pub trait Scoped {
    /// Empty means every device its parent is for.
    fn devices(&self) -> &[Device];
    fn os(&self) -> &Range;
}

macro_rules! scoped {
    ($($t:ty),*) => {$(
        impl Scoped for $t {
            fn devices(&self) -> &[Device] {
                &self.devices
            }
            fn os(&self) -> &Range {
                &self.os
            }
        }
    )*};
}

scoped!(Method, Step, Remark, Faq);

/// A struct of the model read only from a JSON object, for `#[serde(deserialize_with)]`:
/// serde's derived structs also accept their fields as an array in order, which no author
/// means and the schema forbids (`"os": ["17", "18"]` would read as a range).
pub fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    T::deserialize(ObjectOnly(d))
}

/// A list of `object`s.
pub fn objects<'de, D, T>(d: D) -> Result<List<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Clone,
{
    let items = Vec::<Object<T>>::deserialize(d)?;
    Ok(items.into_iter().map(|Object(t)| t).collect())
}

/// An `object` that may be `null`.
pub fn optional_object<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Object<T>>::deserialize(d)?.map(|Object(t)| t))
}

struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        object(d).map(Object)
    }
}

/// Asks for a map where a struct is wanted, which a JSON array is not.
struct ObjectOnly<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

impl<'de> Deserialize<'de> for Range {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Range, D::Error> {
        #[derive(Deserialize)]
        #[serde(
            deny_unknown_fields,
            expecting = "an object with `from` and/or `before`"
        )]
        struct Raw {
            from: Option<Version>,
            before: Option<Version>,
        }
        let raw = Raw::deserialize(deserializer)?;
        if let (Some(from), Some(before)) = (raw.from, raw.before) {
            if from >= before {
                return Err(serde::de::Error::custom(format_args!(
                    "empty version range: `from` {from} is not below `before` {before}"
                )));
            }
        }
        Ok(Range {
            from: raw.from,
            before: raw.before,
        })
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Version, D::Error> {
        let s = <Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str(&mut [0; 32]))
    }
}

/// One question with its short answer; like the guides, compiled into static data by
/// `build.rs` so listing or searching the FAQ parses nothing.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub id: Text,
    pub question: Text,
    pub answer: Text,
    /// The facts in `data/facts.json` the answer rests on.
    pub sources: List<Text>,
    /// False when the answer rests on a single source (a confidence-C fact).
    #[serde(default = "yes")]
    pub verified: bool,
    /// The devices the answer is for; empty means every device.
    #[serde(default)]
    pub devices: List<Device>,
    /// The versions the answer is for, read in the OS family of `devices`.
    #[serde(default, deserialize_with = "object")]
    pub os: Range,
    /// Other words people use for the question, for search.
    #[serde(default)]
    pub keywords: List<Text>,
    /// Guide ids to read next.
    #[serde(default)]
    pub related: List<Text>,
}
