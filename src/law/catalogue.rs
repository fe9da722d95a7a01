//! 文书种类表：每种文书属于哪个程序环节、归入哪一类档案、作为合法性审查送审材料时填入清单的哪一项、
//! 用哪个模板。各地的依据（出处）在规则表的 `document_basis` 中（[`crate::law::Law::document_basis`]）。
//! 案卷需要哪些文书、每份的日期和署名，由 `facts` 按本表计算（src/facts/documents.rs）。
//!
//! 新增一种文书：在 [`DocId`] 加一项，在 [`KINDS`] 加一行，在 templates/ 加模板，
//! 编译器会指出 facts 和 documents 中还要写明的地方（按 [`DocId`] 的 `match` 都是穷尽的）。

use crate::input::case::Category;
use crate::law::Step;

/// 文书种类（封闭集合）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocId {
    Notice,
    HearingDelivery,
    HearingReport,
    CommentNotice,
    OpinionAdoption,
    ExpertCommitment,
    ExpertOpinion,
    ExpertReport,
    RiskReport,
    LegalityList,
    ProcedureStatement,
    Minutes,
    PostEvaluation,
    Plan,
    ArchiveIndex,
    ArchiveNote,
}

/// 文书在生成流程中的位置。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// 只依据案卷（和计算出的事实）即可生成
    Leaf,
    /// 列举其他文书（题名、页数）的文书：先生成被列举的文书，再生成它（合法性审查送审材料清单）
    Listing,
    /// 程序期限表：按规则推算的工作用表，不是程序的记录，不归档
    Plan,
    /// 归档时生成（归档文件目录、备考表），列举归档包中的每一件
    Archive,
}

/// 一种文书。
#[derive(Debug)]
pub struct Kind {
    pub doc: DocId,
    /// 子命令名，如 `notice`
    pub id: &'static str,
    /// 中文名称，也是输出文件名
    pub name: &'static str,
    /// 模板文件名
    pub template: &'static str,
    /// 所属程序环节：该环节有违规时拒绝生成。`None`：不因违规拒绝（程序履行情况说明如实写明违规；期限表）
    pub step: Option<Step>,
    /// 归档类别（人社厅程序办法 第四十八条）
    pub category: Category,
    /// 作为合法性审查送审材料时填入清单的哪一项：依次尝试这些代号，取规则表清单中第一个有的
    pub files_under: &'static [&'static str],
    /// 每人一份
    pub per_person: bool,
    pub phase: Phase,
}

const PARTICIPATION: &[&str] = &["participation_record", "participation_materials", "procedure_explanation"];
const EXPERTS: &[&str] = &["expert_opinions", "participation_materials", "procedure_explanation"];

/// 案卷的文书（`gen all` 按此顺序生成；归档用的两种在 [`ARCHIVE_KINDS`]）。
pub const KINDS: &[Kind] = &[
    Kind {
        doc: DocId::Notice,
        id: "notice",
        name: "听证会公告",
        template: "hearing_notice.typ.j2",
        step: Some(Step::Hearing),
        category: Category::DecisionPlan,
        files_under: PARTICIPATION,
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::HearingDelivery,
        id: "hearing-delivery",
        name: "听证会参加通知",
        template: "hearing_delivery.typ.j2",
        step: Some(Step::Hearing),
        category: Category::DecisionPlan,
        files_under: &[],
        per_person: true,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::HearingReport,
        id: "hearing-report",
        name: "听证报告",
        template: "hearing_report.typ.j2",
        step: Some(Step::Hearing),
        category: Category::DecisionPlan,
        files_under: &["hearing_report", "participation_record", "participation_materials", "procedure_explanation"],
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::CommentNotice,
        id: "comment-notice",
        name: "公开征求意见公告",
        template: "comment_notice.typ.j2",
        step: Some(Step::Comment),
        category: Category::DecisionPlan,
        files_under: PARTICIPATION,
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::OpinionAdoption,
        id: "opinion-adoption",
        name: "公众意见采纳情况说明",
        template: "opinion_adoption.typ.j2",
        step: Some(Step::Participation),
        category: Category::DecisionPlan,
        files_under: &["opinion_adoption", "participation_record", "participation_materials", "procedure_explanation"],
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::ExpertCommitment,
        id: "expert-commitment",
        name: "专家承诺书",
        template: "expert_commitment.typ.j2",
        step: Some(Step::Experts),
        category: Category::DecisionPlan,
        files_under: EXPERTS,
        per_person: true,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::ExpertOpinion,
        id: "expert-opinion",
        name: "专家书面论证意见",
        template: "expert_opinion.typ.j2",
        step: Some(Step::Experts),
        category: Category::DecisionPlan,
        files_under: EXPERTS,
        per_person: true,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::ExpertReport,
        id: "expert-report",
        name: "专家论证报告",
        template: "expert_report.typ.j2",
        step: Some(Step::Experts),
        category: Category::DecisionPlan,
        files_under: EXPERTS,
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::RiskReport,
        id: "risk-report",
        name: "风险评估报告",
        template: "risk_report.typ.j2",
        step: Some(Step::Risk),
        category: Category::DecisionPlan,
        files_under: &["risk_assessment", "participation_materials", "procedure_explanation"],
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::LegalityList,
        id: "legality-list",
        name: "合法性审查送审材料清单",
        template: "legality_list.typ.j2",
        step: Some(Step::Legality),
        category: Category::LegalityReview,
        files_under: &[],
        per_person: false,
        phase: Phase::Listing,
    },
    Kind {
        doc: DocId::ProcedureStatement,
        id: "procedure-statement",
        name: "程序履行情况说明",
        template: "procedure_statement.typ.j2",
        step: None,
        category: Category::LegalityReview,
        files_under: &["procedure_explanation", "participation_materials", "participation_record"],
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::Minutes,
        id: "minutes",
        name: "会议纪要",
        template: "minutes.typ.j2",
        step: Some(Step::Meeting),
        category: Category::CollectiveDiscussion,
        files_under: &[],
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::PostEvaluation,
        id: "post-evaluation",
        name: "决策后评估报告",
        template: "post_evaluation.typ.j2",
        step: Some(Step::PostEvaluation),
        category: Category::Execution,
        files_under: &[],
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::Plan,
        id: "plan",
        name: "程序期限表",
        template: "plan.typ.j2",
        step: None,
        category: Category::Other,
        files_under: &[],
        per_person: false,
        phase: Phase::Plan,
    },
];

/// 归档用的文书（`gen archive` 生成，`gen all` 不生成）。
pub const ARCHIVE_KINDS: &[Kind] = &[
    Kind {
        doc: DocId::ArchiveIndex,
        id: "archive-index",
        name: "归档文件目录",
        template: "archive_index.typ.j2",
        step: Some(Step::Archive),
        category: Category::Other,
        files_under: &[],
        per_person: false,
        phase: Phase::Archive,
    },
    Kind {
        doc: DocId::ArchiveNote,
        id: "archive-note",
        name: "备考表",
        template: "archive_note.typ.j2",
        step: Some(Step::Archive),
        category: Category::Other,
        files_under: &[],
        per_person: false,
        phase: Phase::Archive,
    },
];

/// 按子命令名找文书种类（含归档用的）。
pub fn find(id: &str) -> Option<&'static Kind> {
    KINDS.iter().chain(ARCHIVE_KINDS).find(|k| k.id == id)
}

/// 按代号找文书种类。
pub fn kind(doc: DocId) -> &'static Kind {
    KINDS.iter().chain(ARCHIVE_KINDS).find(|k| k.doc == doc).expect("每个 DocId 在种类表中都有一行（单元测试保证）")
}
