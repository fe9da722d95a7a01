//! 规则一览表（docs/rules/<代号>.md）：由规则表生成，不手写。每条规则一行：代号、出处、施行日期、性质、参数、
//! 程序核对什么（[`KNOWN_RULES`]）、覆盖它的测试（由调用者给出，见 tests/rules_docs.rs）；本表未作规定而适用
//! 条例的规则另列一节，并写明条例的效力和未收入规则表的上位法规。

use std::fmt::Write;

use super::*;

/// 一个规则体系的规则一览表（Markdown）。`tests_of(id)` 给出覆盖这一规则代号的测试。
pub fn markdown(j: Jurisdiction, tests_of: &dyn Fn(&str) -> Vec<String>) -> String {
    let own = RuleSet::builtin(j);
    let national = RuleSet::builtin(Jurisdiction::National);
    let mut s = String::new();
    let _ = writeln!(s, "# 规则一览：{}\n", own.name);
    let _ = writeln!(
        s,
        "本文件由 data/rules/{}.yaml 生成，请勿手改；改了规则表后运行 `UPDATE_RULES_DOCS=1 cargo test --release --test rules_docs`。\n\
         “核对什么”是程序对这条规则做的事；“测试”是在 tests/ 中写到这一规则代号的测试。\n",
        j.id()
    );
    let _ = writeln!(s, "## 法规\n");
    for st in &own.statutes {
        let number = st.number.as_deref().map(|n| format!("（{n}）")).unwrap_or_default();
        let note = st.note.as_deref().map(|n| format!("。{n}")).unwrap_or_default();
        let _ = writeln!(s, "- {}：《{}》{number}，{} 起施行{note}", st.short, st.title, st.effective_from);
    }
    if let Some(n) = &own.national {
        let how = match n.how {
            NationalHow::Binding => "直接适用：本表较宽的，按较严的条例规定",
            NationalHow::Reference => "参照执行：本表优先，本表未作规定的按条例",
        };
        let _ = writeln!(s, "\n国务院条例对本规则体系{how}（{}）。", n.citation);
        if !n.upper_statutes.is_empty() {
            let _ = writeln!(
                s,
                "本规则体系所依据、但未收入规则表的上位法规：{}。检查结果遇到本表未作规定的事项时写明这一点。",
                n.upper_statutes.join("、")
            );
        }
    }
    documents(&mut s, j);
    let _ = writeln!(s, "\n## 本表的规则\n");
    rows(&mut s, own.rules.iter(), tests_of);
    if j != Jurisdiction::National {
        let inherited: Vec<&Rule> = national.rules.iter().filter(|r| own.rule_latest(&r.id).is_none()).collect();
        let _ = writeln!(s, "\n## 本表未作规定、适用条例的规则\n");
        rows(&mut s, inherited.into_iter(), tests_of);
        let stricter: Vec<&Rule> = national
            .rules
            .iter()
            .filter(|n| {
                own.rule_latest(&n.id).is_some_and(|o| {
                    Law::of(j)
                        .rule(&n.id, crate::input::case::Date(o.effective_from.max(n.effective_from)))
                        .is_some_and(|r| std::ptr::eq(r, *n))
                })
            })
            .collect();
        if !stricter.is_empty() {
            let _ = writeln!(s, "\n## 本表较宽、按较严的条例核对的规则\n");
            rows(&mut s, stricter.into_iter(), tests_of);
        }
    }
    s
}

/// 文书及其依据：每种文书的子命令、名称、归档类别和本规则体系中的依据（规则表 document_basis；本表没有的取条例的，
/// 都没有的写“—”：本地不要求这种文书，案卷记录了仍照样生成）。
fn documents(s: &mut String, j: Jurisdiction) {
    use crate::law::catalogue::{ARCHIVE_KINDS, KINDS};
    let own = RuleSet::builtin(j);
    let law = Law::of(j);
    let _ = writeln!(s, "\n## 文书及其依据\n");
    let _ = writeln!(s, "本表的 `document_basis` 没有写明、取条例的依据的，标“（条例）”。\n");
    let _ = writeln!(s, "| 种类 | 文书 | 归档类别 | 依据 |\n|---|---|---|---|");
    for k in KINDS.iter().chain(ARCHIVE_KINDS) {
        let basis = law.document_basis(k.id);
        let from_national = j != Jurisdiction::National && !basis.is_empty() && !own.document_basis.contains_key(k.id);
        let basis = if basis.is_empty() { "—".to_string() } else { basis.join("；") };
        let each = if k.per_person { "（每人或每项一份）" } else { "" };
        let mark = if from_national { "（条例）" } else { "" };
        let _ = writeln!(s, "| `{}` | {}{each} | {} | {basis}{mark} |", k.id, k.name, k.category.name());
    }
}

fn rows<'a>(s: &mut String, rules: impl Iterator<Item = &'a Rule>, tests_of: &dyn Fn(&str) -> Vec<String>) {
    let _ = writeln!(s, "| 代号 | 出处 | 施行 | 性质 | 参数 | 核对什么 | 测试 |");
    let _ = writeln!(s, "|---|---|---|---|---|---|---|");
    for r in rules {
        let tests = tests_of(&r.id);
        let tests = if tests.is_empty() { "（无）".to_string() } else { tests.join("<br>") };
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} | {} | {} |",
            r.id,
            r.citation,
            r.effective_from,
            r.severity,
            params(r),
            what_is_checked(&r.id).unwrap_or("（未登记）"),
            tests
        );
    }
}

/// 参数的简短写法。
fn params(r: &Rule) -> String {
    let p = &r.params;
    let mut out = Vec::new();
    for (v, unit) in [(p.days, "日"), (p.workdays, "个工作日"), (p.hours, "小时"), (p.years, "年"), (p.count, "人")] {
        if let Some(v) = v {
            out.push(format!("{v}{unit}"));
        }
    }
    if let Some(m) = p.min {
        out.push(format!("不少于{m}人{}", if p.odd == Some(true) { "（单数）" } else { "" }));
    }
    if let (Some(m), Some(d)) = (p.month, p.day) {
        out.push(format!("{m}月{d}日"));
    }
    if let Some(c) = p.when {
        out.push(format!("仅当{}", c.describe()));
    }
    if let Some(b) = p.before {
        out.push(format!("在“{}”之前", b.name()));
    }
    if let Some(a) = p.after {
        out.push(format!("在“{}”之后", a.name()));
    }
    if !p.items.is_empty() {
        let names: Vec<String> = p
            .items
            .iter()
            .map(|i| match i.required_when {
                Some(c) => format!("{}（{}时）", i.name, c.describe()),
                None => i.name.clone(),
            })
            .collect();
        out.push(names.join("、"));
    }
    if out.is_empty() {
        "—".to_string()
    } else {
        out.join("；").replace('|', "｜")
    }
}
