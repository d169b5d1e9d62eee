//! Formatting of durations the way the incident reports write them: "43m 49s".

pub fn human(seconds: f64) -> String {
    let total = seconds.round() as u64;
    let (d, h, m, s) = (total / 86_400, total / 3_600 % 24, total / 60 % 60, total % 60);
    let parts: Vec<String> = [(d, "d"), (h, "h"), (m, "m"), (s, "s")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{}{}", n, unit))
        .collect();
    if parts.is_empty() {
        "0s".to_string()
    } else {
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::human;

    #[test]
    fn formats_mixed_units() {
        assert_eq!(human(3_725.0), "1h 2m 5s");
        assert_eq!(human(0.2), "0s");
    }
}
