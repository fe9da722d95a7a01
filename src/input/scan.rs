//! 读案卷之前和之后的几项核对（YAML 库不管、或报得不清楚的）：
//! - 原文中的控制字符（NUL、BEL、ESC、DEL、C1 等；Tab 和换行除外）：指出行、列和字符；
//! - 嵌套层数（一个真实的案卷不超过七八层；极深的嵌套会让解析耗时很久）；
//! - 重复的键：指出第二次出现的那一行（YAML 库指的是所在映射的起点）；
//! - 读出的值中，必填字段写成 `~` 或空着（YAML 的空值），以及用转义写出的控制字符（如 "\a"）。
//!
//! 每项都报出全部问题（按行排列），而不是只报第一个。

use serde_norway::Value;

use super::load::{caret, locate};
use super::schema;

/// 嵌套层数的上限。
pub const MAX_DEPTH: usize = 32;

/// 一处问题：行、列（1 起算）和说明。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// 原文中的控制字符和过深的嵌套。
pub fn scan_text(text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        for (col, c) in line.chars().enumerate() {
            if is_forbidden_control(c) && c != '\r' {
                out.push(Problem {
                    line: i + 1,
                    col: col + 1,
                    message: format!("此处有看不见的控制字符 {}（{}），可能是从别处复制时带入的；请删去该字符", code(c), control_name(c)),
                });
            }
        }
    }
    if out.is_empty() {
        if let Some((line, col, depth)) = too_deep(text) {
            out.push(Problem {
                line,
                col,
                message: format!("嵌套超过 {MAX_DEPTH} 层（此处为第 {depth} 层）：案卷的结构不会这样深，请检查缩进或括号是否写错"),
            });
        }
    }
    out
}

/// 案卷中不允许的控制字符（Tab、换行除外）。
pub fn is_forbidden_control(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

fn code(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

fn control_name(c: char) -> &'static str {
    match c {
        '\0' => "空字符 NUL",
        '\u{7}' => "响铃 BEL",
        '\u{8}' => "退格 BS",
        '\u{b}' => "垂直制表 VT",
        '\u{c}' => "换页 FF",
        '\r' => "回车 CR",
        '\u{1b}' => "转义 ESC",
        '\u{7f}' => "删除 DEL",
        '\u{80}'..='\u{9f}' => "C1 控制字符",
        _ => "控制字符",
    }
}

/// 第一处超过 [`MAX_DEPTH`] 层的嵌套：(行, 列, 层数)。数流式的 `[` `{`（引号和注释中的不算）
/// 和块式的缩进层次（每个列表项“- ”也算一层）。
fn too_deep(text: &str) -> Option<(usize, usize, usize)> {
    let mut indents: Vec<usize> = Vec::new();
    let mut flow = 0usize;
    for (i, line) in text.split('\n').enumerate() {
        let t = line.trim_start();
        if flow == 0 && !(t.is_empty() || t.starts_with('#')) {
            let mut indent = line.len() - t.len();
            let mut rest = t;
            loop {
                while indents.last().is_some_and(|&top| top >= indent) {
                    indents.pop();
                }
                indents.push(indent);
                match rest.strip_prefix("- ") {
                    Some(r) => {
                        indent += 2 + (r.len() - r.trim_start().len());
                        rest = r.trim_start();
                    }
                    None => break,
                }
            }
            if indents.len() > MAX_DEPTH {
                return Some((i + 1, indent + 1, indents.len()));
            }
        }
        let mut quote: Option<char> = None;
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    flow += 1;
                    if indents.len() + flow > MAX_DEPTH {
                        return Some((i + 1, col + 1, indents.len() + flow));
                    }
                }
                (None, ']' | '}') => flow = flow.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// 读出的值中，必填字段为空值（`~` 或什么都没写），以及字符串中（用转义写出）的控制字符。
pub fn scan_values(value: &Value, text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    walk(value, String::new(), text, &mut out);
    out
}

fn walk(v: &Value, path: String, text: &str, out: &mut Vec<Problem>) {
    let at = |path: &str| locate(text, path).unwrap_or((1, 1));
    match v {
        Value::Mapping(m) => {
            for (k, x) in m {
                let Some(key) = k.as_str() else { continue };
                let p = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
                if x.is_null() && schema::is_required(&p) {
                    let (line, col) = at(&p);
                    let desc = schema::describe(&p).map(|d| format!("（{d}）")).unwrap_or_default();
                    out.push(Problem {
                        line,
                        col,
                        message: format!("字段“{p}”{desc}是必填的，不能空着（写成 ~ 或冒号后什么都不写都是空值）"),
                    });
                }
                walk(x, p, text, out);
            }
        }
        Value::Sequence(s) => {
            for (i, x) in s.iter().enumerate() {
                walk(x, format!("{path}[{i}]"), text, out);
            }
        }
        Value::String(s) => {
            if let Some(c) = s.chars().find(|c| is_forbidden_control(*c)) {
                let (line, col) = at(&path);
                let desc = schema::describe(&path).map(|d| format!("（{d}）")).unwrap_or_default();
                out.push(Problem {
                    line,
                    col,
                    message: format!(
                        "字段“{path}”{desc}中有控制字符 {}（{}），印不出来，也不会被悄悄去掉；请删去（如引号中的 \\a、\\e、\\x07 等写法）",
                        code(c),
                        control_name(c)
                    ),
                });
            }
        }
        Value::Tagged(t) => walk(&t.value, path, text, out),
        _ => {}
    }
}

/// 重复的键：YAML 库报的是所在映射的起点 `map_line`（1 起算），这里找出该映射中 `key` 第一次和第二次出现的
/// 行和列。
pub fn duplicate_key_line(text: &str, map_line: usize, key: &str) -> Option<((usize, usize), (usize, usize))> {
    let lines: Vec<&str> = text.split('\n').collect();
    let start = map_line.checked_sub(1)?;
    let first = lines.get(start)?;
    let indent_of = |l: &str| {
        let t = l.trim_start();
        l.len() - t.len() + if t.starts_with("- ") { 2 } else { 0 }
    };
    let base = indent_of(first);
    let mut first = None;
    for (i, l) in lines.iter().enumerate().skip(start) {
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let ind = indent_of(l);
        if i > start && ind < base {
            break;
        }
        let body = t.strip_prefix("- ").unwrap_or(t);
        let is_key = body.strip_prefix(key).is_some_and(|r| r.trim_start().starts_with(':'))
            || body.strip_prefix(&format!("\"{key}\"")).is_some_and(|r| r.trim_start().starts_with(':'));
        if ind == base && is_key {
            let at = (i + 1, l[..l.find(key).unwrap_or(0)].chars().count() + 1);
            match first {
                None => first = Some(at),
                Some(f) => return Some((f, at)),
            }
        }
    }
    None
}

/// 各处问题合为一条错误说明：`文件:行:列: 说明` 并附该行原文，按行排列。
pub fn describe(problems: &mut [Problem], text: &str, origin: &str) -> String {
    problems.sort_by_key(|p| (p.line, p.col));
    let lines: Vec<&str> = text.split('\n').collect();
    problems
        .iter()
        .map(|p| {
            let src = lines.get(p.line - 1).copied().unwrap_or("");
            format!("{origin}:{}:{}: {}\n{}", p.line, p.col, p.message, caret(src, p.col))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_with_line_and_column() {
        let p = scan_text("a: 1\nb: 甲\u{7}乙\n\tc: 2\n");
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].line, p[0].col), (2, 5));
        assert!(p[0].message.contains("U+0007") && p[0].message.contains("BEL"));
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("a: {}1{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let p = scan_text(&deep);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].message.contains("嵌套超过"));
        let mut block = String::new();
        for i in 0..40 {
            block.push_str(&format!("{}k{i}:\n", "  ".repeat(i)));
        }
        assert!(!scan_text(&block).is_empty());
        let ok = "a:\n  b:\n    - c: [1, {d: \"[[[[\"}]\n      e: 2  # [[[[\n";
        assert!(scan_text(ok).is_empty());
    }

    #[test]
    fn second_occurrence_of_a_duplicate_key() {
        let t = "decision:\n  name: 甲\n  organ: 乙\n  # organ: 注释\n  organ: 丁\nx: 1\n";
        assert_eq!(duplicate_key_line(t, 2, "organ"), Some(((3, 3), (5, 3))));
        let t = "list:\n  - name: a\n    name: b\n";
        assert_eq!(duplicate_key_line(t, 2, "name"), Some(((2, 5), (3, 5))));
    }
}
