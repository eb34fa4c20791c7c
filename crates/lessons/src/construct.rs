//! What a `uses` check asks a program to use ("use a for loop"). One vocabulary for lesson
//! files, the checks' words for each construct and the engine's report of what a program uses.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A construct a program can use. Lesson files spell it "for", "while", "def", "if", "return",
/// "comprehension", "f-string", "call:NAME", "method:NAME" or "import:MODULE" (its
/// [`Display`](fmt::Display) and [`FromStr`] forms, which serde uses too).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Construct {
    /// A `for` loop.
    For,
    /// A `while` loop.
    While,
    /// A function definition.
    Def,
    /// An `if` statement.
    If,
    /// A `return` statement.
    Return,
    /// A list, set or dict comprehension, or a generator expression.
    Comprehension,
    /// An f-string.
    FString,
    /// A call of a name: `len(word)` is `Call("len")`.
    Call(String),
    /// A method call: `line.split()` is `Method("split")`.
    Method(String),
    /// An import: `import random` and `from random import choice` are `Import("random")`.
    Import(String),
}

impl Construct {
    /// The constructs without a name, in the order the lesson format lists them.
    pub const SIMPLE: [Construct; 7] = [
        Self::For,
        Self::While,
        Self::Def,
        Self::If,
        Self::Return,
        Self::Comprehension,
        Self::FString,
    ];

    /// The word lesson files use for it; for one with a name, the part before the colon.
    pub fn keyword(&self) -> &'static str {
        match self {
            Self::For => "for",
            Self::While => "while",
            Self::Def => "def",
            Self::If => "if",
            Self::Return => "return",
            Self::Comprehension => "comprehension",
            Self::FString => "f-string",
            Self::Call(_) => "call",
            Self::Method(_) => "method",
            Self::Import(_) => "import",
        }
    }

    /// The name of a call, method or module.
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::Call(name) | Self::Method(name) | Self::Import(name) => Some(name),
            _ => None,
        }
    }
}

impl fmt::Display for Construct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{}:{name}", self.keyword()),
            None => f.write_str(self.keyword()),
        }
    }
}

/// A construct the lesson format doesn't know, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownConstruct(pub String);

impl fmt::Display for UnknownConstruct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let simple: Vec<_> = Construct::SIMPLE.iter().map(Construct::keyword).collect();
        write!(
            f,
            "unknown construct \"{}\": use one of {}, or call:NAME, method:NAME, import:MODULE",
            self.0,
            simple.join(", ")
        )
    }
}

impl std::error::Error for UnknownConstruct {}

impl FromStr for Construct {
    type Err = UnknownConstruct;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let unknown = || UnknownConstruct(text.to_owned());
        let Some((kind, name)) = text.split_once(':') else {
            return Self::SIMPLE
                .into_iter()
                .find(|construct| construct.keyword() == text)
                .ok_or_else(unknown);
        };
        let is_name = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
        match kind {
            _ if !is_name => Err(unknown()),
            "call" => Ok(Self::Call(name.to_owned())),
            "method" => Ok(Self::Method(name.to_owned())),
            "import" => Ok(Self::Import(name.to_owned())),
            _ => Err(unknown()),
        }
    }
}

impl Serialize for Construct {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Construct {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_round_trips() {
        let spellings = [
            "for",
            "while",
            "def",
            "if",
            "return",
            "comprehension",
            "f-string",
            "call:len",
            "method:split",
            "import:random",
            "import:os.path",
        ];
        for text in spellings {
            let construct: Construct = text.parse().unwrap();
            assert_eq!(construct.to_string(), text);
            let json = serde_json::to_string(&construct).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<Construct>(&json).unwrap(), construct);
        }
        assert_eq!("call:len".parse(), Ok(Construct::Call("len".into())));
        assert_eq!("f-string".parse(), Ok(Construct::FString));
    }

    #[test]
    fn unknown_constructs_say_what_is_allowed() {
        for text in ["four", "call:", "call:a b", "function:len", "for:x", ""] {
            assert_eq!(
                text.parse::<Construct>(),
                Err(UnknownConstruct(text.into()))
            );
        }
        assert_eq!(
            UnknownConstruct("four".into()).to_string(),
            "unknown construct \"four\": use one of for, while, def, if, return, comprehension, \
             f-string, or call:NAME, method:NAME, import:MODULE"
        );
    }
}
