use std::fs;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "journal.txt".to_string());
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {}", path, e));
    let txs = ledger_core::parse(&text).unwrap_or_else(|e| panic!("{}: {}", path, e));
    let unbalanced: Vec<&str> = txs.iter().filter(|t| !t.is_balanced()).map(|t| t.date.as_str()).collect();
    let balances: Vec<String> = ledger_core::balances(&txs)
        .iter()
        .map(|(acct, cents)| format!("{}={:.2}", acct, *cents as f64 / 100.0))
        .collect();
    println!("ledger: {} transactions, unbalanced: [{}], {}", txs.len(), unbalanced.join(","), balances.join(" "));
}
