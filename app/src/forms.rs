//! The state of a form being drawn: what the person typed (kept when there are errors, so nothing is lost)
//! and what is wrong with which field.

use crate::i18n::Text;
use std::collections::HashMap;

/// One field's problem.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The field's `name` (and the `id` of its input).
    pub field: &'static str,
    pub message: Text,
}

/// Values and errors of a form. An empty `Form` draws a blank form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    values: HashMap<&'static str, String>,
    errors: Vec<FieldError>,
}

impl Form {
    pub fn new() -> Form {
        Form::default()
    }

    /// Keeps what was typed into `field`.
    pub fn keep(mut self, field: &'static str, value: impl Into<String>) -> Form {
        self.values.insert(field, value.into());
        self
    }

    pub fn set(&mut self, field: &'static str, value: impl Into<String>) {
        self.values.insert(field, value.into());
    }

    /// Adds a problem with `field`. The first problem for a field is the one shown next to it.
    pub fn error(&mut self, field: &'static str, message: Text) {
        self.errors.push(FieldError { field, message });
    }

    pub fn with_error(mut self, field: &'static str, message: Text) -> Form {
        self.error(field, message);
        self
    }

    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    /// The problem to show next to `field`, if any.
    pub fn error_for(&self, field: &str) -> Option<&Text> {
        self.errors.iter().find(|e| e.field == field).map(|e| &e.message)
    }

    /// Every problem with `field` (a weak password can have a reason and suggestions).
    pub fn errors_for(&self, field: &str) -> Vec<&Text> {
        self.errors.iter().filter(|e| e.field == field).map(|e| &e.message).collect()
    }

    /// One problem per field, in the order they were found, for the error summary.
    pub fn summary(&self) -> Vec<&FieldError> {
        let mut seen = Vec::new();
        self.errors
            .iter()
            .filter(|e| {
                let first = !seen.contains(&e.field);
                seen.push(e.field);
                first
            })
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::msg;

    #[test]
    fn keeps_values_and_orders_errors() {
        let mut form = Form::new().keep("name", "sam");
        form.error("password", msg("not-found-title"));
        form.error("password", msg("not-found-body"));
        form.error("name", msg("not-found-home"));
        assert_eq!(form.value("name"), "sam");
        assert_eq!(form.value("missing"), "");
        assert_eq!(form.error_for("password"), Some(&msg("not-found-title")));
        assert_eq!(form.errors_for("password").len(), 2);
        let summary: Vec<_> = form.summary().iter().map(|e| e.field).collect();
        assert_eq!(summary, vec!["password", "name"]);
        assert!(form.has_errors());
    }
}
