"""Extracts the ScrapingHub pages' main text with trafilatura, for the side-by-side bench.

Writes one JSON line per page: {"id", "text", "ms"} (ms: the extraction alone, best of
three). Run by scripts/compare.sh inside its virtualenv; scoring is done in Rust
(`bench -- compare`) with the same scorer claimlens is held to.
"""
import gzip
import json
import sys
import time
from pathlib import Path

import trafilatura

data = Path(sys.argv[1])
out = Path(sys.argv[2])
ids = sorted(json.loads((data / "ground-truth.json").read_text(encoding="utf-8")))
with out.open("w", encoding="utf-8") as sink:
    for page_id in ids:
        html = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        best, text = float("inf"), ""
        for _ in range(3):
            started = time.perf_counter()
            text = trafilatura.extract(html) or ""
            best = min(best, (time.perf_counter() - started) * 1000)
        sink.write(json.dumps({"id": page_id, "text": text, "ms": best}) + "\n")
print(f"trafilatura {trafilatura.__version__}: {len(ids)} pages -> {out}")
