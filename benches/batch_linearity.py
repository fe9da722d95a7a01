"""一条命令生成 100 个案卷时，每个案卷用的时间是否随案卷数增长：读 gen 逐个案卷报告的那一行，记下两行之间的时间，
比较前 10 个和后 10 个案卷的中位数（同一次运行中，不受两次运行之间机器快慢的影响）。

用法：python3 benches/batch_linearity.py gen 案卷…；结果（JSON）写到标准输出。
"""

import json
import statistics
import subprocess
import sys
import time

gen, cases = sys.argv[1], sys.argv[2:]
proc = subprocess.Popen([gen, "all", *cases], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
last = time.perf_counter()
per_case = []
for line in proc.stdout:
    now = time.perf_counter()
    if "份文书，在 " in line:
        per_case.append((now - last) * 1000)
    last = now
proc.wait()
first, tail = statistics.median(per_case[:10]), statistics.median(per_case[-10:])
print(json.dumps({"cases": len(per_case), "first10_ms": first, "last10_ms": tail, "growth": tail / first - 1}))
