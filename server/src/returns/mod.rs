//! The commissioner's return: what came of requests over a fixed, ended period ([`periods`]), counted from
//! coarse plain columns only, broken down by service, crime type, age band, area and the optional equality
//! answers, with the outcomes per category of need and the feedback, every figure protected by [`disclosure`]
//! before anyone sees it.

pub mod disclosure;
pub mod periods;
pub mod store;

use crate::{db::Db, db::DbError, services::Directory};
use app::{
    i18n::{msg, Text},
    models::{
        outcome::{NeedCategory, Outcome, Question, Rating},
        partners::Strand,
        request::{AgeBand, Answer, Disability, Ethnicity, Gender, Sexuality},
        vocabulary,
    },
};
use disclosure::Figures;
use periods::Period;
use store::ReturnRow;

/// Whose requests a return covers: the commissioner's is every service; a service manager's their own.
pub use crate::staff::Scope;

/// The measures, the columns of the breakdowns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Received,
    ContactedInPromise,
    NoPromise,
    Supported,
    Closed,
    ClosedImproved,
}

impl Measure {
    pub const ALL: [Measure; 6] = [
        Measure::Received,
        Measure::ContactedInPromise,
        Measure::NoPromise,
        Measure::Supported,
        Measure::Closed,
        Measure::ClosedImproved,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Measure::Received => "received",
            Measure::ContactedInPromise => "contacted_within_promise",
            Measure::NoPromise => "no_promise_recorded",
            Measure::Supported => "supported",
            Measure::Closed => "closed",
            Measure::ClosedImproved => "closed_improved",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Measure::Received => msg("returns-received"),
            Measure::ContactedInPromise => msg("returns-contacted-in-promise"),
            Measure::NoPromise => msg("returns-no-promise"),
            Measure::Supported => msg("returns-supported"),
            Measure::Closed => msg("returns-closed"),
            Measure::ClosedImproved => msg("returns-closed-improved"),
        }
    }

    /// Whether a referral counts in this measure for the period `[from, to)`.
    fn counts(self, r: &ReturnRow, (from, to): (i64, i64)) -> bool {
        let received = r.created_at >= from && r.created_at < to;
        let closed = r.closed && r.closed_at.is_some_and(|at| at >= from && at < to);
        match self {
            Measure::Received => received,
            Measure::ContactedInPromise => {
                received && matches!((r.contacted_at, r.due_at), (Some(c), Some(d)) if c <= d)
            }
            Measure::NoPromise => received && r.due_at.is_none(),
            Measure::Supported => received && r.supported,
            Measure::Closed => closed,
            Measure::ClosedImproved => closed && r.improved,
        }
    }
}

/// A row of a table: a stable id (for CSV and JSON), its label, and its figures (indices into the figures).
#[derive(Clone, Debug)]
pub struct Row {
    pub id: String,
    pub label: Text,
    pub figures: Vec<usize>,
}

/// One table of the return.
#[derive(Clone, Debug)]
pub struct Table {
    pub id: &'static str,
    pub title: Text,
    /// (id, label) of each column.
    pub columns: Vec<(&'static str, Text)>,
    pub rows: Vec<Row>,
    /// The totals row, when the rows add up.
    pub total: Option<Vec<usize>>,
    pub note: Option<Text>,
}

/// A return, its figures already protected: a hidden figure is `None`.
#[derive(Clone, Debug)]
pub struct Return {
    pub period: Period,
    pub scope: Scope,
    pub tables: Vec<Table>,
    pub figures: Vec<Option<i64>>,
}

impl Return {
    /// A figure as published.
    pub fn figure(&self, index: usize) -> Option<i64> {
        self.figures.get(index).copied().flatten()
    }
}

/// A breakdown of the measures by a grouping of the referrals; `groups` maps a referral to its groups (several
/// for crime types, where the rows then do not add up).
struct Breakdown<'a> {
    id: &'static str,
    title: Text,
    rows: Vec<(String, Text)>,
    groups: &'a dyn Fn(&ReturnRow) -> Vec<String>,
    adds_up: bool,
    note: Option<Text>,
}

fn breakdown(f: &mut Figures, rows: &[ReturnRow], bounds: (i64, i64), totals: &[usize], b: Breakdown) -> Table {
    let grouped: Vec<Vec<String>> = rows.iter().map(|r| (b.groups)(r)).collect();
    let table_rows: Vec<Row> = b
        .rows
        .iter()
        .map(|(id, label)| Row {
            id: id.clone(),
            label: label.clone(),
            figures: Measure::ALL
                .iter()
                .map(|m| {
                    let n = rows.iter().zip(&grouped).filter(|(r, g)| g.contains(id) && m.counts(r, bounds)).count();
                    f.add(n as i64)
                })
                .collect(),
        })
        .collect();
    if b.adds_up {
        for (m, &total) in totals.iter().enumerate() {
            let parts: Vec<usize> = table_rows.iter().map(|r| r.figures[m]).collect();
            f.sum(&parts, total);
        }
    }
    Table {
        id: b.id,
        title: b.title,
        columns: Measure::ALL.iter().map(|m| (m.id(), m.label())).collect(),
        rows: table_rows,
        total: b.adds_up.then(|| totals.to_vec()),
        note: b.note,
    }
}

/// Builds the return of `scope` for `period` from the database, and protects it.
pub async fn build(
    db: &Db,
    directory: &Directory,
    needs: &[NeedCategory],
    scope: Scope,
    period: Period,
) -> Result<Return, DbError> {
    let bounds = period.bounds();
    let rows = store::referrals(db, scope.service(), bounds.0, bounds.1).await?;
    let outcomes = store::outcomes(db, scope.service(), bounds.0, bounds.1).await?;
    let feedback = store::feedback(db, scope.service(), &period.month_names()).await?;
    Ok(assemble(directory, needs, scope, period, &rows, &outcomes, &feedback))
}

/// The return's tables from the rows read, protected.
pub fn assemble(
    directory: &Directory,
    needs: &[NeedCategory],
    scope: Scope,
    period: Period,
    rows: &[ReturnRow],
    outcomes: &[(String, String)],
    feedback: &[(String, String, String)],
) -> Return {
    let bounds = period.bounds();
    let mut f = Figures::default();
    let totals: Vec<usize> =
        Measure::ALL.iter().map(|m| f.add(rows.iter().filter(|r| m.counts(r, bounds)).count() as i64)).collect();
    // The receiving services in scope, then any service a referral names that the directory no longer lists.
    let mut services: Vec<(String, Text)> = directory
        .receiving()
        .filter(|s| scope.service().is_none_or(|only| only == s.slug))
        .map(|s| (s.slug.clone(), msg("returns-service").with("name", s.name.clone())))
        .collect();
    let mut others: Vec<&str> = rows.iter().map(|r| r.service.as_str()).collect();
    others.sort_unstable();
    others.dedup();
    for slug in others {
        if !services.iter().any(|(s, _)| s == slug) {
            services.push((slug.to_string(), msg("returns-service").with("name", slug)));
        }
    }
    let mut areas: Vec<String> = rows.iter().filter_map(|r| r.area.clone()).collect();
    areas.sort();
    areas.dedup();
    let mut area_rows: Vec<(String, Text)> =
        areas.into_iter().map(|a| (a.clone(), msg("returns-area").with("area", a))).collect();
    area_rows.push(("not_recorded".into(), msg("returns-not-recorded")));
    let by_service = |r: &ReturnRow| -> Vec<String> { vec![r.service.clone()] };
    let by_crime = |r: &ReturnRow| -> Vec<String> {
        r.crime_types.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect()
    };
    let by_age = |r: &ReturnRow| -> Vec<String> { vec![r.age_band.as_str().to_string()] };
    let by_area = |r: &ReturnRow| -> Vec<String> { vec![r.area.clone().unwrap_or_else(|| "not_recorded".into())] };
    let by_gender = |r: &ReturnRow| answered(&r.eq_gender);
    let by_ethnicity = |r: &ReturnRow| answered(&r.eq_ethnicity);
    let by_sexuality = |r: &ReturnRow| answered(&r.eq_sexuality);
    let by_disability = |r: &ReturnRow| answered(&r.eq_disability);
    // Hate incident reports by the national monitoring strands (one report may name several).
    let by_strand = |r: &ReturnRow| -> Vec<String> {
        r.hate_strands.iter().flat_map(|s| s.split(',')).filter(|s| !s.is_empty()).map(str::to_string).collect()
    };
    let breakdowns = [
        Breakdown {
            id: "service",
            title: msg("returns-by-service"),
            rows: services,
            groups: &by_service,
            adds_up: true,
            note: None,
        },
        Breakdown {
            id: "crime_type",
            title: msg("returns-by-crime"),
            rows: vocabulary::crime_types().into_iter().map(|(id, t)| (id.to_string(), t)).collect(),
            groups: &by_crime,
            adds_up: false,
            note: Some(msg("returns-by-crime-note")),
        },
        Breakdown {
            id: "age_band",
            title: msg("returns-by-age"),
            rows: answer_rows::<AgeBand>(false),
            groups: &by_age,
            adds_up: true,
            note: None,
        },
        Breakdown {
            id: "area",
            title: msg("returns-by-area"),
            rows: area_rows,
            groups: &by_area,
            adds_up: true,
            note: None,
        },
        equality("gender", msg("returns-by-gender"), answer_rows::<Gender>(true), &by_gender),
        equality("ethnicity", msg("returns-by-ethnicity"), answer_rows::<Ethnicity>(true), &by_ethnicity),
        equality("sexuality", msg("returns-by-sexuality"), answer_rows::<Sexuality>(true), &by_sexuality),
        equality("disability", msg("returns-by-disability"), answer_rows::<Disability>(true), &by_disability),
        Breakdown {
            id: "hate_strand",
            title: msg("hate-returns-by-strand"),
            rows: Strand::ALL.iter().map(|s| (s.as_str().to_string(), s.text())).collect(),
            groups: &by_strand,
            adds_up: false,
            note: Some(msg("hate-returns-by-strand-note")),
        },
    ];
    let mut tables: Vec<Table> = breakdowns.into_iter().map(|b| breakdown(&mut f, rows, bounds, &totals, b)).collect();
    tables.push(outcome_table(&mut f, needs, outcomes));
    tables.push(feedback_table(&mut f, feedback));
    let hidden = disclosure::protect(&f);
    let figures = f.values.iter().zip(&hidden).map(|(&v, &h)| (!h).then_some(v)).collect();
    Return { period, scope, tables, figures }
}

/// The rows of a breakdown by an answer: every answer in order, then "not answered" for an optional question.
fn answer_rows<A: Answer>(optional: bool) -> Vec<(String, Text)> {
    let mut rows: Vec<(String, Text)> = A::all().iter().map(|a| (a.word().to_string(), a.label())).collect();
    if optional {
        rows.push((NOT_ANSWERED.into(), msg("returns-not-answered")));
    }
    rows
}

/// The row id of requests without an answer to an optional question (skipped, or sent before it was counted).
const NOT_ANSWERED: &str = "not_answered";

/// The group of a referral by an optional answer.
fn answered(word: &Option<String>) -> Vec<String> {
    vec![word.clone().unwrap_or_else(|| NOT_ANSWERED.into())]
}

/// A breakdown by one of the optional equality answers.
fn equality<'a>(
    id: &'static str,
    title: Text,
    rows: Vec<(String, Text)>,
    groups: &'a dyn Fn(&ReturnRow) -> Vec<String>,
) -> Breakdown<'a> {
    Breakdown { id, title, rows, groups, adds_up: true, note: Some(msg("returns-equality-note")) }
}

/// The outcomes of the needs closed in the period: a row per category, a column per outcome and their total,
/// with a totals row.
fn outcome_table(f: &mut Figures, needs: &[NeedCategory], outcomes: &[(String, String)]) -> Table {
    let mut rows = Vec::new();
    for need in needs {
        let cells: Vec<usize> = Outcome::ALL
            .iter()
            .map(|o| f.add(outcomes.iter().filter(|(n, w)| *n == need.id && w == o.as_str()).count() as i64))
            .collect();
        let total = f.add(cells.iter().map(|&i| f.values[i]).sum());
        f.sum(&cells, total);
        rows.push(Row { id: need.id.clone(), label: need.text(), figures: [cells, vec![total]].concat() });
    }
    let total: Vec<usize> = (0..=Outcome::ALL.len())
        .map(|c| {
            let parts: Vec<usize> = rows.iter().map(|r: &Row| r.figures[c]).collect();
            let total = f.add(parts.iter().map(|&i| f.values[i]).sum());
            f.sum(&parts, total);
            total
        })
        .collect();
    let mut columns: Vec<(&'static str, Text)> = Outcome::ALL.iter().map(|o| (o.as_str(), o.label())).collect();
    columns.push(("needs_closed", msg("returns-needs-closed")));
    Table {
        id: "outcomes",
        title: msg("returns-outcomes"),
        columns,
        rows,
        total: Some(total),
        note: Some(msg("returns-outcomes-note")),
    }
}

/// The feedback given in the period: a row per question, a column per answer, each row adding up to the number
/// of people who answered (one figure, shared by the rows).
fn feedback_table(f: &mut Figures, feedback: &[(String, String, String)]) -> Table {
    let answered = f.add(feedback.len() as i64);
    let rows: Vec<Row> = Question::ALL
        .iter()
        .map(|&q| {
            let cells: Vec<usize> = Rating::ALL
                .iter()
                .map(|r| {
                    let given = |(easy, listened, recommend): &(String, String, String)| match q {
                        Question::Easy => easy.clone(),
                        Question::Listened => listened.clone(),
                        Question::Recommend => recommend.clone(),
                    };
                    f.add(feedback.iter().filter(|fb| given(fb) == r.as_str()).count() as i64)
                })
                .collect();
            f.sum(&cells, answered);
            Row { id: q.as_str().to_string(), label: q.text(), figures: [cells, vec![answered]].concat() }
        })
        .collect();
    let mut columns: Vec<(&'static str, Text)> = Rating::ALL.iter().map(|r| (r.as_str(), rating_label(*r))).collect();
    columns.push(("answered", msg("returns-answered")));
    Table { id: "feedback", title: msg("returns-feedback"), columns, rows, total: None, note: None }
}

fn rating_label(rating: Rating) -> Text {
    match rating {
        Rating::Yes => msg("feedback-yes"),
        Rating::Partly => msg("feedback-partly-or-maybe"),
        Rating::No => msg("feedback-no"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(created_at: i64) -> ReturnRow {
        ReturnRow {
            service: "victim-hub".into(),
            crime_types: "violence".into(),
            age_band: AgeBand::RatherNotSay,
            area: None,
            created_at,
            due_at: None,
            contacted_at: None,
            closed_at: None,
            closed: false,
            supported: false,
            improved: false,
            eq_gender: None,
            eq_ethnicity: None,
            eq_sexuality: None,
            eq_disability: None,
            hate_strands: None,
        }
    }

    #[test]
    fn measures_count_what_happened_in_the_period() {
        let november = Period::Month { year: 2026, month: 11 };
        let bounds = november.bounds();
        let inside = bounds.0 + 10;
        let in_time = ReturnRow { due_at: Some(inside + 100), contacted_at: Some(inside + 100), ..row(inside) };
        assert!(Measure::ContactedInPromise.counts(&in_time, bounds));
        assert!(!Measure::NoPromise.counts(&in_time, bounds));
        let late = ReturnRow { due_at: Some(inside + 100), contacted_at: Some(inside + 101), ..row(inside) };
        assert!(!Measure::ContactedInPromise.counts(&late, bounds));
        let no_promise = ReturnRow { contacted_at: Some(inside), ..row(inside) };
        assert!(!Measure::ContactedInPromise.counts(&no_promise, bounds));
        assert!(Measure::NoPromise.counts(&no_promise, bounds));
        // Received in October, closed with an improved need in November.
        let earlier = ReturnRow { closed: true, closed_at: Some(inside), improved: true, ..row(bounds.0 - 86_400) };
        assert!(!Measure::Received.counts(&earlier, bounds));
        assert!(Measure::Closed.counts(&earlier, bounds) && Measure::ClosedImproved.counts(&earlier, bounds));
        // Arrived in the first second after the period: not in it.
        assert!(!Measure::Received.counts(&row(bounds.1), bounds));
        assert!(Measure::Received.counts(&row(bounds.1 - 1), bounds));
    }

    #[test]
    fn every_small_figure_of_an_assembled_return_is_hidden() {
        let period = Period::Month { year: 2026, month: 11 };
        let start = period.bounds().0;
        let rows: Vec<ReturnRow> = (0..7).map(|i| row(start + i)).collect();
        let outcomes = vec![("safety".to_string(), "improved".to_string())];
        let needs = vec![NeedCategory { id: "safety".into(), label: "needs-category-safety" }];
        let r = assemble(&Directory::default(), &needs, Scope::Every, period, &rows, &outcomes, &[]);
        let received = r.tables[0].total.as_ref().unwrap()[0];
        assert_eq!(r.figure(received), Some(7));
        // One need closed as improved: hidden wherever it appears, with its totals.
        let outcomes = r.tables.iter().find(|t| t.id == "outcomes").unwrap();
        assert_eq!(r.figure(outcomes.rows[0].figures[0]), None);
        assert_eq!(r.figure(outcomes.rows[0].figures[1]), Some(0));
        assert!(r.figures.iter().flatten().all(|&v| v == 0 || v >= disclosure::SMALLEST_SHOWN));
    }

    #[test]
    fn hate_incident_reports_are_counted_by_strand_and_small_counts_hidden() {
        let period = Period::Month { year: 2026, month: 11 };
        let start = period.bounds().0;
        let report = |i: i64, strands: &str| ReturnRow {
            service: "hate-crime-reporting".into(),
            crime_types: "hate-crime".into(),
            hate_strands: Some(strands.into()),
            ..row(start + i)
        };
        let mut rows: Vec<ReturnRow> = (0..6).map(|i| report(i, "race,religion")).collect();
        rows.push(report(6, "disability"));
        rows.push(row(start + 7));
        let r = assemble(&Directory::default(), &[], Scope::Every, period, &rows, &[], &[]);
        let table = r.tables.iter().find(|t| t.id == "hate_strand").expect("the strands table");
        let received = |id: &str| r.figure(table.rows.iter().find(|row| row.id == id).expect(id).figures[0]);
        assert_eq!(received("race"), Some(6));
        assert_eq!(received("religion"), Some(6));
        assert_eq!(received("disability"), None, "one report: hidden");
        assert_eq!(received("transgender"), Some(0));
        assert!(table.total.is_none(), "a report may name several strands");
    }
}
