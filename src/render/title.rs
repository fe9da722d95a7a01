//! 标题回行（GB/T 9704-2012 7.3.1）：“回行时要做到词意完整，排列对称，长短适宜，间距恰当”。
//!
//! 模板中的标题照常写作 `#标题[关于召开{{ decision.name }}听证会的公告]`。模板渲染之后，
//! [`break_titles`] 找出渲染结果中每个 `#标题[…]` 调用：标题一行放不下、且内容是纯文字时，
//! 把文字切成不可拆开的“词”（jieba 分词；案卷中的名称——决策事项、草案、机关、单位、地点——各作一个词），
//! 作为参数交给版式模块：`#标题(分词: ("关于", "召开", …))[原内容]`。
//! 在哪两个词之间回行由版式模块（templates/house.typ 的 `标题`）按实际字宽决定：行数最少、各行长短最接近。
//!
//! 内容不是纯文字的标题（如草稿中的【待填写】占位）原样不动，由版式模块按原办法回行。

use jieba_rs::Jieba;

use super::dictionary;
use serde_json::Value as Json;
use typst::syntax::ast::{Escape, Shorthand};
use typst::syntax::{parse, LinkedNode, SyntaxKind};

/// 交给版式模块 `标题` 的参数名（版式模块中没有它时不改写标题，见 [`super::render`]）。
pub const ARGUMENT: &str = "分词";

/// 标题一行最多的宽度，以半角字宽计：版心宽 156mm，2号字 22pt（≈7.76mm），一行 20 个汉字。
pub const LINE: usize = 40;

/// 括号、书名号中的文字不超过此宽度（半角字宽，即 10 个字）时连同括号整个作一个词，不在其中回行
/// （如“（征求意见稿）”“《律师事务所管理办法》”）；更长的（如草案的全称）仍可在其中的词之间回行。
const SHORT_BRACKETS: usize = 20;

/// 切 `text` 用的分词器：只含句中出现的词（[`dictionary::jieba_for`]，不整部载入词典），另加公文常用词。
/// HMM（为词典中没有的字串猜词）打开：否则“老旧”“天山镇”之类会切成单字，多出许多不该回行的地方。
fn jieba_for(text: &str) -> Jieba {
    let mut texts = vec![text];
    texts.extend(GOVERNMENT_WORDS);
    let mut j = dictionary::jieba_for(&texts);
    for w in GOVERNMENT_WORDS {
        // 词频不低于一般的常用词，使它胜过自带词典中与之交叠的词（“中小学校”）
        let f = j.suggest_freq(w).max(20_000);
        j.add_word(w, Some(f), None);
    }
    j
}

/// jieba 自带词典切错的公文常用词（“中小学|校车”切成“中小学校|车”，“人力资源和社会保障厅”切成四段等）。
const GOVERNMENT_WORDS: [&str; 19] = [
    "人力资源和社会保障",
    "发展和改革",
    "住房和城乡建设",
    "工业和信息化",
    "文化和旅游",
    "自然资源和规划",
    "退役军人事务",
    "中心城区",
    "校车",
    "中小学",
    "征求意见稿",
    "期限表",
    "基本养老保险",
    "营商环境",
    "灵活就业",
    "企业职工",
    "收费标准",
    "停车设施",
    "履行决策法定程序",
];

/// 单独切出时并入前一个词的机构名称后缀（“自然资源|部”“社会保障|厅”）。
const ORGAN_SUFFIXES: [&str; 11] = ["厅", "局", "部", "委", "办", "处", "署", "院", "所", "站", "队"];

/// 行首不宜出现的字（并入前一个词）。
const NO_LINE_START: [&str; 3] = ["的", "之", "等"];
/// 行末不宜出现的词（并入后一个词）。
const NO_LINE_END: [&str; 8] = ["关于", "对", "和", "与", "及", "以及", "暨", "或"];

/// 改写渲染结果中需要回行的 `#标题[…]`，加上分词参数。`data` 为模板数据（从中取案卷中的名称）。
pub fn break_titles(markup: &str, data: &Json) -> String {
    if !markup.contains("标题") {
        return markup.to_string();
    }
    let root = parse(markup);
    let mut calls = Vec::new();
    find_titles(&LinkedNode::new(&root), &mut calls);
    calls.retain(|t| width(&t.text) > LINE);
    if calls.is_empty() {
        return markup.to_string();
    }
    let names = names(data);
    let mut out = String::with_capacity(markup.len() + 256);
    let mut pos = 0;
    for Title { at, text, boxed } in calls {
        // 盒子里的文字（render::escape::keep_together）不断行：作为一个词
        let mut names = names.clone();
        for b in boxed {
            if b.chars().count() > 1 && !names.contains(&b) {
                names.push(b);
            }
        }
        out.push_str(&markup[pos..at]);
        out.push_str(&argument(&words(&text, &names)));
        pos = at;
    }
    out.push_str(&markup[pos..]);
    out
}

/// 交给版式模块的参数：`(分词: ("关于", "召开",))`（Typst 字符串，反斜杠、引号转义；末尾的逗号使只有一个词时也是数组）。
fn argument(words: &[String]) -> String {
    let mut s = format!("({ARGUMENT}: (");
    for w in words {
        s.push('"');
        for c in w.chars() {
            match c {
                '\\' => s.push_str("\\\\"),
                '"' => s.push_str("\\\""),
                c => s.push(c),
            }
        }
        s.push_str("\", ");
    }
    s.push_str("))");
    s
}

/// 渲染结果中的一个 `#标题[纯文字]`。
struct Title {
    /// 参数表在源文中的起点
    at: usize,
    text: String,
    /// 其中 `#box[…]` 里的文字
    boxed: Vec<String>,
}

/// 语法树中的 `#标题[纯文字]` 调用。
fn find_titles(node: &LinkedNode, out: &mut Vec<Title>) {
    if node.kind() == SyntaxKind::FuncCall {
        if let Some(found) = title_call(node) {
            out.push(found);
            return;
        }
    }
    for child in node.children() {
        find_titles(&child, out);
    }
}

fn title_call(node: &LinkedNode) -> Option<Title> {
    let (args, markup) = sole_content(node, "标题")?;
    let mut boxed = Vec::new();
    let text = plain_text(&markup, &mut boxed)?.trim().to_string();
    (!text.is_empty()).then_some(Title { at: args.offset(), text, boxed })
}

/// `名称[…]` 调用的参数表和它唯一的参数（一个内容块，已有其他参数的不算）中的标记。
fn sole_content<'a>(call: &LinkedNode<'a>, name: &str) -> Option<(LinkedNode<'a>, LinkedNode<'a>)> {
    let mut children = call.children();
    let callee = children.next()?;
    let args = children.next()?;
    if callee.kind() != SyntaxKind::Ident || callee.leaf_text() != name || args.kind() != SyntaxKind::Args {
        return None;
    }
    let mut parts = args.children();
    let block = parts.next()?;
    if block.kind() != SyntaxKind::ContentBlock || parts.next().is_some() {
        return None;
    }
    let markup = block.children().find(|c| c.kind() == SyntaxKind::Markup)?;
    Some((args, markup))
}

/// 只由文字、空格、转义字符、简写符号和 `#box[…];` 组成的标记中的文字（盒子里的文字另记入 `boxed`）；
/// 含其他任何内容（函数调用、强调等）时为 `None`。
fn plain_text(markup: &LinkedNode, boxed: &mut Vec<String>) -> Option<String> {
    let mut text = String::new();
    for c in markup.children() {
        match c.kind() {
            SyntaxKind::Text => text.push_str(c.leaf_text()),
            SyntaxKind::Space => text.push(' '),
            SyntaxKind::Escape => text.push(c.get().cast::<Escape>()?.get()),
            SyntaxKind::Shorthand => text.push(c.get().cast::<Shorthand>()?.get()),
            // 案卷中不断行的名称、日期：`#box[…];`（render::escape::keep_together）
            SyntaxKind::Hash | SyntaxKind::Semicolon => {}
            SyntaxKind::FuncCall => {
                let (_, inner) = sole_content(&c, "box")?;
                let inner = plain_text(&inner, boxed)?;
                text.push_str(&inner);
                boxed.push(inner);
            }
            _ => return None,
        }
    }
    Some(text)
}

/// 模板数据中的名称（回行时不拆开）：决策事项名称、草案名称、决策机关、承办单位、组织单位、各处的单位和地点。
pub fn names(data: &Json) -> Vec<String> {
    const KEYS: [&str; 9] = ["draft_title", "organ", "lead_unit", "co_units", "organizer", "unit", "units", "place", "venue"];
    let mut out = Vec::new();
    if let Some(name) = data.pointer("/decision/name").and_then(Json::as_str) {
        out.push(name.to_string());
    }
    fn walk(v: &Json, key: Option<&str>, out: &mut Vec<String>) {
        match v {
            Json::Object(map) => map.iter().for_each(|(k, x)| walk(x, Some(k), out)),
            Json::Array(a) => a.iter().for_each(|x| walk(x, key, out)),
            Json::String(s) if key.is_some_and(|k| KEYS.contains(&k)) => out.push(s.trim().to_string()),
            _ => {}
        }
    }
    walk(data, None, &mut out);
    out.retain(|n| n.chars().count() >= 2);
    out.sort();
    out.dedup();
    out
}

/// 一段文字的宽度，以半角字宽计（汉字、全角标点为 2，其余为 1）。
pub fn width(s: &str) -> usize {
    s.chars().map(|c| if super::escape::is_cjk(c) { 2 } else { 1 }).sum()
}

/// 标题文字切成回行时不拆开的词：各词连起来就是原文。
///
/// 先找出 `names` 中的名称（长的优先）各作一个词；一行放不下的名称仍可在其中的词之间回行。
/// 其余文字用 jieba 分词。然后把不宜在行首、行末的字词和前后的词合并：
/// 行首不是“的、之、等”和右括号、标点，行末不是“关于、对、和、与、及”和左括号；
/// 数字与“年、月、日”，短的括号内容（如“（征求意见稿）”）也不拆开。
pub fn words(title: &str, names: &[String]) -> Vec<String> {
    let names: Vec<&str> = names.iter().map(String::as_str).filter(|n| !n.is_empty()).collect();
    let jieba = jieba_for(title);
    let mut raw = Vec::new();
    segment(&jieba, title, &names, &mut raw);
    glue(raw)
}

/// 切分：名称各作一个（或几个，见 [`words`]）词，其余用 jieba。
fn segment<'a>(jieba: &Jieba, text: &'a str, names: &[&str], out: &mut Vec<&'a str>) {
    let mut sorted: Vec<&str> = names.to_vec();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for name in &sorted {
        for (i, _) in text.match_indices(name) {
            let span = (i, i + name.len());
            if !spans.iter().any(|&(a, b)| span.0 < b && a < span.1) {
                spans.push(span);
            }
        }
    }
    spans.sort();
    let mut pos = 0;
    for (a, b) in spans {
        cut(jieba, &text[pos..a], out);
        let name = &text[a..b];
        if width(name) <= LINE {
            out.push(name);
        } else {
            let shorter: Vec<&str> = names.iter().copied().filter(|n| n.len() < name.len()).collect();
            segment(jieba, name, &shorter, out);
        }
        pos = b;
    }
    cut(jieba, &text[pos..], out);
}

fn cut<'a>(jieba: &Jieba, text: &'a str, out: &mut Vec<&'a str>) {
    if !text.is_empty() {
        out.extend(jieba.cut(text, true).into_iter().map(|t| t.word));
    }
}

fn is_opening(c: char) -> bool {
    matches!(c, '《' | '（' | '(' | '“' | '‘' | '〔' | '【' | '[' | '「' | '『' | '〈')
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '》' | '）'
            | ')'
            | '”'
            | '’'
            | '〕'
            | '】'
            | ']'
            | '」'
            | '』'
            | '〉'
            | '、'
            | '，'
            | '。'
            | '：'
            | '；'
            | '！'
            | '？'
            | '·'
            | '…'
    )
}

/// 相邻两个词之间能否回行。
fn breakable(prev: &str, next: &str) -> bool {
    let (Some(last), Some(first)) = (prev.chars().last(), next.chars().next()) else {
        return false;
    };
    let digit_unit = last.is_ascii_alphanumeric() && matches!(first, '年' | '月' | '日' | '号' | '届' | '期' | '次');
    // 连接号和其余的半角标点（引号、#、/ 等）两边都不回行
    let dash = |c: char| matches!(c, '—' | '–' | '－' | '~' | '～') || (c.is_ascii_punctuation() && !is_opening(c) && !is_closing(c));
    !(is_opening(last)
        || is_closing(first)
        || first.is_whitespace()
        || NO_LINE_START.contains(&next)
        || ORGAN_SUFFIXES.contains(&next)
        || NO_LINE_END.contains(&prev)
        || digit_unit
        || dash(last)
        || dash(first)
        || (last.is_ascii_alphanumeric() && first.is_ascii_alphanumeric()))
}

/// 合并不能在其间回行的相邻词；短的括号内容整个合为一个词。
fn glue(raw: Vec<&str>) -> Vec<String> {
    // 每个词前面能否回行
    let mut can_break: Vec<bool> = (0..raw.len()).map(|i| i > 0 && breakable(raw[i - 1], raw[i])).collect();
    // 短的括号内容：从左括号到配对的右括号之间都不回行
    let mut open: Vec<(usize, usize)> = Vec::new();
    for (i, w) in raw.iter().enumerate() {
        for (k, c) in w.char_indices() {
            match c {
                '（' | '(' | '〔' | '【' | '[' | '《' => open.push((i, k + c.len_utf8())),
                '）' | ')' | '〕' | '】' | ']' | '》' => {
                    if let Some((start, after)) = open.pop() {
                        let inner = if start == i {
                            width(&w[after..k])
                        } else {
                            width(&raw[start][after..]) + raw[start + 1..i].iter().map(|x| width(x)).sum::<usize>() + width(&w[..k])
                        };
                        if inner <= SHORT_BRACKETS {
                            can_break[start + 1..=i].iter_mut().for_each(|b| *b = false);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    for (w, b) in raw.iter().zip(can_break) {
        match out.last_mut() {
            Some(last) if !b => last.push_str(w),
            _ => out.push(w.to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 按标题现建的小分词器与整部词典（加同样的公文常用词）切出的词相同。
    #[test]
    fn small_dictionary_cuts_like_the_full_one() {
        let mut full = Jieba::new();
        for w in GOVERNMENT_WORDS {
            let f = full.suggest_freq(w).max(20_000);
            full.add_word(w, Some(f), None);
        }
        for t in [
            "关于召开赤峰市中心城区老旧小区改造实施方案听证会的公告",
            "内蒙古自治区人力资源和社会保障厅关于灵活就业人员参加企业职工基本养老保险办法的起草说明",
            "昌黎县中小学校车安全管理办法（征求意见稿）公开征求意见的公告",
            "赤峰市住房和城乡建设局关于停车设施收费标准调整履行决策法定程序的说明",
            "天山镇老旧小区营商环境期限表",
        ] {
            let small = jieba_for(t);
            let a: Vec<&str> = full.cut(t, true).into_iter().map(|x| x.word).collect();
            let b: Vec<&str> = small.cut(t, true).into_iter().map(|x| x.word).collect();
            assert_eq!(a, b, "{t}");
        }
    }

    #[test]
    fn typst_strings_are_escaped() {
        assert_eq!(argument(&["甲\"乙".into(), "\\丙".into()]), "(分词: (\"甲\\\"乙\", \"\\\\丙\", ))");
        assert_eq!(argument(&["一个词".into()]), "(分词: (\"一个词\", ))");
    }

    #[test]
    fn only_plain_long_titles_are_rewritten() {
        let data = serde_json::json!({"decision": {"name": "赤峰市中心城区公共停车设施收费标准调整方案"}});
        let short = "#标题[备考表]\n";
        assert_eq!(break_titles(short, &data), short);
        let draft = "#标题[关于召开#待填写(\"决策事项名称\")听证会的公告，这一行很长很长很长很长]\n";
        assert_eq!(break_titles(draft, &data), draft);
        let long = "正文\n#标题[关于召开赤峰市中心城区公共停车设施收费标准调整方案听证会的公告]\n";
        let out = break_titles(long, &data);
        assert!(out.starts_with("正文\n#标题(分词: (\"关于召开\", "), "{out}");
        assert!(out.ends_with("))[关于召开赤峰市中心城区公共停车设施收费标准调整方案听证会的公告]\n"), "{out}");
    }

    #[test]
    fn boxed_names_in_the_title_are_text() {
        let data = serde_json::json!({});
        let out = break_titles("#标题[赤峰市人民政府#box[常务会议];纪要关于中心城区公共停车设施收费标准调整的决定]\n", &data);
        assert!(out.contains("分词:"), "{out}");
        assert!(out.contains("\"常务会议\""), "{out}");
    }

    #[test]
    fn escapes_in_the_title_become_characters() {
        let data = serde_json::json!({});
        let m = "#标题[关于\\#一号\\[甲\\]方案和\\\"乙\\\"方案的公告，这一行需要回行才放得下的公告标题]";
        let out = break_titles(m, &data);
        assert!(out.contains("\\\"乙\\\"方案"), "{out}");
        assert!(out.contains("#一号"), "{out}");
    }

    #[test]
    fn names_are_not_split_and_particles_attach() {
        let names = vec!["赤峰市发展和改革委员会".to_string()];
        let w = words("赤峰市发展和改革委员会关于征求意见的公告", &names);
        assert_eq!(w[0], "赤峰市发展和改革委员会");
        assert!(w[1].starts_with("关于") && w[1].len() > "关于".len(), "{w:?}");
        assert!(w.iter().all(|x| !x.starts_with('的')), "{w:?}");
        let w = words("关于《某某办法（征求意见稿）》意见的公告", &[]);
        assert!(w.iter().any(|x| x.contains("（征求意见稿）》")), "{w:?}");
        assert_eq!(w.concat(), "关于《某某办法（征求意见稿）》意见的公告");
    }
}
