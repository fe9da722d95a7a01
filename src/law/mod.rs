//! 第二段：法律——规则表（各地的期限、人数、清单，data/rules/*.yaml）、工作日历（data/calendar/）、
//! 期间的算法、程序环节和各种文书（它们属于哪个环节、归入哪一类档案、填入送审清单的哪一项）。
//! 这一段只有数据和算法，不知道任何一个案卷。

pub mod calendar;
pub mod catalogue;
pub mod counting;
pub mod procedures;
pub mod rules;
mod steps;

pub use procedures::{Milestone, Procedure};
pub use steps::Step;

use std::collections::BTreeMap;

use crate::input::case::{Category, Date, Jurisdiction};
use rules::{Rule, RuleSet};

/// 条例的规则 `n` 是否比本地的 `o` 严：期限、人数的下限较高或上限较低，或数字相同（或没有数字）而条例为违规、本地只作提示；
/// 先后顺序规则中条例列出的在先时点本地没有列全。
fn stricter(n: &Rule, o: &Rule) -> bool {
    let num = |r: &Rule| {
        let p = &r.params;
        p.days.or(p.workdays).or(p.hours).or(p.years).or(p.min).or(p.count)
    };
    let more_severe = n.severity == rules::Severity::Violation && o.severity == rules::Severity::Notice;
    // 先后顺序规则：条例要求在先的时点多于本地的（如 条例 第十六条 还要求提前公布听证参加人名单）。
    if n.params.before.is_some() || n.params.after.is_some() {
        return n.params.items.iter().any(|i| o.item(&i.key).is_none()) || more_severe;
    }
    match (num(n), num(o)) {
        (Some(a), Some(b)) if a != b => {
            if n.id.contains("_max") {
                a < b
            } else {
                a > b
            }
        }
        (Some(_), Some(_)) | (None, None) => more_severe && n.params.items.is_empty(),
        _ => false,
    }
}

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

    /// 代号为 `id`、在 `date` 已施行的规则。
    ///
    /// 本地规则表有这一条时一般用本地的；但条例直接适用于本级人民政府（规则表 `national.how: binding`，条例 第二条）
    /// 而本地规定较宽时（期限较短、人数较少，或本地只作提示而条例为违规，如昌黎规定 第三十条“应优先选择”与
    /// 条例 第二十条“不得选择”），用较严的条例规定。本地没有这一条时用条例的（参照执行的部门亦然，条例 第四十二条）。
    /// 这样取到的条例规则，检查结果中写明缘由（[`Law::note`]）。
    pub fn rule(&self, id: &str, date: Date) -> Option<&'static Rule> {
        let own = self.own.rule_at(id, date.0);
        if std::ptr::eq(self.own, self.national) {
            return own;
        }
        let national = self.national.rule_at(id, date.0);
        match (own, national) {
            (Some(o), Some(n)) if self.binding() && stricter(n, o) => Some(n),
            (Some(o), _) => Some(o),
            (None, n) => n,
        }
    }

    /// 条例是否直接适用（本地较宽时按较严的条例）。
    fn binding(&self) -> bool {
        self.own.national.as_ref().is_some_and(|n| n.how == rules::NationalHow::Binding)
    }

    /// 规则取自条例时的缘由（检查结果中附在出处之后）；取自本地规则表时为空。
    pub fn note(&self, rule: &Rule) -> Option<String> {
        if std::ptr::eq(self.own, self.national) || !self.national.rules.iter().any(|r| std::ptr::eq(r, rule)) {
            return None;
        }
        let applies = self.own.national.as_ref()?;
        match self.own.rule_latest(&rule.id) {
            Some(o) => Some(format!("本地规定（{}）较宽，{}：按较严的{}", o.citation, applies.citation, rule.citation)),
            None => {
                let how = match applies.how {
                    rules::NationalHow::Binding => "适用",
                    rules::NationalHow::Reference => "参照执行",
                };
                let mut s = format!("本地规则表未作规定，{how}条例（{}）", applies.citation);
                if !applies.upper_statutes.is_empty() {
                    s.push_str(&format!("；本地规定所依据的{}未收入规则表，未按其核对", applies.upper_statutes.join("、")));
                }
                Some(s)
            }
        }
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
