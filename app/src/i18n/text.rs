//! A message chosen by code that runs before the page is drawn (validation, for example): its id and
//! variables, translated only when drawn. Write ids as string literals in `msg(…)` calls so the message-id test can find them.

/// A variable of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

/// A message id with its variables.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// The message `id`, to be translated when the page is drawn.
pub const fn msg(id: &'static str) -> Text {
    Text { id, args: Vec::new() }
}

impl Text {
    /// Adds a text variable.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Text {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// Adds a number variable (plural rules apply to numbers).
    pub fn with_number(mut self, name: &'static str, value: i64) -> Text {
        self.args.push((name, Arg::Number(value)));
        self
    }
}
