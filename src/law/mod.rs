//! 第二段：法律——规则表（各地的期限、人数、清单，data/rules/*.yaml）、工作日历（data/calendar/）、
//! 期间的算法、程序环节和各种文书（它们属于哪个环节、归入哪一类档案、填入送审清单的哪一项）。
//! 这一段只有数据和算法，不知道任何一个案卷。

pub mod calendar;
pub mod catalogue;
pub mod counting;
pub mod rules;
mod steps;

pub use steps::Step;

use std::collections::BTreeMap;

use crate::input::case::{Category, Date, Jurisdiction};
use rules::{Rule, RuleSet};

/// 一个案卷适用的法律：它的规则表，以及作为补充的国务院条例规则表。
///
/// 条例 第二条：县级以上地方人民政府（赤峰市、昌黎县）的重大行政决策适用本条例；第四十二条：
/// 县级以上人民政府部门（如内蒙古人社厅）参照执行。所以地方规则未作规定的事项
/// （如 条例 第三十条 行政首长决定与多数意见不一致须说明理由），条例的规定仍然适用：
/// [`Law::rule`] 先查本地规则表，没有这一条时查条例的规则表。程序检查和模板中的 `law` 都经由它取规则。
#[derive(Debug, Clone, Copy)]
pub struct Law {
    pub jurisdiction: Jurisdiction,
    own: &'static RuleSet,
    national: &'static RuleSet,
}

impl Law {
    pub fn of(jurisdiction: Jurisdiction) -> Law {
        Law { jurisdiction, own: RuleSet::builtin(jurisdiction), national: RuleSet::builtin(Jurisdiction::National) }
    }

    /// 本地规则表。
    pub fn own(&self) -> &'static RuleSet {
        self.own
    }

    /// 代号为 `id`、在 `date` 已施行的规则：本地规则表优先，没有时用条例的规则表。
    pub fn rule(&self, id: &str, date: Date) -> Option<&'static Rule> {
        self.own.rule_at(id, date.0).or_else(|| self.national.rule_at(id, date.0))
    }

    /// 只查本地规则表（不用条例补充）：如“补送材料的时间不计入审查时间”只有地方规定。
    pub fn own_rule(&self, id: &str, date: Date) -> Option<&'static Rule> {
        self.own.rule_at(id, date.0)
    }

    /// 在 `date` 已施行的全部规则（代号 → 规则），取法同 [`Law::rule`]。模板中写作 `law.代号`。
    pub fn in_force(&self, date: Date) -> BTreeMap<String, &'static Rule> {
        let mut out = BTreeMap::new();
        for set in [self.national, self.own] {
            for id in set.ids() {
                if let Some(r) = self.rule(id, date) {
                    out.insert(id.to_string(), r);
                }
            }
        }
        out
    }

    /// 文书的依据（出处列表）：本地规则表的 `document_basis`，没有时用条例规则表的。
    pub fn document_basis(&self, kind: &str) -> Vec<String> {
        self.own.document_basis.get(kind).or_else(|| self.national.document_basis.get(kind)).cloned().unwrap_or_default()
    }

    /// 公告中引用的依据：国务院条例加上本规则体系的主规定（规则表 statutes 中的第一部），如“《条例》《规定》”。
    pub fn basis_statutes(&self) -> String {
        let mut titles: Vec<&str> = self.national.statutes.first().map(|s| s.title.as_str()).into_iter().collect();
        if self.jurisdiction != Jurisdiction::National {
            titles.extend(self.own.statutes.first().map(|s| s.title.as_str()));
        }
        titles.iter().map(|t| format!("《{t}》")).collect()
    }

    /// 归档类别（规则表 `archive_categories` 在 `date` 施行的一条）：顺序和全称。
    /// 规则表没有列出的类别排在最后（名称用简称）。
    pub fn archive_categories(&self, date: Date) -> Vec<(Category, String)> {
        let mut out: Vec<(Category, String)> = self
            .rule("archive_categories", date)
            .map(|r| r.params.items.iter().filter_map(|i| Category::from_key(&i.key).map(|c| (c, i.name.clone()))).collect())
            .unwrap_or_default();
        for c in Category::ALL {
            if !out.iter().any(|(x, _)| x == c) {
                out.push((*c, c.name().to_string()));
            }
        }
        out
    }
}
