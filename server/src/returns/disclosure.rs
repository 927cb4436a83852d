//! Disclosure control for the return: small counts are hidden, and more figures are hidden until no hidden
//! figure can be worked out from the published ones by adding and subtracting along rows, columns and totals.
//!
//! The method (also in the README and on the return's page):
//! - **Primary suppression**: every figure from 1 to [`SMALLEST_SHOWN`]` - 1` (1–4), totals included, is hidden.
//!   0 is shown: it says that nobody is in a group, not who is.
//! - **Secondary suppression**: the figures of a return are tied together by sums (a column adds up to its
//!   total, a row to its total, and the same total appears in several tables). While any hidden figure is
//!   determined by the published ones (it is fixed by the linear system of those sums: exact Gaussian
//!   elimination, which finds every recovery by subtraction, however many steps it takes), one more figure on
//!   one of its sums is hidden: the smallest non-zero one, so as little as possible is lost. The same is done
//!   while reasoning from ranges narrows a hidden figure to one value (a hidden figure is at least 1, as 0 is
//!   shown: two hidden figures on a sum that leaves 2 are both 1), see [`narrowed`].
//!
//! The figures are one flat list, so a total shared by several tables is one figure, hidden everywhere or
//! nowhere.

/// Counts below this are hidden.
pub const SMALLEST_SHOWN: i64 = 5;

/// Figures tied together by sums: each line says that the figures with coefficient 1 add up to the figure with
/// coefficient -1 (a total).
#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub values: Vec<i64>,
    pub lines: Vec<Vec<(usize, i64)>>,
}

impl Figures {
    /// Adds a figure; returns its index.
    pub fn add(&mut self, value: i64) -> usize {
        self.values.push(value);
        self.values.len() - 1
    }

    /// Ties `parts` to their `total`.
    pub fn sum(&mut self, parts: &[usize], total: usize) {
        let mut line: Vec<(usize, i64)> = parts.iter().map(|&p| (p, 1)).collect();
        line.push((total, -1));
        self.lines.push(line);
    }
}

/// Which figures are hidden, by index.
pub fn protect(figures: &Figures) -> Vec<bool> {
    let mut hidden: Vec<bool> = figures.values.iter().map(|&v| v > 0 && v < SMALLEST_SHOWN).collect();
    loop {
        let exposed =
            determined(figures, &hidden).into_iter().next().or_else(|| narrowed(figures, &hidden).into_iter().next());
        let Some(k) = exposed else { break };
        match secondary(figures, &hidden, k) {
            Some(next) => hidden[next] = true,
            None => break,
        }
    }
    hidden
}

/// A value larger than any count, for "no upper bound".
const UNBOUNDED: i64 = i64::MAX / 4;

/// The hidden figures that the published ones, the sums and the knowledge that a hidden figure is at least 1
/// (0 is always shown) narrow to one value: each hidden figure starts between 1 and unbounded, and each sum
/// tightens the range of each of its figures from the ranges of the others, until nothing changes. This
/// catches what elimination alone does not, such as two hidden figures on a sum that leaves 2 for them both.
pub fn narrowed(figures: &Figures, hidden: &[bool]) -> Vec<usize> {
    let mut lo: Vec<i64> = figures.values.iter().zip(hidden).map(|(&v, &h)| if h { 1 } else { v }).collect();
    let mut hi: Vec<i64> = figures.values.iter().zip(hidden).map(|(&v, &h)| if h { UNBOUNDED } else { v }).collect();
    for _ in 0..100 {
        let mut changed = false;
        for line in &figures.lines {
            for &(k, ck) in line.iter().filter(|(k, _)| hidden[*k]) {
                // ck * x_k = -(sum of the others); the others' range, each c * x with c = ±1.
                let (mut min, mut max) = (0i64, 0i64);
                for &(j, cj) in line.iter().filter(|(j, _)| *j != k) {
                    let (a, b) = if cj > 0 { (lo[j], hi[j]) } else { (-hi[j], -lo[j]) };
                    min = min.saturating_add(a).clamp(-UNBOUNDED, UNBOUNDED);
                    max = max.saturating_add(b).clamp(-UNBOUNDED, UNBOUNDED);
                }
                let (new_lo, new_hi) = if ck > 0 { (-max, -min) } else { (min, max) };
                if new_lo > lo[k] {
                    lo[k] = new_lo;
                    changed = true;
                }
                if new_hi < hi[k] {
                    hi[k] = new_hi;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    (0..figures.values.len()).filter(|&i| hidden[i] && lo[i] >= hi[i]).collect()
}

/// The figure to hide so that the determined hidden figure `k` is not: the smallest non-zero visible figure on
/// one of its lines; failing that any visible figure on them; failing that, anywhere.
fn secondary(figures: &Figures, hidden: &[bool], k: usize) -> Option<usize> {
    let on_lines: Vec<usize> = figures
        .lines
        .iter()
        .filter(|line| line.iter().any(|(i, _)| *i == k))
        .flat_map(|line| line.iter().map(|(i, _)| *i))
        .filter(|i| !hidden[*i])
        .collect();
    let everywhere: Vec<usize> = (0..figures.values.len()).filter(|i| !hidden[*i]).collect();
    let smallest = |candidates: &[usize], nonzero: bool| {
        candidates
            .iter()
            .copied()
            .filter(|&i| !nonzero || figures.values[i] > 0)
            .min_by_key(|&i| (figures.values[i], i))
    };
    smallest(&on_lines, true)
        .or_else(|| smallest(&on_lines, false))
        .or_else(|| smallest(&everywhere, true))
        .or_else(|| smallest(&everywhere, false))
}

/// The hidden figures whose value the published figures fix: those whose unit vector lies in the row space of
/// the lines restricted to the hidden figures, read from its reduced row echelon form (the coefficients are 0
/// and ±1 and the systems small, so `f64` with a tolerance decides zero and non-zero correctly).
pub fn determined(figures: &Figures, hidden: &[bool]) -> Vec<usize> {
    let unknowns: Vec<usize> = (0..figures.values.len()).filter(|&i| hidden[i]).collect();
    if unknowns.is_empty() {
        return Vec::new();
    }
    let column = |i: usize| unknowns.binary_search(&i).ok();
    let mut rows: Vec<Vec<f64>> = figures
        .lines
        .iter()
        .map(|line| {
            let mut row = vec![0.0; unknowns.len()];
            for &(i, c) in line {
                if let Some(j) = column(i) {
                    row[j] += c as f64;
                }
            }
            row
        })
        .filter(|row| row.iter().any(|v| v.abs() > 1e-9))
        .collect();
    let mut pivot_row = 0;
    for col in 0..unknowns.len() {
        let Some(p) = (pivot_row..rows.len()).find(|&r| rows[r][col].abs() > 1e-9) else { continue };
        rows.swap(pivot_row, p);
        let lead = rows[pivot_row][col];
        rows[pivot_row].iter_mut().for_each(|v| *v /= lead);
        for r in 0..rows.len() {
            if r != pivot_row && rows[r][col].abs() > 1e-9 {
                let factor = rows[r][col];
                let pivot = rows[pivot_row].clone();
                rows[r].iter_mut().zip(pivot).for_each(|(v, p)| *v -= factor * p);
            }
        }
        pivot_row += 1;
        if pivot_row == rows.len() {
            break;
        }
    }
    rows.iter()
        .filter_map(|row| {
            let mut nonzero = row.iter().enumerate().filter(|(_, v)| v.abs() > 1e-9);
            match (nonzero.next(), nonzero.next()) {
                (Some((j, _)), None) => Some(unknowns[j]),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A table of cells with a total for each row, each column and the whole; returns the figures and the index
    /// of each cell as a grid including the totals (the last row and column).
    fn table(cells: &[Vec<i64>]) -> (Figures, Vec<Vec<usize>>) {
        let mut f = Figures::default();
        let columns = cells.first().map_or(0, Vec::len);
        let mut grid: Vec<Vec<usize>> = cells.iter().map(|row| row.iter().map(|&v| f.add(v)).collect()).collect();
        for row in grid.iter_mut() {
            let total = f.add(row.iter().map(|&i| f.values[i]).sum());
            f.sum(&row.clone(), total);
            row.push(total);
        }
        let totals: Vec<usize> = (0..=columns)
            .map(|c| {
                let parts: Vec<usize> = grid.iter().map(|row| row[c]).collect();
                let total = f.add(parts.iter().map(|&i| f.values[i]).sum());
                f.sum(&parts, total);
                total
            })
            .collect();
        grid.push(totals);
        (f, grid)
    }

    /// The attack: whatever can be worked out by subtraction along a line with one unknown figure, repeated
    /// until nothing more can be (each figure found may open another line). Returns the figures recovered, with
    /// the values the attacker works out.
    fn recover_by_subtraction(figures: &Figures, hidden: &[bool]) -> Vec<(usize, i64)> {
        let mut known: Vec<Option<i64>> = figures.values.iter().zip(hidden).map(|(&v, &h)| (!h).then_some(v)).collect();
        let mut found = Vec::new();
        loop {
            let mut progress = false;
            for line in &figures.lines {
                let unknown: Vec<&(usize, i64)> = line.iter().filter(|(i, _)| known[*i].is_none()).collect();
                if let [(i, c)] = unknown[..] {
                    let rest: i64 =
                        line.iter().filter(|(j, _)| j != i).map(|(j, cj)| cj * known[*j].unwrap_or(0)).sum();
                    let value = -rest / c;
                    known[*i] = Some(value);
                    found.push((*i, value));
                    progress = true;
                }
            }
            if !progress {
                return found;
            }
        }
    }

    /// The attack with ranges: a hidden figure is at least 1 and at most the total of any sum it is part of
    /// minus the least the others can be; repeated over every sum. Returns the hidden figures left with one
    /// possible value.
    fn pinned_by_ranges(f: &Figures, hidden: &[bool]) -> Vec<usize> {
        let n = f.values.len();
        let mut range: Vec<(i64, i64)> =
            (0..n).map(|i| if hidden[i] { (1, 1_000_000) } else { (f.values[i], f.values[i]) }).collect();
        for _ in 0..50 {
            for line in &f.lines {
                // Parts (+1) add up to a total (-1).
                let (total, _) = *line.iter().find(|(_, c)| *c < 0).expect("a total");
                let parts: Vec<usize> = line.iter().filter(|(_, c)| *c > 0).map(|(i, _)| *i).collect();
                let low: i64 = parts.iter().map(|&p| range[p].0).sum();
                let high: i64 = parts.iter().map(|&p| range[p].1).sum();
                range[total] = (range[total].0.max(low), range[total].1.min(high));
                for &p in &parts {
                    let others_low = low - range[p].0;
                    let others_high = high - range[p].1;
                    range[p] =
                        (range[p].0.max(range[total].0 - others_high), range[p].1.min(range[total].1 - others_low));
                }
            }
        }
        (0..n).filter(|&i| hidden[i] && range[i].0 >= range[i].1).collect()
    }

    #[test]
    fn two_hidden_ones_on_a_sum_are_not_left_to_be_worked_out() {
        // 1 + 1 + 10 = 12: hiding the two 1s leaves 2 for them, and each hidden figure is at least 1.
        let mut f = Figures::default();
        let parts = [f.add(1), f.add(1), f.add(10)];
        let total = f.add(12);
        f.sum(&parts, total);
        let primary = vec![true, true, false, false];
        assert!(determined(&f, &primary).is_empty(), "elimination alone finds nothing");
        assert_eq!(pinned_by_ranges(&f, &primary), vec![0, 1], "but ranges do");
        assert_eq!(narrowed(&f, &primary), vec![0, 1]);
        let hidden = protect(&f);
        assert!(hidden[2], "the 10 is hidden too");
        assert!(pinned_by_ranges(&f, &hidden).is_empty());
    }

    #[test]
    fn the_attack_recovers_a_small_count_hidden_alone() {
        // Hiding only the small counts is not enough: 3 = 13 - 10.
        let (f, grid) = table(&[vec![3, 10], vec![6, 7]]);
        let primary: Vec<bool> = f.values.iter().map(|&v| v > 0 && v < SMALLEST_SHOWN).collect();
        let found = recover_by_subtraction(&f, &primary);
        assert!(found.contains(&(grid[0][0], 3)), "{found:?}");
        assert_eq!(determined(&f, &primary), vec![grid[0][0]]);
    }

    #[test]
    fn a_secondary_figure_protects_the_small_one() {
        let (f, grid) = table(&[vec![3, 10], vec![6, 7]]);
        let hidden = protect(&f);
        assert!(hidden[grid[0][0]]);
        assert!(recover_by_subtraction(&f, &hidden).is_empty());
        assert!(determined(&f, &hidden).is_empty());
        // Its column loses the smallest other figure first (6), and more follow until no sum gives any away.
        assert!(hidden[grid[1][0]]);
        assert!(hidden.iter().filter(|h| **h).count() >= 4, "{hidden:?}");
    }

    #[test]
    fn zeros_are_shown_and_a_table_without_small_counts_is_whole() {
        let (f, _) = table(&[vec![0, 10], vec![6, 7]]);
        assert!(protect(&f).iter().all(|h| !h));
    }

    #[test]
    fn a_small_total_is_hidden_with_its_parts() {
        // 2 + 1 = 3: every figure small.
        let (f, grid) = table(&[vec![2, 1]]);
        let hidden = protect(&f);
        assert!(hidden[grid[0][0]] && hidden[grid[0][1]] && hidden[grid[0][2]]);
        assert!(recover_by_subtraction(&f, &hidden).is_empty());
    }

    /// One record: which group it falls in for each of three breakdowns, and which of two measures it counts in.
    type Record = ([usize; 3], [bool; 2]);

    /// The return's shape: for each breakdown, a table of groups × measures whose columns add up to the
    /// measure's total, the totals shared by every breakdown.
    fn breakdowns(records: &[Record], groups: [usize; 3]) -> Figures {
        let mut f = Figures::default();
        let totals: Vec<usize> = (0..2).map(|m| f.add(records.iter().filter(|r| r.1[m]).count() as i64)).collect();
        for (b, &count) in groups.iter().enumerate() {
            for (m, &total) in totals.iter().enumerate() {
                let parts: Vec<usize> = (0..count)
                    .map(|g| f.add(records.iter().filter(|r| r.0[b] % count == g && r.1[m]).count() as i64))
                    .collect();
                f.sum(&parts, total);
            }
        }
        f
    }

    fn check(f: &Figures) -> Result<(), TestCaseError> {
        let hidden = protect(f);
        for (i, &v) in f.values.iter().enumerate() {
            prop_assert!(!(v > 0 && v < SMALLEST_SHOWN) || hidden[i], "small figure {i} = {v} shown");
        }
        let found = recover_by_subtraction(f, &hidden);
        prop_assert!(found.is_empty(), "recovered {found:?} from {:?} hidden {:?}", f.values, hidden);
        prop_assert!(determined(f, &hidden).is_empty());
        let pinned = pinned_by_ranges(f, &hidden);
        prop_assert!(pinned.is_empty(), "narrowed {pinned:?} from {:?} hidden {:?}", f.values, hidden);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn no_hidden_cell_of_a_table_can_be_recovered(
            cells in (1usize..6, 1usize..5).prop_flat_map(|(r, c)| {
                proptest::collection::vec(
                    proptest::collection::vec(prop_oneof![3 => 0i64..6, 1 => 0i64..40], c),
                    r,
                )
            })
        ) {
            let (f, _) = table(&cells);
            check(&f)?;
        }

        #[test]
        fn no_hidden_cell_of_breakdowns_sharing_totals_can_be_recovered(
            records in proptest::collection::vec(
                (proptest::array::uniform3(0usize..12), proptest::array::uniform2(proptest::bool::ANY)),
                0..60,
            ),
            groups in proptest::array::uniform3(1usize..6),
        ) {
            check(&breakdowns(&records, groups))?;
        }
    }
}
