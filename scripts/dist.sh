#!/usr/bin/env bash
# 发布包：gen 程序（字体、模板都已编入）、README、样例案卷（含附件）、随附字体和词典的许可文本，
# 打成 target/dist/gen-<版本>-<平台>.tar.gz，并写出它的 SHA-256。同一提交、同一工具链得到相同的字节。
#   scripts/dist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
HOST=$(rustc -vV | sed -n 's/^host: //p')
NAME=gen-$VERSION-$HOST
DIST=target/dist
STAGE=$DIST/$NAME
cargo build --release --locked
rm -rf "$STAGE" && mkdir -p "$STAGE/样例" "$STAGE/许可"
cp target/release/gen "$STAGE/"
strip "$STAGE/gen" 2> /dev/null || true
cp README.md "$STAGE/"
cp fixtures/sample-case.yaml "$STAGE/样例/"
cp -r fixtures/attachments "$STAGE/样例/"
cp fonts/README.md "$STAGE/许可/字体说明.md"
cp fonts/fandol/LICENSE fonts/fandol/GPL-3 "$STAGE/许可/" && mv "$STAGE/许可/LICENSE" "$STAGE/许可/Fandol-LICENSE"
mv "$STAGE/许可/GPL-3" "$STAGE/许可/Fandol-GPL-3"
cp fonts/noto/LICENSE "$STAGE/许可/Noto-CJK-OFL-LICENSE"
cp fonts/noto/copyright "$STAGE/许可/Noto-CJK-copyright"
cp data/jieba/README.md "$STAGE/许可/jieba-词典-MIT.md"
# 可重复：固定的文件顺序、时间和属主
EPOCH=$(git log -1 --format=%ct)
tar --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner -C "$DIST" -cf - "$NAME" | gzip -n -9 > "$DIST/$NAME.tar.gz"
(cd "$DIST" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")
echo "发布包：$DIST/$NAME.tar.gz（$(du -h "$DIST/$NAME.tar.gz" | cut -f1)）" >&2
cat "$DIST/$NAME.tar.gz.sha256"
