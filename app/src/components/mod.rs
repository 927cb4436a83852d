//! Building blocks shared by pages, after the GOV.UK Design System: form fields with their labels, hints and
//! errors, the error summary, buttons, back links, panels and other content patterns.

mod content;
mod fields;

pub use content::{BackLink, Details, InsetText, NotificationBanner, Panel, SummaryList, SummaryRow, WarningText};
pub use fields::{
    Button, ButtonKind, Checkbox, Checkboxes, CodeInput, DateInput, ErrorSummary, Radio, Radios, TextInput, Textarea,
};
