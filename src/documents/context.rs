//! 模板看到的数据：每种文书都有的部分（案卷各部分、`law`、`facts`、`basis_statutes`、每人一份的 `person`），
//! 加上该种文书自己的部分（送审材料清单的 `materials`、程序履行情况说明的 `steps` …）。
//! 全部是有类型的结构，`gen schema --document 种类` 据此列出模板可用的每个变量。

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::archive_index::IndexData;
use super::legality_list::MaterialRow;
use super::procedure_statement::StatementStep;
use crate::facts::plan::Plan;
use crate::facts::{DocFact, Facts, Summary};
use crate::input::case::{Case, Date, Expert, HearingParticipant};
use crate::law::rules::Rule;

/// 每人一份的文书中此人在案卷中的记录。
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Subject<'a> {
    /// 不是每人一份的文书
    #[serde(skip)]
    None,
    /// 听证参加人（participation.hearing.participants 中的一项）
    Participant(&'a HearingParticipant),
    /// 论证专家（experts.members 中的一项）
    Expert(&'a Expert),
}

impl<'a> Subject<'a> {
    /// 文书所指的人在案卷中的记录。
    pub fn of(case: &'a Case, doc: &DocFact) -> Subject<'a> {
        let Some(p) = &doc.person else { return Subject::None };
        let participant = || case.participation.as_ref()?.hearing.as_ref()?.participants.get(p.index);
        let expert = || case.experts.as_ref()?.members.get(p.index);
        use crate::law::catalogue::DocId;
        match doc.kind.doc {
            DocId::HearingDelivery => participant().map(Subject::Participant),
            DocId::ExpertCommitment | DocId::ExpertOpinion => expert().map(Subject::Expert),
            _ => None,
        }
        .unwrap_or(Subject::None)
    }

    fn is_none(&self) -> bool {
        matches!(self, Subject::None)
    }
}

/// 一份文书的模板数据。`T` 是该种文书自己的部分（没有时为 [`Nothing`]）。
#[derive(Debug, Serialize, JsonSchema)]
pub struct Context<'a, T> {
    /// 案卷的各部分：decision、contact、participation、experts、risk、legality、meeting、publication、post_evaluation、archive
    #[serde(flatten)]
    pub case: &'a Case,
    /// 公告中引用的依据：国务院条例和本规则体系的主规定，如“《重大行政决策程序暂行条例》《赤峰市重大行政决策程序规定》”
    pub basis_statutes: String,
    /// 在文书日期已施行的规则：代号 → 规则（text 条文、citation 出处、params 参数和清单 items）。
    /// 模板中写作 `law.comment_period_min_days.params.days`
    pub law: BTreeMap<String, &'static Rule>,
    /// 由案卷算出的事实（各环节是否履行、征求意见天数、会议表态的统计等）
    pub facts: Summary,
    /// 每人一份的文书：此人的记录
    #[serde(skip_serializing_if = "Subject::is_none")]
    pub person: Subject<'a>,
    /// 记录型文书中每项一份的（座谈会通知、补送材料通知、执行情况报告……）：这一项的记录
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<serde_json::Value>,
    /// 该种文书自己的数据
    #[serde(flatten)]
    pub data: T,
}

/// 只用案卷的文书没有自己的数据。
#[derive(Debug, Default, Serialize, JsonSchema)]
pub struct Nothing {}

/// 合法性审查送审材料清单的数据。
#[derive(Debug, Serialize, JsonSchema)]
pub struct LegalityListData {
    /// 清单中适用于本案的各项（规则表 legality_materials 的顺序）
    pub materials: Vec<MaterialRow>,
}

/// 程序履行情况说明的数据。
#[derive(Debug, Serialize, JsonSchema)]
pub struct ProcedureData {
    /// 各程序环节
    pub steps: Vec<StatementStep>,
    /// 说明的日期（送审日期）
    pub statement_date: Option<Date>,
}

/// 程序期限表的数据。
#[derive(Debug, Serialize, JsonSchema)]
pub struct PlanData {
    pub plan: Plan,
}

/// 归档文件目录、备考表的数据。
#[derive(Debug, Serialize, JsonSchema)]
pub struct ArchiveData {
    pub archive_index: IndexData,
}

/// 各种文书自己的数据。
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Data {
    Nothing(Nothing),
    LegalityList(LegalityListData),
    Procedure(ProcedureData),
    Plan(PlanData),
    Archive(Box<ArchiveData>),
}

/// 一份文书的模板数据。
pub fn context<'a>(facts: &Facts<'a>, doc: &DocFact, date: Date, data: Data) -> Context<'a, Data> {
    Context {
        case: facts.case,
        basis_statutes: facts.law.basis_statutes(),
        law: facts.law.in_force(date),
        facts: facts.summary(),
        person: Subject::of(facts.case, doc),
        item: doc
            .kind
            .per_person
            .then(|| crate::facts::documents::record(facts.case, doc.kind.doc, doc.person.as_ref()))
            .flatten()
            .map(|r| r.value()),
        data,
    }
}
