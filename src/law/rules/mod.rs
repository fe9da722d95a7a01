//! 规则表：各规则体系（国家、赤峰市、内蒙古人社厅、昌黎县）的期限、人数和清单。
//!
//! 规则以数据形式保存在 `data/rules/<代号>.yaml`，编译时嵌入程序
//! （[`RuleSet::builtin`]），也可以从文本加载（[`RuleSet::from_yaml_str`]、
//! [`RuleSet::from_path`]）。每个文件自成一体，不继承其他文件。
//!
//! 同一规则代号可以有多条，分别自不同日期起适用（例如赤峰市专家论证规则
//! 自 2026-05-14 起按赤政办发〔2026〕18号执行）：[`RuleSet::rule_at`] 取
//! 某日已经施行的最新一条。
//!
//! 加载时除格式外还检查：规则代号是否已知、参数是否与代号相符（如
//! `comment_period_min_days` 必须且只能有 `days`）、出处是否写成
//! “简称 第X条”且简称已在 `statutes` 中列出、清单项代号是否重复、
//! `required_when` 条件是否已知（见 [`CONDITIONS`]）。

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::law::Law;
use serde::{Deserialize, Serialize};

pub use crate::input::case::Jurisdiction;
pub use crate::law::procedures::{Milestone, Procedure};

/// 内置规则表的文件名与内容（编译时嵌入）。
fn builtin_source(j: Jurisdiction) -> (&'static str, &'static str) {
    match j {
        Jurisdiction::National => ("data/rules/national.yaml", include_str!("../../../data/rules/national.yaml")),
        Jurisdiction::Chifeng => ("data/rules/chifeng.yaml", include_str!("../../../data/rules/chifeng.yaml")),
        Jurisdiction::NmgHrss => ("data/rules/nmg-hrss.yaml", include_str!("../../../data/rules/nmg-hrss.yaml")),
        Jurisdiction::Changli => ("data/rules/changli.yaml", include_str!("../../../data/rules/changli.yaml")),
    }
}

/// 违反该规则的性质。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Severity {
    /// 违规：不符合即为违反法定程序。
    #[serde(rename = "违规")]
    Violation,
    /// 提示：仅作提醒（如“原则上”“可以”的规定、参考清单）。
    #[serde(rename = "提示")]
    Notice,
}

impl Severity {
    /// 中文写法。
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Violation => "违规",
            Severity::Notice => "提示",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// 规则表引用的一部法规。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statute {
    /// 引用时使用的简称，如“赤峰规定”。
    pub short: String,
    /// 全称。
    pub title: String,
    /// 文号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 施行日期。
    pub effective_from: NaiveDate,
    /// 补充说明（如有效期、日期来源）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 清单中的一项（如合法性审查送审材料中的一种材料）。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    /// 英文代号（snake_case），同一事物在各规则表中用同一代号。
    pub key: String,
    /// 中文名称。
    pub name: String,
    /// 仅在某种情形下才需要时，写该情形的代号（见 [`Condition`]）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_when: Option<Condition>,
    /// 补充说明。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// 定义（如风险等级的划分标准，赤峰风险评估规则 第十条）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// 一项材料包括几项程序的材料时（如赤峰规定 第二十九条（四）“履行公众参与、专家论证、风险评估等程序的相关材料
    /// 或者未履行上述程序的说明”），列出这些程序（public_participation、expert_review、risk_assessment）：
    /// 每一项程序都须在送审日之前履行完毕或写明未履行的说明。
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub covers: Vec<Procedure>,
}

/// 规则的参数。各规则只填与之相关的字段。
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// 日数（自然日）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// 工作日数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workdays: Option<u32>,
    /// 小时数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// 年数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// 最少人数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// 人数是否须为单数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub odd: Option<bool>,
    /// 人数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// 月。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// 日。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
    /// 先后顺序规则：清单各项（时点）须在这一时点之前（至少早 `days` 日；0 为可以同日）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Milestone>,
    /// 先后顺序规则：清单各项（时点）须在这一时点之后（至少晚 `days` 日；0 为可以同日）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Milestone>,
    /// 必经程序规则：仅在这一情形下必经（见 [`Condition`]）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// 清单各项。
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ListItem>,
}

/// 一条规则。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// 规则代号，如 `comment_period_min_days`（见 [`KNOWN_RULES`]）。
    pub id: String,
    /// 法规原文（照录或节略）。
    pub text: String,
    /// 出处，“简称 第X条”。
    pub citation: String,
    /// 自该日起适用。
    pub effective_from: NaiveDate,
    /// 违反的性质。
    pub severity: Severity,
    /// 参数。
    #[serde(default)]
    pub params: Params,
}

impl Rule {
    /// 出处中的条号，如“第十七条”。
    pub fn article(&self) -> Option<&str> {
        citation_article(&self.citation)
    }

    /// 出处中的法规简称，如“赤峰规定”。
    pub fn statute_short(&self) -> &str {
        self.citation.split_whitespace().next().unwrap_or_default()
    }

    /// 清单中代号为 `key` 的一项。
    pub fn item(&self, key: &str) -> Option<&ListItem> {
        self.params.items.iter().find(|i| i.key == key)
    }
}

/// 一个规则体系的全部规则。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// 规则体系代号。
    pub jurisdiction: Jurisdiction,
    /// 中文名称。
    pub name: String,
    /// 引用的法规。
    pub statutes: Vec<Statute>,
    /// 规则。
    pub rules: Vec<Rule>,
    /// 国务院条例对本规则体系的效力，以及本规则体系所依据、但未收入规则表的上位法规（国家规则表不填）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national: Option<NationalApplies>,
    /// 各种文书的依据：文书代号（见 `gen list`）→ 出处（“简称 第X条”；可引用国务院条例）。
    /// 没有列出的文书用国务院条例规则表中的依据。
    #[serde(default)]
    pub document_basis: BTreeMap<String, Vec<String>>,
}

/// 国务院条例怎样适用于本规则体系。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalApplies {
    /// binding：条例直接适用（条例 第二条：县级以上地方人民政府），本地规定较宽时按较严的条例；
    /// reference：参照执行（条例 第四十二条：县级以上人民政府部门），本地规定优先
    pub how: NationalHow,
    /// 出处（“条例 第二条”或“条例 第四十二条”）
    pub citation: String,
    /// 本规则体系所依据、但未收入规则表的上位法规（本地规则表未作规定时，检查结果中写明这些法规未核对）
    #[serde(default)]
    pub upper_statutes: Vec<String>,
}

/// 条例直接适用还是参照执行。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NationalHow {
    Binding,
    Reference,
}

/// 参数的形状：每个规则代号要求哪些参数。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// 只有 `days`。
    Days,
    /// 只有 `workdays`。
    Workdays,
    /// 只有 `hours`。
    Hours,
    /// 只有 `years`。
    Years,
    /// `min` 与 `odd`。
    MinOdd,
    /// 只有 `count`。
    Count,
    /// `month` 与 `day`。
    MonthDay,
    /// 无参数（要求性规定）。
    Flag,
    /// 只有 `items`（清单）。
    List,
    /// 先后顺序：`before` 或 `after` 之一、`days`（可为 0）和 `items`（时点，见 [`Milestone`]）。
    Order,
    /// 必经程序：可有 `when`（仅在该情形下必经，见 [`Condition`]）。
    Required,
}

/// 已知的规则代号、参数形状，以及程序用它核对什么（docs/rules/ 中的规则一览表由此生成）。
/// 新增代号须同时在此登记；每个代号都须有检查或文书读取它（tests/rules_docs.rs 核对）。
pub const KNOWN_RULES: &[(&str, ParamKind, &str)] = &[
    // 法定程序与先后顺序
    (
        "participation_required",
        ParamKind::Required,
        "公众参与是否必经（when：适用条件）：到送审或集体讨论时尚未履行的，按是否允许写明未履行的说明判断",
    ),
    ("expert_review_required", ParamKind::Required, "专家论证是否必经（when：适用条件），判断同上"),
    ("risk_assessment_required", ParamKind::Required, "风险评估是否必经（when：适用条件），判断同上"),
    ("unperformed_procedure_explanation_allowed", ParamKind::Flag, "必经程序未履行而写明了说明的，作为“未履行”列出（提示）而不是违规"),
    ("order_after_start", ParamKind::Order, "决定启动决策程序的日期不晚于所列各时点"),
    ("order_before_hearing", ParamKind::Order, "听证会公告、参加人名单在听证会举行之前公布"),
    (
        "order_before_legality_submission",
        ParamKind::Order,
        "所列程序在送请合法性审查之前完成（公众参与、专家论证、风险评估、本单位初审和集体讨论）",
    ),
    ("order_risk_filing", ParamKind::Order, "风险评估报告送政法委备案在送审之前"),
    ("order_before_meeting", ParamKind::Order, "所列时点在集体讨论之前"),
    ("order_before_filing", ParamKind::Order, "决策先公布、后备案"),
    // 公众参与
    ("comment_period_min_days", ParamKind::Days, "公开征求意见自开始至截止的日数（两端都算）"),
    ("comment_urgent_reason_required", ParamKind::Flag, "征求意见少于规定日数时写明了缩短的理由"),
    ("hearing_delivery_min_days", ParamKind::Days, "每位听证参加人收到听证材料之日至听证会之日相隔的日数"),
    ("symposium_notice_min_workdays", ParamKind::Workdays, "每次座谈会材料送达至座谈会之间的工作日数"),
    ("stakeholder_attendees_min", ParamKind::Count, "集体讨论列席的相关方代表人数（不足而写明理由的为提示）"),
    ("hearing_notice_items", ParamKind::List, "听证会公告的各部分标题（文书：听证会公告）"),
    // 专家论证
    ("expert_count_normal", ParamKind::MinOdd, "论证专家人数不少于规定人数，须为单数的核对单数"),
    ("expert_count_complex", ParamKind::MinOdd, "复杂事项（decision.complex）的论证专家人数"),
    ("expert_study_min_workdays", ParamKind::Workdays, "材料送达专家至论证之间的工作日数（不足而写明理由的为提示）"),
    ("expert_meeting_materials_min_workdays", ParamKind::Workdays, "论证会方式下提前提供材料的工作日数"),
    ("expert_oral_written_max_hours", ParamKind::Hours, "口头意见之后补交书面意见的小时数"),
    ("expert_oral_written_required", ParamKind::Flag, "先发表口头意见的专家事后补交了书面意见"),
    ("expert_opinion_signature_required", ParamKind::Flag, "书面论证意见署名（文书：专家论证意见的签名栏）"),
    ("expert_nonadoption_reason_required", ParamKind::Flag, "不予采纳或部分采纳的专家意见写明了理由"),
    (
        "expert_direct_interest_excluded",
        ParamKind::Flag,
        "论证专家中没有登记了与决策事项有直接利害关系的人（experts.members[].direct_interest）",
    ),
    ("expert_review_before_discussion", ParamKind::Flag, "专家论证在集体讨论之前完成"),
    ("expert_report_items", ParamKind::List, "论证报告各部分（文书：专家论证报告；检查：报告各部分的代号）"),
    ("expert_opinion_items", ParamKind::List, "书面论证意见各项（文书：专家论证意见）"),
    ("expert_commitment_items", ParamKind::List, "专家承诺事项（文书：专家承诺书）"),
    ("expert_review_methods", ParamKind::List, "论证方式是规定的方式之一"),
    // 风险评估
    ("risk_assessment_before_discussion", ParamKind::Flag, "风险评估（含重新评估）在集体讨论之前完成"),
    ("risk_categories", ParamKind::List, "风险类别（文书：风险评估报告）"),
    ("risk_levels", ParamKind::List, "风险等级是规定的等级之一，报告写明等级的划分标准和处理（文书：风险评估报告）"),
    ("risk_high_no_decision", ParamKind::Flag, "最终评估为高风险的，集体讨论不得作出通过、原则通过的决定"),
    ("risk_medium_measures_required", ParamKind::Flag, "中风险的列出了防范、化解措施"),
    ("risk_medium_lowered_first", ParamKind::Flag, "中风险的须降低风险等级（重新评估）后再决策"),
    ("risk_low_measures_required", ParamKind::Flag, "低风险的也列出了应对潜在风险的措施"),
    ("risk_uncontrollable_no_decision", ParamKind::Flag, "风险不可控的，调整决策草案、重新评估确保可控后才可决策；未写明是否可控的报告"),
    ("risk_report_items", ParamKind::List, "风险评估报告各部分（文书：风险评估报告）"),
    ("risk_assessment_aspects", ParamKind::List, "评估的方面（文书：风险评估报告）"),
    // 合法性审查
    (
        "legality_review_before_discussion",
        ParamKind::Flag,
        "集体讨论之前出具了审查意见，结论不是不合法或退回补充（探索性改革明示法律风险的除外）",
    ),
    ("legality_review_min_workdays", ParamKind::Workdays, "送审至集体讨论之间的工作日数，扣除补送材料的工作日"),
    ("legality_supplement_max_workdays", ParamKind::Workdays, "要求补充材料之后补送的工作日数"),
    ("legality_supplement_excluded", ParamKind::Flag, "补送材料的工作日不计入审查时间"),
    ("joint_review_opinion_max_workdays", ParamKind::Workdays, "会审部门收到材料至提出书面意见的工作日数"),
    ("joint_review_extended_max_workdays", ParamKind::Workdays, "情况复杂、写明延长理由的，会审部门提出意见的工作日数上限"),
    ("justice_review_max_days", ParamKind::Days, "县司法局接到任务（送审）至提出审查意见的日数"),
    ("legality_unperformed_explanation_required", ParamKind::Flag, "送审材料清单每一项都有材料或未履行的说明"),
    ("legality_materials", ParamKind::List, "送审材料清单：每项在送审日已有材料，或写明未履行的说明（文书：送审材料清单）"),
    ("legal_adviser_opinion_required", ParamKind::Flag, "审查过程中法律顾问、公职律师提出了法律意见，且在审查意见出具之前"),
    ("legality_nonadoption_reason_required", ParamKind::Flag, "未采纳合法性审查意见的写明了书面理由"),
    ("fair_competition_review_required", ParamKind::Flag, "涉及市场主体经济活动的决策草案进行了公平竞争审查"),
    // 集体讨论决定
    ("meeting_kinds", ParamKind::List, "集体讨论的会议类别是规定的会议之一"),
    ("meeting_materials_min_days", ParamKind::Days, "会议材料送达至会议之间的日数"),
    ("minutes_decisions", ParamKind::List, "行政首长的决定是规定的决定之一"),
    ("minutes_differing_opinions_recorded", ParamKind::Flag, "案卷记录了发言意见，表态不同意的写明了意见内容（会议纪要逐条照录）"),
    ("minutes_signed_by_chair", ParamKind::Flag, "会议纪要由会议主持人签发"),
    ("head_decision_reason_required", ParamKind::Flag, "决定与多数意见不一致时写明了理由"),
    // 公布、备案
    ("filing_after_publication_max_days", ParamKind::Days, "公布至报送备案的日数"),
    // 执行、后评估、归档
    ("post_evaluation_results", ParamKind::List, "后评估结果是规定的结论之一"),
    ("post_evaluation_report_items", ParamKind::List, "后评估报告各部分（文书：决策后评估报告）"),
    ("execution_evaluation_after_years", ParamKind::Years, "执行评估在决策公布满规定年数之后"),
    ("archive_categories", ParamKind::List, "归档类别（归档：档号、归档文件目录的分类）"),
    ("archive_transfer_max_days", ParamKind::Days, "决策办结至其他承办单位移交原件的日数"),
    // 规则本身
    ("statute_validity_years", ParamKind::Years, "规定的有效期：决策日期在有效期之外时提示"),
];

/// 清单项 `required_when` 可用的条件：规则表中写英文代号，写错时读取规则表即报错。
/// 条件是否成立只在一处判断（src/facts/materials.rs 的 `holds`）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// 召开了听证会
    HearingHeld,
    /// 进行了公平竞争审查
    FairCompetitionDone,
    /// 决策草案涉及市场主体经济活动
    MarketActivityInvolved,
    /// 履行了公众参与程序
    PublicParticipationDone,
    /// 履行了专家论证程序
    ExpertReviewDone,
    /// 履行了风险评估程序
    RiskAssessmentDone,
    /// 决策事项专业性、技术性较强（decision.technical）
    TechnicalMatter,
    /// 决策的实施可能对社会稳定、公共安全等方面造成不利影响（decision.stability_risk）
    StabilityRiskPossible,
    /// 决策事项不属于依法不予公开的事项（decision.undisclosed 未填写）
    Disclosable,
}

impl Condition {
    /// 中文含义。
    pub fn describe(self) -> &'static str {
        match self {
            Condition::HearingHeld => "召开了听证会",
            Condition::FairCompetitionDone => "进行了公平竞争审查",
            Condition::MarketActivityInvolved => "决策草案涉及市场主体经济活动",
            Condition::PublicParticipationDone => "履行了公众参与程序",
            Condition::ExpertReviewDone => "履行了专家论证程序",
            Condition::RiskAssessmentDone => "履行了风险评估程序",
            Condition::TechnicalMatter => "决策事项专业性、技术性较强",
            Condition::StabilityRiskPossible => "决策的实施可能对社会稳定、公共安全等方面造成不利影响",
            Condition::Disclosable => "决策事项不属于依法不予公开的事项",
        }
    }
}

/// 程序用这条规则核对什么（规则一览表中的说明）。
pub fn what_is_checked(id: &str) -> Option<&'static str> {
    KNOWN_RULES.iter().find(|(k, _, _)| *k == id).map(|(_, _, what)| *what)
}

/// 规则代号的参数形状；未登记的代号返回 `None`。
pub fn param_kind(id: &str) -> Option<ParamKind> {
    KNOWN_RULES.iter().find(|(k, _, _)| *k == id).map(|(_, kind, _)| *kind)
}

static BUILTIN: [OnceLock<RuleSet>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];

impl RuleSet {
    /// 程序内置的规则表（`data/rules/*.yaml`，编译时嵌入，首次使用时解析）。
    ///
    /// 内置数据由单元测试保证可以解析；若解析失败则直接中止程序。
    pub fn builtin(j: Jurisdiction) -> &'static RuleSet {
        BUILTIN[j.index()].get_or_init(|| {
            let (origin, text) = builtin_source(j);
            let set = RuleSet::from_yaml_str(text, origin).unwrap_or_else(|e| panic!("内置规则表有误：{e}"));
            assert_eq!(set.jurisdiction, j, "内置规则表 {origin} 的 jurisdiction 与文件不符");
            set
        })
    }

    /// 从 YAML 文本解析规则表并检查其内容。`origin` 用于错误信息（通常为文件名）。
    ///
    /// 错误信息为中文，格式错误带“行:列”位置。
    pub fn from_yaml_str(text: &str, origin: &str) -> Result<RuleSet, String> {
        let set: RuleSet = serde_norway::from_str(text).map_err(|e| {
            let msg = translate_yaml_error(&e.to_string());
            match e.location() {
                Some(loc) => format!("{origin}:{}:{}: 规则表格式错误：{msg}", loc.line(), loc.column()),
                None => format!("{origin}: 规则表格式错误：{msg}"),
            }
        })?;
        set.validate(text, origin)?;
        Ok(set)
    }

    /// 从文件读取规则表。
    pub fn from_path(path: &Path) -> Result<RuleSet, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: 无法读取规则表：{e}", path.display()))?;
        RuleSet::from_yaml_str(&text, &path.display().to_string())
    }

    /// 代号为 `id`、在 `date` 当日已经施行的规则（施行日期不晚于 `date` 的最新一条）。
    pub fn rule_at(&self, id: &str, date: NaiveDate) -> Option<&Rule> {
        self.rules.iter().filter(|r| r.id == id && r.effective_from <= date).max_by_key(|r| r.effective_from)
    }

    /// 代号为 `id` 的最新一条规则（不论日期）。
    pub fn rule_latest(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().filter(|r| r.id == id).max_by_key(|r| r.effective_from)
    }

    /// 代号为 `id` 的全部规则（按文件中的顺序）。
    pub fn rules_with_id<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules.iter().filter(move |r| r.id == id)
    }

    /// 规则表中出现的全部规则代号（去重，按首次出现的顺序）。
    pub fn ids(&self) -> Vec<&str> {
        let mut seen = HashSet::new();
        self.rules.iter().map(|r| r.id.as_str()).filter(|id| seen.insert(*id)).collect()
    }

    /// 按简称查找法规。
    pub fn statute(&self, short: &str) -> Option<&Statute> {
        self.statutes.iter().find(|s| s.short == short)
    }

    /// 出处“简称 第X条”的格式，简称须在本表或国务院条例规则表的 statutes 中。有问题时返回说明。
    fn check_citation(&self, c: &str) -> Option<String> {
        citation_article(c)?;
        let short = c.split_whitespace().next().unwrap_or_default();
        let national = (self.jurisdiction != Jurisdiction::National).then(|| RuleSet::builtin(Jurisdiction::National));
        if self.statute(short).is_some() || national.is_some_and(|n| n.statute(short).is_some()) {
            None
        } else {
            Some(format!("出处“{c}”中的法规简称“{short}”未在 statutes 中列出"))
        }
    }

    /// 检查解析后的内容。
    fn validate(&self, text: &str, origin: &str) -> Result<(), String> {
        let mut errors = Vec::new();
        let mut shorts = HashSet::new();
        for s in &self.statutes {
            if s.short.trim().is_empty() || s.title.trim().is_empty() {
                errors.push(format!("{origin}: 法规的简称和全称不能为空"));
            }
            if !shorts.insert(s.short.as_str()) {
                errors.push(format!("{origin}: 法规简称“{}”重复", s.short));
            }
        }
        let mut seen_entries = HashSet::new();
        let mut occurrence: std::collections::HashMap<&str, usize> = Default::default();
        for rule in &self.rules {
            let n = occurrence.entry(rule.id.as_str()).or_insert(0);
            *n += 1;
            let at = match find_rule_line(text, &rule.id, *n) {
                Some(line) => format!("{origin}:{line}"),
                None => origin.to_string(),
            };
            let who = format!("{at}: 规则 {}", rule.id);
            for e in check_rule(rule, self) {
                errors.push(format!("{who}：{e}"));
            }
            if !seen_entries.insert((rule.id.as_str(), rule.effective_from)) {
                errors.push(format!("{who}：同一代号、同一施行日期（{}）的规则出现两次", rule.effective_from));
            }
        }
        for (kind, citations) in &self.document_basis {
            if crate::law::catalogue::find(kind).is_none() {
                errors.push(format!("{origin}: document_basis 中的文书代号“{kind}”未知（见 gen list）"));
            }
            for c in citations {
                if let Some(e) = self.check_citation(c) {
                    errors.push(format!("{origin}: document_basis.{kind}：{e}"));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("\n"))
        }
    }
}

pub mod table;
mod validate;
use validate::*;

#[cfg(test)]
mod tests;
