//! 排版的上限：每份文书的排版时间、页数，以及整个程序占用的内存。模板可能来自共享盘，
//! Typst 的代码可以写成死循环（嵌套的 for）或要求极多的内存；超过上限时用中文说明是哪份文书、哪个模板，
//! 以退出码 2 结束，而不是一直运行下去或被系统杀掉。默认值远高于任何真实的文书，可在 gen.yaml 的 `limits` 中改。
//!
//! 时间和内存由一个看守线程每 50 毫秒查看一次（Typst 的排版不能从外面中断，所以超过时结束整个程序）；
//! 页数在排版完成后核对。

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

pub use crate::input::config::Limits;

struct Job {
    id: u64,
    deadline: Instant,
    seconds: u64,
    what: String,
}

static JOBS: Mutex<Vec<Job>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(1);
static MEMORY_MB: AtomicU64 = AtomicU64::new(u64::MAX);
static START: Once = Once::new();

/// 排版一份文书期间有效；结束（drop）时撤销看守。
pub struct Guard {
    id: u64,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Ok(mut jobs) = JOBS.lock() {
            jobs.retain(|j| j.id != self.id);
        }
    }
}

/// 开始看守一份文书的排版。`what` 说明是哪份文书和模板（超过上限时印出）。
pub fn watch(what: String, limits: &Limits) -> Guard {
    START.call_once(|| {
        std::thread::Builder::new().name("排版看守".into()).spawn(watchdog).expect("能启动看守线程");
    });
    MEMORY_MB.fetch_min(limits.memory_mb, Ordering::Relaxed);
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let job = Job { id, deadline: Instant::now() + Duration::from_secs(limits.seconds), seconds: limits.seconds, what };
    if let Ok(mut jobs) = JOBS.lock() {
        jobs.push(job);
    }
    Guard { id }
}

fn watchdog() {
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let now = Instant::now();
        let (late, busy) = match JOBS.lock() {
            Ok(jobs) => (jobs.iter().find(|j| now > j.deadline).map(|j| (j.what.clone(), j.seconds)), !jobs.is_empty()),
            Err(_) => (None, false),
        };
        if let Some((what, seconds)) = late {
            stop(&format!("排版{what}超过 {seconds} 秒仍未完成：模板中可能有死循环（如不会结束的“for”“while”）。请检查模板；确需更长时间的，在 gen.yaml 的 limits 中加大 seconds"));
        }
        let limit = MEMORY_MB.load(Ordering::Relaxed);
        if busy {
            if let Some(mb) = resident_mb().filter(|mb| *mb > limit) {
                let what = JOBS.lock().ok().and_then(|j| j.first().map(|j| j.what.clone())).unwrap_or_default();
                stop(&format!("排版{what}时程序占用的内存达到 {mb} MB，超过上限 {limit} MB：模板中可能有生成极多内容的循环。请检查模板；确需更多内存的，在 gen.yaml 的 limits 中加大 memory_mb"));
            }
        }
    }
}

/// 超过上限：说明原因，以退出码 2 结束程序。
fn stop(message: &str) -> ! {
    eprintln!("错误：{message}");
    std::process::exit(2)
}

/// 程序当前占用的物理内存（MB；只在 Linux 上能读出）。
pub fn resident_mb() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some((pages * 4096) >> 20)
}
