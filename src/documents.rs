//! 文书种类表：每种文书用哪个模板、需要案卷中的哪些内容（及要求它的条文）、
//! 成文日期和署名取自哪个字段、是否每人一份。新增文书只需在此加一项并在 templates/ 中加模板。
//!
//! 字段路径用点分隔，相对于模板看到的数据：案卷各部分（`decision`、`participation` …），
//! 每人一份的文书另有 `person`（当前这个人）。

/// 一种文书。
#[derive(Debug, Clone, Copy)]
pub struct DocKind {
    /// 子命令名，如 `notice`
    pub id: &'static str,
    /// 中文名称，也是输出文件名
    pub name: &'static str,
    /// 模板文件名
    pub template: &'static str,
    /// 程序环节（与程序检查的环节名一致，见 src/checks/mod.rs 的 STEPS）：comment、symposium、hearing、participation、experts、risk、legality、meeting、publication、post_evaluation、archive；
    /// 该环节有违规时拒绝生成（`--allow-violations` 除外）。`plan` 不对应任何检查，从不拒绝
    pub step: &'static str,
    /// 案卷中有这一部分（非空）时，`gen all` 才生成这种文书
    pub when: &'static str,
    /// 每人一份：人员列表的路径（每项须有 `name`）
    pub per: Option<&'static str>,
    /// 每人一份时，只为此字段已填写的人生成（如只为已出具意见的专家生成意见书）
    pub per_when: Option<&'static str>,
    /// 必填内容（缺少时报错，`--draft` 时印出【待填写】）
    pub required: &'static [&'static str],
    /// 成文日期字段
    pub date_field: &'static str,
    /// 署名（责任者）字段
    pub author_field: &'static str,
    /// 要求它的条文
    pub basis: &'static str,
    /// 归档类别（人社厅程序办法 第四十八条）：启动、决策方案、合法性审查、集体讨论、执行、其他
    pub category: &'static str,
    /// 作为合法性审查送审材料时归入清单的哪一项：依次尝试这些清单项代号，取规则表中第一个存在的
    pub legality: &'static [&'static str],
    /// 除案卷外模板还需要的计算结果
    pub needs: Needs,
}

/// 模板除案卷外还需要的数据。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// 只用案卷
    Nothing,
    /// 合法性审查送审材料清单：各项材料已附（文书题名、页数）或未履行的说明（`materials`）
    LegalityMaterials,
    /// 程序期限表：各环节的法定日期（`plan`，见 src/checks/plan.rs）
    Plan,
}

const PARTICIPATION: &[&str] = &["participation_record", "participation_materials", "procedure_explanation"];

pub const KINDS: &[DocKind] = &[
    DocKind {
        id: "notice",
        name: "听证会公告",
        template: "hearing_notice.typ.j2",
        step: "hearing",
        when: "participation.hearing",
        per: None,
        per_when: None,
        required: &[
            "participation.hearing.organizer",
            "participation.hearing.date",
            "participation.hearing.place",
            "participation.hearing.subject",
            "participation.hearing.quota",
            "participation.hearing.selection_method",
            "participation.hearing.registration",
        ],
        date_field: "participation.hearing.announced_on",
        author_field: "participation.hearing.organizer",
        basis: "赤峰公众参与规则 第十二条；条例 第十六条",
        category: "决策方案",
        legality: PARTICIPATION,
        needs: Needs::Nothing,
    },
    DocKind {
        id: "hearing-delivery",
        name: "听证会参加通知",
        template: "hearing_delivery.typ.j2",
        step: "hearing",
        when: "participation.hearing.participants",
        per: Some("participation.hearing.participants"),
        per_when: None,
        required: &["person.delivered_on", "participation.hearing.materials"],
        date_field: "person.delivered_on",
        author_field: "participation.hearing.organizer",
        basis: "条例 第十六条；赤峰规定 第十九条",
        category: "决策方案",
        legality: &[],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "hearing-report",
        name: "听证报告",
        template: "hearing_report.typ.j2",
        step: "hearing",
        when: "participation.hearing.report",
        per: None,
        per_when: None,
        required: &["participation.hearing.report.summary", "participation.hearing.report.opinions"],
        date_field: "participation.hearing.report.date",
        author_field: "participation.hearing.organizer",
        basis: "赤峰公众参与规则 第十六条",
        category: "决策方案",
        legality: &["hearing_report", "participation_record", "participation_materials", "procedure_explanation"],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "comment-notice",
        name: "公开征求意见公告",
        template: "comment_notice.typ.j2",
        step: "comment",
        when: "participation.comment",
        per: None,
        per_when: None,
        required: &["participation.comment.channels", "participation.comment.methods", "contact"],
        date_field: "participation.comment.published_on",
        author_field: "decision.lead_unit",
        basis: "条例 第十五条；赤峰规定 第十七条；昌黎规定 第十五条",
        category: "决策方案",
        legality: PARTICIPATION,
        needs: Needs::Nothing,
    },
    DocKind {
        id: "opinion-adoption",
        name: "公众意见采纳情况说明",
        template: "opinion_adoption.typ.j2",
        step: "participation",
        when: "participation.adoption_report",
        per: None,
        per_when: None,
        required: &["participation.opinions"],
        date_field: "participation.adoption_report.date",
        author_field: "decision.lead_unit",
        basis: "赤峰公众参与规则 第十五条、第十九条",
        category: "决策方案",
        legality: &["opinion_adoption", "participation_record", "participation_materials", "procedure_explanation"],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "expert-commitment",
        name: "专家承诺书",
        template: "expert_commitment.typ.j2",
        step: "experts",
        when: "experts.members",
        per: Some("experts.members"),
        per_when: None,
        required: &["person.committed_on"],
        date_field: "person.committed_on",
        author_field: "person.name",
        basis: "人社厅专家论证办法 第十一条；赤峰专家论证办法 第九条、第二十条；昌黎规定 第二十八条",
        category: "决策方案",
        legality: &["expert_opinions", "participation_materials", "procedure_explanation"],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "expert-opinion",
        name: "专家书面论证意见",
        template: "expert_opinion.typ.j2",
        step: "experts",
        when: "experts.members",
        per: Some("experts.members"),
        per_when: Some("opinion"),
        required: &[
            "person.opinion.necessity",
            "person.opinion.science",
            "person.opinion.feasibility",
            "person.opinion.risks",
            "person.opinion.suggestions",
        ],
        date_field: "person.opinion.date",
        author_field: "person.name",
        basis: "赤峰专家论证办法 第十八条；条例 第二十条",
        category: "决策方案",
        legality: &["expert_opinions", "participation_materials", "procedure_explanation"],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "expert-report",
        name: "专家论证报告",
        template: "expert_report.typ.j2",
        step: "experts",
        when: "experts.sections",
        per: None,
        per_when: None,
        required: &["experts.method", "experts.members", "experts.conclusion"],
        date_field: "experts.report_date",
        author_field: "experts.organizer",
        basis: "赤峰专家库办法 第十六条；赤峰专家论证办法 第十六条、第十八条、第十九条；人社厅专家论证办法 第十五条",
        category: "决策方案",
        legality: &["expert_opinions", "participation_materials", "procedure_explanation"],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "risk-report",
        name: "风险评估报告",
        template: "risk_report.typ.j2",
        step: "risk",
        when: "risk",
        per: None,
        per_when: None,
        required: &["risk.process", "risk.points", "risk.level", "risk.conclusion", "risk.measures", "risk.contingency_plan"],
        date_field: "risk.end",
        author_field: "risk.assessor",
        basis: "赤峰风险评估规则 第八至十二条；人社厅风险评估办法 第七条、第九条；昌黎规定 第三十六条",
        category: "决策方案",
        legality: &["risk_assessment", "participation_materials", "procedure_explanation"],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "legality-list",
        name: "合法性审查送审材料清单",
        template: "legality_list.typ.j2",
        step: "legality",
        when: "legality",
        per: None,
        per_when: None,
        required: &["legality.reviewer"],
        date_field: "legality.submitted_on",
        author_field: "decision.lead_unit",
        basis: "赤峰规定 第二十九条；昌黎规定 第四十条；条例 第二十六条",
        category: "合法性审查",
        legality: &[],
        needs: Needs::LegalityMaterials,
    },
    DocKind {
        id: "minutes",
        name: "会议纪要",
        template: "minutes.typ.j2",
        step: "meeting",
        when: "meeting",
        per: None,
        per_when: None,
        required: &["meeting.attendees", "meeting.opinions", "meeting.decision"],
        date_field: "meeting.date",
        author_field: "decision.organ",
        basis: "条例 第三十条；赤峰规定 第三十五条；昌黎规定 第四十六条",
        category: "集体讨论",
        legality: &[],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "post-evaluation",
        name: "决策后评估报告",
        template: "post_evaluation.typ.j2",
        step: "post_evaluation",
        when: "post_evaluation",
        per: None,
        per_when: None,
        required: &[
            "post_evaluation.process",
            "post_evaluation.execution",
            "post_evaluation.public_view",
            "post_evaluation.problems",
            "post_evaluation.result",
        ],
        date_field: "post_evaluation.date",
        author_field: "post_evaluation.evaluator",
        basis: "赤峰后评估规则 第十三条；昌黎规定 第五十九条",
        category: "执行",
        legality: &[],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "plan",
        name: "程序期限表",
        template: "plan.typ.j2",
        step: "plan",
        when: "decision",
        per: None,
        per_when: None,
        required: &[],
        date_field: "plan.as_of",
        author_field: "decision.lead_unit",
        basis: "条例 第十五条、第十六条、第二十六条；各规则表中的期限（data/rules/）；期间算法见 docs/counting.md",
        category: "其他",
        legality: &[],
        needs: Needs::Plan,
    },
];

/// 归档用的文书（`gen archive` 生成，数据来自归档时的计算，不在 [`KINDS`] 中，`gen all` 不生成）。
/// 模板数据另有 `archive_index`（各件的档号、题名、页数等，见 src/archive/）。
pub const ARCHIVE_KINDS: &[DocKind] = &[
    DocKind {
        id: "archive-index",
        name: "归档文件目录",
        template: "archive_index.typ.j2",
        step: "archive",
        when: "archive",
        per: None,
        per_when: None,
        required: &["archive.fonds", "archive.org_code", "archive.retention", "archive.closed_on"],
        date_field: "archive.closed_on",
        author_field: "decision.lead_unit",
        basis: "人社厅程序办法 第四十八条、第四十九条；DA/T 22-2015",
        category: "其他",
        legality: &[],
        needs: Needs::Nothing,
    },
    DocKind {
        id: "archive-note",
        name: "备考表",
        template: "archive_note.typ.j2",
        step: "archive",
        when: "archive",
        per: None,
        per_when: None,
        required: &["archive.fonds", "archive.closed_on"],
        date_field: "archive.closed_on",
        author_field: "decision.lead_unit",
        basis: "DA/T 22-2015",
        category: "其他",
        legality: &[],
        needs: Needs::Nothing,
    },
];

pub fn find(id: &str) -> Option<&'static DocKind> {
    KINDS.iter().find(|k| k.id == id)
}
