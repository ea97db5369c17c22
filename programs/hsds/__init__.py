"""Open data: the programs directory as Open Referral HSDS 3.0 (read API and data package)."""
