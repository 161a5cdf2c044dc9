"""Print the seconds a cold `import <module>` takes in this fresh process (argv[1])."""

import sys
import time

start = time.perf_counter()
__import__(sys.argv[1])
elapsed = time.perf_counter() - start
print(f'BENCH-RESULT {{"ok": true, "seconds": {elapsed!r}}}', flush=True)
