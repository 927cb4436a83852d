//! Data tables after the GOV.UK table pattern, each in a region of its own that scrolls sideways on a narrow
//! screen (the region takes keyboard focus, so it can be scrolled without a mouse) and is named by the caption.

use leptos::prelude::*;

/// How a table's caption shows: for screen readers only (the page's heading already says it), or as a heading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Caption {
    #[default]
    Hidden,
    Heading,
}

/// The scrolling region, the table, its caption and, given `headings`, a head row of column headings;
/// `children` are the rest of the table (its `<tbody>`, and its own `<thead>` where there are no `headings`).
#[component]
pub fn Table(
    #[prop(into)] caption: String,
    #[prop(optional)] shown: Caption,
    #[prop(optional)] headings: Vec<String>,
    /// An extra class for the table, such as `wm-table--queue`.
    #[prop(optional)]
    modifier: Option<&'static str>,
    /// The region's `id`, for a link to the table.
    #[prop(optional)]
    id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let table_class = match modifier {
        Some(extra) => format!("wm-table {extra}"),
        None => "wm-table".to_string(),
    };
    let caption_class = match shown {
        Caption::Hidden => "wm-table__caption wm-visually-hidden",
        Caption::Heading => "wm-table__caption wm-table__caption--m",
    };
    let label = caption.clone();
    let head = (!headings.is_empty()).then(|| view! { <TableHead headings/> });
    view! {
        <div class="wm-table-wrapper" role="region" tabindex="0" aria-label=label id=id>
            <table class=table_class>
                <caption class=caption_class>{caption}</caption>
                {head}
                {children()}
            </table>
        </div>
    }
}

/// A `<thead>` with one row of column headings.
#[component]
fn TableHead(headings: Vec<String>) -> impl IntoView {
    let cells =
        headings.into_iter().map(|h| view! { <th scope="col" class="wm-table__header">{h}</th> }).collect_view();
    view! {
        <thead class="wm-table__head">
            <tr class="wm-table__row">{cells}</tr>
        </thead>
    }
}
