//! Progress: a chart of how someone has been feeling over time (an SVG drawn on the server, with the same
//! figures as a table), and what has helped most often.

use super::long_date;
use crate::components::BackLink;
use crate::i18n::use_i18n;
use crate::models::diary::WhatHelped;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// One entry's place on the chart.
#[derive(Clone, Debug)]
pub struct ProgressPoint {
    /// Days since 1970-01-01, for spacing the chart.
    pub day_number: i64,
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub feeling: u8,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;

fn x_of(day: i64, first: i64, last: i64) -> f64 {
    let span = (last - first).max(1) as f64;
    LEFT + (day - first) as f64 / span * (WIDTH - LEFT - RIGHT)
}

fn y_of(feeling: u8) -> f64 {
    let plot = HEIGHT - TOP - BOTTOM;
    TOP + (10.0 - f64::from(feeling.clamp(1, 10))) / 9.0 * plot
}

/// `helped` is each thing that helped (a standard choice, or the person's own words) with how many entries
/// name it, most first.
#[component]
pub fn ProgressPage(points: Vec<ProgressPoint>, helped: Vec<(WhatHelped, i64)>) -> impl IntoView {
    let i18n = use_i18n();
    let chart = (!points.is_empty()).then(|| {
        let first = points.first().map(|p| p.day_number).unwrap_or(0);
        let last = points.last().map(|p| p.day_number).unwrap_or(0);
        let line = points
            .iter()
            .map(|p| format!("{:.1},{:.1}", x_of(p.day_number, first, last), y_of(p.feeling)))
            .collect::<Vec<_>>()
            .join(" ");
        let dots = points
            .iter()
            .map(|p| {
                view! {
                    <circle
                        class="wm-chart__point"
                        cx=format!("{:.1}", x_of(p.day_number, first, last))
                        cy=format!("{:.1}", y_of(p.feeling))
                        r="5"
                    />
                }
            })
            .collect_view();
        let gridlines = [1u8, 5, 10]
            .into_iter()
            .map(|level| {
                let y = format!("{:.1}", y_of(level));
                view! {
                    <line class="wm-chart__grid" x1=LEFT.to_string() x2=(WIDTH - RIGHT).to_string() y1=y.clone() y2=y.clone()/>
                    <text class="wm-chart__label" x=(LEFT - 10.0).to_string() y=y text-anchor="end" dominant-baseline="middle">
                        {level.to_string()}
                    </text>
                }
            })
            .collect_view();
        let (first_point, last_point) = (&points[0], &points[points.len() - 1]);
        let start = long_date(&i18n, first_point.year, first_point.month, first_point.day);
        let end = long_date(&i18n, last_point.year, last_point.month, last_point.day);
        let description = i18n.tr(
            "diary-chart-description",
            &[("count", (points.len() as i64).into()), ("start", start.clone().into()), ("end", end.clone().into())],
        );
        let baseline = (HEIGHT - BOTTOM + 24.0).to_string();
        view! {
            <figure class="wm-chart">
                <svg
                    class="wm-chart__svg"
                    viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                    role="img"
                    aria-labelledby="chart-title chart-description"
                    preserveAspectRatio="xMidYMid meet"
                >
                    <title id="chart-title">{i18n.t("diary-chart-title")}</title>
                    <desc id="chart-description">{description}</desc>
                    {gridlines}
                    <polyline class="wm-chart__line" points=line fill="none"/>
                    {dots}
                    <text class="wm-chart__label" x=LEFT.to_string() y=baseline.clone() text-anchor="start">{start}</text>
                    <text class="wm-chart__label" x=(WIDTH - RIGHT).to_string() y=baseline text-anchor="end">{end}</text>
                </svg>
                <figcaption class="wm-hint">{i18n.t("diary-chart-caption")}</figcaption>
            </figure>
        }
    });
    let rows = points
        .iter()
        .rev()
        .map(|p| {
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{long_date(&i18n, p.year, p.month, p.day)}</td>
                    <td class="wm-table__cell">{p.feeling.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let helped_items = helped
        .iter()
        .map(|(what, count)| {
            let label = match what {
                WhatHelped::Choice(helped) => i18n.text(&helped.label()),
                WhatHelped::Own(words) => words.clone(),
            };
            view! {
                <li>{label} " — " {i18n.tr("diary-helped-count", &[("count", (*count).into())])}</li>
            }
        })
        .collect_view();
    let empty = points.is_empty().then(|| view! { <p class="wm-body">{i18n.t("diary-progress-empty")}</p> });
    view! {
        <PageTitle text=i18n.t("diary-progress-title")/>
        <BackLink href="/diary".to_string()/>
        <h1 class="wm-heading-xl">{i18n.t("diary-progress-heading")}</h1>
        {empty}
        {chart}
        <h2 class="wm-heading-m">{i18n.t("diary-helped-heading")}</h2>
        {if helped.is_empty() {
            view! { <p class="wm-body">{i18n.t("diary-helped-none")}</p> }.into_any()
        } else {
            view! { <ol class="wm-list wm-list--number">{helped_items}</ol> }.into_any()
        }}
        <h2 class="wm-heading-m">{i18n.t("diary-table-heading")}</h2>
        <table class="wm-table">
            <caption class="wm-table__caption wm-visually-hidden">{i18n.t("diary-table-caption")}</caption>
            <thead class="wm-table__head">
                <tr class="wm-table__row">
                    <th scope="col" class="wm-table__header">{i18n.t("diary-table-date")}</th>
                    <th scope="col" class="wm-table__header">{i18n.t("diary-table-feeling")}</th>
                </tr>
            </thead>
            <tbody class="wm-table__body">{rows}</tbody>
        </table>
    }
}
