//! 把案卷中的文字安全地放进 Typst 标记：任何字符都只当文字，不会成为 Typst 代码。
//!
//! 规则见 docs/typst-notes.md §4：ASCII 标点一律加反斜杠转义（`\#`、`\$`、`\[`、`\/` …），
//! 换行变为强制换行 `\` + 换行，Tab 变空格，其余控制字符删除。
//! 反斜杠后跟任意非空白字符在 Typst 中都是字面转义，因此转义后的文字不可能开启代码、公式、
//! 注释、标签、引用、链接或任何行首标记。

/// 案卷中的值印进文书时不在行中断开（GB/T 9704 的排版惯例：姓名、日期不跨行）：
/// 二至六个字的名称（多为人名、地名、单位简称）整个不断行；值中的中文日期“2026年5月1日”也不断行
///（两端对齐的正文由 Typst 的整段优化断行把多出的空隙分到前后几行）。
/// 不断行的部分放进行内盒子 `#box[…];`（分号结束嵌入的表达式，后面紧跟的模板文字“[”“.”“(”不会成为它的参数）。
/// 不用 U+2060（WORD JOINER）：它会留在 PDF 的文字层里，复制、检索姓名时多出一个看不见的字符。
/// 输入是已转义的文字（[`escape_markup`] 的结果），输出仍然只是文字。
pub fn keep_together(raw: &str, escaped: &str) -> String {
    let n = raw.chars().count();
    if (2..=6).contains(&n) && raw.chars().all(|c| crate::input::forms::is_han(c) || c == '·') {
        return format!("#box[{escaped}];");
    }
    // 栏太窄、整条出处放不下时只在简称和条款之间回行
    if let (true, Some((name, article))) = (is_citation(raw), escaped.split_once(' ')) {
        return format!("#box[{name} #box[{article}];];");
    }
    let c: Vec<char> = escaped.chars().collect();
    let mut out = String::with_capacity(escaped.len() + 16);
    let mut i = 0;
    while i < c.len() {
        if let Some(len) = bracketed_name_at(&c, i).or_else(|| article_at(&c, i)).or_else(|| date_at(&c, i)) {
            out.push_str(&format!("#box[{}];", c[i..i + len].iter().collect::<String>()));
            i += len;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// 规则表中的出处“赤峰规定 第十五条”“条例 第二十条第二款”（简称、空格、条款）：整个不断行。
fn is_citation(raw: &str) -> bool {
    let Some((name, article)) = raw.split_once(' ') else { return false };
    let article: Vec<char> = article.chars().collect();
    let name_ok = (1..=8).contains(&name.chars().count()) && name.chars().all(crate::input::forms::is_han);
    name_ok && article.len() <= 12 && article_at(&article, 0) == Some(article.len())
}

/// `c[i..]` 以条款“第十五条”“第二十条第二款”开头时，返回它的长度。
fn article_at(c: &[char], i: usize) -> Option<usize> {
    let cn = |ch: &char| "零一二三四五六七八九十百".contains(*ch);
    let mut k = i;
    let mut found = false;
    while c.get(k) == Some(&'第') {
        let n = c[k + 1..].iter().take_while(|ch| cn(ch)).count();
        match c.get(k + 1 + n) {
            Some('条' | '款' | '项') if n > 0 => {
                k += n + 2;
                found = true;
            }
            _ => break,
        }
    }
    found.then_some(k - i)
}

/// `c[i..]` 以括号中的二至六个汉字（如题名中的“（张堃）”）开头时，返回连括号在内的长度。
fn bracketed_name_at(c: &[char], i: usize) -> Option<usize> {
    if c[i] != '（' {
        return None;
    }
    let n = c[i + 1..].iter().take_while(|ch| crate::input::forms::is_han(**ch) || **ch == '·').count();
    ((2..=6).contains(&n) && c.get(i + 1 + n) == Some(&'）')).then_some(n + 2)
}

/// `c[i..]` 以“YYYY年M月D日”开头（前面不是数字）时，返回它的长度。
fn date_at(c: &[char], i: usize) -> Option<usize> {
    if i > 0 && c[i - 1].is_ascii_digit() {
        return None;
    }
    let digits = |from: usize| c[from.min(c.len())..].iter().take_while(|d| d.is_ascii_digit()).count();
    if digits(i) != 4 || c.get(i + 4) != Some(&'年') {
        return None;
    }
    let m = digits(i + 5);
    if !(1..=2).contains(&m) || c.get(i + 5 + m) != Some(&'月') {
        return None;
    }
    let d = digits(i + 6 + m);
    if !(1..=2).contains(&d) || c.get(i + 6 + m + d) != Some(&'日') {
        return None;
    }
    Some(7 + m + d)
}

/// 转义一段文字，用于 Typst 标记（markup）中。
pub fn escape_markup(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            // Unicode 行/段分隔符在 Typst 中也是换行
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\\n"),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    // 文字末尾的强制换行没有意义，且会和模板后续内容连成 `\` + 换行
    while out.ends_with("\\\n") {
        out.truncate(out.len() - 2);
    }
    out
}

/// 是否为中日韩文字或全角标点（用于判断模板中跨行段落的换行能否去掉）。
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3100..=0x312F | 0x31A0..=0x31BF
        | 0x31C0..=0x31EF | 0x3200..=0x32FF | 0x3300..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x323AF)
}

/// 模板中为了好读把一个中文段落折成几行时，Typst 0.15 会在两行之间印出一个空格。
/// 这里把“上一行以中文结尾、下一行以中文开头”的单个换行去掉（连同下一行的缩进）。
///
/// 不合并的情形：空行（段落分隔）、上一行是标题/列表等行首标记行、上一行含 `//` 注释、
/// 上一行以反斜杠结尾（强制换行）。
pub fn join_cjk_lines(markup: &str) -> String {
    let lines: Vec<&str> = markup.split('\n').collect();
    let mut out = String::with_capacity(markup.len());
    for (i, line) in lines.iter().enumerate() {
        let joins_next = i + 1 < lines.len() && out_joined(&lines, i + 1);
        let mut seg = *line;
        if i > 0 && out_joined(&lines, i) {
            seg = seg.trim_start();
        }
        if joins_next {
            seg = seg.trim_end();
        }
        out.push_str(seg);
        if i + 1 < lines.len() && !joins_next {
            out.push('\n');
        }
    }
    out
}

/// 第 i 行是否接到上一行末尾。
fn out_joined(lines: &[&str], i: usize) -> bool {
    let prev = lines[i - 1];
    let next = lines[i].trim_start();
    let (Some(a), Some(b)) = (prev.trim_end().chars().last(), next.chars().next()) else {
        return false;
    };
    if !is_cjk(a) || !is_cjk(b) {
        return false;
    }
    let head = prev.trim_start();
    let block_start = ["=", "- ", "+ ", "/ ", "#let", "#set", "#show", "#import"].iter().any(|m| head.starts_with(m))
        || head.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    !block_start && !has_line_comment(prev)
}

/// 行内是否有未转义的 `//`（Typst 行注释）。
fn has_line_comment(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == b'/' && b[i + 1] == b'/' && (i == 0 || b[i - 1] != b':') {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_dates_do_not_break() {
        assert_eq!(keep_together("王喆", "王喆"), "#box[王喆];");
        assert_eq!(keep_together("欧阳·娜娜", "欧阳·娜娜"), "#box[欧阳·娜娜];");
        assert_eq!(keep_together("2026年5月1日", "2026年5月1日"), "#box[2026年5月1日];");
        assert_eq!(keep_together("于2026年12月31日完成", "于2026年12月31日完成"), "于#box[2026年12月31日];完成");
        // 不是日期的数字、长的文字照旧
        assert_eq!(keep_together("12026年5月1日", "12026年5月1日"), "12026年5月1日");
        assert_eq!(keep_together("赤峰市发展和改革委员会", "赤峰市发展和改革委员会"), "赤峰市发展和改革委员会");
        assert_eq!(keep_together("A1", "A1"), "A1");
        assert_eq!(keep_together("昌黎规定 第十五条", "昌黎规定 第十五条"), "#box[昌黎规定 #box[第十五条];];");
        assert_eq!(keep_together("条例 第二十条第二款", "条例 第二十条第二款"), "#box[条例 #box[第二十条第二款];];");
        assert_eq!(keep_together("见 第三页", "见 第三页"), "见 第三页");
        assert_eq!(keep_together("已写入方案第九条。", "已写入方案第九条。"), "已写入方案#box[第九条];。");
        assert_eq!(keep_together("按第二十条第二款办理", "按第二十条第二款办理"), "按#box[第二十条第二款];办理");
        assert_eq!(keep_together("听证会参加通知（张堃）", "听证会参加通知（张堃）"), "听证会参加通知#box[（张堃）];");
    }

    #[test]
    fn escapes_every_ascii_punctuation() {
        assert_eq!(escape_markup("#a[b]$c$"), "\\#a\\[b\\]\\$c\\$");
        assert_eq!(escape_markup("甲\n乙"), "甲\\\n乙");
        assert_eq!(escape_markup("a\tb\u{7}c"), "a bc");
        assert_eq!(escape_markup("末尾换行\n\n"), "末尾换行");
    }

    #[test]
    fn joins_wrapped_chinese_lines_only() {
        assert_eq!(join_cjk_lines("根据条例，\n  决定举行听证会。"), "根据条例，决定举行听证会。");
        assert_eq!(join_cjk_lines("第一段。\n\n第二段。"), "第一段。\n\n第二段。");
        assert_eq!(join_cjk_lines("= 一、标题\n正文"), "= 一、标题\n正文");
        assert_eq!(join_cjk_lines("// 注释\n正文"), "// 注释\n正文");
        assert_eq!(join_cjk_lines("Latin\n正文"), "Latin\n正文");
        assert_eq!(join_cjk_lines("强制换行\\\n正文"), "强制换行\\\n正文");
        assert_eq!(join_cjk_lines("甲\n乙\n丙"), "甲乙丙");
    }
}
