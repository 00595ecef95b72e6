/* The contract between trowel's eBPF programs (trowel.bpf.c) and the
 * user-space loader (src/live/bpf_loader.cpp). Plain C, included by both.
 *
 * A ring-buffer record is one or two EV_V2 block bodies without padding
 * (two: a deferred enter event followed by its exit event), each
 *
 *   [0 .. 2)   cpuid (u16)
 *   [2 .. 28)  scap v2 event header: ts u64, tid u64, len u32,
 *              type u16, nparams u32 (scap-format.md §8.2)
 *   [28 ..)    u16 parameter lengths, then the parameter values
 *
 * so the writer frames each as a block without re-encoding anything. Events
 * use the 2022 numbering and parameter lists that sysdig 0.29.3 reads.
 *
 * In the per-CPU scratch buffer the record starts at TROWEL_REC_OFF, which
 * puts the event header's u64 fields on 8-byte boundaries. */
#ifndef TROWEL_LIVE_ABI_H
#define TROWEL_LIVE_ABI_H

#define TROWEL_MAX_SYSCALLS 512     /* native x86_64 syscall numbers below this */
#define TROWEL_SCRATCH_SIZE 32768   /* per-CPU map value (the kernel's limit) */
#define TROWEL_HALF 16384           /* every variable offset is masked to this */
#define TROWEL_STATS_SIZE 32        /* per-CPU counters before the buffer */
#define TROWEL_REC_OFF 6            /* record start inside the buffer */
#define TROWEL_EVT_OFF 8            /* event header start inside the buffer */
#define TROWEL_LENS_OFF 34          /* length array start inside the buffer */
#define TROWEL_MAX_SNAPLEN 16000    /* I/O data bytes per event, at most */

/* sc_mode[] values: what the dispatcher does with a syscall. */
#define TROWEL_SC_OFF 0            /* not captured */
#define TROWEL_SC_ON 1             /* enter program e_<name> runs at sys_enter */
#define TROWEL_SC_DEFER 2          /* registers kept at sys_enter; the enter event
                                      is written with the exit (same record) */
#define TROWEL_SC_DEFER_GENERIC 3  /* as DEFER, as a generic syscall event */

/* Per-CPU counters at the start of each scratch value. */
struct trowel_cpu_stats {
	unsigned long long events;   /* records written to the ring buffer */
	unsigned long long drops;    /* records lost: ring buffer full */
	unsigned long long bytes;    /* record bytes written */
	unsigned long long spare;
};

#endif
