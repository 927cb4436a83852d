//! The self-help guides: the list with topic filters and search, a guide one step at a time with its
//! activities, and the wellbeing check-in.

pub mod activities;
pub mod bsl;
pub mod check_in;
pub mod guide;
pub mod index;

/// A topic as a filter: its neutral code, name, and whether it is the one chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct TopicFilter {
    pub code: String,
    pub name: String,
    pub selected: bool,
}
