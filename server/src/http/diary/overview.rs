//! The diary as a whole: progress (how someone has been feeling, and what helped most often), the timeline,
//! the printable copy, and the export of every entry as JSON.

use super::{view_of, DiaryAccess};
use crate::{
    dates,
    diary::{self, summary},
    http::{error::Result, page::Page},
    AppState,
};
use app::pages::diary::{PrintPage, ProgressPage, ProgressPoint, TimelinePage};
use axum::{
    extract::State,
    response::{IntoResponse, Response},
    Json,
};
use http::{header, HeaderValue};
use leptos::prelude::*;
use serde_json::json;

pub async fn progress(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Result {
    let entries = diary::all(&state.db, diary.owner()).await?;
    let points: Vec<ProgressPoint> = entries
        .iter()
        .filter_map(|e| {
            let c = e.content.as_ref().filter(|c| c.feeling > 0)?;
            let (year, month, day) = dates::civil_from_days(e.day);
            Some(ProgressPoint { day_number: e.day, year, month, day, feeling: c.feeling })
        })
        .collect();
    let helped = summary::what_helped(&entries);
    Ok(page.render(move || view! { <ProgressPage points=points.clone() helped=helped.clone()/> }).await)
}

pub async fn timeline(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Result {
    let entries = diary::all(&state.db, diary.owner()).await?;
    let views: Vec<_> = entries.iter().rev().map(view_of).collect();
    Ok(page.render(move || view! { <TimelinePage entries=views.clone()/> }).await)
}

pub async fn print(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Result {
    let entries = diary::all(&state.db, diary.owner()).await?;
    let views: Vec<_> = entries.iter().map(view_of).collect();
    Ok(page.render(move || view! { <PrintPage entries=views.clone()/> }).await)
}

/// `GET /diary/export`: every entry as JSON, oldest first.
pub async fn export(State(state): State<AppState>, diary: DiaryAccess) -> Result {
    let entries = diary::all(&state.db, diary.owner()).await?;
    let items: Vec<_> = entries
        .iter()
        .map(|e| match &e.content {
            Some(c) => json!({
                "date": dates::iso_date(e.day),
                "feeling": (c.feeling > 0).then_some(c.feeling),
                "text": c.text,
                "what_helped": c.helped,
                "what_else_helped": c.own_tags,
                "from_guide": c.source.as_ref().map(|s| s.title.clone()),
                "written": dates::iso8601(e.created_at),
                "last_changed": dates::iso8601(e.updated_at),
            }),
            None => json!({ "date": dates::iso_date(e.day), "unreadable": true }),
        })
        .collect();
    let body = json!({
        "about": "Your Waymark diary. Feeling is from 1 (very low) to 10 (very good).",
        "entries": items,
    });
    Ok(download(Json(body).into_response()))
}

/// The export as a file to keep, never cached.
fn download(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"waymark-diary.json\""));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
