//! 内存分配的上限：一次要求超过 [`MAX_ONE`] 字节的分配（如模板要求生成上亿项的数组）用中文说明后以退出码 2 结束，
//! 而不是让系统报“memory allocation failed”后中止。程序总的内存用量另由排版看守（juece::typeset::limits）核对。

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;

/// 一次分配的上限：4 GB（真实的文书和附件都远小于此：附件不读进内存）。
const MAX_ONE: usize = 4 << 30;

pub struct Capped;

fn refuse(size: usize) -> ! {
    // 这里不能再分配内存：只写固定的文字。
    let _ = std::io::stderr().write_all(
        "错误：程序要求一次分配超过 4 GB 的内存（远超任何真实的文书所需），已停止：模板中可能有生成极多内容的循环，请检查模板\n".as_bytes(),
    );
    let _ = size;
    std::process::exit(2)
}

unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() > MAX_ONE {
            refuse(layout.size());
        }
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() > MAX_ONE {
            refuse(layout.size());
        }
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > MAX_ONE {
            refuse(new_size);
        }
        System.realloc(ptr, layout, new_size)
    }
}
