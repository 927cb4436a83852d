//! What one page of the request journey asks: a heading, an optional lead, the fields with their choices, and
//! the button. The journey on the server describes each page with these; the question page draws them, so each
//! question is data rather than a page of its own.

use super::request::Answer;
use crate::i18n::Text;

/// One option of a choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// The posted word.
    pub value: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
}

impl Choice {
    pub fn new(value: &'static str, label: Text) -> Choice {
        Choice { value, label, hint: None }
    }

    /// An answer offered with its own words.
    pub fn of<A: Answer>(answer: A) -> Choice {
        Choice::new(answer.word(), answer.label())
    }
}

/// Every answer of a kind, offered in order.
pub fn choices<A: Answer>() -> Vec<Choice> {
    A::all().iter().map(|a| Choice::of(*a)).collect()
}

/// One part of a question page.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    /// Choose one.
    Radios { name: &'static str, legend: Text, hint: Option<Text>, choices: Vec<Choice> },
    /// Choose any; the form value is the chosen values joined by commas.
    Checkboxes { name: &'static str, legend: Text, hint: Option<Text>, choices: Vec<Choice> },
    /// A line of text.
    Text { name: &'static str, label: Text, hint: Option<Text>, kind: &'static str, autocomplete: Option<&'static str> },
    /// Several lines of text.
    Textarea { name: &'static str, label: Text, hint: Option<Text> },
    /// A subheading, for a group of fields.
    Heading(Text),
}

impl Field {
    /// Choose one of `choices`.
    pub fn radios(name: &'static str, legend: Text, hint: Option<Text>, choices: Vec<Choice>) -> Field {
        Field::Radios { name, legend, hint, choices }
    }

    /// Choose any of `choices`.
    pub fn checkboxes(name: &'static str, legend: Text, hint: Option<Text>, choices: Vec<Choice>) -> Field {
        Field::Checkboxes { name, legend, hint, choices }
    }

    /// A line of plain text.
    pub fn text(name: &'static str, label: Text, hint: Option<Text>) -> Field {
        Field::Text { name, label, hint, kind: "text", autocomplete: None }
    }
}

/// What a question page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub heading: Text,
    pub lead: Vec<Text>,
    pub fields: Vec<Field>,
    /// The button's words; Continue when `None`.
    pub button: Option<Text>,
    /// The page shows every way to get help now (999, helplines, services to call) before its form.
    pub help_now: bool,
    /// The journey stops here: the page has no form, only where to turn instead (services given with it).
    pub ends_here: bool,
}

impl Question {
    pub fn new(heading: Text, fields: Vec<Field>) -> Question {
        Question { heading, lead: Vec::new(), fields, button: None, help_now: false, ends_here: false }
    }

    /// The page opens with these paragraphs.
    pub fn with_lead(mut self, lead: Vec<Text>) -> Question {
        self.lead = lead;
        self
    }

    /// The page shows every way to get help now before its form.
    pub fn with_help_now(mut self) -> Question {
        self.help_now = true;
        self
    }

    /// The journey stops here: no form.
    pub fn ending(mut self) -> Question {
        self.ends_here = true;
        self
    }

    /// The button says this instead of Continue.
    pub fn with_button(mut self, button: Text) -> Question {
        self.button = Some(button);
        self
    }
}
