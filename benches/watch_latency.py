"""gen watch 的延迟：改案卷中的一个字段（听证会地点）并保存，到 gen watch 报告“已更新”为止的时间。

用法：python3 benches/watch_latency.py gen 案卷 工作文件夹 次数 [种类…]；结果（JSON）写到标准输出。
给出种类时 gen watch 只生成这几种（`gen watch 案卷 notice`）。
计时从保存（写新文件再改名，编辑器的做法）之前开始，到读到“已更新”那一行为止，含发现变动的等待。
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import queue

gen, case, work, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
kinds = sys.argv[5:]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
target = os.path.join(work, "case.yaml")
text = open(case, encoding="utf-8").read()
shutil.copytree(os.path.join(os.path.dirname(case), "attachments"), os.path.join(work, "attachments"))
with open(target, "w", encoding="utf-8") as f:
    f.write(text)

OLD = "赤峰市行政中心三楼第一会议室"
assert OLD in text
places = ["赤峰市政务服务中心二楼报告厅", OLD]

proc = subprocess.Popen([gen, "watch", target, *kinds, "-o", os.path.join(work, "out")], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
lines = queue.Queue()
threading.Thread(target=lambda: [lines.put(l.rstrip("\n")) for l in proc.stdout], daemon=True).start()


def wait_for(prefix):
    while True:
        line = lines.get(timeout=120)
        if line.startswith(prefix):
            return line


wait_for("正在监视")
wall, reported, updated = [], [], []
for i in range(runs + 1):
    new = text.replace(OLD, places[i % 2])
    tmp = target + ".saving"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(new)
    t0 = time.perf_counter()
    os.replace(tmp, target)
    line = wait_for("已更新")
    t1 = time.perf_counter()
    if i == 0:
        continue  # 第一次改动：热身
    wall.append((t1 - t0) * 1000)
    m = re.search(r"已更新 (\d+) 份文书（共 (\d+) 份，(\d+) 毫秒）", line)
    updated.append(int(m.group(1)))
    reported.append(int(m.group(3)))
    time.sleep(0.3)
proc.kill()
print(json.dumps({
    "changed": f"听证会地点，{'只生成 ' + '、'.join(kinds) + '，' if kinds else '全部文书，'}重排 {statistics.median(updated):.0f} 份",
    "median_ms": statistics.median(wall),
    "max_ms": max(wall),
    "reported_median_ms": statistics.median(reported),
}, ensure_ascii=False))
