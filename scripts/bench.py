"""`make bench`: measure our SDK against both official clients and plain httpx.

See scripts/bench/main.py for what is measured and how; figures land in .bench/results.json.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.main import main

if __name__ == "__main__":
    raise SystemExit(main())
