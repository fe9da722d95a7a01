//! GB/T 9704-2012 在各文书上的要求（issue 14），逐份打开生成的 PDF 核对。

mod common;
use common::*;

/// 纪要不署发文机关、不盖印章（GB/T 9704-2012 10.3）：末页的最后一行是签发人和记录人，不是署名或成文日期。
#[test]
fn minutes_carry_no_signature_block() {
    for (fixture_name, attachments) in
        [("sample-case.yaml", "attachments"), ("changli-case.yaml", "changli-attachments"), ("national-case.yaml", "national-attachments")]
    {
        let dir = tmp();
        copy_attachments(dir.path(), attachments);
        let case = dir.path().join(fixture_name);
        std::fs::copy(fixture(fixture_name), &case).unwrap();
        let out = dir.path().join("out");
        let o = gen(&["minutes", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert!(o.status.success(), "{fixture_name}：{}", stderr(&o));
        let pages = page_texts(&out.join("会议纪要.pdf"));
        let last = pages.last().unwrap();
        let lines: Vec<&str> = last.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('—')).collect();
        let end = lines.last().copied().unwrap_or_default();
        assert!(squash(end).contains("记录："), "{fixture_name}：纪要末行应是签发、记录，实为“{end}”\n{last}");
        assert!(!last.contains("（盖章处）"), "{fixture_name}：纪要不盖印章");
    }
}
