//! A request's answers in words: rows grouped in sections, each answer as words from the portal or words the
//! person typed. "Check your answers" shows them with links to change each; staff see the same rows.

use crate::i18n::Text;

/// A piece of an answer: words from the portal (translated when drawn) or words the person typed.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Said(Text),
    Typed(String),
}

/// One row of the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryRow {
    pub key: Text,
    /// Each part on its own line; empty means "not answered".
    pub value: Vec<Part>,
    /// The page to change it on.
    pub change: String,
}

/// A titled group of rows.
#[derive(Clone, Debug, PartialEq)]
pub struct SummarySection {
    pub title: Text,
    pub rows: Vec<SummaryRow>,
}
