#!/usr/bin/env bash
# Re-records the report digests (tests/digest/reports.tsv) and the report snapshots
# (tests/snapshots/) after a deliberate change of behaviour; `git diff` then names what changed.
cd "$(dirname "$0")/.." && CLAIMLENS_BLESS=1 INSTA_UPDATE=always cargo test --test digest --test snapshots
