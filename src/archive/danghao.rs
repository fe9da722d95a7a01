//! 档号（DA/T 22-2015《归档文件整理规则》）：
//! `全宗号-档案门类代码·年度-保管期限代码-机构（问题）代码-件号`，
//! 文书档案的门类代码为 `WS`，保管期限代码 永久 `Y`、定期30年 `D30`、定期10年 `D10`，
//! 件号为 4 位阿拉伯数字（不足 4 位前面补 0），如 `J012-WS·2026-Y-FGW-0003`。

use chrono::Datelike;

use crate::error::{Error, Result};
use crate::input::case::{ArchiveInfo, Date, Retention};

/// 一个案卷的档号各项（件号除外）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codes {
    /// 全宗号
    pub fonds: String,
    /// 年度
    pub year: i32,
    /// 保管期限
    pub retention: Retention,
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
        let retention = info.retention;
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
        Ok(format!("{}-WS·{}-{}-{}-{item:04}", self.fonds, self.year, self.retention.code(), self.org))
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
    fn bad_codes_are_explained() {
        let mut i = info("永久");
        i.fonds = "J-012".into();
        assert!(Codes::from_info(&i, "x").unwrap_err().message.contains("全宗号"));
        assert!(serde_norway::from_str::<ArchiveInfo>("fonds: J\norg_code: F\nretention: 长期\nclosed_on: 2026-07-31\n").is_err());
    }
}
