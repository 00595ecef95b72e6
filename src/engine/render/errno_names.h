// Linux errno numbers -> the names sysdig 0.29.3 prints after a negative
// result (`res=-2(ENOENT)`, `fd=-24(EMFILE)`, evt.res).
//
// errno_name() is exactly sysdig's table: 1..125 (aliases print as one name:
// 11 EAGAIN, 35 EDEADLK, 95 EOPNOTSUPP) and the kernel-internal 512..530
// (ERESTARTSYS ..., 530 EIOCBRETRY). Numbers sysdig 0.29.3 has no name for
// (41, 58, 126.., 517..520) give nullptr and the caller prints the bare number.
// Checked against sysdig 0.29.3 for every number from 1 to 600.
// errno_name_full() adds the newer Linux names 126..133 (ENOKEY ... EHWPOISON)
// for displays that need not be byte-identical to sysdig.
#pragma once
#include <cstdint>

namespace trowel::engine::render {

// Name for errno `err` (positive, e.g. 2 -> "ENOENT"); nullptr if unknown.
const char* errno_name(int64_t err);
const char* errno_name_full(int64_t err);

// Number of the errno called `name` ("ENOENT" -> 2; any name errno_name_full knows), or 0. For
// filters such as evt.res=EMFILE.
int64_t errno_number(const char* name);

}  // namespace trowel::engine::render
