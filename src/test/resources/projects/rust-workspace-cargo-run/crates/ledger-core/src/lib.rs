//! Double-entry postings: every transaction must balance to zero.
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Posting {
    pub account: String,
    pub cents: i64,
}

#[derive(Debug)]
pub struct Transaction {
    pub date: String,
    pub memo: String,
    pub postings: Vec<Posting>,
}

impl Transaction {
    pub fn is_balanced(&self) -> bool {
        self.postings.iter().map(|p| p.cents).sum::<i64>() == 0
    }
}

/// Parses the plain-text journal: "DATE MEMO" lines followed by indented "ACCOUNT AMOUNT" lines.
pub fn parse(journal: &str) -> Result<Vec<Transaction>, String> {
    let mut out: Vec<Transaction> = Vec::new();
    for (n, line) in journal.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with(';') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            let tx = out.last_mut().ok_or(format!("line {}: posting before any transaction", n + 1))?;
            let mut parts = line.split_whitespace();
            let account = parts.next().unwrap_or_default().to_string();
            let amount = parts.next().ok_or(format!("line {}: no amount", n + 1))?;
            let cents = (amount.parse::<f64>().map_err(|e| format!("line {}: {}", n + 1, e))? * 100.0).round() as i64;
            tx.postings.push(Posting { account, cents });
        } else {
            let (date, memo) = line.split_once(' ').unwrap_or((line, ""));
            out.push(Transaction { date: date.to_string(), memo: memo.to_string(), postings: Vec::new() });
        }
    }
    Ok(out)
}

pub fn balances(txs: &[Transaction]) -> BTreeMap<String, i64> {
    let mut b = BTreeMap::new();
    for p in txs.iter().flat_map(|t| &t.postings) {
        *b.entry(top_level(&p.account).to_string()).or_insert(0) += p.cents;
    }
    b
}

fn top_level(account: &str) -> &str {
    account.split(':').next().unwrap_or(account)
}
