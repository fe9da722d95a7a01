//! 程序履行情况说明（条例 第二十六条“履行决策法定程序的说明”；赤峰规定 第二十九条（四））的内容：
//! 逐个程序环节写明是否履行、日期等事实、未履行的说明，以及程序检查的结果（违规、提示、核对无误）。

use serde_json::{json, Value as Json};

use crate::case::{Case, Date};
use crate::checks::{self, Review};

/// 一个环节：名称、检查结果中的环节代号、是否履行、事实。
struct Step {
    name: &'static str,
    codes: &'static [&'static str],
    performed: bool,
    facts: Vec<String>,
    /// 未履行时可作说明的送审清单项（legality.unperformed 中的 item）
    explained_by: &'static [&'static str],
}

fn d(date: &Date) -> String {
    date.chinese()
}

/// 各环节（供模板 `steps`）。
pub fn steps(case: &Case, review: &Review) -> Json {
    let p = case.participation.as_ref();
    let dec = &case.decision;
    let participation_keys: &[&str] = &["participation_materials", "participation_record", "procedure_explanation"];
    let mut list = vec![Step {
        name: "决策启动",
        codes: &["decision"],
        performed: dec.started_on.is_some(),
        facts: dec
            .started_on
            .iter()
            .map(|s| format!("{}于{}决定启动决策程序，明确{}为决策承办单位", dec.organ, d(s), dec.lead_unit))
            .collect(),
        explained_by: &["initiation_materials"],
    }];
    let comment = p.and_then(|p| p.comment.as_ref());
    list.push(Step {
        name: "向社会公开征求意见",
        codes: &["comment"],
        performed: comment.is_some(),
        facts: comment
            .iter()
            .map(|c| {
                format!(
                    "{}通过{}公布决策草案及其说明，征求意见期限为{}至{}（{}日）",
                    d(&c.published_on),
                    c.channels.join("、"),
                    d(&c.start),
                    d(&c.end),
                    (c.end.0 - c.start.0).num_days()
                )
            })
            .collect(),
        explained_by: participation_keys,
    });
    let symposiums = p.map(|p| p.symposiums.as_slice()).unwrap_or_default();
    list.push(Step {
        name: "座谈会",
        codes: &["symposium"],
        performed: !symposiums.is_empty(),
        facts: symposiums.iter().map(|s| format!("{}在{}召开座谈会", d(&s.date), s.place)).collect(),
        explained_by: participation_keys,
    });
    let hearing = p.and_then(|p| p.hearing.as_ref());
    list.push(Step {
        name: "听证会",
        codes: &["hearing"],
        performed: hearing.is_some(),
        facts: hearing
            .iter()
            .flat_map(|h| {
                let mut f = vec![
                    format!("{}发布听证会公告", d(&h.announced_on)),
                    format!("{}在{}举行听证会，听证参加人{}名", d(&h.date), h.place, h.participants.len().max(h.quota as usize)),
                ];
                if let Some(r) = &h.report {
                    f.push(format!("{}形成听证报告", d(&r.date)));
                }
                f
            })
            .collect(),
        explained_by: participation_keys,
    });
    let opinions = p.map(|p| p.opinions.len()).unwrap_or(0);
    list.push(Step {
        name: "公众意见的研究采纳",
        codes: &["participation"],
        performed: opinions > 0,
        facts: if opinions > 0 { vec![format!("对收到的{opinions}条意见逐条研究，说明采纳情况和不予采纳的理由")] } else { vec![] },
        explained_by: &["opinion_adoption", "participation_materials", "participation_record"],
    });
    let experts = case.experts.as_ref();
    list.push(Step {
        name: "专家论证",
        codes: &["experts"],
        performed: experts.is_some(),
        facts: experts
            .iter()
            .map(|e| format!("{}以{}方式组织{}名专家进行论证", d(&e.date), e.method, e.members.len()))
            .collect(),
        explained_by: &["expert_opinions", "participation_materials", "procedure_explanation"],
    });
    let risk = case.risk.as_ref();
    list.push(Step {
        name: "风险评估",
        codes: &["risk"],
        performed: risk.is_some(),
        facts: risk
            .iter()
            .map(|r| format!("{}于{}至{}进行风险评估，风险等级为{}", r.assessor, d(&r.start), d(&r.end), r.level))
            .collect(),
        explained_by: &["risk_assessment", "participation_materials", "procedure_explanation"],
    });
    let legality = case.legality.as_ref();
    list.push(Step {
        name: "合法性审查",
        codes: &["legality"],
        performed: legality.is_some(),
        facts: legality
            .iter()
            .flat_map(|l| {
                let mut f = vec![format!("{}送请{}进行合法性审查", d(&l.submitted_on), l.reviewer)];
                if let Some(c) = &l.completed_on {
                    f.push(format!("{}出具合法性审查意见", d(c)));
                }
                f
            })
            .collect(),
        explained_by: &[],
    });
    if let Some(m) = &case.meeting {
        list.push(Step {
            name: "集体讨论决定",
            codes: &["meeting"],
            performed: true,
            facts: vec![format!("{}经{}{}集体讨论，决定{}", d(&m.date), m.session, m.kind, m.decision)],
            explained_by: &[],
        });
    }
    if let Some(pb) = &case.publication {
        let mut facts = vec![format!("{}通过{}公布", d(&pb.published_on), pb.channel)];
        if let (Some(on), Some(with)) = (&pb.filed_on, &pb.filed_with) {
            facts.push(format!("{}报{}备案", d(on), with));
        }
        list.push(Step { name: "决策公布与备案", codes: &["publication"], performed: true, facts, explained_by: &[] });
    }

    let unperformed = legality.map(|l| l.unperformed.as_slice()).unwrap_or_default();
    let rows: Vec<Json> = list
        .into_iter()
        .map(|s| {
            let findings: Vec<Json> = review
                .findings
                .iter()
                .filter(|f| s.codes.contains(&f.step.as_str()))
                .map(|f| json!({ "severity": f.severity.as_str(), "message": f.message, "citation": f.citation }))
                .chain(
                    review
                        .passed
                        .iter()
                        .filter(|f| s.codes.contains(&f.step.as_str()))
                        .map(|f| json!({ "severity": "符合", "message": f.message, "citation": f.citation })),
                )
                .collect();
            let explanation = (!s.performed)
                .then(|| unperformed.iter().find(|u| s.explained_by.contains(&u.item.as_str())).map(|u| u.explanation.clone()))
                .flatten();
            json!({
                "name": s.name,
                "step": s.codes[0],
                "step_name": checks::step_name(s.codes[0]),
                "performed": s.performed,
                "facts": s.facts,
                "explanation": explanation,
                "findings": findings,
            })
        })
        .collect();
    Json::Array(rows)
}
