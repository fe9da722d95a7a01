#!/usr/bin/env bash
# 基准测试：gen 与 typst 命令行（同样的 Typst 源文件，一份文书一个进程）在同一次运行中并排比较。
#
#   benches/anchor.sh            # 每项至少 5 次，取中位数
#   RUNS=10 benches/anchor.sh    # 次数
#
# 需要：cargo、python3、/usr/bin/time（Debian 的 time 包）。typst 命令行 0.15.1 和 hyperfine
# 第一次运行时从 crates.io 装到 target/bench-tools/（约 10 分钟），以后直接用。
# 结果打印为表格，并写到 target/bench/report.md。
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-5}
TOOLS=$ROOT/target/bench-tools
WORK=$ROOT/target/bench
export PATH=$TOOLS/bin:$PATH

need() { command -v "$1" > /dev/null 2>&1; }
if ! need typst || [ "$(typst --version | awk '{print $2}')" != "0.15.1" ]; then
  echo "安装 typst-cli 0.15.1（crates.io）到 $TOOLS …" >&2
  cargo install typst-cli --version 0.15.1 --locked --root "$TOOLS"
fi
if ! need hyperfine; then
  echo "安装 hyperfine（crates.io）到 $TOOLS …" >&2
  cargo install hyperfine --locked --root "$TOOLS"
fi
[ -x /usr/bin/time ] || { echo "需要 /usr/bin/time（apt install time）" >&2; exit 1; }

cargo build --release --quiet
GEN=$WORK/gen
rm -rf "$WORK" && mkdir -p "$WORK"
cp target/release/gen "$GEN"   # 单独复制出来的程序：字体、模板都在其中
FONTS=$ROOT/fonts              # typst 命令行用同样的字体文件（不用系统字体）

CASES=(sample-case national-case nmg-hrss-case changli-case)

# 每个案卷：生成全套文书，同时写出每份文书的 Typst 源文件
for c in "${CASES[@]}"; do
  mkdir -p "$WORK/$c/typst"
  "$GEN" all "fixtures/$c.yaml" -o "$WORK/$c/gen" --emit-typst "$WORK/$c/src" > "$WORK/$c/gen.log"
  # typst 命令行逐个编译的脚本（锚：一份文书一个进程）
  {
    echo "set -e"
    for d in "$WORK/$c/src"/*/; do
      n=$(basename "$d")
      echo "typst compile --ignore-system-fonts --font-path '$FONTS' --root '$d' '$d/main.typ' '$WORK/$c/typst/$n.pdf'"
    done
  } > "$WORK/$c/anchor.sh"
done

hf() { # hf 名称 命令…：hyperfine 的 JSON 结果写到 $WORK/名称.json
  local name=$1; shift
  hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$WORK/$name.json" "$@" > /dev/null
}
rss() { # 峰值内存（KB）
  /usr/bin/time -f "%M" "$@" 2>&1 > /dev/null | tail -1
}

echo "测量：单份文书（听证会公告）…" >&2
S=$WORK/sample-case
hf one-gen "$GEN notice fixtures/sample-case.yaml -o $WORK/one"
hf one-typst "typst compile --ignore-system-fonts --font-path $FONTS --root $S/src/notice $S/src/notice/main.typ $WORK/one-typst.pdf"

echo "测量：每个案卷的全套文书…" >&2
for c in "${CASES[@]}"; do
  hf "all-gen-$c" "$GEN all fixtures/$c.yaml -o $WORK/$c/gen"
  hf "all-typst-$c" "bash $WORK/$c/anchor.sh"
  rss "$GEN" all "fixtures/$c.yaml" -o "$WORK/$c/gen" > "$WORK/rss-gen-$c"
done

echo "测量：样例案卷每种文书各一个进程…" >&2
for d in "$S"/src/*/; do
  n=$(basename "$d")
  hf "doc-typst-$n" "typst compile --ignore-system-fonts --font-path $FONTS --root $d $d/main.typ $WORK/doc.pdf"
done
for d in "$S"/src/*/; do
  n=$(basename "$d")
  case "$n" in *-[0-9]*) continue ;; esac   # 每人一份的文书：gen 一次生成全部，不能按份比较
  hf "doc-gen-$n" "$GEN $n fixtures/sample-case.yaml -o $WORK/doc-gen"
done
TYPST_RSS=0
for d in "$S"/src/*/; do
  r=$(rss typst compile --ignore-system-fonts --font-path "$FONTS" --root "$d" "$d/main.typ" "$WORK/doc.pdf")
  [ "$r" -gt "$TYPST_RSS" ] && TYPST_RSS=$r
done
echo "$TYPST_RSS" > "$WORK/rss-typst"

echo "测量：归档…" >&2
hf archive "$GEN archive fixtures/sample-case.yaml -o $WORK/archive.zip --force"
rss "$GEN" archive fixtures/sample-case.yaml -o "$WORK/archive.zip" --force > "$WORK/rss-archive"

echo "测量：一条命令生成 10 个和 100 个案卷…" >&2
for n in 10 100; do
  mkdir -p "$WORK/batch$n"
  for i in $(seq 1 "$n"); do cp fixtures/national-case.yaml "$WORK/batch$n/案卷$i.yaml"; done
  cp -r fixtures/national-attachments "$WORK/batch$n/" 2> /dev/null || true
done
hyperfine -N --style none --runs 3 --export-json "$WORK/batch10.json" "$GEN all $(ls "$WORK"/batch10/*.yaml | tr '\n' ' ')" > /dev/null
hyperfine -N --style none --runs 3 --export-json "$WORK/batch100.json" "$GEN all $(ls "$WORK"/batch100/*.yaml | tr '\n' ' ')" > /dev/null
rss "$GEN" all "$WORK"/batch100/*.yaml > "$WORK/rss-batch100"
python3 benches/batch_linearity.py "$GEN" "$WORK"/batch100/*.yaml > "$WORK/batch-linearity.json"

echo "测量：gen watch 改一个字段后重新生成…" >&2
python3 benches/watch_latency.py "$GEN" fixtures/sample-case.yaml "$WORK/watch" "$RUNS" > "$WORK/watch.json"
python3 benches/watch_latency.py "$GEN" fixtures/sample-case.yaml "$WORK/watch-notice" "$RUNS" notice > "$WORK/watch-notice.json"

python3 benches/report.py "$WORK" "${CASES[@]}" | tee "$WORK/report.md"
