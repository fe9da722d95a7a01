//! 专家论证和风险评估的记录型文书：专家遴选、材料送达、论证会议记录、意见采纳反馈、委托合同、风险评估工作方案、结论和建议、备案。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    // 本环节的文书写在这里：DocId::X => Source::one("案卷中的位置", 记录, 应当制作了吗),
    let _ = (case, doc);
    None
}
