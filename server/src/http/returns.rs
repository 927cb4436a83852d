//! The commissioner's return over ended months and quarters: `/staff/returns` lists them, and
//! `/staff/returns/{period}` shows one (`2026-11`, `2026-Q3`), with `.csv` and `.json` for the same figures.
//! `/staff/report` (the old sliding-window report) now leads here.
//!
//! Access ([`Reader`]): the commissioner and the operator read every service's figures; a service manager their
//! own service's; anyone else is answered as if the page did not exist.

use super::{
    error::{Error, Result},
    page::Page,
    roles::{Commissioner, Manager},
};
use crate::{
    returns::{self, periods::Period, Return, Scope},
    AppState,
};
use app::{
    i18n::I18n,
    pages::{
        diary::month_name,
        returns::{PeriodLink, ReturnPage, ReturnTableView, ReturnsPage},
    },
};
use axum::{
    extract::{FromRequestParts, Path, State},
    response::{IntoResponse, Redirect},
    routing::get,
    Json, Router,
};
use http::{header, request::Parts, HeaderValue};
use leptos::prelude::*;
use serde_json::json;

/// How many ended months and quarters the list offers.
const MONTHS_OFFERED: usize = 12;
const QUARTERS_OFFERED: usize = 8;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/returns", get(index))
        .route("/staff/returns/{file}", get(period))
        .route("/staff/report", get(moved))
        .route("/staff/report.csv", get(moved))
}

/// Someone allowed to read returns, and the scope they may read.
pub struct Reader {
    pub scope: Scope,
}

impl FromRequestParts<AppState> for Reader {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        if Commissioner::from_request_parts(parts, state).await.is_ok() {
            return Ok(Reader { scope: Scope::Every });
        }
        let manager = Manager::from_request_parts(parts, state).await?;
        Ok(Reader { scope: manager.scope })
    }
}

/// How a period reads: "November 2026", "July to September 2026".
fn period_label(i18n: &I18n, period: Period) -> String {
    match period {
        Period::Month { year, month } => {
            i18n.tr("returns-month", &[("month", month_name(i18n, month).into()), ("year", year.into())])
        }
        Period::Quarter { year, quarter } => i18n.tr(
            "returns-quarter",
            &[
                ("first", month_name(i18n, quarter * 3 - 2).into()),
                ("last", month_name(i18n, quarter * 3).into()),
                ("year", year.into()),
            ],
        ),
    }
}

pub async fn index(State(state): State<AppState>, page: Page, _: Reader) -> Result {
    let (months, quarters) = returns::periods::ended_before(state.clock.now(), MONTHS_OFFERED, QUARTERS_OFFERED);
    let i18n = page.i18n();
    let links = |periods: Vec<Period>| -> Vec<PeriodLink> {
        periods.into_iter().map(|p| PeriodLink { name: p.name(), label: period_label(&i18n, p) }).collect()
    };
    let (months, quarters) = (links(months), links(quarters));
    Ok(page.render(move || view! { <ReturnsPage months=months.clone() quarters=quarters.clone()/> }).await)
}

/// What a period's address asks for.
enum Format {
    Page,
    Csv,
    Json,
}

/// Reads `2026-11`, `2026-11.csv` or `2026-Q3.json`: an ended period only (a period still running, or not a
/// period at all, is not found).
fn asked(file: &str, now: i64) -> Option<(Period, Format)> {
    let (name, format) = if let Some(name) = file.strip_suffix(".csv") {
        (name, Format::Csv)
    } else if let Some(name) = file.strip_suffix(".json") {
        (name, Format::Json)
    } else {
        (file, Format::Page)
    };
    Period::parse(name).filter(|p| p.ended(now)).map(|p| (p, format))
}

pub async fn period(State(state): State<AppState>, page: Page, reader: Reader, Path(file): Path<String>) -> Result {
    let (period, format) = asked(&file, state.clock.now()).ok_or(Error::NotFound)?;
    let needs = state.library.needs();
    let ret = returns::build(&state.db, &state.directory, needs, reader.scope, period).await?;
    let i18n = page.i18n();
    match format {
        Format::Page => {
            let tables = views(&ret, &i18n);
            let (name, label) = (period.name(), period_label(&i18n, period));
            Ok(page
                .render(move || view! { <ReturnPage name=name.clone() label=label.clone() tables=tables.clone()/> })
                .await)
        }
        Format::Csv => Ok(download(csv(&ret, &i18n), "text/csv; charset=utf-8", &format!("{}.csv", period.name()))),
        Format::Json => {
            let mut response = Json(to_json(&ret)).into_response();
            let disposition = format!("attachment; filename=\"return-{}.json\"", period.name());
            if let Ok(value) = HeaderValue::from_str(&disposition) {
                response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
            }
            Ok(response)
        }
    }
}

fn download(body: String, content_type: &'static str, file: &str) -> axum::response::Response {
    let disposition = format!("attachment; filename=\"return-{file}\"");
    let mut response = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The old report's addresses lead to the list of returns.
pub async fn moved(_: Reader) -> Redirect {
    Redirect::to("/staff/returns")
}

fn views(ret: &Return, i18n: &I18n) -> Vec<ReturnTableView> {
    let figures = |indices: &[usize]| indices.iter().map(|&i| ret.figure(i)).collect::<Vec<_>>();
    ret.tables
        .iter()
        .map(|t| ReturnTableView {
            title: i18n.text(&t.title),
            columns: t.columns.iter().map(|(_, label)| i18n.text(label)).collect(),
            rows: t.rows.iter().map(|r| (i18n.text(&r.label), figures(&r.figures))).collect(),
            total: t.total.as_deref().map(&figures),
            note: t.note.as_ref().map(|n| i18n.text(n)),
        })
        .collect()
}

/// The figures as CSV, one per line: table, row id, row label, column id, count (`[c]` when hidden).
pub fn csv(ret: &Return, i18n: &I18n) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = String::from("period,table,row,row_label,column,count\n");
    let period = ret.period.name();
    let total_label = i18n.t("returns-total");
    for t in &ret.tables {
        let total = t.total.iter().map(|figures| ("total", total_label.clone(), figures));
        let rows = t.rows.iter().map(|r| (r.id.as_str(), i18n.text(&r.label), &r.figures)).chain(total);
        for (id, label, figures) in rows {
            for ((column, _), &index) in t.columns.iter().zip(figures.iter()) {
                let count = ret.figure(index).map(|n| n.to_string()).unwrap_or_else(|| "[c]".into());
                out.push_str(&format!("{period},{},{},{},{column},{count}\n", t.id, quote(id), quote(&label)));
            }
        }
    }
    out
}

/// The figures as JSON: ids only (no labels), a hidden figure as `null`.
pub fn to_json(ret: &Return) -> serde_json::Value {
    let figures = |indices: &[usize]| indices.iter().map(|&i| ret.figure(i)).collect::<Vec<_>>();
    let scope = match &ret.scope {
        Scope::Every => json!("all_services"),
        Scope::Service(slug) => json!({ "service": slug }),
    };
    let (from, to) = ret.period.bounds();
    json!({
        "period": ret.period.name(),
        "from": crate::dates::iso8601(from),
        "to": crate::dates::iso8601(to),
        "scope": scope,
        "disclosure": {
            "method": "primary suppression of counts from 1 to 4, with secondary suppression until no hidden count can be worked out from the sums",
        },
        "tables": ret.tables.iter().map(|t| json!({
            "id": t.id,
            "columns": t.columns.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            "rows": t.rows.iter().map(|r| json!({ "id": r.id, "counts": figures(&r.figures) })).collect::<Vec<_>>(),
            "total": t.total.as_deref().map(&figures),
        })).collect::<Vec<_>>(),
    })
}
