//! The commissioner's return: the list of ended months and quarters, and one period's tables (counts only,
//! small ones hidden as `[c]`), with links to the same figures as CSV and JSON.

use crate::components::{Caption, Table};
use crate::i18n::use_i18n;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// A period offered: its name (as in the address) and how it reads.
#[derive(Clone, Debug)]
pub struct PeriodLink {
    pub name: String,
    pub label: String,
}

#[component]
pub fn ReturnsPage(months: Vec<PeriodLink>, quarters: Vec<PeriodLink>) -> impl IntoView {
    let i18n = use_i18n();
    let list = |links: Vec<PeriodLink>| {
        links
            .into_iter()
            .map(|p| {
                view! {
                    <li><a class="wm-link" href=format!("/staff/returns/{}", p.name)>{p.label}</a></li>
                }
            })
            .collect_view()
    };
    view! {
        <PageTitle text=i18n.t("returns-title")/>
        <h1 class="wm-heading-xl">{i18n.t("returns-title")}</h1>
        <p class="wm-body">{i18n.t("returns-lead")}</p>
        <h2 class="wm-heading-m">{i18n.t("returns-quarters")}</h2>
        <ul class="wm-list">{list(quarters)}</ul>
        <h2 class="wm-heading-m">{i18n.t("returns-months")}</h2>
        <ul class="wm-list">{list(months)}</ul>
    }
}

/// One table of a period's return, in the reader's words.
#[derive(Clone, Debug)]
pub struct ReturnTableView {
    pub title: String,
    pub columns: Vec<String>,
    /// (row label, figures: `None` when hidden).
    pub rows: Vec<(String, Vec<Option<i64>>)>,
    pub total: Option<Vec<Option<i64>>>,
    pub note: Option<String>,
}

fn cells(figures: Vec<Option<i64>>, hidden: String) -> impl IntoView {
    figures
        .into_iter()
        .map(|f| {
            let text = f.map(|n| n.to_string()).unwrap_or_else(|| hidden.clone());
            view! { <td class="wm-table__cell wm-table__cell--numeric">{text}</td> }
        })
        .collect_view()
}

#[component]
pub fn ReturnPage(name: String, label: String, tables: Vec<ReturnTableView>) -> impl IntoView {
    let i18n = use_i18n();
    let hidden = i18n.t("returns-hidden-mark");
    let tables = tables
        .into_iter()
        .map(|t| {
            let head = t
                .columns
                .iter()
                .map(|c| view! { <th scope="col" class="wm-table__header wm-table__header--numeric">{c.clone()}</th> })
                .collect_view();
            let rows = t
                .rows
                .into_iter()
                .map(|(label, figures)| {
                    view! {
                        <tr class="wm-table__row">
                            <th scope="row" class="wm-table__header">{label}</th>
                            {cells(figures, hidden.clone())}
                        </tr>
                    }
                })
                .collect_view();
            let total = t.total.map(|figures| {
                view! {
                    <tr class="wm-table__row">
                        <th scope="row" class="wm-table__header">{i18n.t("returns-total")}</th>
                        {cells(figures, hidden.clone())}
                    </tr>
                }
            });
            let title = t.title.clone();
            view! {
                <Table caption=title.clone() shown=Caption::Heading>
                    <thead class="wm-table__head">
                        <tr class="wm-table__row">
                            <td class="wm-table__header"></td>
                            {head}
                        </tr>
                    </thead>
                    <tbody class="wm-table__body">{rows}{total}</tbody>
                </Table>
                {t.note.map(|n| view! { <p class="wm-body wm-hint">{n}</p> })}
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("returns-title")/>
        <span class="wm-caption">{i18n.t("returns-title")}</span>
        <h1 class="wm-heading-xl">{label}</h1>
        <p class="wm-body">{i18n.t("returns-method")}</p>
        <p class="wm-body">{i18n.t("returns-equality")}</p>
        <ul class="wm-list">
            <li><a class="wm-link" href=format!("/staff/returns/{name}.csv")>{i18n.t("returns-csv")}</a></li>
            <li><a class="wm-link" href=format!("/staff/returns/{name}.json")>{i18n.t("returns-json")}</a></li>
        </ul>
        {tables}
    }
}
