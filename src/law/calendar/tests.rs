use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn cal() -> Calendar {
    Calendar::builtin()
}

fn assert_workday(c: &Calendar, s: &str, expected: bool) {
    assert_eq!(c.is_workday(d(s)).unwrap(), expected, "{s} 应当{}", if expected { "上班" } else { "放假" });
}

// ---- 内置数据 ----

#[test]
fn builtin_calendar_parses() {
    // 内置文件必须能读；否则 Calendar::builtin() 会 panic。
    Calendar::from_yaml_str(BUILTIN_YAML, BUILTIN_PATH).unwrap();
    let c = cal();
    assert_eq!(c.years(), (2020..=2026).collect::<Vec<_>>());
    assert_eq!(c.origin(2025), Some(BUILTIN_PATH));
}

#[test]
fn builtin_sources_are_notice_numbers() {
    let c = cal();
    assert_eq!(c.source(2021), Some("国办发明电〔2020〕27号"));
    assert_eq!(c.source(2022), Some("国办发明电〔2021〕11号"));
    assert_eq!(c.source(2023), Some("国办发明电〔2022〕16号"));
    assert_eq!(c.source(2024), Some("国办发明电〔2023〕7号"));
    assert_eq!(c.source(2025), Some("国办发明电〔2024〕12号"));
    assert_eq!(c.source(2026), Some("国办发明电〔2025〕7号"));
    assert!(c.source(2020).unwrap().contains("国办发明电〔2019〕16号"));
    assert!(c.source(2020).unwrap().contains("国办发明电〔2020〕1号"));
    assert_eq!(c.source(2027), None);
}

/// 每年“周一至周五放假的天数 − 调休上班天数”= 当年全体公民放假的节日天数
/// （2024年及以前11天，2025年起13天），2020年另加春节延长的2个工作日（1月31日、2月1日调休取消）。
#[test]
fn builtin_net_days_off_match_statutory_totals() {
    let c = cal();
    let expected = [(2020, 13), (2021, 11), (2022, 11), (2023, 11), (2024, 11), (2025, 13), (2026, 13)];
    for (year, want) in expected {
        let y = &c.years[&year];
        let weekday_off = y.holidays.iter().filter(|d| !is_weekend(**d)).count() as i64;
        let makeup = y.workdays.len() as i64;
        assert_eq!(weekday_off - makeup, want, "{year}年净放假工作日天数");
    }
}

#[test]
fn ordinary_days_follow_the_week() {
    let c = cal();
    assert_workday(&c, "2025-03-10", true); // 周一
    assert_workday(&c, "2025-03-14", true); // 周五
    assert_workday(&c, "2025-03-08", false); // 周六
    assert_workday(&c, "2025-03-09", false); // 周日
}

#[test]
fn year_2024_notice() {
    let c = cal();
    assert_workday(&c, "2024-01-01", false); // 元旦
    assert_workday(&c, "2024-02-04", true); // 周日，春节调休上班
    assert_workday(&c, "2024-02-09", true); // 除夕，通知只“鼓励”休息，仍是工作日
    assert_workday(&c, "2024-02-10", false);
    assert_workday(&c, "2024-02-12", false); // 春节（周一）
    assert_workday(&c, "2024-02-16", false);
    assert_workday(&c, "2024-02-17", false);
    assert_workday(&c, "2024-02-18", true); // 周日，春节调休上班
    assert_workday(&c, "2024-04-04", false); // 清明
    assert_workday(&c, "2024-04-07", true); // 周日，清明调休上班
    assert_workday(&c, "2024-04-28", true); // 周日，劳动节调休上班
    assert_workday(&c, "2024-05-03", false);
    assert_workday(&c, "2024-05-11", true); // 周六，劳动节调休上班
    assert_workday(&c, "2024-06-10", false); // 端午
    assert_workday(&c, "2024-09-14", true); // 周六，中秋调休上班
    assert_workday(&c, "2024-09-16", false); // 中秋
    assert_workday(&c, "2024-09-29", true); // 周日，国庆调休上班
    assert_workday(&c, "2024-10-07", false); // 国庆（周一）
    assert_workday(&c, "2024-10-08", true);
    assert_workday(&c, "2024-10-12", true); // 周六，国庆调休上班
}

#[test]
fn year_2025_notice() {
    let c = cal();
    assert_workday(&c, "2025-01-01", false); // 元旦（周三），不调休
    assert_workday(&c, "2025-01-26", true); // 周日，春节调休上班
    assert_workday(&c, "2025-01-27", true); // 除夕前一日
    assert_workday(&c, "2025-01-28", false); // 除夕，2025年起放假
    assert_workday(&c, "2025-02-04", false); // 正月初七（周二）
    assert_workday(&c, "2025-02-05", true);
    assert_workday(&c, "2025-02-08", true); // 周六，春节调休上班
    assert_workday(&c, "2025-04-04", false); // 清明（周五）
    assert_workday(&c, "2025-04-27", true); // 周日，劳动节调休上班
    assert_workday(&c, "2025-05-05", false); // 劳动节第5天（周一）
    assert_workday(&c, "2025-05-06", true);
    assert_workday(&c, "2025-06-02", false); // 端午（周一）
    assert_workday(&c, "2025-09-28", true); // 周日，国庆中秋调休上班
    assert_workday(&c, "2025-10-01", false);
    assert_workday(&c, "2025-10-06", false); // 中秋
    assert_workday(&c, "2025-10-08", false); // 国庆中秋第8天（周三）
    assert_workday(&c, "2025-10-09", true);
    assert_workday(&c, "2025-10-11", true); // 周六，国庆中秋调休上班
    assert_workday(&c, "2025-10-12", false); // 周日
}

#[test]
fn year_2026_notice() {
    let c = cal();
    // 元旦：1月1日至3日放假调休，1月4日（周日）上班
    assert_workday(&c, "2026-01-01", false);
    assert_workday(&c, "2026-01-02", false); // 周五
    assert_workday(&c, "2026-01-04", true);
    // 春节：2月15日至23日放假调休，共9天；2月14日（周六）、2月28日（周六）上班
    assert_workday(&c, "2026-02-13", true);
    assert_workday(&c, "2026-02-14", true);
    for day in 15..=23 {
        assert_workday(&c, &format!("2026-02-{day:02}"), false);
    }
    assert_workday(&c, "2026-02-24", true);
    assert_workday(&c, "2026-02-28", true);
    // 清明、劳动节、端午、中秋
    assert_workday(&c, "2026-04-06", false); // 周一
    assert_workday(&c, "2026-05-05", false); // 周二
    assert_workday(&c, "2026-05-09", true); // 周六上班
    assert_workday(&c, "2026-06-19", false); // 周五
    assert_workday(&c, "2026-09-25", false); // 周五
                                             // 国庆：10月1日至7日放假调休；9月20日（周日）、10月10日（周六）上班
    assert_workday(&c, "2026-09-20", true);
    for day in 1..=7 {
        assert_workday(&c, &format!("2026-10-{day:02}"), false);
    }
    assert_workday(&c, "2026-10-08", true);
    assert_workday(&c, "2026-10-10", true);
}

#[test]
fn year_2020_spring_festival_extension() {
    let c = cal();
    assert_workday(&c, "2020-01-19", true); // 周日调休上班（原通知）
    assert_workday(&c, "2020-01-31", false); // 延长的假期（周五）
    assert_workday(&c, "2020-02-01", false); // 原定调休上班，延长后取消
    assert_workday(&c, "2020-02-03", true);
}

#[test]
fn cross_year_days_are_listed_under_their_own_year() {
    let c = cal();
    assert_workday(&c, "2022-12-31", false); // 2023年元旦假期第一天（周六）
    assert_workday(&c, "2023-01-02", false);
    assert_workday(&c, "2023-12-29", true);
    assert_workday(&c, "2023-12-30", false);
}

// ---- 缺少年份 ----

#[test]
fn missing_year_2027_is_an_error() {
    let c = cal();
    let err = c.is_workday(d("2027-01-04")).unwrap_err();
    assert_eq!(err, CalendarError::YearMissing { year: 2027, date: d("2027-01-04") });
    assert_eq!(
        err.to_string(),
        "工作日历中没有2027年的数据（日期 2027-01-04）：请在 data/calendar/cn-holidays.yaml 中补充该年的\
             国务院节假日安排，或用 --calendar 指定包含该年的日历文件"
    );
}

#[test]
fn missing_year_2019_is_an_error() {
    let c = cal();
    let err = c.is_workday(d("2019-12-31")).unwrap_err();
    assert_eq!(err, CalendarError::YearMissing { year: 2019, date: d("2019-12-31") });
    assert!(err.to_string().contains("2019年"));
    // 从2020年往回数不会碰到2019年，但区间跨入2019年就要报错。
    assert!(c.workdays_between(d("2019-12-30"), d("2020-01-10")).is_err());
}

#[test]
fn counting_into_a_missing_year_is_an_error() {
    let c = cal();
    let err = c.add_workdays(d("2026-12-25"), 10).unwrap_err();
    // 2026-12-28（周一）至 12-31（周四）只有4个工作日，第5个要到2027年去找。
    assert_eq!(err, CalendarError::YearMissing { year: 2027, date: d("2027-01-01") });
    assert!(c.workdays_after_through(d("2026-12-30"), d("2027-01-05")).is_err());
    assert!(c.first_workday_on_or_after(d("2027-01-01")).is_err());
    // 不越过年末则没有问题。
    assert_eq!(c.add_workdays(d("2026-12-25"), 4).unwrap(), d("2026-12-31"));
}

// ---- 期间计算 ----

#[test]
fn seven_workdays_across_national_day_2025() {
    let c = cal();
    // 2025-09-26（周五）送审；起算日不计入：
    // 9-27 周六休；9-28 周日调休上班(1)；9-29(2)；9-30(3)；10-01…10-08 放假；
    // 10-09(4)；10-10(5)；10-11 周六调休上班(6)；10-12 周日休；10-13 周一(7)。
    assert_eq!(c.add_workdays(d("2025-09-26"), 7).unwrap(), d("2025-10-13"));
    assert_eq!(c.add_workdays(d("2025-09-26"), 1).unwrap(), d("2025-09-28"));
    assert_eq!(c.add_workdays(d("2025-09-26"), 3).unwrap(), d("2025-09-30"));
    assert_eq!(c.add_workdays(d("2025-09-26"), 4).unwrap(), d("2025-10-09"));
    assert_eq!(c.add_workdays(d("2025-09-26"), 0).unwrap(), d("2025-09-26"));
    // 集体讨论最早在 10-14：两端都不算时中间正好7个工作日。
    assert_eq!(c.workdays_between(d("2025-09-26"), d("2025-10-14")).unwrap(), 7);
    assert_eq!(c.workdays_between(d("2025-09-26"), d("2025-10-13")).unwrap(), 6);
    assert_eq!(c.workdays_after_through(d("2025-09-26"), d("2025-10-13")).unwrap(), 7);
    assert_eq!(c.workdays_after_through(d("2025-09-26"), d("2025-10-12")).unwrap(), 6);
}

#[test]
fn workdays_across_new_year_2026() {
    let c = cal();
    // 12-31 周三(1)；2026-01-01…03 放假；01-04 周日调休上班(2)；01-05 周一(3)。
    assert_eq!(c.add_workdays(d("2025-12-30"), 3).unwrap(), d("2026-01-05"));
    assert_eq!(c.workdays_after_through(d("2025-12-30"), d("2026-01-05")).unwrap(), 3);
}

#[test]
fn empty_ranges_count_zero() {
    let c = cal();
    let x = d("2025-06-03");
    assert_eq!(c.workdays_between(x, x).unwrap(), 0);
    assert_eq!(c.workdays_between(x, d("2025-06-04")).unwrap(), 0); // 相邻两日之间没有日子
    assert_eq!(c.workdays_after_through(x, x).unwrap(), 0);
    assert_eq!(c.workdays_between(d("2025-06-10"), x).unwrap(), 0);
    assert_eq!(c.workdays_after_through(d("2025-06-10"), x).unwrap(), 0);
    assert_eq!(c.workdays_after_through(x, d("2025-06-04")).unwrap(), 1);
}

#[test]
fn counting_functions_agree_with_add_workdays() {
    let c = cal();
    let mut start = d("2024-01-01");
    while start <= d("2026-11-30") {
        for n in 0..=12u32 {
            let end = c.add_workdays(start, n).unwrap();
            assert_eq!(c.workdays_after_through(start, end).unwrap(), n as i64, "{start} + {n}");
            if n > 0 {
                assert!(c.is_workday(end).unwrap(), "{start} + {n} = {end} 应是工作日");
            }
            let next = end.succ_opt().unwrap();
            assert_eq!(c.workdays_between(start, next).unwrap(), n as i64, "{start} + {n}");
        }
        start = start + chrono::Days::new(3);
    }
}

#[test]
fn counting_backwards_before_a_meeting() {
    let c = cal();
    // 座谈会 2025-10-09（周四），3个工作日前送达（赤峰公众参与规则 第八条）。
    assert_eq!(c.sub_workdays(d("2025-10-09"), 3).unwrap(), d("2025-09-28"));
    let latest = d("2025-09-27");
    assert_eq!(c.workdays_between(latest, d("2025-10-09")).unwrap(), 3);
    assert_eq!(c.workdays_between(d("2025-09-28"), d("2025-10-09")).unwrap(), 2);
    // 2025-09-27 是周六（休息日），建议最晚在 9-26（周五）送达。
    assert_eq!(c.last_workday_on_or_before(latest).unwrap(), d("2025-09-26"));
    assert_eq!(c.last_workday_on_or_before(d("2025-10-11")).unwrap(), d("2025-10-11"));
    assert_eq!(c.last_workday_on_or_before(d("2025-10-08")).unwrap(), d("2025-09-30"));
    assert_eq!(c.sub_workdays(d("2025-10-09"), 0).unwrap(), d("2025-10-09"));
    // 与 add_workdays 对称。
    let mut end = d("2024-02-01");
    while end <= d("2026-12-31") {
        for n in 1..=10u32 {
            let s = c.sub_workdays(end, n).unwrap();
            assert!(c.is_workday(s).unwrap());
            let before = s.pred_opt().unwrap();
            assert_eq!(c.workdays_between(before, end).unwrap(), n as i64, "{end} - {n}");
        }
        end = end + chrono::Days::new(5);
    }
    // 往回数进入缺少的年份也报错。
    assert_eq!(c.sub_workdays(d("2020-01-03"), 3).unwrap_err(), CalendarError::YearMissing { year: 2019, date: d("2019-12-31") });
}

/// docs/counting.md 中的算例，逐一核对。
#[test]
fn docs_counting_examples() {
    let c = cal();
    let days = |n: u64| chrono::Days::new(n);
    // （一）听证会 7 日前送达：最晚 = 举行日 − 7 日；是休息日时建议其前最后一个工作日。
    assert_eq!(d("2026-06-08") - days(7), d("2026-06-01"));
    let latest = d("2025-10-20") - days(7);
    assert_eq!(latest, d("2025-10-13"));
    assert_eq!(c.last_workday_on_or_before(latest).unwrap(), latest);
    let latest = d("2025-10-10") - days(7);
    assert_eq!(latest, d("2025-10-03"));
    assert_eq!(c.last_workday_on_or_before(latest).unwrap(), d("2025-09-30"));
    assert_eq!(d("2026-03-05") - days(1), d("2026-03-04")); // 昌黎 会前1天
    assert_eq!(d("2026-03-05").weekday(), Weekday::Thu);
    // （二）不少于30日：最早截止 = 公布日 + 30 日。
    assert_eq!(d("2025-03-03") + days(30), d("2025-04-02"));
    assert!(c.is_workday(d("2025-04-02")).unwrap());
    let e = d("2025-09-05") + days(30);
    assert_eq!(e, d("2025-10-05"));
    assert_eq!(c.first_workday_on_or_after(e).unwrap(), d("2025-10-09"));
    // （三）30日内：最后一日 = 起算日 + 30 日，遇非工作日顺延。
    assert_eq!(c.first_workday_on_or_after(d("2025-09-05") + days(30)).unwrap(), d("2025-10-09"));
    assert_eq!(c.first_workday_on_or_after(d("2025-12-25") + days(30)).unwrap(), d("2026-01-26"));
    assert_eq!(c.first_workday_on_or_after(d("2025-03-03") + days(30)).unwrap(), d("2025-04-02"));
    // （四）1 合法性审查：见 seven_workdays_across_national_day_2025。
    // （四）2 座谈会3个工作日前：见 counting_backwards_before_a_meeting。
    // （四）3 目录调整后10个工作日内备案。
    assert_eq!(c.add_workdays(d("2025-09-26"), 10).unwrap(), d("2025-10-16"));
    // （四）4 专家研究时间不少于5个工作日。
    assert_eq!(c.add_workdays(d("2026-02-12"), 5).unwrap(), d("2026-02-26"));
    assert_eq!(c.workdays_after_through(d("2026-02-12"), d("2026-02-26")).unwrap(), 5);
    assert_eq!(c.workdays_between(d("2026-02-12"), d("2026-02-27")).unwrap(), 5);
    assert_eq!(c.workdays_between(d("2026-02-12"), d("2026-02-26")).unwrap(), 4);
}

#[test]
fn roll_forward_to_next_workday() {
    let c = cal();
    assert_eq!(c.first_workday_on_or_after(d("2025-10-05")).unwrap(), d("2025-10-09"));
    assert_eq!(c.first_workday_on_or_after(d("2025-10-10")).unwrap(), d("2025-10-10"));
    assert_eq!(c.first_workday_on_or_after(d("2025-10-11")).unwrap(), d("2025-10-11")); // 调休上班的周六
    assert_eq!(c.first_workday_on_or_after(d("2025-10-12")).unwrap(), d("2025-10-13"));
    assert_eq!(c.first_workday_on_or_after(d("2026-02-14")).unwrap(), d("2026-02-14"));
    assert_eq!(c.first_workday_on_or_after(d("2026-02-15")).unwrap(), d("2026-02-24"));
}

// ---- 合并 ----

const OFFICE_2025: &str = "\
years:
  2025:
    source: 某单位自定日历
    holidays:
      - 2025-01-01
    workdays: []
  2027:
    source: 国办发明电〔2026〕X号（测试用）
    holidays:
      - 2027-01-01
    workdays:
      - 2027-01-02
";

#[test]
fn merge_replaces_whole_years_and_adds_new_ones() {
    let mut c = cal();
    let office = Calendar::from_yaml_str(OFFICE_2025, "office.yaml").unwrap();
    c.merge(office);
    assert_eq!(c.years(), (2020..=2027).collect::<Vec<_>>());
    assert_eq!(c.source(2025), Some("某单位自定日历"));
    assert_eq!(c.origin(2025), Some("office.yaml"));
    // 2025年被整年替换：内置的春节放假和调休上班都不再存在。
    assert_workday(&c, "2025-01-26", false); // 内置为调休上班，替换后是普通周日
    assert_workday(&c, "2025-01-28", true); // 内置为放假，替换后是普通周二
    assert_workday(&c, "2025-01-01", false);
    // 其他年份不受影响。
    assert_workday(&c, "2024-02-04", true);
    assert_eq!(c.origin(2024), Some(BUILTIN_PATH));
    // 新增的2027年可用。
    assert_workday(&c, "2027-01-02", true);
    assert_workday(&c, "2027-01-04", true);
}

// ---- from_yaml_str 的拒绝 ----

fn reject(yaml: &str) -> String {
    Calendar::from_yaml_str(yaml, "test.yaml").expect_err("应当拒绝")
}

#[test]
fn rejects_holiday_listed_under_wrong_year() {
    let e = reject("years:\n  2025:\n    source: x\n    holidays:\n      - 2024-12-31\n    workdays: []\n");
    assert!(e.contains("test.yaml"), "{e}");
    assert!(e.contains("不属于2025年"), "{e}");
    assert!(e.contains("2024年"), "{e}");
}

#[test]
fn rejects_workday_listed_under_wrong_year() {
    let e = reject("years:\n  2019:\n    source: x\n    holidays:\n      - 2019-01-01\n    workdays:\n      - 2018-12-29\n");
    assert!(e.contains("workdays") && e.contains("2018-12-29") && e.contains("不属于2019年"), "{e}");
}

#[test]
fn rejects_date_in_both_lists() {
    let e = reject("years:\n  2025:\n    source: x\n    holidays:\n      - 2025-01-26\n    workdays:\n      - 2025-01-26\n");
    assert!(e.contains("同时列在"), "{e}");
}

#[test]
fn rejects_weekday_makeup_day() {
    let e = reject("years:\n  2025:\n    source: x\n    holidays:\n      - 2025-01-01\n    workdays:\n      - 2025-01-27\n");
    assert!(e.contains("2025-01-27") && e.contains("周一") && e.contains("只能是周六或周日"), "{e}");
}

#[test]
fn rejects_unknown_keys() {
    let e = reject("years:\n  2025:\n    source: x\n    holiday:\n      - 2025-01-01\n    workdays: []\n");
    assert!(e.contains("不认识的字段"), "{e}");
    assert!(e.contains("holiday"), "{e}");
    let e = reject("year:\n  2025:\n    source: x\n    holidays: [2025-01-01]\n    workdays: []\n");
    assert!(e.contains("不认识的字段"), "{e}");
    let e = reject("years:\n  2025:\n    source: x\n    holidays: [2025-01-01]\n    workdays: []\nnote: y\n");
    assert!(e.contains("不认识的字段"), "{e}");
}

#[test]
fn rejects_duplicate_years_and_fields() {
    let block = "  2026:\n    source: x\n    holidays: [2026-01-01]\n    workdays: []\n";
    let e = reject(&format!("years:\n{block}{block}"));
    assert!(e.contains("同一年份写了两段"), "{e}");
    assert!(e.contains("2026"), "{e}");
    let e = reject("years:\n  2026:\n    source: x\n    source: y\n    holidays: [2026-01-01]\n    workdays: []\n");
    assert!(e.contains("写了两次"), "{e}");
}

#[test]
fn rejects_missing_fields() {
    let e = reject("years:\n  2025:\n    source: x\n    holidays: [2025-01-01]\n");
    assert!(e.contains("缺少必填项"), "{e}");
}

#[test]
fn rejects_bad_dates() {
    let e = reject("years:\n  2025:\n    source: x\n    holidays: [2025-02-30]\n    workdays: []\n");
    assert!(e.contains("日期写法不对或日期不存在"), "{e}");
    let e = reject("years:\n  2025:\n    source: x\n    holidays: [2025年1月1日]\n    workdays: []\n");
    assert!(e.contains("日期写法不对"), "{e}");
}

#[test]
fn rejects_empty_source_empty_holidays_duplicates_and_odd_years() {
    let e = reject("years:\n  2025:\n    source: ''\n    holidays: []\n    workdays: []\n");
    assert!(e.contains("source 为空") && e.contains("holidays（放假日）为空"), "{e}");
    let e = reject("years:\n  2025:\n    source: x\n    holidays: [2025-01-01, 2025-01-01]\n    workdays: []\n");
    assert!(e.contains("重复列出"), "{e}");
    let e = reject("years:\n  12:\n    source: x\n    holidays: [0012-01-01]\n    workdays: []\n");
    assert!(e.contains("年份 12 不合理"), "{e}");
}

#[test]
fn accepts_minimal_valid_file_and_reports_all_problems_at_once() {
    let ok = Calendar::from_yaml_str("years:\n  2030:\n    source: x\n    holidays: [2030-01-01]\n    workdays: []\n", "t.yaml").unwrap();
    assert_eq!(ok.years(), vec![2030]);
    let e = reject("years:\n  2025:\n    source: x\n    holidays: [2024-12-31]\n    workdays: [2025-01-27]\n");
    assert_eq!(e.lines().count(), 3, "{e}"); // 标题一行 + 两处错误
}
