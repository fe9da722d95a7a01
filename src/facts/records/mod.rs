//! 记录型文书：案卷中一项记录对应一份文书（启动决定、听证会记录、合法性审查意见书、执行情况报告……）。
//!
//! 每种记录型文书只需写明三件事，其余（是否适用、成文日期、署名、必填内容的核对、草稿中的【待填写】、
//! 期限表中的“待制作”）由本模块统一处理，不在各处重复判断：
//! 1. 案卷中的记录（src/input/case/ 中的一个结构），用 [`record!`] 写明成文日期、署名和必填字段；
//! 2. 它在案卷中的位置和何时应当制作（本目录下按程序环节分的文件中的 `source`）；
//! 3. 种类表中的一行（src/law/catalogue.rs）、模板和规则表 `document_basis` 中的依据。

mod decision;
mod drafting;
mod execution;
mod experts;
mod legality;
mod participation;

use serde_json::Value as Json;

use crate::input::case::{Case, Date};
use crate::law::catalogue::DocId;

/// 案卷中对应一份文书的记录。用 [`record!`] 实现。
pub trait Record: Sync {
    /// 成文日期（未填写时为空）
    fn date(&self) -> Option<Date>;
    /// 署名（落款单位）：记录中写了的，否则按文书种类的惯例（多为决策承办单位）
    fn author(&self, case: &Case) -> String;
    /// 文号（没有时为空）
    fn number(&self) -> Option<String>;
    /// 每项一份的文书中这一项的称呼（题名和文件名中用，如“第1次”“张三”）
    fn label(&self) -> String;
    /// 必填字段（相对于记录）及是否已填写
    fn filled(&self) -> Vec<(&'static str, bool)>;
    /// 模板中的 `item`（每项一份的文书）
    fn value(&self) -> Json;
}

/// 记录的种类：必填字段和成文日期字段（尚未记录时草稿据此印出【待填写】）。用 [`record!`] 实现。
pub trait RecordType: Record {
    /// 必填字段（相对于记录）
    const REQUIRED: &'static [&'static str];
    /// 成文日期字段
    const DATE_FIELD: &'static str;
}

/// 能判断“是否已填写”的值。
pub trait Filled {
    fn filled(&self) -> bool;
}

impl Filled for String {
    fn filled(&self) -> bool {
        !self.trim().is_empty()
    }
}

impl<T> Filled for Vec<T> {
    fn filled(&self) -> bool {
        !self.is_empty()
    }
}

impl<T: Filled> Filled for Option<T> {
    fn filled(&self) -> bool {
        self.as_ref().is_some_and(Filled::filled)
    }
}

impl Filled for Date {
    fn filled(&self) -> bool {
        true
    }
}

impl Filled for bool {
    fn filled(&self) -> bool {
        true
    }
}

impl Filled for u32 {
    fn filled(&self) -> bool {
        true
    }
}

impl Filled for crate::input::case::Contact {
    fn filled(&self) -> bool {
        true
    }
}

/// 成文日期字段：`Date` 或 `Option<Date>`。
pub trait AsDate {
    fn as_date(&self) -> Option<Date>;
}

impl AsDate for Date {
    fn as_date(&self) -> Option<Date> {
        Some(*self)
    }
}

impl AsDate for Option<Date> {
    fn as_date(&self) -> Option<Date> {
        *self
    }
}

/// 为案卷中的一个结构实现 [`Record`]：
/// `record!(HearingRecord { date: date, author: |r, case| ..., required: [summary, speeches] });`
/// `author` 缺省为决策承办单位；`number` 为文号字段（`Option<String>`）；`label` 为每项一份时的称呼。
#[macro_export]
macro_rules! record {
    ($ty:ty { date: $date:ident
        $(, author: $author:expr)?
        $(, number: $number:ident)?
        $(, label: $label:expr)?
        $(, required: [$($req:ident),* $(,)?])? $(,)? }) => {
        impl $crate::facts::records::RecordType for $ty {
            const REQUIRED: &'static [&'static str] = &[$( $( stringify!($req) ),* )?];
            const DATE_FIELD: &'static str = stringify!($date);
        }
        impl $crate::facts::records::Record for $ty {
            fn date(&self) -> Option<$crate::input::case::Date> {
                $crate::facts::records::AsDate::as_date(&self.$date)
            }
            #[allow(unused_variables)]
            fn author(&self, case: &$crate::input::case::Case) -> String {
                $( return ($author)(self, case); )?
                #[allow(unreachable_code)]
                case.decision.lead_unit.clone()
            }
            fn number(&self) -> Option<String> {
                $( return self.$number.clone().filter(|n: &String| !n.trim().is_empty()); )?
                #[allow(unreachable_code)]
                None
            }
            fn label(&self) -> String {
                $( return ($label)(self); )?
                #[allow(unreachable_code)]
                String::new()
            }
            fn filled(&self) -> Vec<(&'static str, bool)> {
                vec![$( $( (stringify!($req), $crate::facts::records::Filled::filled(&self.$req)) ),* )?]
            }
            fn value(&self) -> serde_json::Value {
                serde_json::to_value(self).unwrap_or_default()
            }
        }
    };
}

/// 一种记录型文书在案卷中的位置和记录。
pub struct Source<'a> {
    /// 记录在案卷中的位置，如 `participation.hearing.record`；每项一份的为列表，如 `legality.supplements`
    pub path: &'static str,
    /// 每项一份（列表中每项一份文书）
    pub each: bool,
    /// 已记录的各项（一份的至多一项）
    pub items: Vec<&'a dyn Record>,
    /// 案卷已到应当制作这份文书的时候（期限表列为“待制作”；一份也没有记录时）
    pub due: bool,
    /// 记录的必填字段（尚未记录时草稿中都印为【待填写】）
    pub required: &'static [&'static str],
    /// 记录的成文日期字段
    pub date_field: &'static str,
}

impl<'a> Source<'a> {
    /// 一份文书：记录在 `path`。
    pub fn one<T: RecordType>(path: &'static str, record: Option<&'a T>, due: bool) -> Source<'a> {
        let items = record.map(|r| r as &dyn Record).into_iter().collect();
        Source { path, each: false, items, due, required: T::REQUIRED, date_field: T::DATE_FIELD }
    }

    /// 列表 `path` 中每项一份。
    pub fn each<T: RecordType>(path: &'static str, list: &'a [T], due: bool) -> Source<'a> {
        let items = list.iter().map(|r| r as &dyn Record).collect();
        Source { path, each: true, items, due, required: T::REQUIRED, date_field: T::DATE_FIELD }
    }

    /// 字段在模板数据中的路径：一份的相对于案卷，每项一份的为 `item.x`。
    pub fn field(&self, f: &str) -> String {
        if self.each {
            format!("item.{f}")
        } else {
            format!("{}.{f}", self.path)
        }
    }
}

/// 记录型文书的位置和记录；不是记录型文书（最初的十三种和归档用的）时为空。
pub fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    drafting::source(case, doc)
        .or_else(|| participation::source(case, doc))
        .or_else(|| experts::source(case, doc))
        .or_else(|| legality::source(case, doc))
        .or_else(|| decision::source(case, doc))
        .or_else(|| execution::source(case, doc))
}

/// 必填字段中缺少的（路径：一份的相对于案卷，如 `legality.opinion_letter.conclusion`；每项一份的为 `item.x`）。
pub fn missing(source: &Source, index: Option<usize>) -> Vec<String> {
    let record = match index {
        Some(i) => source.items.get(i),
        None => source.items.first(),
    };
    match record {
        Some(r) => r.filled().into_iter().filter(|(_, ok)| !ok).map(|(f, _)| source.field(f)).collect(),
        // 尚未记录（草稿）：成文日期和必填字段都待填写
        None => std::iter::once(source.date_field).chain(source.required.iter().copied()).map(|f| source.field(f)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::catalogue::{KINDS, LEGACY};

    /// 每种不是最初十三种的文书都恰好由一个环节文件写明位置。
    #[test]
    fn every_new_kind_has_exactly_one_source() {
        let case: Case =
            serde_norway::from_str("rules: national\ndecision:\n  name: 某事项\n  organ: 某市人民政府\n  lead_unit: 某局\n").unwrap();
        for k in KINDS {
            let found = [
                drafting::source(&case, k.doc).is_some(),
                participation::source(&case, k.doc).is_some(),
                experts::source(&case, k.doc).is_some(),
                legality::source(&case, k.doc).is_some(),
                decision::source(&case, k.doc).is_some(),
                execution::source(&case, k.doc).is_some(),
            ]
            .iter()
            .filter(|x| **x)
            .count();
            let expected = usize::from(!LEGACY.contains(&k.doc));
            assert_eq!(found, expected, "{}（{}）", k.name, k.id);
        }
    }
}
