//! 检查结果的文字形式（终端输出、拒绝生成时的说明）。

use super::Finding;

/// 逐条列出：严重程度、环节、算出的事实，下面是字段和条文（含出处）。
pub fn describe_findings<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> String {
    findings.into_iter().map(describe_one).collect()
}

/// 一条结果。
pub fn describe_one(f: &Finding) -> String {
    format!("【{}】{}：{}\n    字段：{}\n    条文：{}（{}）\n", f.severity, f.step.name(), f.message, f.field, f.text, f.citation)
}
