//! 读取案卷 YAML，把语法、类型、字段错误翻译成带行列和字段路径的中文说明。

use std::path::{Path, PathBuf};

use super::case::Case;
use super::{files, normalise, scan, schema};
use crate::error::{Error, Result};

/// 读入的案卷及其来源。
#[derive(Debug, Clone)]
pub struct CaseFile {
    /// 案卷文件路径
    pub path: PathBuf,
    /// 原文（已解码为 UTF-8）
    pub text: String,
    pub case: Case,
    /// 提示：按标准写法读入的值（“2026年3月2日”读作 2026-03-02 等）、按 GBK 解码、删去的零宽字符……
    /// 每条为“文件:行:列: 提示：……”并附原文一行，由命令行在做事之前列出。
    pub notices: Vec<String>,
}

impl CaseFile {
    /// 案卷所在文件夹（附件路径相对于它）。
    pub fn dir(&self) -> PathBuf {
        // 只写了文件名的（“case.yaml”）在当前文件夹：其上级是空路径，写成“.”，错误信息中才不是空的
        self.path.parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
    }
}

/// 读取并解析案卷文件（只读普通文件，有大小上限，见 [`super::files`]）。
pub fn load_case(path: &Path) -> Result<CaseFile> {
    load_case_with(path, false)
}

/// 同 [`load_case`]；`draft` 为草稿模式：缺少的必填文字不报错，印为【待填写】（见 [`super::normalise`]）。
pub fn load_case_with(path: &Path, draft: bool) -> Result<CaseFile> {
    let origin = path.display().to_string();
    let bytes = files::read_limited(path, files::CASE_LIMIT, "案卷文件")?;
    let (text, encoding) = files::decode_text(&bytes).map_err(|u| {
        let at = match (u.line, u.col) {
            (Some(l), Some(c)) => format!("第 {l} 行第 {c} 列起"),
            _ => String::new(),
        };
        Error::input(format!(
            "{origin}: 案卷文件的编码无法识别（{at}既不是 UTF-8，也不是 GBK/GB18030）。请在记事本或 WPS 中“另存为”，编码选择 UTF-8"
        ))
    })?;
    let dir = path.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p });
    let (case, mut notices) = read_case_in(&text, &origin, draft, dir)?;
    if let Some(enc) = encoding {
        notices.insert(
            0,
            format!("{origin}: 提示：案卷文件是 {enc} 编码，已按 {enc} 读入。建议在记事本或 WPS 中“另存为”UTF-8 编码：GBK 编码存不下 䶮、𠮷 等字，再次保存时会变成“?”"),
        );
    }
    Ok(CaseFile { path: path.to_path_buf(), text, case, notices })
}

/// 解析案卷文本；`origin` 用于错误信息中的文件名。提示不返回（测试和只要结果的调用者用）。
pub fn parse_case(text: &str, origin: &str) -> Result<Case> {
    read_case(text, origin, false).map(|(case, _)| case)
}

/// 解析案卷文本，一次找出全部问题：有错误时返回全部错误（按行排列，其后列出提示）；没有时返回案卷和提示。
pub fn read_case(text: &str, origin: &str, draft: bool) -> Result<(Case, Vec<String>)> {
    read_case_in(text, origin, draft, None)
}

/// 同 [`read_case`]；`dir` 为案卷所在的文件夹（名单写成表格文件名时从这里读）。
pub fn read_case_in(text: &str, origin: &str, draft: bool, dir: Option<&Path>) -> Result<(Case, Vec<String>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // 控制字符和过深的嵌套：先于 YAML 库（它们会让它报错不清或耗时很久），有就不再往下读。
    let mut fatal = scan::scan_text(text);
    let lines = scan::scan_lines(text);
    if !fatal.is_empty() {
        fatal.extend(lines.errors);
        return Err(Error::input(scan::describe(&mut fatal, text, origin)));
    }
    let repaired = lines.repaired.as_str();
    let mut errors = lines.errors;
    let mut warnings = lines.warnings;
    let mut value = match serde_norway::from_str::<serde_norway::Value>(repaired) {
        Ok(v) => Some(v),
        Err(e) => {
            let p = duplicate_key(&e, repaired).or_else(|| scan::misindented(repaired)).unwrap_or_else(|| syntax_problem(&e));
            if !errors.iter().any(|x| x.line == p.line) {
                errors.push(p);
            }
            None
        }
    };
    if let Some(v) = value.as_mut() {
        errors.extend(scan::scan_values(v, repaired));
        let report = normalise::normalise(v, repaired, draft, dir);
        errors.extend(report.errors);
        warnings.extend(report.warnings);
    }
    if !errors.is_empty() {
        let mut msg = scan::describe(&mut errors, text, origin);
        if !warnings.is_empty() {
            msg.push_str(&format!("\n\n另有 {} 处提示（已按标准写法读入，请核对）：\n", warnings.len()));
            msg.push_str(&scan::describe_notices(&mut warnings, text, origin));
        }
        let n = errors.len();
        if n > 1 {
            msg.push_str(&format!("\n\n共 {n} 处错误，请逐一改正后再运行"));
        }
        return Err(Error::input(msg));
    }
    let value = value.expect("没有错误时已读出");
    let case = serde_path_to_error::deserialize::<_, Case>(value).map_err(|err| {
        let path = err.path().to_string();
        let raw = err.into_inner().to_string();
        yaml_error(repaired, origin, &path, locate(repaired, &path), &raw)
    })?;
    let notices = if warnings.is_empty() { Vec::new() } else { vec![scan::describe_notices(&mut warnings, text, origin)] };
    Ok((case, notices))
}

/// YAML 语法错误（读不下去）：行列和中文说明。
fn syntax_problem(e: &serde_norway::Error) -> scan::Problem {
    let raw = e.to_string();
    let (line, col) = e.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
    scan::Problem { line, col, message: explain(strip_location_suffix(&raw), "") }
}

/// 重复的键（“duplicate entry with key "organ"”）：指向第二次出现的那一行。
fn duplicate_key(e: &serde_norway::Error, text: &str) -> Option<scan::Problem> {
    let raw = e.to_string();
    let key = between(&raw, "duplicate entry with key \"", "\"")?;
    let map_line = e.location()?.line();
    let ((first, _), (line, col)) = scan::duplicate_key_line(text, map_line, key).unwrap_or(((map_line, 1), (map_line, 1)));
    Some(scan::Problem {
        line,
        col,
        message: format!("键名“{key}”在同一处写了两次（第一次在第 {first} 行）：同一字段只能写一次，请删去其中一处"),
    })
}

fn yaml_error(text: &str, origin: &str, path: &str, loc: Option<(usize, usize)>, raw: &str) -> Error {
    let raw = strip_location_suffix(raw);
    let field = if path.is_empty() || path == "." { String::new() } else { path.to_string() };
    let explanation = explain(raw, &field);
    let mut msg = match loc {
        Some((line, col)) => format!("{origin}:{line}:{col}: "),
        None => format!("{origin}: "),
    };
    if !field.is_empty() {
        msg.push_str(&format!("字段“{field}”"));
        if let Some(desc) = schema::describe(&field) {
            msg.push_str(&format!("（{desc}）"));
        }
        msg.push('：');
    }
    msg.push_str(&explanation);
    if let Some((line, col)) = loc {
        if let Some(src) = text.lines().nth(line.saturating_sub(1)) {
            msg.push('\n');
            msg.push_str(&caret(src, col));
        }
    }
    Error::input(msg)
}

/// serde_norway 在消息末尾附加 “at line X column Y”；行列我们自己给出。
fn strip_location_suffix(raw: &str) -> &str {
    let raw = match raw.rfind(" at line ") {
        Some(i) if raw[i..].contains(" column ") => &raw[..i],
        _ => raw,
    };
    // 去掉消息开头的字段路径（“participation.hearing.quota: ”），路径我们自己给出。
    match raw.split_once(": ") {
        Some((head, rest)) if !head.is_empty() && head.chars().all(|c| c.is_ascii_alphanumeric() || "_.[]".contains(c)) => rest,
        _ => raw,
    }
}

/// 在块样式 YAML 原文中找字段路径所在的行列（1 起算）。找不到时返回 None。
pub(crate) fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let meaningful = |l: &str| {
        let t = l.trim_start();
        !t.is_empty() && !t.starts_with('#')
    };
    // 当前搜索范围 [start, end)，以及范围内条目的最小缩进
    let (mut start, mut end) = (0usize, lines.len());
    let mut found = None;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, idxs) = match part.split_once('[') {
            Some((k, rest)) => (k, rest.split('[').map(|x| x.trim_end_matches(']').parse::<usize>().ok()).collect::<Option<Vec<_>>>()?),
            None => (part, vec![]),
        };
        if !key.is_empty() {
            let keycol = |l: &str| indent(l) + if l.trim_start().starts_with("- ") { 2 } else { 0 };
            let base = (start..end).filter(|&i| meaningful(lines[i])).map(|i| keycol(lines[i])).min()?;
            let i = (start..end).find(|&i| {
                let l = lines[i];
                let t = l.trim_start().strip_prefix("- ").unwrap_or(l.trim_start());
                meaningful(l) && keycol(l) == base && t.strip_prefix(key).is_some_and(|r| r.trim_start().starts_with(':'))
            })?;
            let key_col = lines[i].find(key).unwrap_or(0);
            found = Some((i + 1, lines[i][..key_col].chars().count() + 1));
            let key_indent = key_col;
            start = i + 1;
            end = (start..lines.len())
                .find(|&j| {
                    meaningful(lines[j])
                        && indent(lines[j]) <= key_indent
                        && !(lines[j].trim_start().starts_with("- ") && indent(lines[j]) == key_indent)
                })
                .unwrap_or(lines.len());
        }
        for n in idxs {
            let items: Vec<usize> = (start..end).filter(|&j| lines[j].trim_start().starts_with("- ") || lines[j].trim() == "-").collect();
            let base = items.iter().map(|&j| indent(lines[j])).min()?;
            let items: Vec<usize> = items.into_iter().filter(|&j| indent(lines[j]) == base).collect();
            let i = *items.get(n)?;
            found = Some((i + 1, base + 3));
            // 列表项的字段：同一行“- ”之后以及后续更深缩进的行
            let next = items.get(n + 1).copied().unwrap_or(end);
            start = i;
            end = next;
        }
    }
    found
}

/// 把 serde / YAML 的英文错误翻译成中文说明。
fn explain(raw: &str, field: &str) -> String {
    if let Some(name) = between(raw, "missing field `", "`") {
        let full = if field.is_empty() { name.to_string() } else { format!("{field}.{name}") };
        let desc = schema::describe(&full).map(|d| format!("（{d}）")).unwrap_or_default();
        return format!("缺少必填字段“{name}”{desc}，请补充“{full}”");
    }
    if let Some(name) = between(raw, "unknown field `", "`") {
        let expected = expected_list(raw);
        let mut s = format!("未知字段“{name}”（可能是拼写错误，未知字段不会被忽略）");
        if let Some(best) = closest(name, &expected) {
            s.push_str(&format!("。是否应为“{best}”？"));
        }
        if !expected.is_empty() {
            s.push_str(&format!("\n此处可用的字段：{}", expected.join("、")));
        } else {
            s.push_str("。此处不应有任何字段");
        }
        return s;
    }
    if let Some(value) = between(raw, "unknown variant `", "`") {
        let expected = expected_list(raw);
        return format!("取值“{value}”无效，应为以下之一：{}", expected.join("、"));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("类型不对：这里应填{}，实际填的是{}", type_cn(expected), type_cn(found));
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("取值不对：这里应填{}，实际填的是{}", type_cn(expected), type_cn(found));
    }
    if raw.contains("found character that cannot start any token") {
        return "此处有 YAML 不允许的字符（缩进只能用空格，不能用 Tab；以 @ 或 ` 开头的文字要加引号）".to_string();
    }
    if raw.contains("mapping values are not allowed") {
        return "此处多了一个冒号“: ”，或者这一行的缩进不对。如果文字本身含有“: ”，请把整段文字用引号括起来".to_string();
    }
    if raw.contains("did not find expected key") || raw.contains("did not find expected '-'") {
        return "缩进不一致：同一层级的字段必须左对齐（只用空格缩进）".to_string();
    }
    if raw.contains("could not find expected ':'") {
        return "缺少冒号：键名与值之间应有半角冒号和空格，如“name: 值”".to_string();
    }
    if raw.contains("duplicate entry") || raw.contains("duplicate field") {
        return "同一字段写了两次".to_string();
    }
    if raw.starts_with("EOF while parsing") || raw.contains("end of stream") {
        return "案卷文件为空或不完整".to_string();
    }
    if raw.contains("quoted scalar") || raw.contains("unexpected end") {
        return "引号没有配对：以引号开头的文字必须以同样的引号结尾".to_string();
    }
    if raw.contains("anchor") || raw.contains("alias") {
        return "此处有 YAML 的锚点或别名写法（& 或 *）：案卷中不用它们，以 & 或 * 开头的文字请加引号".to_string();
    }
    "YAML 格式有误，读不下去：请检查这一行及上一行的缩进、冒号和引号".to_string()
}

fn type_cn(s: &str) -> String {
    let s = s.trim();
    let word = |w: &str| s == w || s.starts_with(&format!("{w} "));
    if s.starts_with("string ") || s == "a string" || s == "string" {
        let v = s.strip_prefix("string ").unwrap_or("");
        return if v.is_empty() { "文字".into() } else { format!("文字 {v}") };
    }
    if word("u32") || word("u64") || word("u16") || word("usize") || s == "a nonnegative integer" {
        return "非负整数（如 15）".into();
    }
    if word("i32") || word("i64") || word("integer") {
        return format!("整数{}", s.strip_prefix("integer").unwrap_or(""));
    }
    if s.starts_with("a boolean") || word("boolean") {
        return format!("是非值 true 或 false{}", s.strip_prefix("boolean").unwrap_or(""));
    }
    if s.starts_with("a sequence") || s == "sequence" {
        return "列表（每项一行，以“- ”开头）".into();
    }
    if s.starts_with("struct ") || s == "map" || s.starts_with("a map") {
        return "一组字段（下一行缩进后写“键名: 值”）".into();
    }
    if s == "unit value" || s == "null" {
        return "空值".into();
    }
    if let Some(f) = s.strip_prefix("floating point ") {
        return format!("小数 {f}");
    }
    if let Some(v) = s.strip_prefix("enum ") {
        return format!("选项 {v}");
    }
    if s.chars().any(super::forms::is_han) {
        return s.to_string();
    }
    "别的写法".to_string()
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)? + i;
    Some(&s[i..j])
}

fn expected_list(raw: &str) -> Vec<String> {
    let Some(i) = raw.find("expected ") else { return vec![] };
    raw[i..].split('`').enumerate().filter(|(k, _)| k % 2 == 1).map(|(_, s)| s.to_string()).collect()
}

/// 编辑距离最近的候选（用于拼写提示）。
pub(crate) fn closest<'a>(name: &str, candidates: &'a [String]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// 出错的一行及指向第 `col` 列的“^”。很长的行只显示出错位置前后的一段。
pub(crate) fn caret(line: &str, col: usize) -> String {
    const WINDOW: usize = 40;
    let chars: Vec<char> = line.chars().collect();
    let at = col.saturating_sub(1).min(chars.len());
    let from = at.saturating_sub(WINDOW);
    let to = (at + WINDOW).min(chars.len());
    let shown: String = chars[from..to].iter().collect();
    let (head, tail) = (if from > 0 { "..." } else { "" }, if to < chars.len() { "..." } else { "" });
    let pad: String = head.chars().chain(chars[from..at].iter().copied()).map(|c| if c.is_ascii() { ' ' } else { '\u{3000}' }).collect();
    format!("  | {head}{shown}{tail}\n  | {pad}^")
}

#[cfg(test)]
mod tests {
    use super::locate;

    const Y: &str = "rules: chifeng\ndecision:\n  name: 甲\n  # 注释\n  organ: 乙\nparticipation:\n  hearing:\n    date: 2026-02-30\n    participants:\n      - name: 张堃\n        category: 代表\n      - name: 李燚\n        delivered_on: 2026-13-01\n";

    #[test]
    fn locates_fields_by_path() {
        assert_eq!(locate(Y, "decision.organ"), Some((5, 3)));
        assert_eq!(locate(Y, "participation.hearing.date"), Some((8, 5)));
        assert_eq!(locate(Y, "participation.hearing.participants[1].delivered_on"), Some((13, 9)));
        assert_eq!(locate(Y, "participation.hearing.participants[0].category"), Some((11, 9)));
        assert_eq!(locate(Y, "participation.hearing.participants[1]"), Some((12, 9)));
        assert_eq!(locate(Y, "decision.nothing"), None);
    }
}
