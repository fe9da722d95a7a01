#!/usr/bin/env bash
# 重新生成 docs/pages/ 中的样张：每种文书的第一页和最后一页（60 dpi PNG），供审阅版式（GB/T 9704-2012）。
# 用法：docs/pages/regenerate.sh（在仓库根目录或任意位置运行均可）。需要 cargo 和 poppler-utils 的 pdftoppm。
# 文书来自 fixtures/sample-case.yaml（赤峰）；归档文件目录和备考表来自 fixtures/archive-case.yaml 的归档包。
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$repo/docs/pages"
command -v pdftoppm >/dev/null || { echo "需要 pdftoppm（Debian：apt-get install poppler-utils）" >&2; exit 1; }
cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
gen="$repo/target/release/gen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$repo/fixtures/." "$work/"
"$gen" all "$work/sample-case.yaml" -o "$work/pdf" >/dev/null
"$gen" archive "$work/archive-case.yaml" -o "$work/archive.zip" >/dev/null
python3 - "$work/archive.zip" "$work/pdf" <<'PY'
import sys, zipfile, os
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    base = os.path.basename(n)
    for kind in ("归档文件目录", "备考表"):
        if base.endswith(".pdf") and kind in base:
            open(os.path.join(sys.argv[2], kind + ".pdf"), "wb").write(z.read(n))
PY

rm -f "$out"/*.png
declare -A seen=()
for pdf in "$work"/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  kind="${name%%-*}"                      # 每人一份的文书（专家承诺书-冯喆）只取第一个人的
  [[ -n "${seen[$kind]:-}" ]] && continue
  seen[$kind]=1
  pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$out/$kind-1" 2>/dev/null
  if [[ "${pages:-1}" -gt 1 ]]; then
    pdftoppm -png -r 60 -f "$pages" -l "$pages" -singlefile "$pdf" "$out/$kind-末页" 2>/dev/null
  fi
done
echo "已生成 $(ls "$out"/*.png | wc -l) 张样张：$out"
