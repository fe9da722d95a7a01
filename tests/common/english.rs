//! 屏幕输出中的“英文词”（tests/chinese_only.rs、tests/init.rs 用）。
//!
//! 英文词：两个以上 ASCII 字母连成的串，但不算——
//! - 引号中的（“…”「…」『…』"…"`…`：照录的内容，如科员写错的值、键名）和错误说明中照录的案卷原文（以“|”开头的行）；
//! - 科员要照着敲的写法：命令名、选项（`--draft`）、路径和文件名（`a.yaml`、`.xlsx`）、键名（`decision.name`、`lead_unit`）、
//!   规则体系代号、选项的取值、日期格式 `YYYY-MM-DD`、校验值；
//! - 缩写表 [`ABBREVIATIONS`] 中的（YAML、PDF、ZIP……：办公室里人人认得的格式和标准代号）。

use std::collections::BTreeSet;

use juece::input::case::Jurisdiction;
use juece::input::schema::all_field_paths;
use juece::law::catalogue::KINDS;

/// 屏幕上可以出现的英文缩写：办公室里人人认得、没有通行中文说法（或中文说法反而陌生）的文件格式、标准代号和软件名。
/// 只比较字母串本身（`GB18030` 中的 `GB`、`SHA-256` 中的 `SHA`），区分大小写。每一项都是工具的说明确实用到的：
pub const ABBREVIATIONS: &[&str] = &[
    "YAML",  // 案卷文件的格式（文件扩展名 .yaml）
    "PDF",   // 生成的文书；PDF/A（归档格式，GB/T 18894）
    "ZIP",   // 归档包
    "Ctrl",  // 键盘上的键（gen watch：按 Ctrl+C 结束）
    "OFD",   // 国家标准的版式文档格式（GB/T 33190），附件可以是 OFD
    "JPEG",  // 扫描件的图像格式（附件）
    "PNG",   // 同上
    "TIFF",  // 同上
    "CSV",   // 名单、归档清单
    "Excel", // 名单（.xlsx）
    "WPS",   // 名单（WPS 表格）
    "GB",    // 国家标准 GB/T 9704、GB18030 编码；内存 4 GB
    "DA",    // 档案行业标准 DA/T 22-2015
    "UTF",   // UTF-8 编码
    "GBK",   // GBK 编码
    "SHA",   // SHA-256 校验值（归档清单）
    "CRC",   // ZIP 的 CRC 校验
    "Typst", // 排版程序（模板语法错误时提到）
    "JSON",  // gen check --format json、gen schema
    "Tab",   // 键盘上的 Tab 键（缩进不能用 Tab）
    "OK", "MB", // 内存上限（gen.yaml limits.memory_mb）
];

/// 内置的命令（`gen templates export` 的 export 另加）。
pub const BUILTINS: &[&str] =
    &["init", "all", "watch", "check", "plan", "archive", "verify", "list", "schema", "fields", "fonts", "templates", "help"];

/// 科员照着敲的写法：日期、时刻的格式。
pub const FORMATS: &[&str] = &["YYYY-MM-DD", "HH:MM"];

/// 科员要照着敲的词：命令名、选项的取值、规则体系代号、是非值，案卷、gen.yaml 和工作日历的键名（字段路径）。
pub fn typed_words() -> BTreeSet<String> {
    let mut words: BTreeSet<String> = ["gen", "text", "json", "true", "false"].iter().map(|s| s.to_string()).collect();
    words.extend(BUILTINS.iter().map(|s| s.to_string()));
    words.insert("export".to_string());
    words.extend(KINDS.iter().map(|k| k.id.to_string()));
    words.extend(Jurisdiction::all().iter().map(|j| j.id().to_string()));
    // 案卷的键名：完整的字段路径（decision.name），以及单独的键名（“此处可用的字段：organizer、date、……”）
    for p in all_field_paths() {
        let p = p.replace("[]", "");
        words.extend(p.split('.').map(str::to_string));
        words.insert(p);
    }
    // gen.yaml（src/input/config.rs）与工作日历（data/calendar/cn-holidays.yaml）的键名
    for k in ["font_paths", "fonts", "title", "song", "fang", "hei", "kai", "title_bold", "limits", "seconds", "pages", "memory_mb"] {
        words.insert(k.to_string());
    }
    for k in ["years", "source", "holidays", "workdays"] {
        words.insert(k.to_string());
    }
    words
}

/// 错误说明中照录的案卷原文（“  |     quota: 十五”及其下指示列的“  |     ^”）：是科员自己写的，不是说明，去掉。
fn strip_excerpts(s: &str) -> String {
    s.lines().filter(|l| !l.trim_start().starts_with('|')).collect::<Vec<_>>().join("\n")
}

/// 去掉终端颜色控制码。
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// 引号中的文字换成空格：“…”、「…」、『…』、"…"、`…` 中是照录的内容（科员写的值、键名、文件名），不算说明。
pub fn strip_quoted(s: &str) -> String {
    let pairs = [('“', '”'), ('「', '」'), ('『', '』'), ('"', '"'), ('`', '`')];
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(&(_, close)) = pairs.iter().find(|(o, _)| *o == c) {
            // 引号不跨行
            if let Some(len) = chars[i + 1..].iter().take_while(|&&x| x != '\n').position(|&x| x == close) {
                out.push(' ');
                i += len + 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// 是不是科员要敲的写法（不是说明）：选项（`--draft`、`-o`）、路径和文件名（含 `/`、`\` 或不在末尾的 `.`：
/// `a.yaml`、`decision.name`、`.xlsx`）、键名（含 `_`）、命令名和键名（[`typed_words`]）、格式写法、校验值（十六进制）。
fn is_typed(token: &str, words: &BTreeSet<String>) -> bool {
    let inner_dot = token.char_indices().any(|(i, c)| c == '.' && i + 1 < token.len());
    token.starts_with('-')
        || token.contains('/')
        || token.contains('\\')
        || token.contains('_')
        || token.contains('=')
        || inner_dot
        || words.contains(token)
        || FORMATS.contains(&token)
        || (token.len() >= 8 && token.chars().all(|c| c.is_ascii_hexdigit()))
}

/// 输出中的英文词：不在引号中、不是科员要敲的写法（[`is_typed`]）、不在缩写表（[`ABBREVIATIONS`]）中的、
/// 两个以上 ASCII 字母连成的串。“词”按空白和非 ASCII 字符（汉字、中文标点）切分，两端的 ASCII 标点去掉。
pub fn english_words(text: &str, words: &BTreeSet<String>) -> Vec<String> {
    let text = strip_quoted(&strip_excerpts(&strip_ansi(text)));
    let mut bad = Vec::new();
    for raw in text.split(|c: char| c.is_whitespace() || !c.is_ascii()) {
        let token = raw.trim_matches(|c: char| c.is_ascii_punctuation() && !matches!(c, '-' | '.' | '/' | '\\' | '_'));
        let token = token.trim_end_matches('.');
        if token.is_empty() || is_typed(token, words) {
            continue;
        }
        for run in token.split(|c: char| !c.is_ascii_alphabetic()) {
            if run.len() >= 2 && !ABBREVIATIONS.contains(&run) {
                bad.push(format!("{run}（在“{token}”中）"));
            }
        }
    }
    bad
}
