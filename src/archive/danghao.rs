//! 档号（DA/T 22-2015《归档文件整理规则》）：
//! `全宗号-档案门类代码·年度-保管期限代码-机构（问题）代码-件号`，
//! 文书档案的门类代码为 `WS`，保管期限代码 永久 `Y`、定期30年 `D30`、定期10年 `D10`，
//! 件号为 4 位阿拉伯数字（不足 4 位前面补 0），如 `J012-WS·2026-Y-FGW-0003`。

use chrono::Datelike;

use crate::case::{ArchiveInfo, Date};
use crate::error::{Error, Result};

/// 归档类别及其顺序（人社厅程序办法 第四十八条）。档案包中的文件夹按此顺序编号：`01-启动` …
pub const CATEGORIES: [&str; 6] = ["启动", "决策方案", "合法性审查", "集体讨论", "执行", "其他"];

/// 类别在 [`CATEGORIES`] 中的位置。
pub fn category_index(name: &str) -> Option<usize> {
    CATEGORIES.iter().position(|c| *c == name.trim())
}

/// 类别的文件夹名，如 `02-决策方案`。
pub fn category_folder(index: usize) -> String {
    format!("{:02}-{}", index + 1, CATEGORIES[index])
}

/// 保管期限 → 代码（DA/T 22-2015）。也接受直接写代码。
pub fn retention_code(retention: &str) -> Option<&'static str> {
    match retention.trim() {
        "永久" | "Y" | "y" => Some("Y"),
        "30年" | "定期30年" | "D30" | "d30" => Some("D30"),
        "10年" | "定期10年" | "D10" | "d10" => Some("D10"),
        _ => None,
    }
}

/// 代码 → 保管期限的中文名。
pub fn retention_name(code: &str) -> &'static str {
    match code {
        "Y" => "永久",
        "D30" => "30年",
        _ => "10年",
    }
}

/// 一个案卷的档号各项（件号除外）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codes {
    /// 全宗号
    pub fonds: String,
    /// 年度
    pub year: i32,
    /// 保管期限代码：Y、D30、D10
    pub retention: &'static str,
    /// 机构（问题）代码
    pub org: String,
    /// 结案日期
    pub closed_on: Date,
}

/// 档号中的一段只用字母和数字（档号以“-”“·”分隔，也是文件名的一部分）。
fn check_code(value: &str, field: &str, what: &str, origin: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(Error::input(format!(
            "{origin}: archive.{field}（{what}）“{value}”只能由字母和数字组成，不能为空，也不能含“-”、空格等符号（DA/T 22-2015 档号以“-”分隔各项）"
        )));
    }
    Ok(v.to_string())
}

impl Codes {
    /// 由案卷的归档信息得出；`origin` 为案卷文件名（错误信息用）。
    pub fn from_info(info: &ArchiveInfo, origin: &str) -> Result<Codes> {
        let fonds = check_code(&info.fonds, "fonds", "全宗号", origin)?;
        let org = check_code(&info.org_code, "org_code", "机构（问题）代码", origin)?;
        let retention = retention_code(&info.retention).ok_or_else(|| {
            Error::input(format!(
                "{origin}: archive.retention（保管期限）“{}”不是 DA/T 22-2015 规定的期限，请填写 永久、30年 或 10年",
                info.retention
            ))
        })?;
        let year = info.year.unwrap_or(info.closed_on.0.year());
        if !(1900..=9999).contains(&year) {
            return Err(Error::input(format!("{origin}: archive.year（归档年度）{year} 不是有效的年份")));
        }
        Ok(Codes { fonds, year, retention, org, closed_on: info.closed_on })
    }

    /// 第 `item` 件的档号。件号超过 9999 时报错（DA/T 22-2015 件号为 4 位）。
    pub fn danghao(&self, item: u32) -> Result<String> {
        if !(1..=9999).contains(&item) {
            return Err(Error::input(format!("件号 {item} 超出 1～9999（DA/T 22-2015 件号为 4 位数字），请分盒归档")));
        }
        Ok(format!("{}-WS·{}-{}-{}-{item:04}", self.fonds, self.year, self.retention, self.org))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(retention: &str) -> ArchiveInfo {
        let yaml = format!("fonds: J012\norg_code: FGW\nretention: {retention}\nclosed_on: 2026-07-31\n");
        serde_norway::from_str(&yaml).unwrap()
    }

    #[test]
    fn danghao_follows_da_t_22_2015() {
        let c = Codes::from_info(&info("永久"), "x").unwrap();
        assert_eq!(c.danghao(3).unwrap(), "J012-WS·2026-Y-FGW-0003");
        assert_eq!(Codes::from_info(&info("30年"), "x").unwrap().danghao(12).unwrap(), "J012-WS·2026-D30-FGW-0012");
        assert_eq!(Codes::from_info(&info("10年"), "x").unwrap().danghao(9999).unwrap(), "J012-WS·2026-D10-FGW-9999");
        assert!(c.danghao(10000).is_err() && c.danghao(0).is_err());
    }

    #[test]
    fn bad_retention_and_codes_are_explained() {
        let e = Codes::from_info(&info("长期"), "案卷.yaml").unwrap_err();
        assert!(e.message.contains("永久、30年 或 10年"), "{e}");
        let mut i = info("永久");
        i.fonds = "J-012".into();
        assert!(Codes::from_info(&i, "x").unwrap_err().message.contains("全宗号"));
    }

    #[test]
    fn categories_in_order_of_article_48() {
        assert_eq!(category_folder(0), "01-启动");
        assert_eq!(category_folder(5), "06-其他");
        assert_eq!(category_index("集体讨论"), Some(3));
        assert_eq!(category_index("会议"), None);
    }
}
