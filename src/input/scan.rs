//! 读案卷之前和之后的几项核对（YAML 库不管、或报得不清楚的）：
//! - 原文中的控制字符（NUL、BEL、ESC、DEL、C1 等；Tab 和换行除外）：指出行、列和字符；
//! - 嵌套层数（一个真实的案卷不超过七八层；极深的嵌套会让解析耗时很久）；
//! - 重复的键：指出第二次出现的那一行（YAML 库指的是所在映射的起点）；
//! - 读出的值中用转义写出的控制字符（如 "\a"）；
//! - 逐行：行首的全角空格和 Tab、全角冒号、“-”后缺空格、零宽字符（[`scan_lines`]），缩进不对齐（[`misindented`]）。
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

/// 读出的值中，字符串里（用转义写出）的控制字符（必填字段空着由 [`super::normalise`] 核对）。
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
pub fn describe(problems: &mut Vec<Problem>, text: &str, origin: &str) -> String {
    listing(problems, text, origin, "")
}

/// 提示（已按标准写法读入的值等）：`文件:行:列: 提示：说明` 并附该行原文，按行排列。
pub fn describe_notices(problems: &mut Vec<Problem>, text: &str, origin: &str) -> String {
    listing(problems, text, origin, "提示：")
}

fn listing(problems: &mut Vec<Problem>, text: &str, origin: &str, label: &str) -> String {
    problems.sort_by_key(|p| (p.line, p.col));
    problems.dedup();
    let lines: Vec<&str> = text.split('\n').collect();
    problems
        .iter()
        .map(|p| {
            let src = lines.get(p.line - 1).copied().unwrap_or("");
            format!("{origin}:{}:{}: {label}{}\n{}", p.line, p.col, p.message, caret(src, p.col))
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

/// 逐行查看不见或看不出的写法错误（YAML 库对它们的报错不知所云或指错了行），全部列出；
/// 同时给出“修补后的原文”，只用于继续找其余的错误（有错误时案卷不会被读入）：
/// - 行首的全角空格（U+3000）、Tab：缩进只能用半角空格（修补：全角空格换成两个空格，Tab 换成两个空格）；
/// - 键名后的全角冒号“：”（修补：换成“: ”）；
/// - 列表项“-”后缺少空格（如“-张三”；修补：补上空格）；
/// - 零宽字符（U+200B 等）：看不见、印不出，直接删去并列为提示（不改变任何可见的字）。
pub struct LineScan {
    pub repaired: String,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// 看不见的零宽字符及其中文名称。
fn zero_width(c: char) -> Option<&'static str> {
    match c {
        '\u{200b}' => Some("零宽空格"),
        '\u{200c}' => Some("零宽不连字"),
        '\u{200d}' => Some("零宽连字"),
        '\u{2060}' => Some("零宽不换行空格"),
        '\u{feff}' => Some("零宽不换行空格（BOM）"),
        '\u{00ad}' => Some("软连字符"),
        _ => None,
    }
}

pub fn scan_lines(text: &str) -> LineScan {
    let mut out = LineScan { repaired: String::with_capacity(text.len()), errors: Vec::new(), warnings: Vec::new() };
    let mut block: Option<usize> = None; // 块文字（| 或 >）所在键的缩进：其后更深的行是文字内容
    for (i, raw) in text.split('\n').enumerate() {
        let n = i + 1;
        if i > 0 {
            out.repaired.push('\n');
        }
        // 零宽字符：删去，列为提示
        let mut line = String::with_capacity(raw.len());
        for (col, c) in raw.chars().enumerate() {
            match zero_width(c) {
                Some(name) => out.warnings.push(Problem {
                    line: n,
                    col: col + 1,
                    message: format!("此处有看不见的{name}（U+{:04X}），可能是从网页或微信复制时带入的，已删去", c as u32),
                }),
                None => line.push(c),
            }
        }
        let lead: String = line.chars().take_while(|c| matches!(c, ' ' | '\u{3000}' | '\t')).collect();
        let body = &line[lead.len()..];
        let indent_spaces = lead.chars().map(|c| if c == ' ' { 1 } else { 2 }).sum::<usize>();
        if let Some(k) = block {
            if body.is_empty() || indent_spaces > k {
                out.repaired.push_str(&line);
                continue;
            }
            block = None;
        }
        if body.is_empty() || body.starts_with('#') {
            out.repaired.push_str(&line);
            continue;
        }
        let mut fixed_lead = String::new();
        if let Some(pos) = lead.chars().position(|c| c == '\u{3000}') {
            out.errors.push(Problem {
                line: n,
                col: pos + 1,
                message: "行首有全角空格（U+3000，中文输入法下按空格键输入的宽空格）：YAML 的缩进只能用半角空格。请删去这一行开头的空白，切换到英文输入法后用空格键重新缩进".into(),
            });
        }
        if let Some(pos) = lead.chars().position(|c| c == '\t') {
            out.errors.push(Problem {
                line: n,
                col: pos + 1,
                message: "行首有 Tab（制表符）：YAML 的缩进只能用空格。请删去这一行开头的空白，用空格键重新缩进（每层两个空格）".into(),
            });
        }
        for c in lead.chars() {
            fixed_lead.push_str(if c == ' ' { " " } else { "  " });
        }
        let mut fixed_body = body.to_string();
        // 列表项“-”后缺少空格
        if let Some(rest) = body.strip_prefix('-') {
            let next = rest.chars().next();
            if next.is_some_and(|c| !c.is_whitespace() && c != '-' && !c.is_ascii_digit()) {
                out.errors.push(Problem {
                    line: n,
                    col: lead.chars().count() + 2,
                    message: format!(
                        "“-”后面缺少空格：列表项应写作“- {}”（横线后加一个半角空格）",
                        rest.chars().take(20).collect::<String>()
                    ),
                });
                fixed_body = format!("- {rest}");
            }
        }
        // 键名后的全角冒号
        let item = fixed_body.strip_prefix("- ").map(|_| 2).unwrap_or(0);
        let key_len = fixed_body[item..]
            .char_indices()
            .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .map(|(i, c)| i + c.len_utf8())
            .last()
            .unwrap_or(0);
        if key_len > 0 {
            let after = &fixed_body[item + key_len..];
            let trimmed = after.trim_start_matches([' ', '\u{3000}']);
            if let Some(value) = trimmed.strip_prefix('：') {
                let key = &fixed_body[item..item + key_len];
                let col = lead.chars().count() + fixed_body[..item + key_len].chars().count() + after.chars().count()
                    - trimmed.chars().count()
                    + 1;
                out.errors.push(Problem {
                    line: n,
                    col,
                    message: format!("键名“{key}”后面用了全角冒号“：”。YAML 要求半角冒号“:”并在其后加一个空格，应写作“{key}: …”（可切换到英文输入法输入冒号）"),
                });
                fixed_body = format!("{}: {}", &fixed_body[..item + key_len], value.trim_start());
            }
        }
        let trimmed_end = fixed_body.split(" #").next().unwrap_or("").trim_end();
        if trimmed_end.ends_with(['|', '>']) || trimmed_end.ends_with("|-") || trimmed_end.ends_with(">-") || trimmed_end.ends_with("|+") {
            block = Some(fixed_lead.len() + item);
        }
        out.repaired.push_str(&fixed_lead);
        out.repaired.push_str(&fixed_body);
    }
    out
}

/// YAML 读不下去时（缩进错了），找出缩进与上下文不合的那一行：比上一行（不是“键名:”结尾的）多缩进了的“键名: 值”行，
/// 或退回到上面哪一层都不对齐的位置。返回 (行, 列, 说明)。
pub fn misindented(text: &str) -> Option<Problem> {
    let mut levels: Vec<usize> = vec![0];
    let mut prev_opens = true;
    let mut prev_key: Option<(usize, String)> = None;
    let mut block: Option<usize> = None;
    for (i, line) in text.split('\n').enumerate() {
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        if let Some(k) = block {
            if body.is_empty() || indent > k {
                continue;
            }
            block = None;
        }
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let code = body.split(" #").next().unwrap_or("").trim_end();
        let (item, rest) = match code.strip_prefix("- ") {
            Some(r) => (true, r),
            None => (code == "-", code),
        };
        let key =
            rest.split_once(':').filter(|(k, v)| !k.is_empty() && !k.contains(' ') && (v.is_empty() || v.starts_with(' '))).map(|(k, _)| k);
        let top = *levels.last().unwrap_or(&0);
        if indent > top {
            if !prev_opens && key.is_some() && !item {
                let (pl, pk) = prev_key.clone().unwrap_or((i, String::new()));
                return Some(Problem {
                    line: i + 1,
                    col: indent + 1,
                    message: format!(
                        "缩进不对：这一行比第 {pl} 行“{pk}”多缩进了 {} 格，而“{pk}”已经有值，不能再有下一层。同一层的字段必须左对齐（只用空格缩进）",
                        indent - top
                    ),
                });
            }
            if prev_opens || item {
                levels.push(indent);
            }
        } else {
            while levels.last().is_some_and(|&l| l > indent) {
                levels.pop();
            }
            if levels.last() != Some(&indent) {
                let above: Vec<String> = levels.iter().map(|l| format!("{l} 格")).collect();
                return Some(Problem {
                    line: i + 1,
                    col: indent + 1,
                    message: format!(
                        "缩进不对：这一行缩进了 {indent} 格，和上面各层（{}）都不对齐。同一层的字段必须左对齐（只用空格缩进）",
                        above.join("、")
                    ),
                });
            }
        }
        if item {
            levels.push(indent + 2);
        }
        let value = key.and_then(|_| rest.split_once(':').map(|(_, v)| v.trim())).unwrap_or("");
        prev_opens = (key.is_some() && value.is_empty()) || (item && rest.trim().is_empty());
        if value.starts_with(['|', '>']) {
            block = Some(indent);
        }
        if let Some(k) = key {
            prev_key = Some((i + 1, k.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod line_tests {
    use super::*;

    #[test]
    fn invisible_mistakes_are_named_on_their_lines() {
        let t = "decision:\n\u{3000}name: 甲\n\torgan: 乙\nlist:\n  -张三\n  - 李四\nrules：chifeng\nx: a\u{200b}b\n";
        let s = scan_lines(t);
        let lines: Vec<usize> = s.errors.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 3, 5, 7], "{:?}", s.errors);
        assert!(s.errors[0].message.contains("全角空格"));
        assert!(s.errors[1].message.contains("Tab"));
        assert!(s.errors[2].message.contains("缺少空格"));
        assert!(s.errors[3].message.contains("全角冒号"));
        assert_eq!(s.warnings.len(), 1);
        assert!(s.warnings[0].message.contains("零宽空格"));
        assert_eq!(s.repaired, "decision:\n  name: 甲\n  organ: 乙\nlist:\n  - 张三\n  - 李四\nrules: chifeng\nx: ab\n");
    }

    #[test]
    fn block_text_is_not_scanned() {
        let t = "a: |\n  -不是列表\n  b：c\nd: 1\n";
        assert!(scan_lines(t).errors.is_empty());
    }

    #[test]
    fn wrong_indentation_points_at_the_line() {
        let t = "decision:\n  name: 甲\n    organ: 乙\n";
        let p = misindented(t).unwrap();
        assert_eq!(p.line, 3);
        let t = "decision:\n  name: 甲\n organ: 乙\n";
        assert_eq!(misindented(t).unwrap().line, 3);
        let t = "a:\n  - name: 甲\n    b: 1\n  - name: 乙\nc:\n- x\n- y\n";
        assert_eq!(misindented(t), None);
    }
}
