#!/usr/bin/env bash
# Re-records the report digests (tests/digest/reports.tsv) and the report snapshots
# (tests/snapshots/) and the report's JSON Schema (report.schema.json) after a deliberate
# change of behaviour or of the report's types; `git diff` then names what changed.
cd "$(dirname "$0")/.." && CLAIMLENS_BLESS=1 INSTA_UPDATE=always cargo test --test digest --test snapshots --test schema
