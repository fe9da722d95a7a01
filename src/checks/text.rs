//! 检查结果的文字形式（终端输出、拒绝生成时的说明）。

use super::{step_name, Finding};
use crate::documents::DocKind;

/// 逐条列出：严重程度、环节、算出的事实，下面是字段和条文（含出处）。
pub fn describe_findings(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        out.push_str(&describe_one(f));
    }
    out
}

fn describe_one(f: &Finding) -> String {
    format!(
        "【{}】{}：{}\n    字段：{}\n    条文：{}（{}）\n",
        f.severity,
        step_name(&f.step),
        f.message,
        f.field,
        f.text,
        f.citation
    )
}

/// 拒绝生成的说明：哪些文书、因哪些违规（规则出处、字段），以及如何仍然生成。
pub fn refusal(blocked: &[(&DocKind, Vec<&Finding>)]) -> String {
    let names: Vec<&str> = blocked.iter().map(|(k, _)| k.name).collect();
    let mut out = format!("拒绝生成{}：案卷在该环节有违反法定程序的情况：\n", names.iter().map(|n| format!("“{n}”")).collect::<Vec<_>>().join("、"));
    let mut seen: Vec<&Finding> = Vec::new();
    for (_, fs) in blocked {
        for f in fs {
            if !seen.contains(f) {
                seen.push(f);
                out.push_str(&describe_one(f));
            }
        }
    }
    out.push_str("请改正案卷后再生成；确需先生成的，加 --allow-violations（违规仍会列出）");
    out
}
