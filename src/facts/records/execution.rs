//! 执行和后评估的记录型文书：确定执行单位、执行情况报告、重大问题报告、执行情况公开、后评估启动决定和方案、后评估报告的专家论证和审定、实施评估、中止终止调整决定、原件移交。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    // 本环节的文书写在这里：DocId::X => Source::one("案卷中的位置", 记录, 应当制作了吗),
    let _ = (case, doc);
    None
}
