//! Building blocks shared by pages, after the GOV.UK Design System: form fields with their labels, hints and
//! errors, the error summary, buttons, back links, panels, tables and other content patterns.

mod content;
mod fields;
mod table;

pub use content::{BackLink, Details, InsetText, NotificationBanner, Panel, SummaryList, SummaryRow, WarningText};
pub use fields::{
    Button, ButtonKind, Checkbox, Checkboxes, CodeInput, DateInput, ErrorSummary, Radio, Radios, TextInput, Textarea,
};
pub use table::{Caption, Table};
