"""A tiny job ledger: every run of the nightly job appends one entry."""
