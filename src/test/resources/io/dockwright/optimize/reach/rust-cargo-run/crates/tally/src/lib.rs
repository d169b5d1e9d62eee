//! Sums signed amounts written one per line as `label amount`.

pub fn total(text: &str) -> (usize, i64) {
    let amounts: Vec<i64> = text
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .filter_map(|a| a.parse().ok())
        .collect();
    (amounts.len(), amounts.iter().sum())
}
