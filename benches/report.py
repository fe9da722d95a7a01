"""benches/anchor.sh 的结果表：读 target/bench/ 中 hyperfine 的 JSON、峰值内存和生成的 PDF，打印 Markdown 表格。

用法：python3 benches/report.py target/bench 案卷名…
"""

import json
import os
import re
import statistics
import sys

work = sys.argv[1]
cases = sys.argv[2:]


def median_ms(name):
    with open(os.path.join(work, name + ".json")) as f:
        r = json.load(f)["results"][0]
    return statistics.median(r["times"]) * 1000


def read(name):
    with open(os.path.join(work, name)) as f:
        return f.read().strip()


def pages_and_bytes(case):
    """gen 输出的“已生成 路径（N页）”：页数之和与 PDF 字节数之和。"""
    pages = total = docs = 0
    for line in read(case + "/gen.log").splitlines():
        m = re.match(r"已生成 (.+)（(\d+)页）$", line)
        if m:
            docs += 1
            pages += int(m.group(2))
            total += os.path.getsize(m.group(1))
    return docs, pages, total


def typst_bytes(case):
    d = os.path.join(work, case, "typst")
    return sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))


def ratio(anchor, ours):
    return f"{anchor / ours:.1f}×"


out = []
p = out.append
p("## gen 与 typst 命令行（同样的 Typst 源文件，一份文书一个进程）")
p("")
p(f"每项为 {json.load(open(os.path.join(work, 'one-gen.json')))['results'][0]['times'].__len__()} 次运行的中位数（hyperfine），冷启动（每次一个新进程）。")
p("")
p("| 测量 | gen | typst 命令行（锚） | 倍数（锚 ÷ gen） | 目标 |")
p("|---|---:|---:|---:|---|")
g, t = median_ms("one-gen"), median_ms("one-typst")
p(f"| 单份文书：听证会公告（`gen notice`） | {g:.0f} ms | {t:.0f} ms | {ratio(t, g)} | ≥ 3× |")
for c in cases:
    g, t = median_ms("all-gen-" + c), median_ms("all-typst-" + c)
    docs, pages, _ = pages_and_bytes(c)
    target = "≥ 12×" if c == "sample-case" else ""
    p(f"| 全套文书：{c}（{docs} 份，{pages} 页，`gen all`） | {g:.0f} ms | {t:.0f} ms | {ratio(t, g)} | {target} |")
p("")
p("| 测量 | 结果 | 目标 |")
p("|---|---:|---|")
p(f"| `gen archive` 样例案卷 | {median_ms('archive'):.0f} ms | ≤ 250 ms |")
peak = max([int(read("rss-gen-" + c)) for c in cases] + [int(read("rss-archive"))])
p(f"| 峰值内存：gen（各案卷全套、归档中最大） | {peak / 1024:.0f} MB | ≤ 200 MB |")
p(f"| 峰值内存：typst 命令行（样例各文书中最大） | {int(read('rss-typst')) / 1024:.0f} MB | |")
p(f"| 峰值内存：gen 一条命令生成 100 个案卷 | {int(read('rss-batch100')) / 1024:.0f} MB | ≤ 200 MB |")
for c in cases:
    docs, pages, total = pages_and_bytes(c)
    p(f"| 每页字节：{c}（gen / typst 命令行） | {total / pages / 1024:.0f} KB / {typst_bytes(c) / pages / 1024:.0f} KB | |")
b10, b100 = median_ms("batch10"), median_ms("batch100")
per10, per100 = b10 / 10, b100 / 100
p(f"| 一条命令 10 个 / 100 个案卷（national-case），每个案卷（两次运行） | {per10:.0f} ms / {per100:.0f} ms（相差 {abs(per100 / per10 - 1) * 100:.0f}%） | 线性：相差 ≤ 10% |")
lin = json.load(open(os.path.join(work, "batch-linearity.json")))
p(f"| 同一次运行 {lin['cases']} 个案卷中，前 10 个 / 后 10 个每个案卷的中位数 | {lin['first10_ms']:.0f} ms / {lin['last10_ms']:.0f} ms（{lin['growth'] * 100:+.0f}%） | 线性：相差 ≤ 10% |")
for name in ["watch", "watch-notice"]:
    w = json.load(open(os.path.join(work, name + ".json")))
    p(f"| `gen watch`：保存到“已更新”（{w['changed']}；中位数 / 最大；gen 自报 {w['reported_median_ms']:.0f} ms） | {w['median_ms']:.0f} ms / {w['max_ms']:.0f} ms | ≤ 100 ms |")
p("")
p("### 样例案卷每份文书（一个进程一份）")
p("")
p("| 文书 | gen | typst 命令行 | 倍数 |")
p("|---|---:|---:|---:|")
names = sorted(f[len("doc-typst-"):-5] for f in os.listdir(work) if f.startswith("doc-typst-"))
for n in names:
    t = median_ms("doc-typst-" + n)
    if os.path.exists(os.path.join(work, f"doc-gen-{n}.json")):
        g = median_ms("doc-gen-" + n)
        p(f"| {n} | {g:.0f} ms | {t:.0f} ms | {ratio(t, g)} |")
    else:
        p(f"| {n}（每人/每项一份，gen 一次生成全部） | — | {t:.0f} ms | |")
print("\n".join(out))
