use std::env;
use std::process::ExitCode;

mod duration;

const PERIODS: [(&str, f64); 3] = [("day", 86_400.0), ("month", 30.0 * 86_400.0), ("year", 365.0 * 86_400.0)];

fn parse_target(arg: &str) -> Result<f64, String> {
    let value: f64 = arg.trim_end_matches('%').parse().map_err(|_| format!("not a percentage: {}", arg))?;
    if !(0.0..100.0).contains(&value) {
        return Err(format!("target must be below 100%: {}", arg));
    }
    Ok(value)
}

fn main() -> ExitCode {
    let targets: Vec<String> = env::args().skip(1).collect();
    let targets = if targets.is_empty() { vec!["99.9".to_string()] } else { targets };
    for t in &targets {
        match parse_target(t) {
            Ok(pct) => {
                let budget: Vec<String> = PERIODS
                    .iter()
                    .map(|(name, secs)| format!("{} per {}", duration::human(secs * (100.0 - pct) / 100.0), name))
                    .collect();
                println!("sla-calc: {}% allows {}", pct, budget.join(", "));
            }
            Err(e) => {
                eprintln!("sla-calc: {}", e);
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}
