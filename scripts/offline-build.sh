#!/usr/bin/env bash
# 内网（离线）编译，并检验它真的不需要网络。
#
# 第一步在能上网的机器上做，第二步可在任何没有网络的机器上做：
#   1. cargo vendor：把全部依赖（约 400 个 crate 的源码）下载到 vendor/，并写出 .cargo/config.toml 的几行，
#      让 cargo 从 vendor/ 而不是 crates.io 取依赖；把整个文件夹（含 vendor/）拷到内网机器上。
#   2. cargo build --release --offline --locked：只用 vendor/ 中的源码编译。
#
# 本脚本在 target/offline/ 中做完这两步：从当前提交导出一份干净的源码，vendor 依赖，
# 然后用空的 CARGO_HOME（没有下载缓存）、断开网络（unshare -n，Linux；没有它时只用 --offline）编译，
# 最后用编出的 gen 生成样例文书。用法：scripts/offline-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/offline
rm -rf "$OUT" && mkdir -p "$OUT"

# 干净的源码（当前提交）
git archive --format=tar HEAD | (mkdir -p "$OUT/src" && tar -x -C "$OUT/src")
cd "$OUT/src"

# 第一步（联网）：下载依赖到 vendor/，写出 .cargo/config.toml
mkdir -p .cargo
cargo vendor --locked --versioned-dirs vendor > .cargo/config.toml
echo "== .cargo/config.toml（内网机器上照此写）==" >&2
cat .cargo/config.toml >&2
echo "vendor/：$(ls vendor | wc -l) 个 crate，$(du -sh vendor | cut -f1)" >&2

# 第二步（断网）：空的 CARGO_HOME，不能用任何下载缓存
export CARGO_HOME=$OUT/cargo-home
mkdir -p "$CARGO_HOME"
export CARGO_TARGET_DIR=$OUT/target
build="cargo build --release --offline --locked --timings"
if unshare -n true 2> /dev/null; then
  echo "== 断开网络编译（unshare -n）==" >&2
  unshare -n -- bash -c "$build"
else
  echo "== 没有 unshare -n：只用 --offline 编译 ==" >&2
  $build
fi

# 编出的程序能用
"$CARGO_TARGET_DIR/release/gen" notice fixtures/sample-case.yaml -o "$OUT/sample"
test -s "$OUT/sample/听证会公告.pdf"
echo "离线编译通过：$CARGO_TARGET_DIR/release/gen（各 crate 的编译时间：$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html）" >&2
