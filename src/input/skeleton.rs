//! `gen init`：新案卷的框架。按案卷格式（[`case_schema`]，即 [`crate::input::case::Case`] 的定义）逐项写出键名，
//! 每一项在同一行的注释中写明中文含义（取自字段说明），各环节按 `Case` 的字段顺序——也就是程序顺序——排列：
//! 决策启动（decision）、公众参与、专家论证、风险评估、合法性审查、集体讨论决定、公布与备案、后评估、归档。
//!
//! # 占位的写法：留空，而不是填示例
//!
//! 必填的项写出键名、冒号后留空，注释标明“必填”；不填示例值。理由：
//!
//! - 示例值能通过读取，科员漏改一处，示例中的机关名称、日期就会印进正式文书（期限也会按示例日期推算），
//!   而且不报任何错。留空的必填项则一定报错：读取案卷时**一次列出全部**未填的必填项，
//!   每项写明文件、行、列、字段路径和中文含义（“……是必填的，不能空着”）。
//!   所以未改动的框架运行 `gen check` 得到的就是一张待填清单。
//! - 可选的项和尚未进行的环节整行以“# ”开头（暂不生效），说明照样写在行尾。这样只填好决策事项的名称、
//!   机关和承办单位，案卷就能读取，`gen check`、`gen plan` 在程序开始时就能用（期限表推算其余环节的法定日期）。
//! - 一个“# ”是一层：暂不生效的环节中，可选的项再多一层“# ”。启用一个环节时删去其中每行最前面的一个“# ”，
//!   得到的正是“必填项留空、可选项仍以 # 开头”的样子。删去“# ”而不填的可选项读作“未填”，不会出错
//!   （有默认值的是非项写出默认值，列表写作 `[]`）。
//!
//! # 因规则体系而异的内容
//!
//! - `rules:` 填好所选的规则体系。
//! - 字段说明中括注的出处只保留条例和本规则体系的（“（条例 第十九条；赤峰专家论证办法 第四条）”在昌黎的框架中
//!   写作“（条例 第十九条）”），说明中的举例换成本地的（[`examples`]）：不把一地的条文当作各地通用的写给科员。
//! - 本规则体系的规则表不核对的几项（如只有昌黎规定的会审、只有人社厅规定的原件移交），注释中写明（[`LOCAL_FIELDS`]）。

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use super::case::Jurisdiction;
use super::schema::{alternatives, case_schema, description};
use crate::law::rules::RuleSet;

/// 行尾注释对齐的列（键名较长的行在其后空两格）。
const NOTE_COLUMN: usize = 44;

/// 只有部分规则体系核对的字段，以及核对它的规则。每行：字段路径，空格，规则代号（清单类规则写作“代号/清单项代号”），
/// 几条规则用逗号分开。本规则体系（连同补充适用的条例）的规则表没有其中任何一条时，框架中的注释写明“不核对此项”。
///
/// 写成一段文字而不是代号的列表：tests/rules_docs.rs 按带引号的代号找“读取规则的代码”和“测试”，
/// 这里只是查规则表中有没有这一条，不算检查，不应被算作读取者。
pub const LOCAL_FIELDS: &str = "\
decision.concluded_on archive_transfer_max_days
participation.symposiums[].materials_sent_on symposium_notice_min_workdays
experts.members[].oral expert_oral_written_max_hours,expert_oral_written_required
risk.committee_filed_on order_risk_filing
legality.pre_reviewed_on order_before_legality_submission/pre_review
legality.unit_discussed_on order_before_legality_submission/unit_discussion
legality.joint_review joint_review_opinion_max_workdays
legality.supplements legality_supplement_excluded,legality_supplement_max_workdays
meeting.stakeholders stakeholder_attendees_min
meeting.stakeholders_reason stakeholder_attendees_min
archive.transferred_on archive_transfer_max_days";

/// [`LOCAL_FIELDS`] 中 `path` 一行所列的规则。
fn local_rules(path: &str) -> Option<&'static str> {
    LOCAL_FIELDS.lines().find_map(|l| l.split_once(' ').filter(|(p, _)| *p == path).map(|(_, r)| r))
}

/// 某规则体系的框架（UTF-8 的 YAML 文本）。
pub fn skeleton(j: Jurisdiction) -> String {
    let root = case_schema();
    let ctx = Ctx { j, root };
    let mut out = header(j);
    let required = required_of(root);
    for (key, node) in properties(root) {
        let mut lines = Vec::new();
        if key == "rules" {
            lines.push(Line {
                text: format!("rules: {}", j.id()),
                note: format!("适用的规则体系：{}（gen init --rules 选定；可改为 national、chifeng、nmg-hrss 或 changli）", j.name()),
            });
        } else {
            ctx.field(&mut lines, key, node, required.contains(&key), 0, key);
        }
        out.push('\n');
        for l in lines {
            out.push_str(&l.render());
        }
    }
    out
}

fn header(j: Jurisdiction) -> String {
    format!(
        "\
# ===================================================================
# 重大行政决策案卷（规则体系：{name}）
# 由 gen init 生成的框架：请照每行行尾的注释填写。一个决策事项一份文件。
# 键名（冒号左边）是固定的英文，不能改、不能拼错；冒号右边填内容。冒号是半角“:”，后面加一个空格。
# 缩进只用空格（不用 Tab），同一层的键左对齐。日期写作 2026-05-14，时刻写作 09:30，
# 是非项写 true（是）或 false（否）；列表写作 [甲, 乙]，或每项一行、以“- ”开头。
# 文字中含有“: ”或以 # 开头时，用引号把整段文字括起来。
#
# 冒号后空着、注释标有“必填”的项必须填写；没填的，gen check 会逐项列出。
# 以“# ”开头的行暂不生效：是可选的项，或是尚未进行的环节。用到时删去这一行最前面的一个“# ”；
# 启用一个环节时，删去这一环节每行最前面的一个“# ”，删后仍以“# ”开头的是其中可选的项。
# 各环节按程序顺序排列：决策启动、公众参与、专家论证、风险评估、合法性审查、集体讨论决定、
# 公布与备案、决策后评估、归档。每项的完整说明见 gen schema；填好后运行 gen check 核对法定程序。
# ===================================================================
",
        name = j.name()
    )
}

/// 一行：内容和行尾的中文注释。
struct Line {
    text: String,
    note: String,
}

impl Line {
    fn render(&self) -> String {
        let w = self.text.width();
        let pad = if w + 2 > NOTE_COLUMN { 2 } else { NOTE_COLUMN - w };
        format!("{}{}# {}\n", self.text, " ".repeat(pad), self.note)
    }
}

/// 一个字段的形状（由案卷格式得出）。
enum Shape<'a> {
    /// 一组字段
    Object(&'a Value),
    /// 列表
    List(Box<Shape<'a>>),
    Text,
    Integer,
    Bool,
    Date,
    Time,
    /// 只能从几项中选填
    Choice(Vec<String>),
    /// 名称 → 值（自定义字段 extra）
    Map,
}

fn has_type(n: &Value, t: &str) -> bool {
    super::schema::types(n).contains(&t)
}

fn shape<'a>(root: &'a Value, node: &'a Value) -> Shape<'a> {
    let alts = alternatives(root, node);
    if let Some(o) = alts.iter().find(|n| n.get("properties").is_some()) {
        return Shape::Object(o);
    }
    if let Some(items) = alts.iter().find_map(|n| n.get("items")) {
        return Shape::List(Box::new(shape(root, items)));
    }
    if alts.iter().any(|n| has_type(n, "object")) {
        return Shape::Map;
    }
    let mut choices: Vec<String> = Vec::new();
    for n in &alts {
        if let Some(list) = n.get("enum").and_then(Value::as_array) {
            choices.extend(list.iter().filter_map(Value::as_str).map(str::to_string));
        }
        if let Some(c) = n.get("const").and_then(Value::as_str) {
            choices.push(c.to_string());
        }
    }
    if !choices.is_empty() {
        return Shape::Choice(choices);
    }
    if alts.iter().any(|n| n.get("format").and_then(Value::as_str) == Some("date")) {
        return Shape::Date;
    }
    if alts.iter().any(|n| n.get("pattern").is_some()) {
        return Shape::Time;
    }
    if alts.iter().any(|n| has_type(n, "boolean")) {
        return Shape::Bool;
    }
    if alts.iter().any(|n| has_type(n, "integer")) {
        return Shape::Integer;
    }
    Shape::Text
}

fn properties(node: &Value) -> Vec<(&str, &Value)> {
    node.get("properties").and_then(Value::as_object).map(|m| m.iter().map(|(k, v)| (k.as_str(), v)).collect()).unwrap_or_default()
}

fn required_of(node: &Value) -> Vec<&str> {
    node.get("required").and_then(Value::as_array).map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

/// 在每一行的第 `col` 列插入“# ”（该行暂不生效）。块中各行在这一列之前都是空格。
fn comment_out(lines: &mut [Line], col: usize) {
    for l in lines {
        let at = col.min(l.text.len());
        l.text.insert_str(at, "# ");
    }
}

struct Ctx<'a> {
    j: Jurisdiction,
    root: &'a Value,
}

impl Ctx<'_> {
    /// 一个字段（键 `key`，位于 `indent` 列，字段路径 `path`）的各行；可选的整块以“# ”开头。
    fn field(&self, out: &mut Vec<Line>, key: &str, node: &Value, required: bool, indent: usize, path: &str) {
        let mut lines = Vec::new();
        let pad = " ".repeat(indent);
        let desc = self.note(node, path);
        // 括注在说明之后的提示：必填，以及怎样写
        let mut hints: Vec<String> = Vec::new();
        if required {
            hints.push("必填".into());
        }
        let sh = shape(self.root, node);
        let mut value = String::new();
        match &sh {
            Shape::Object(_) => {}
            Shape::List(item) => match item.as_ref() {
                Shape::Object(_) => hints.push("可写多项，每项以“- ”开头".into()),
                _ => {
                    hints.push("可写多项，如 [甲, 乙]".into());
                    if !required {
                        value = " []".into();
                    }
                }
            },
            Shape::Bool => {
                if !desc.contains("true") {
                    hints.push("填 true 或 false".into());
                }
                // 有默认值的是非项写出默认值：删去“# ”而不改也不会出错
                if let (Some(Value::Bool(b)), false) = (node.get("default"), required) {
                    value = format!(" {b}");
                }
            }
            Shape::Choice(values) if values.iter().filter(|v| desc.contains(v.as_str())).count() < 2 => {
                hints.push(format!("可填：{}", values.join("、")));
            }
            _ => {}
        }
        let note = if hints.is_empty() { desc } else { format!("{desc}（{}）", hints.join("；")) };
        lines.push(Line { text: format!("{pad}{key}:{value}"), note });
        match &sh {
            Shape::Object(obj) => self.children(&mut lines, obj, indent + 2, path),
            Shape::Map => {
                let p = path.trim_start_matches('.');
                lines.push(Line {
                    text: format!("{pad}  直播地址: https://…"),
                    note: format!("示例：名称可用中文，模板中写 {{{{ {p}.直播地址 }}}}"),
                });
            }
            Shape::List(item) => {
                if let Shape::Object(obj) = item.as_ref() {
                    let mut item_lines = Vec::new();
                    self.children(&mut item_lines, obj, indent + 4, &format!("{path}[]"));
                    if let Some(first) = item_lines.first_mut() {
                        first.text.replace_range(indent + 2..indent + 4, "- ");
                    }
                    lines.extend(item_lines);
                }
            }
            _ => {}
        }
        if !required {
            comment_out(&mut lines, indent);
        }
        out.extend(lines);
    }

    fn children(&self, out: &mut Vec<Line>, obj: &Value, indent: usize, path: &str) {
        let required = required_of(obj);
        for (k, v) in properties(obj) {
            self.field(out, k, v, required.contains(&k), indent, &format!("{path}.{k}"));
        }
    }

    /// 字段的中文说明：只保留条例和本规则体系的出处，举例换成本地的，本规则体系不核对的写明。
    fn note(&self, node: &Value, path: &str) -> String {
        let d = description(self.root, node).unwrap_or_default();
        let d: String = d.lines().map(str::trim).collect::<Vec<_>>().join("");
        let mut d = only_own_citations(&localize(&d, self.j), self.j);
        if let Some(rules) = local_rules(path) {
            if !checked_by(self.j, rules) {
                d.push_str("（本规则体系的程序检查不核对此项）");
            }
        }
        d
    }
}

/// 本规则体系（或补充适用的条例）的规则表中是否有这些规则之一（`代号` 或 `代号/清单项代号`，逗号分开）。
fn checked_by(j: Jurisdiction, rules: &str) -> bool {
    let sets = [RuleSet::builtin(j), RuleSet::builtin(Jurisdiction::National)];
    rules.split(',').any(|rule| {
        let (id, item) = match rule.split_once('/') {
            Some((id, item)) => (id, Some(item)),
            None => (rule, None),
        };
        sets.iter().any(|s| s.rule_latest(id).is_some_and(|r| item.is_none_or(|i| r.item(i).is_some())))
    })
}

/// 各地规定的简称开头的字样（字段说明中的出处据此认出是哪一地的）。国务院条例各地都适用，不在其列。
fn marker(j: Jurisdiction) -> Option<&'static str> {
    match j {
        Jurisdiction::National => None,
        Jurisdiction::Chifeng => Some("赤峰"),
        Jurisdiction::NmgHrss => Some("人社厅"),
        Jurisdiction::Changli => Some("昌黎"),
    }
}

/// 去掉括注中其他规则体系的出处：“（条例 第十九条；赤峰专家论证办法 第四条）”在昌黎的框架中为“（条例 第十九条）”；
/// 括注全是其他地方的，整个括注去掉。
pub fn only_own_citations(text: &str, j: Jurisdiction) -> String {
    let foreign: Vec<&str> = Jurisdiction::all().into_iter().filter(|&o| o != j).filter_map(marker).collect();
    let mut out = String::new();
    let mut group = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '（' => {
                depth += 1;
                if depth == 1 {
                    group.clear();
                    continue;
                }
            }
            '）' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let kept: Vec<&str> = split_top(&group).into_iter().filter(|seg| !foreign.iter().any(|m| seg.contains(m))).collect();
                    if !kept.is_empty() {
                        out.push('（');
                        out.push_str(&kept.join("；"));
                        out.push('）');
                    }
                    continue;
                }
            }
            _ => {}
        }
        if depth > 0 {
            group.push(c);
        } else {
            out.push(c);
        }
    }
    if depth > 0 {
        // 括号不配对：原样保留
        out.push('（');
        out.push_str(&group);
    }
    out
}

/// 按不在内层括号中的“；”切开。
fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '（' => depth += 1,
            '）' => depth = depth.saturating_sub(1),
            '；' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// 本规则体系的举例（决策事项名称、决策机关），取自 fixtures/ 中各规则体系的样例案卷。
pub fn examples(j: Jurisdiction) -> (&'static str, &'static str) {
    match j {
        Jurisdiction::National => ("武乡县县城集中供热价格调整方案", "武乡县人民政府"),
        Jurisdiction::Chifeng => ("赤峰市中心城区停车收费标准调整方案", "赤峰市人民政府"),
        Jurisdiction::NmgHrss => ("内蒙古自治区灵活就业人员参加企业职工基本养老保险缴费办法", "内蒙古自治区人力资源和社会保障厅"),
        Jurisdiction::Changli => ("昌黎县城乡生活垃圾分类和处理实施方案", "昌黎县人民政府"),
    }
}

/// 字段说明中的举例（写的是赤峰的）换成本规则体系的。
fn localize(text: &str, j: Jurisdiction) -> String {
    let (name, organ) = examples(j);
    let (cf_name, cf_organ) = examples(Jurisdiction::Chifeng);
    text.replace(cf_name, name).replace(cf_organ, organ)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_citations_are_dropped() {
        let t = "是否专业性、技术性较强（条例 第十九条：应当组织专家论证；人社厅专家论证办法 第三条；赤峰专家论证办法 第四条）。";
        assert_eq!(only_own_citations(t, Jurisdiction::Changli), "是否专业性、技术性较强（条例 第十九条：应当组织专家论证）。");
        assert_eq!(
            only_own_citations(t, Jurisdiction::NmgHrss),
            "是否专业性、技术性较强（条例 第十九条：应当组织专家论证；人社厅专家论证办法 第三条）。"
        );
        assert_eq!(only_own_citations("座谈会（赤峰公众参与规则 第八条）", Jurisdiction::National), "座谈会");
        let nested = "是否涉及市场主体经济活动（条例 第二十九条（一）：应当进行公平竞争审查）";
        assert_eq!(only_own_citations(nested, Jurisdiction::Chifeng), nested);
    }

    #[test]
    fn local_fields_name_existing_rules() {
        for line in LOCAL_FIELDS.lines() {
            let (path, rules) = line.split_once(' ').unwrap();
            assert_eq!(local_rules(path), Some(rules));
            assert!(super::super::schema::describe(&path.replace("[]", "[0]")).is_some(), "{path} 不是案卷的字段");
            assert!(Jurisdiction::all().into_iter().any(|j| checked_by(j, rules)), "{path}：没有哪个规则表有 {rules}");
            assert!(!Jurisdiction::all().into_iter().all(|j| checked_by(j, rules)), "{path}：各规则表都核对，不必注明");
        }
    }

    #[test]
    fn every_jurisdiction_gets_its_rules_and_own_examples() {
        for j in Jurisdiction::all() {
            let s = skeleton(j);
            assert!(s.contains(&format!("\nrules: {}", j.id())), "{s}");
            if j != Jurisdiction::Chifeng {
                assert!(!s.contains("赤峰"), "{j:?} 的框架中有赤峰的内容");
            }
        }
    }
}
