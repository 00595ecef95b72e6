// SPDX-License-Identifier: GPL-2.0
/* trowel's live capture: CO-RE eBPF programs on raw syscall enter/exit
 * (tp_btf) and sched_process_exit that write scap events (2022 numbering,
 * the parameter lists sysdig 0.29.3 reads) into one BPF ring buffer.
 *
 * Hot path: the dispatchers (sys_enter/sys_exit) look the syscall up in
 * sc_mode[], drop our own process, and tail-call the syscall's program from
 * enter_progs/exit_progs; a syscall without one becomes a generic event.
 * Every event is assembled in a per-CPU scratch value (no stack copies) and
 * copied into the ring with one bpf_ringbuf_output(); the consumer is woken
 * only when wakeup_bytes are waiting, so a busy system costs no wakeups.
 *
 * Verifier invariant: every write lands at (offset & (TROWEL_HALF-1)) plus
 * at most TROWEL_HALF-32 bytes, which stays inside the scratch buffer; real
 * events are far below TROWEL_HALF, so the mask never changes an offset. */
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "live_abi.h"

char LICENSE[] SEC("license") = "GPL";

#define HMASK (TROWEL_HALF - 1)
#define STR_MAX 4096
#define ARGS_MAX 4096

/* Set by the loader before the programs are loaded. */
const volatile __u32 cfg_self_tgid = 0;
const volatile __u32 cfg_snaplen = 80;
const volatile __u64 cfg_boot_to_epoch = 0;
const volatile __u64 cfg_wakeup_bytes = 1 << 20;
const volatile __u16 sc_ppm[TROWEL_MAX_SYSCALLS];

/* The event-type mask; the loader may change it while running. */
__u8 sc_mode[TROWEL_MAX_SYSCALLS];

/* The enter event of a syscall whose enter parameters are registers only,
 * kept on its CPU until the exit: then enter and exit leave in one record.
 * Invariant: tid != 0 only while that thread runs on this CPU between its
 * sys_enter and sys_exit; sched_switch and process exit write it out before
 * the thread leaves the CPU, so events of a thread never change order. */
struct pending {
	__u64 ts;
	__u64 args[4];
	__u32 tid;
	__u32 id;
};

struct scratch {
	struct trowel_cpu_stats stats;
	struct pending pend;
	__u8 buf[TROWEL_SCRATCH_SIZE - TROWEL_STATS_SIZE - sizeof(struct pending)];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 16 << 20); /* resized by the loader */
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, TROWEL_MAX_SYSCALLS);
	__type(key, __u32);
	__type(value, __u32);
} enter_progs SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, TROWEL_MAX_SYSCALLS);
	__type(key, __u32);
	__type(value, __u32);
} exit_progs SEC(".maps");

/* ------------------------------------------------------------------ */
/* Event assembly                                                      */

/* One event under construction in s->buf: cpuid at base, the 26-byte
 * header at base+2, the length array at base+28, values from there on. A
 * record holds one event, or a deferred enter event and its exit. */
struct ev {
	struct scratch *s;
	__u32 base; /* offset of the cpuid field */
	__u32 off;  /* next value offset */
};

static __always_inline struct scratch *scratch(void)
{
	__u32 zero = 0;
	return bpf_map_lookup_elem(&scratch_map, &zero);
}

static __always_inline __u64 now_ns(void) { return bpf_ktime_get_boot_ns() + cfg_boot_to_epoch; }

static __always_inline void ev_init(struct ev *e, struct scratch *s, __u32 base, __u16 type,
				    __u32 nparams, __u64 ts, __u32 tid)
{
	base &= HMASK;
	e->s = s;
	e->base = base;
	__u8 *h = s->buf + base;
	*(__u16 *)h = (__u16)bpf_get_smp_processor_id();
	*(__u64 *)(h + 2) = ts;
	*(__u64 *)(h + 10) = tid;
	*(__u16 *)(h + 22) = type;
	*(__u16 *)(h + 24) = (__u16)nparams;
	*(__u16 *)(h + 26) = 0;
	e->off = base + 28 + 2 * nparams;
}

static __always_inline void set_len(struct ev *e, __u32 i, __u32 n)
{
	*(__u16 *)(e->s->buf + ((e->base + 28 + 2 * i) & HMASK)) = (__u16)n;
}

/* Patches the event length; returns the end offset (the next event's base). */
static __always_inline __u32 ev_end(struct ev *e)
{
	__u32 end = e->off & HMASK;
	*(__u32 *)(e->s->buf + ((e->base + 18) & HMASK)) = end - e->base - 2;
	return end;
}

#define DEFINE_PUT(name, T)                                                \
	static __always_inline void name(struct ev *e, __u32 i, T v)         \
	{                                                                  \
		__u32 o = e->off & HMASK;                                      \
		*(T *)(e->s->buf + o) = v;                                     \
		set_len(e, i, sizeof(T));                                      \
		e->off = o + sizeof(T);                                        \
	}
DEFINE_PUT(put_u8, __u8)
DEFINE_PUT(put_u16, __u16)
DEFINE_PUT(put_u32, __u32)
DEFINE_PUT(put_u64, __u64)

static __always_inline void put_s64(struct ev *e, __u32 i, __s64 v) { put_u64(e, i, (__u64)v); }

static __always_inline void put_empty(struct ev *e, __u32 i) { set_len(e, i, 0); }

/* A CHARBUF "" (the NUL only). */
static __always_inline void put_empty_str(struct ev *e, __u32 i) { put_u8(e, i, 0); }

/* NUL-terminated user string, at most STR_MAX bytes with the NUL. */
static __always_inline void put_user_str(struct ev *e, __u32 i, const void *p)
{
	__u32 o = e->off & HMASK;
	long n = 0;
	if (p)
		n = bpf_probe_read_user_str(e->s->buf + o, STR_MAX, p);
	if (n <= 0) {
		e->s->buf[o] = 0;
		n = 1;
	}
	set_len(e, i, n);
	e->off = o + (n & (STR_MAX * 2 - 1));
}

static __always_inline void put_kernel_str(struct ev *e, __u32 i, const void *p, __u32 max)
{
	__u32 o = e->off & HMASK;
	long n = 0;
	if (p)
		n = bpf_probe_read_kernel_str(e->s->buf + o, max & (STR_MAX - 1), p);
	if (n <= 0) {
		e->s->buf[o] = 0;
		n = 1;
	}
	set_len(e, i, n);
	e->off = o + (n & (STR_MAX * 2 - 1));
}

/* Raw user bytes, at most the snap length. */
static __always_inline void put_user_buf(struct ev *e, __u32 i, const void *p, __u64 len)
{
	__u32 o = e->off & HMASK;
	__u32 n = len < cfg_snaplen ? (__u32)len : cfg_snaplen;
	if (n > TROWEL_MAX_SNAPLEN)
		n = TROWEL_MAX_SNAPLEN;
	if (!p || n == 0 || bpf_probe_read_user(e->s->buf + o, n, p) != 0)
		n = 0;
	set_len(e, i, n);
	e->off = o + n;
}

/* The data of an iovec array, at most the snap length in total. */
static __always_inline void put_iovec_data(struct ev *e, __u32 i, const struct iovec *iov,
					   __u64 iovcnt, __u64 total)
{
	__u32 o = e->off & HMASK;
	__u32 want = total < cfg_snaplen ? (__u32)total : cfg_snaplen;
	__u32 got = 0;
	if (want > TROWEL_MAX_SNAPLEN)
		want = TROWEL_MAX_SNAPLEN;
	for (int k = 0; k < 8; k++) {
		if (k >= iovcnt || got >= want)
			break;
		struct iovec v;
		if (bpf_probe_read_user(&v, sizeof v, &iov[k]) != 0)
			break;
		__u32 n = want - got;
		if (v.iov_len < n)
			n = v.iov_len;
		n &= (TROWEL_MAX_SNAPLEN * 2 - 1);
		if (n > TROWEL_MAX_SNAPLEN)
			break;
		__u32 at = (o + got) & HMASK;
		if (n && bpf_probe_read_user(e->s->buf + at, n, v.iov_base) != 0)
			break;
		got += n;
	}
	got &= HMASK;
	set_len(e, i, got);
	e->off = o + got;
}

static __always_inline __u64 iovec_total(const struct iovec *iov, __u64 iovcnt)
{
	__u64 total = 0;
	for (int k = 0; k < 32; k++) {
		if (k >= iovcnt)
			break;
		struct iovec v;
		if (bpf_probe_read_user(&v, sizeof v, &iov[k]) != 0)
			break;
		total += v.iov_len;
	}
	return total;
}

/* Copies s->buf[TROWEL_REC_OFF .. end) into the ring buffer. */
static __always_inline void output(struct scratch *s, __u32 end)
{
	if (end < TROWEL_LENS_OFF || end > sizeof(s->buf) - 8)
		return;
	/* Wake the consumer only when enough is waiting, checked every 128
	 * events of this CPU; the consumer also polls on a timer. */
	__u64 flags = BPF_RB_NO_WAKEUP;
	if ((s->stats.events & 127) == 0 &&
	    bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA) >= cfg_wakeup_bytes)
		flags = BPF_RB_FORCE_WAKEUP;
	__u32 size = end - TROWEL_REC_OFF;
	if (bpf_ringbuf_output(&events, s->buf + TROWEL_REC_OFF, size, flags) == 0) {
		s->stats.events++;
		s->stats.bytes += size;
	} else {
		s->stats.drops++;
	}
}

static __always_inline void ev_submit(struct ev *e) { output(e->s, ev_end(e)); }

/* ------------------------------------------------------------------ */
/* Kernel state                                                        */

#define S_IFMT_ 00170000
#define S_IFSOCK_ 0140000
#define AF_UNIX_ 1
#define AF_INET_ 2
#define AF_INET6_ 10

static __always_inline struct file *fd_file(long fd)
{
	if (fd < 0)
		return NULL;
	struct task_struct *t = bpf_get_current_task_btf();
	struct fdtable *fdt = BPF_CORE_READ(t, files, fdt);
	if (!fdt)
		return NULL;
	unsigned int max = BPF_CORE_READ(fdt, max_fds);
	if ((unsigned long)fd >= max)
		return NULL;
	struct file **arr = BPF_CORE_READ(fdt, fd);
	struct file *f = NULL;
	bpf_probe_read_kernel(&f, sizeof f, &arr[fd]);
	return f;
}

static __always_inline struct sock *file_sock(struct file *f)
{
	if (!f)
		return NULL;
	umode_t mode = BPF_CORE_READ(f, f_inode, i_mode);
	if ((mode & S_IFMT_) != S_IFSOCK_)
		return NULL;
	struct socket *sock = BPF_CORE_READ(f, private_data);
	return BPF_CORE_READ(sock, sk);
}

static __always_inline __u64 file_ino(struct file *f)
{
	return f ? BPF_CORE_READ(f, f_inode, i_ino) : 0;
}

/* The device of a file in the kernel's old encoding (new_encode_dev). */
static __always_inline __u32 file_dev(struct file *f)
{
	if (!f)
		return 0;
	__u32 dev = BPF_CORE_READ(f, f_inode, i_sb, s_dev);
	__u32 major = dev >> 20, minor = dev & 0xfffff;
	return (minor & 0xff) | (major << 8) | ((minor & ~0xffu) << 12);
}

/* Kernel open flags -> PPM_O_* (scap-format.md §9.2). */
static __always_inline __u32 open_flags(__u64 f)
{
	__u32 r = 0;
	switch (f & 3) {
	case 0: r |= 1; break;
	case 1: r |= 2; break;
	case 2: r |= 3; break;
	}
	if (f & 0100) r |= 1 << 2;        /* O_CREAT */
	if (f & 02000) r |= 1 << 3;       /* O_APPEND */
	if (f & 010000) r |= 1 << 4;      /* O_DSYNC */
	if (f & 0200) r |= 1 << 5;        /* O_EXCL */
	if (f & 04000) r |= 1 << 6;       /* O_NONBLOCK */
	if (f & 04000000) r |= 1 << 7;    /* __O_SYNC */
	if (f & 01000) r |= 1 << 8;       /* O_TRUNC */
	if (f & 040000) r |= 1 << 9;      /* O_DIRECT */
	if (f & 0200000) r |= 1 << 10;    /* O_DIRECTORY */
	if (f & 0100000) r |= 1 << 11;    /* O_LARGEFILE */
	if (f & 02000000) r |= 1 << 12;   /* O_CLOEXEC */
	if (f & 020000000) r |= 1 << 13;  /* __O_TMPFILE */
	return r;
}

/* Kernel clone flags -> PPM_CL_* (scap-format.md §6.3). */
static __always_inline __u32 clone_flags(__u64 f)
{
	__u32 r = 0;
	if (f & 0x400) r |= 0x1;              /* CLONE_FILES */
	if (f & 0x200) r |= 0x2;              /* CLONE_FS */
	if (f & 0x80000000ull) r |= 0x4;      /* CLONE_IO */
	if (f & 0x08000000) r |= 0x8;         /* CLONE_NEWIPC */
	if (f & 0x40000000) r |= 0x10;        /* CLONE_NEWNET */
	if (f & 0x20000) r |= 0x20;           /* CLONE_NEWNS */
	if (f & 0x20000000) r |= 0x40;        /* CLONE_NEWPID */
	if (f & 0x04000000) r |= 0x80;        /* CLONE_NEWUTS */
	if (f & 0x8000) r |= 0x100;           /* CLONE_PARENT */
	if (f & 0x100000) r |= 0x200;         /* CLONE_PARENT_SETTID */
	if (f & 0x2000) r |= 0x400;           /* CLONE_PTRACE */
	if (f & 0x800) r |= 0x800;            /* CLONE_SIGHAND */
	if (f & 0x40000) r |= 0x1000;         /* CLONE_SYSVSEM */
	if (f & 0x10000) r |= 0x2000;         /* CLONE_THREAD */
	if (f & 0x800000) r |= 0x4000;        /* CLONE_UNTRACED */
	if (f & 0x100) r |= 0x8000;           /* CLONE_VM */
	if (f & 0x10000000) r |= 0x100000;    /* CLONE_NEWUSER */
	if (f & 0x200000) r |= 0x800000;      /* CLONE_CHILD_CLEARTID */
	if (f & 0x01000000) r |= 0x1000000;   /* CLONE_CHILD_SETTID */
	if (f & 0x80000) r |= 0x2000000;      /* CLONE_SETTLS */
	if (f & 0x4000) r |= 0x8000000;       /* CLONE_VFORK */
	if (f & 0x02000000) r |= 0x10000000;  /* CLONE_NEWCGROUP */
	return r;
}

/* fcntl command -> PPM_FCNTL_*. */
static __always_inline __u8 fcntl_cmd(__u64 c)
{
	switch (c) {
	case 0: return 1;     /* F_DUPFD */
	case 1: return 2;     /* F_GETFD */
	case 2: return 3;     /* F_SETFD */
	case 3: return 4;     /* F_GETFL */
	case 4: return 5;     /* F_SETFL */
	case 5: return 6;     /* F_GETLK */
	case 6: return 8;     /* F_SETLK */
	case 7: return 9;     /* F_SETLKW */
	case 8: return 10;    /* F_SETOWN */
	case 9: return 12;    /* F_GETOWN */
	case 10: return 13;   /* F_SETSIG */
	case 11: return 15;   /* F_GETSIG */
	case 15: return 21;   /* F_SETOWN_EX */
	case 16: return 22;   /* F_GETOWN_EX */
	case 36: return 30;   /* F_OFD_GETLK */
	case 37: return 31;   /* F_OFD_SETLK */
	case 38: return 32;   /* F_OFD_SETLKW */
	case 1024: return 23; /* F_SETLEASE */
	case 1025: return 24; /* F_GETLEASE */
	case 1026: return 27; /* F_NOTIFY */
	case 1029: return 25; /* F_CANCELLK */
	case 1030: return 26; /* F_DUPFD_CLOEXEC */
	case 1031: return 28; /* F_SETPIPE_SZ */
	case 1032: return 29; /* F_GETPIPE_SZ */
	}
	return 0;
}

/* A socket tuple (SOCKTUPLE): local -> remote, or remote -> local when
 * inbound. uaddr (user sockaddr, may be 0) supplies the remote end of an
 * unconnected datagram socket. */
static __always_inline void put_tuple(struct ev *e, __u32 i, struct sock *sk, int inbound,
				      const void *uaddr)
{
	__u32 o = e->off & HMASK;
	__u8 *b = e->s->buf + o;
	if (!sk) {
		put_empty(e, i);
		return;
	}
	__u16 fam = BPF_CORE_READ(sk, __sk_common.skc_family);
	if (fam == AF_INET_) {
		__u32 la = BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr);
		__u32 ra = BPF_CORE_READ(sk, __sk_common.skc_daddr);
		__u16 lp = BPF_CORE_READ(sk, __sk_common.skc_num);
		__u16 rp = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
		if (ra == 0 && uaddr) {
			struct sockaddr_in sa = {};
			if (bpf_probe_read_user(&sa, sizeof sa, uaddr) == 0 && sa.sin_family == AF_INET_) {
				ra = sa.sin_addr.s_addr;
				rp = bpf_ntohs(sa.sin_port);
			}
		}
		b[0] = AF_INET_;
		*(__u32 *)(b + 1) = inbound ? ra : la;
		*(__u16 *)(b + 5) = inbound ? rp : lp;
		*(__u32 *)(b + 7) = inbound ? la : ra;
		*(__u16 *)(b + 11) = inbound ? lp : rp;
		set_len(e, i, 13);
		e->off = o + 13;
	} else if (fam == AF_INET6_) {
		struct in6_addr la = BPF_CORE_READ(sk, __sk_common.skc_v6_rcv_saddr);
		struct in6_addr ra = BPF_CORE_READ(sk, __sk_common.skc_v6_daddr);
		__u16 lp = BPF_CORE_READ(sk, __sk_common.skc_num);
		__u16 rp = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
		b[0] = AF_INET6_;
		__builtin_memcpy(b + 1, inbound ? &ra : &la, 16);
		*(__u16 *)(b + 17) = inbound ? rp : lp;
		__builtin_memcpy(b + 19, inbound ? &la : &ra, 16);
		*(__u16 *)(b + 35) = inbound ? lp : rp;
		set_len(e, i, 37);
		e->off = o + 37;
	} else if (fam == AF_UNIX_) {
		struct unix_sock *us = (struct unix_sock *)sk;
		struct sock *peer = BPF_CORE_READ(us, peer);
		__u64 src = (__u64)sk, dst = (__u64)peer;
		b[0] = AF_UNIX_;
		*(__u64 *)(b + 1) = inbound ? dst : src;
		*(__u64 *)(b + 9) = inbound ? src : dst;
		struct unix_address *ua = NULL;
		if (peer)
			ua = BPF_CORE_READ((struct unix_sock *)peer, addr);
		if (!ua)
			ua = BPF_CORE_READ(us, addr);
		long n = 0;
		if (ua) {
			char *path = (char *)&ua->name[0].sun_path;
			char first = 0;
			bpf_probe_read_kernel(&first, 1, path);
			n = bpf_probe_read_kernel_str(b + 17, 108, first ? path : path + 1);
		}
		if (n <= 0) {
			b[17] = 0;
			n = 1;
		}
		n &= 127;
		set_len(e, i, 17 + n);
		e->off = o + 17 + n;
	} else {
		b[0] = (__u8)fam;
		set_len(e, i, 1);
		e->off = o + 1;
	}
}

/* A SOCKADDR from user memory. */
static __always_inline void put_user_sockaddr(struct ev *e, __u32 i, const void *uaddr, __u64 ulen)
{
	__u32 o = e->off & HMASK;
	__u8 *b = e->s->buf + o;
	__u16 fam = 0;
	if (!uaddr || ulen < 2 || bpf_probe_read_user(&fam, 2, uaddr) != 0) {
		put_empty(e, i);
		return;
	}
	if (fam == AF_INET_) {
		struct sockaddr_in sa = {};
		bpf_probe_read_user(&sa, sizeof sa, uaddr);
		b[0] = AF_INET_;
		*(__u32 *)(b + 1) = sa.sin_addr.s_addr;
		*(__u16 *)(b + 5) = bpf_ntohs(sa.sin_port);
		set_len(e, i, 7);
		e->off = o + 7;
	} else if (fam == AF_INET6_) {
		struct sockaddr_in6 sa = {};
		bpf_probe_read_user(&sa, sizeof sa, uaddr);
		b[0] = AF_INET6_;
		__builtin_memcpy(b + 1, &sa.sin6_addr, 16);
		*(__u16 *)(b + 17) = bpf_ntohs(sa.sin6_port);
		set_len(e, i, 19);
		e->off = o + 19;
	} else if (fam == AF_UNIX_) {
		const char *path = (const char *)uaddr + 2;
		char first = 0;
		bpf_probe_read_user(&first, 1, path);
		b[0] = AF_UNIX_;
		long n = bpf_probe_read_user_str(b + 1, 108, first ? path : path + 1);
		if (n <= 0) {
			b[1] = 0;
			n = 1;
		}
		n &= 127;
		set_len(e, i, 1 + n);
		e->off = o + 1 + n;
	} else {
		b[0] = (__u8)fam;
		set_len(e, i, 1);
		e->off = o + 1;
	}
}

/* ------------------------------------------------------------------ */
/* Deferred enter events                                               */

/* Writes the enter event of s->pend at base; returns its end. The enter
 * parameters of these syscalls are registers only. */
static __noinline __u32 build_pending_enter(struct scratch *s, __u32 base)
{
	struct ev e;
	__u32 id = s->pend.id & (TROWEL_MAX_SYSCALLS - 1);
	__u64 a0 = s->pend.args[0], a1 = s->pend.args[1], a2 = s->pend.args[2], a3 = s->pend.args[3];
	__u64 ts = s->pend.ts;
	__u32 tid = s->pend.tid;
	if (sc_mode[id] == TROWEL_SC_DEFER_GENERIC)
		id = TROWEL_MAX_SYSCALLS - 1; /* no number below: the generic case */
	switch (id) {
	case 0:   /* read */
	case 1:   /* write */
		ev_init(&e, s, base, id == 0 ? 6 : 8, 2, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		put_u32(&e, 1, (__u32)a2);
		break;
	case 17:  /* pread64 */
	case 18:  /* pwrite64 */
		ev_init(&e, s, base, id == 17 ? 112 : 114, 3, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		put_u32(&e, 1, (__u32)a2);
		put_u64(&e, 2, a3);
		break;
	case 3:   /* close */
		ev_init(&e, s, base, 4, 1, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		break;
	case 19:  /* readv */
		ev_init(&e, s, base, 116, 1, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		break;
	case 295: /* preadv */
		ev_init(&e, s, base, 120, 2, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		put_u64(&e, 1, a3);
		break;
	case 41:  /* socket */
	case 53:  /* socketpair */
		ev_init(&e, s, base, id == 41 ? 18 : 42, 3, ts, tid);
		put_u32(&e, 0, (__u32)a0);
		put_u32(&e, 1, (__u32)a1);
		put_u32(&e, 2, (__u32)a2);
		break;
	case 49:  /* bind */
		ev_init(&e, s, base, 20, 1, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		break;
	case 50:  /* listen */
		ev_init(&e, s, base, 24, 2, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		put_u32(&e, 1, (__u32)a1);
		break;
	case 43:  /* accept */
		ev_init(&e, s, base, 246, 0, ts, tid);
		break;
	case 288: /* accept4 */
		ev_init(&e, s, base, 248, 1, ts, tid);
		put_u32(&e, 0, (__u32)a3);
		break;
	case 48:  /* shutdown */
		ev_init(&e, s, base, 36, 2, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		put_u8(&e, 1, (__u8)a1);
		break;
	case 45:  /* recvfrom */
		ev_init(&e, s, base, 34, 2, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		put_u32(&e, 1, (__u32)a2);
		break;
	case 47:  /* recvmsg */
		ev_init(&e, s, base, 52, 1, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		break;
	case 32:  /* dup */
	case 33:  /* dup2 */
	case 292: /* dup3 */
		ev_init(&e, s, base, 124, 1, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		break;
	case 72:  /* fcntl */
		ev_init(&e, s, base, 150, 2, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		put_u8(&e, 1, fcntl_cmd(a1));
		break;
	case 22:  /* pipe */
	case 293: /* pipe2 */
		ev_init(&e, s, base, 60, 0, ts, tid);
		break;
	case 80:  /* chdir */
		ev_init(&e, s, base, 94, 0, ts, tid);
		break;
	case 81:  /* fchdir */
		ev_init(&e, s, base, 96, 1, ts, tid);
		put_s64(&e, 0, (__s32)a0);
		break;
	default:  /* GENERIC_E: ID, nativeID */
		ev_init(&e, s, base, 0, 2, ts, tid);
		put_u16(&e, 0, sc_ppm[s->pend.id & (TROWEL_MAX_SYSCALLS - 1)]);
		put_u16(&e, 1, (__u16)s->pend.id);
		break;
	}
	return ev_end(&e);
}

/* Writes out a deferred enter event on its own, if there is one. */
static __always_inline void flush_pending(struct scratch *s)
{
	if (!s->pend.tid)
		return;
	__u32 end = build_pending_enter(s, TROWEL_REC_OFF);
	s->pend.tid = 0;
	output(s, end);
}

/* Where the exit event of (tid, id) starts: after its deferred enter event
 * (taken from the slot) or at the record start. */
static __always_inline __u32 take_pending(struct scratch *s, __u32 tid, __u32 id)
{
	if (!s->pend.tid)
		return TROWEL_REC_OFF;
	if (s->pend.tid == tid && s->pend.id == id) {
		__u32 end = build_pending_enter(s, TROWEL_REC_OFF);
		s->pend.tid = 0;
		return end;
	}
	flush_pending(s);
	return TROWEL_REC_OFF;
}

/* ------------------------------------------------------------------ */
/* Dispatchers                                                         */

/* Arguments of the syscall from the saved user registers (regs is a
 * trusted BTF pointer in tp_btf programs: plain loads, no helper calls). */
#define ARG0 (regs->di)
#define ARG1 (regs->si)
#define ARG2 (regs->dx)
#define ARG3 (regs->r10)
#define ARG4 (regs->r8)
#define ARG5 (regs->r9)

#define ENTER(name) SEC("tp_btf/sys_enter") int BPF_PROG(e_##name, struct pt_regs *regs, long id)
#define EXIT(name) SEC("tp_btf/sys_exit") int BPF_PROG(x_##name, struct pt_regs *regs, long ret)
/* Enter events and other events of their own: a stale deferred enter
 * event on this CPU goes out first. */
#define BEGIN(type, n)                                                     \
	struct ev e;                                                           \
	{                                                                      \
		struct scratch *s_ = scratch();                                    \
		if (!s_)                                                           \
			return 0;                                                      \
		flush_pending(s_);                                                 \
		ev_init(&e, s_, TROWEL_REC_OFF, type, n, now_ns(),                 \
			(__u32)bpf_get_current_pid_tgid());                            \
	}
/* Exit events: preceded in the same record by their deferred enter event. */
#define BEGIN_XI(type, n, nr)                                              \
	struct ev e;                                                           \
	{                                                                      \
		struct scratch *s_ = scratch();                                    \
		if (!s_)                                                           \
			return 0;                                                      \
		__u32 tid_ = (__u32)bpf_get_current_pid_tgid();                    \
		__u32 base_ = take_pending(s_, tid_, (__u32)(nr));                 \
		ev_init(&e, s_, base_, type, n, now_ns(), tid_);                   \
	}
#define BEGIN_X(type, n) BEGIN_XI(type, n, regs->orig_ax)
#define SUBMIT()       \
	ev_submit(&e); \
	return 0


static __always_inline int skip_self(void)
{
	return (bpf_get_current_pid_tgid() >> 32) == cfg_self_tgid;
}

/* Deferred enter events: only the registers are kept at sys_enter (a few
 * stores); the event is written with the exit, in the same record. */
SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long id)
{
	if ((unsigned long)id >= TROWEL_MAX_SYSCALLS)
		return 0;
	__u8 mode = sc_mode[id];
	if (!mode || skip_self())
		return 0;
	if (mode == TROWEL_SC_ON) {
		bpf_tail_call(ctx, &enter_progs, (__u32)id);
		return 0;
	}
	struct scratch *s = scratch();
	if (!s)
		return 0;
	flush_pending(s);
	s->pend.ts = now_ns();
	s->pend.args[0] = regs->di;
	s->pend.args[1] = regs->si;
	s->pend.args[2] = regs->dx;
	s->pend.args[3] = regs->r10;
	s->pend.id = (__u32)id;
	s->pend.tid = (__u32)bpf_get_current_pid_tgid();
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs, long ret)
{
	long id = regs->orig_ax;
	if ((unsigned long)id >= TROWEL_MAX_SYSCALLS) {
		/* rt_sigreturn restores orig_ax = -1: this thread's deferred enter
		 * event names the syscall that is returning. */
		struct scratch *s = scratch();
		if (!s || !s->pend.tid || s->pend.tid != (__u32)bpf_get_current_pid_tgid())
			return 0;
		id = s->pend.id & (TROWEL_MAX_SYSCALLS - 1);
	}
	if (!sc_mode[id] || skip_self())
		return 0;
	bpf_tail_call(ctx, &exit_progs, (__u32)id);
	BEGIN_XI(1, 1, id); /* GENERIC_X: ID */
	put_u16(&e, 0, sc_ppm[id]);
	SUBMIT();
}

/* A thread leaving the CPU takes no deferred enter event with it. */
SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	struct scratch *s = scratch();
	if (s)
		flush_pending(s);
	return 0;
}


/* ------------------------------------------------------------------ */
/* Files                                                               */

ENTER(open)
{
	BEGIN(2, 3);
	put_user_str(&e, 0, (void *)ARG0);
	put_u32(&e, 1, open_flags(ARG1));
	put_u32(&e, 2, (__u32)ARG2);
	SUBMIT();
}

EXIT(open)
{
	BEGIN_X(3, 5);
	put_s64(&e, 0, ret);
	put_user_str(&e, 1, (void *)ARG0);
	put_u32(&e, 2, open_flags(ARG1));
	put_u32(&e, 3, (__u32)ARG2);
	put_u32(&e, 4, ret >= 0 ? file_dev(fd_file(ret)) : 0);
	SUBMIT();
}

ENTER(openat)
{
	BEGIN(306, 4);
	put_s64(&e, 0, (__s32)ARG0);
	put_user_str(&e, 1, (void *)ARG1);
	put_u32(&e, 2, open_flags(ARG2));
	put_u32(&e, 3, (__u32)ARG3);
	SUBMIT();
}

EXIT(openat)
{
	BEGIN_X(307, 6);
	put_s64(&e, 0, ret);
	put_s64(&e, 1, (__s32)ARG0);
	put_user_str(&e, 2, (void *)ARG1);
	put_u32(&e, 3, open_flags(ARG2));
	put_u32(&e, 4, (__u32)ARG3);
	put_u32(&e, 5, ret >= 0 ? file_dev(fd_file(ret)) : 0);
	SUBMIT();
}

struct open_how_ {
	__u64 flags, mode, resolve;
};

/* RESOLVE_* -> PPM_RESOLVE_* (same low bits in both encodings). */
ENTER(openat2)
{
	struct open_how_ how = {};
	bpf_probe_read_user(&how, sizeof how, (void *)ARG2);
	BEGIN(326, 5);
	put_s64(&e, 0, (__s32)ARG0);
	put_user_str(&e, 1, (void *)ARG1);
	put_u32(&e, 2, open_flags(how.flags));
	put_u32(&e, 3, (__u32)how.mode);
	put_u32(&e, 4, (__u32)how.resolve & 0x3f);
	SUBMIT();
}

EXIT(openat2)
{
	struct open_how_ how = {};
	bpf_probe_read_user(&how, sizeof how, (void *)ARG2);
	BEGIN_X(327, 6);
	put_s64(&e, 0, ret);
	put_s64(&e, 1, (__s32)ARG0);
	put_user_str(&e, 2, (void *)ARG1);
	put_u32(&e, 3, open_flags(how.flags));
	put_u32(&e, 4, (__u32)how.mode);
	put_u32(&e, 5, (__u32)how.resolve & 0x3f);
	SUBMIT();
}

ENTER(creat)
{
	BEGIN(58, 2);
	put_user_str(&e, 0, (void *)ARG0);
	put_u32(&e, 1, (__u32)ARG1);
	SUBMIT();
}

EXIT(creat)
{
	BEGIN_X(59, 4);
	put_s64(&e, 0, ret);
	put_user_str(&e, 1, (void *)ARG0);
	put_u32(&e, 2, (__u32)ARG1);
	put_u32(&e, 3, ret >= 0 ? file_dev(fd_file(ret)) : 0);
	SUBMIT();
}


EXIT(close)
{
	BEGIN_X(5, 1);
	put_s64(&e, 0, ret);
	SUBMIT();
}


EXIT(chdir)
{
	BEGIN_X(95, 2);
	put_s64(&e, 0, ret);
	put_user_str(&e, 1, (void *)ARG0);
	SUBMIT();
}


EXIT(fchdir)
{
	BEGIN_X(97, 1);
	put_s64(&e, 0, ret);
	SUBMIT();
}

/* ------------------------------------------------------------------ */
/* I/O                                                                 */

/* read/write: exit res, data (the enter event is deferred). */
#define RW_EXIT(name, etype)                                      \
	EXIT(name)                                                    \
	{                                                             \
		BEGIN_X(etype, 2);                                        \
		put_s64(&e, 0, ret);                                      \
		put_user_buf(&e, 1, (void *)ARG1, ret > 0 ? ret : 0);     \
		SUBMIT();                                                 \
	}
RW_EXIT(read, 7)
RW_EXIT(write, 9)

RW_EXIT(pread64, 113)
RW_EXIT(pwrite64, 115)


EXIT(readv)
{
	const struct iovec *iov = (const struct iovec *)ARG1;
	__u64 cnt = ARG2;
	BEGIN_X(117, 3);
	put_s64(&e, 0, ret);
	put_u32(&e, 1, (__u32)iovec_total(iov, cnt));
	put_iovec_data(&e, 2, iov, cnt, ret > 0 ? ret : 0);
	SUBMIT();
}

ENTER(writev)
{
	const struct iovec *iov = (const struct iovec *)ARG1;
	__u64 cnt = ARG2;
	BEGIN(118, 2);
	put_s64(&e, 0, (__s32)ARG0);
	put_u32(&e, 1, (__u32)iovec_total(iov, cnt));
	SUBMIT();
}

EXIT(writev)
{
	BEGIN_X(119, 2);
	put_s64(&e, 0, ret);
	put_iovec_data(&e, 1, (const struct iovec *)ARG1, ARG2, ret > 0 ? ret : 0);
	SUBMIT();
}


EXIT(preadv)
{
	const struct iovec *iov = (const struct iovec *)ARG1;
	__u64 cnt = ARG2;
	BEGIN_X(121, 3);
	put_s64(&e, 0, ret);
	put_u32(&e, 1, (__u32)iovec_total(iov, cnt));
	put_iovec_data(&e, 2, iov, cnt, ret > 0 ? ret : 0);
	SUBMIT();
}

ENTER(pwritev)
{
	const struct iovec *iov = (const struct iovec *)ARG1;
	__u64 cnt = ARG2;
	BEGIN(122, 3);
	put_s64(&e, 0, (__s32)ARG0);
	put_u32(&e, 1, (__u32)iovec_total(iov, cnt));
	put_u64(&e, 2, ARG3);
	SUBMIT();
}

EXIT(pwritev)
{
	BEGIN_X(123, 2);
	put_s64(&e, 0, ret);
	put_iovec_data(&e, 1, (const struct iovec *)ARG1, ARG2, ret > 0 ? ret : 0);
	SUBMIT();
}

/* ------------------------------------------------------------------ */
/* Sockets                                                             */


EXIT(socket)
{
	BEGIN_X(19, 1);
	put_s64(&e, 0, ret);
	SUBMIT();
}


EXIT(bind)
{
	BEGIN_X(21, 2);
	put_s64(&e, 0, ret);
	put_user_sockaddr(&e, 1, (void *)ARG1, ARG2);
	SUBMIT();
}

ENTER(connect)
{
	BEGIN(22, 2);
	put_s64(&e, 0, (__s32)ARG0);
	put_user_sockaddr(&e, 1, (void *)ARG1, ARG2);
	SUBMIT();
}

EXIT(connect)
{
	struct sock *sk = file_sock(fd_file((__s32)ARG0));
	BEGIN_X(23, 2);
	put_s64(&e, 0, ret);
	if (ret == 0 || ret == -115 /* EINPROGRESS */)
		put_tuple(&e, 1, sk, 0, (void *)ARG1);
	else
		put_empty(&e, 1);
	SUBMIT();
}


EXIT(listen)
{
	BEGIN_X(25, 1);
	put_s64(&e, 0, ret);
	SUBMIT();
}

static __always_inline int accept_exit(struct pt_regs *regs, long ret, __u16 type)
{
	struct sock *lsk = file_sock(fd_file((__s32)ARG0));
	struct sock *sk = ret >= 0 ? file_sock(fd_file(ret)) : NULL;
	__u32 qlen = 0, qmax = 0;
	if (lsk) {
		qlen = BPF_CORE_READ(lsk, sk_ack_backlog);
		qmax = BPF_CORE_READ(lsk, sk_max_ack_backlog);
	}
	BEGIN_X(type, 5);
	put_s64(&e, 0, ret);
	put_tuple(&e, 1, sk, 1, NULL);
	put_u8(&e, 2, qmax ? (__u8)(qlen * 100 / qmax) : 0);
	put_u32(&e, 3, qlen);
	put_u32(&e, 4, qmax);
	SUBMIT();
}


EXIT(accept) { return accept_exit(regs, ret, 247); }


EXIT(accept4) { return accept_exit(regs, ret, 249); }


EXIT(shutdown)
{
	BEGIN_X(37, 1);
	put_s64(&e, 0, ret);
	SUBMIT();
}


EXIT(socketpair)
{
	int fds[2] = {-1, -1};
	__u64 src = 0, peer = 0;
	if (ret >= 0) {
		bpf_probe_read_user(fds, sizeof fds, (void *)ARG3);
		struct sock *sk = file_sock(fd_file(fds[0]));
		src = (__u64)sk;
		if (sk)
			peer = (__u64)BPF_CORE_READ((struct unix_sock *)sk, peer);
	}
	BEGIN_X(43, 5);
	put_s64(&e, 0, ret);
	put_s64(&e, 1, fds[0]);
	put_s64(&e, 2, fds[1]);
	put_u64(&e, 3, src);
	put_u64(&e, 4, peer);
	SUBMIT();
}

ENTER(sendto)
{
	struct sock *sk = file_sock(fd_file((__s32)ARG0));
	BEGIN(30, 3);
	put_s64(&e, 0, (__s32)ARG0);
	put_u32(&e, 1, (__u32)ARG2);
	put_tuple(&e, 2, sk, 0, (void *)ARG4);
	SUBMIT();
}

EXIT(sendto)
{
	BEGIN_X(31, 2);
	put_s64(&e, 0, ret);
	put_user_buf(&e, 1, (void *)ARG1, ret > 0 ? ret : 0);
	SUBMIT();
}


EXIT(recvfrom)
{
	struct sock *sk = ret >= 0 ? file_sock(fd_file((__s32)ARG0)) : NULL;
	BEGIN_X(35, 3);
	put_s64(&e, 0, ret);
	put_user_buf(&e, 1, (void *)ARG1, ret > 0 ? ret : 0);
	put_tuple(&e, 2, sk, 1, (void *)ARG4);
	SUBMIT();
}

ENTER(sendmsg)
{
	struct user_msghdr mh = {};
	bpf_probe_read_user(&mh, sizeof mh, (void *)ARG1);
	struct sock *sk = file_sock(fd_file((__s32)ARG0));
	BEGIN(48, 3);
	put_s64(&e, 0, (__s32)ARG0);
	put_u32(&e, 1, (__u32)iovec_total(mh.msg_iov, mh.msg_iovlen));
	put_tuple(&e, 2, sk, 0, mh.msg_name);
	SUBMIT();
}

EXIT(sendmsg)
{
	struct user_msghdr mh = {};
	bpf_probe_read_user(&mh, sizeof mh, (void *)ARG1);
	BEGIN_X(49, 2);
	put_s64(&e, 0, ret);
	put_iovec_data(&e, 1, mh.msg_iov, mh.msg_iovlen, ret > 0 ? ret : 0);
	SUBMIT();
}


EXIT(recvmsg)
{
	struct user_msghdr mh = {};
	bpf_probe_read_user(&mh, sizeof mh, (void *)ARG1);
	struct sock *sk = ret >= 0 ? file_sock(fd_file((__s32)ARG0)) : NULL;
	BEGIN_X(53, 4);
	put_s64(&e, 0, ret);
	put_u32(&e, 1, (__u32)iovec_total(mh.msg_iov, mh.msg_iovlen));
	put_iovec_data(&e, 2, mh.msg_iov, mh.msg_iovlen, ret > 0 ? ret : 0);
	put_tuple(&e, 3, sk, 1, mh.msg_name);
	SUBMIT();
}

/* ------------------------------------------------------------------ */
/* dup / fcntl / pipe                                                  */

/* dup, dup2 and dup3 all use the DUP pair in the 2022 numbering. */

EXIT(dup)
{
	BEGIN_X(125, 1);
	put_s64(&e, 0, ret);
	SUBMIT();
}


EXIT(fcntl)
{
	BEGIN_X(151, 1);
	put_s64(&e, 0, ret);
	SUBMIT();
}


EXIT(pipe)
{
	int fds[2] = {-1, -1};
	__u64 ino = 0;
	if (ret >= 0) {
		bpf_probe_read_user(fds, sizeof fds, (void *)ARG0);
		ino = file_ino(fd_file(fds[0]));
	}
	BEGIN_X(61, 4);
	put_s64(&e, 0, ret);
	put_s64(&e, 1, fds[0]);
	put_s64(&e, 2, fds[1]);
	put_u64(&e, 3, ino);
	SUBMIT();
}

/* ------------------------------------------------------------------ */
/* Processes                                                           */

static __always_inline __s64 pid_vnr(struct pid *p)
{
	if (!p)
		return 0;
	unsigned int level = BPF_CORE_READ(p, level);
	struct upid u = {};
	bpf_probe_read_kernel(&u, sizeof u, &p->numbers[level & 31]);
	return u.nr;
}

/* Memory counters of an mm in KiB: size, rss, swap. Handles both the
 * atomic_long_t array (before 6.2) and the percpu_counter array. */
static __always_inline void mm_counters(struct mm_struct *mm, __u32 *vsz, __u32 *rss, __u32 *swap)
{
	*vsz = *rss = *swap = 0;
	if (!mm)
		return;
	*vsz = (__u32)(BPF_CORE_READ(mm, total_vm) << 2);
	__u32 off = bpf_core_field_offset(struct mm_struct, rss_stat);
	__u32 size = bpf_core_field_size(struct mm_struct, rss_stat);
	__u32 step = 8, inner = 0;
	if (size != 32) { /* percpu_counter rss_stat[NR_MM_COUNTERS] */
		step = size / 4;
		inner = bpf_core_field_offset(struct percpu_counter, count);
	}
	__s64 c[4] = {};
	for (int k = 0; k < 4; k++)
		bpf_probe_read_kernel(&c[k], 8, (char *)mm + off + k * step + inner);
	/* MM_FILEPAGES, MM_ANONPAGES, MM_SWAPENTS, MM_SHMEMPAGES */
	__s64 r = c[0] + c[1] + c[3];
	*rss = r > 0 ? (__u32)(r << 2) : 0;
	*swap = c[2] > 0 ? (__u32)(c[2] << 2) : 0;
}

/* The parameters shared by clone and execve exits, up to comm (indexes
 * 1..13): exe, args, tid, pid, ptid, cwd, fdlimit, pgft_maj, pgft_min,
 * vm_size, vm_rss, vm_swap, comm. */
static __always_inline void put_proc_common(struct ev *e, struct task_struct *t)
{
	struct mm_struct *mm = BPF_CORE_READ(t, mm);
	__u64 as = 0, ae = 0;
	if (mm) {
		as = BPF_CORE_READ(mm, arg_start);
		ae = BPF_CORE_READ(mm, arg_end);
	}
	/* exe (argv[0]) then args (argv[1..], NUL-separated). */
	__u32 o = e->off & HMASK;
	long n = 0;
	if (as && ae > as)
		n = bpf_probe_read_user_str(e->s->buf + o, STR_MAX, (void *)as);
	if (n <= 0) {
		e->s->buf[o] = 0;
		n = 1;
	}
	n &= (STR_MAX * 2 - 1);
	set_len(e, 1, n);
	e->off = o + n;
	__u64 rest = (as && ae > as + n) ? ae - as - n : 0;
	if (rest > ARGS_MAX)
		rest = ARGS_MAX;
	o = e->off & HMASK;
	__u32 r = (__u32)rest & (ARGS_MAX * 2 - 1);
	if (r > ARGS_MAX)
		r = ARGS_MAX;
	if (r && bpf_probe_read_user(e->s->buf + o, r, (void *)(as + n)) != 0)
		r = 0;
	set_len(e, 2, r);
	e->off = o + r;

	put_s64(e, 3, BPF_CORE_READ(t, pid));
	put_s64(e, 4, BPF_CORE_READ(t, tgid));
	put_s64(e, 5, BPF_CORE_READ(t, real_parent, pid));
	put_empty_str(e, 6); /* cwd: kept from the parent / the /proc snapshot */
	put_s64(e, 7, (__s64)BPF_CORE_READ(t, signal, rlim[7].rlim_cur)); /* RLIMIT_NOFILE */
	put_u64(e, 8, BPF_CORE_READ(t, maj_flt));
	put_u64(e, 9, BPF_CORE_READ(t, min_flt));
	__u32 vsz, rss, swap;
	mm_counters(mm, &vsz, &rss, &swap);
	put_u32(e, 10, vsz);
	put_u32(e, 11, rss);
	put_u32(e, 12, swap);
	put_kernel_str(e, 13, &t->comm, 16);
}

static __always_inline int clone_exit(struct pt_regs *regs, long ret, __u16 type, __u32 flags)
{
	struct task_struct *t = bpf_get_current_task_btf();
	BEGIN_X(type, 20);
	put_s64(&e, 0, ret);
	put_proc_common(&e, t);
	put_empty(&e, 14); /* cgroups */
	put_u32(&e, 15, flags);
	put_u32(&e, 16, BPF_CORE_READ(t, cred, euid.val));
	put_u32(&e, 17, BPF_CORE_READ(t, cred, egid.val));
	put_s64(&e, 18, pid_vnr(BPF_CORE_READ(t, thread_pid)));
	put_s64(&e, 19, pid_vnr(BPF_CORE_READ(t, group_leader, thread_pid)));
	SUBMIT();
}

ENTER(clone)
{
	BEGIN(222, 0);
	SUBMIT();
}

EXIT(clone) { return clone_exit(regs, ret, 223, clone_flags(ARG0)); }

ENTER(fork)
{
	BEGIN(224, 0);
	SUBMIT();
}

EXIT(fork) { return clone_exit(regs, ret, 225, 0); }

ENTER(vfork)
{
	BEGIN(226, 0);
	SUBMIT();
}

EXIT(vfork) { return clone_exit(regs, ret, 227, clone_flags(0x4000 | 0x100)); }

ENTER(clone3)
{
	BEGIN(334, 0);
	SUBMIT();
}

EXIT(clone3)
{
	__u64 f = 0;
	bpf_probe_read_user(&f, sizeof f, (void *)ARG0); /* clone_args.flags */
	return clone_exit(regs, ret, 335, clone_flags(f));
}

static __always_inline int execve_exit(struct pt_regs *regs, long ret, __u16 type)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct mm_struct *mm = BPF_CORE_READ(t, mm);
	BEGIN_X(type, 20);
	put_s64(&e, 0, ret);
	put_proc_common(&e, t);
	put_empty(&e, 14); /* cgroups */
	/* env */
	__u64 es = 0, ee = 0;
	if (mm) {
		es = BPF_CORE_READ(mm, env_start);
		ee = BPF_CORE_READ(mm, env_end);
	}
	__u32 o = e.off & HMASK;
	__u64 len = ee > es ? ee - es : 0;
	__u32 n = len > ARGS_MAX ? ARGS_MAX : (__u32)len;
	if (n && bpf_probe_read_user(e.s->buf + o, n, (void *)es) != 0)
		n = 0;
	set_len(&e, 15, n);
	e.off = o + n;
	put_u32(&e, 16, 0); /* tty */
	put_s64(&e, 17, pid_vnr(BPF_CORE_READ(t, signal, pids[PIDTYPE_PGID])));
	__u32 loginuid = 0xffffffff;
	if (bpf_core_field_exists(t->loginuid))
		loginuid = BPF_CORE_READ(t, loginuid.val);
	put_u32(&e, 18, loginuid);
	put_u32(&e, 19, 0); /* flags */
	SUBMIT();
}

ENTER(execve)
{
	BEGIN(292, 1);
	put_user_str(&e, 0, (void *)ARG0);
	SUBMIT();
}

EXIT(execve) { return execve_exit(regs, ret, 293); }

ENTER(execveat)
{
	BEGIN(330, 3);
	put_s64(&e, 0, (__s32)ARG0);
	put_user_str(&e, 1, (void *)ARG1);
	put_u32(&e, 2, (__u32)ARG4);
	SUBMIT();
}

EXIT(execveat) { return execve_exit(regs, ret, 331); }

/* procexit (PROCEXIT_1_E): status, ret, sig, core. */
SEC("tp_btf/sched_process_exit")
int BPF_PROG(sched_exit, struct task_struct *p)
{
	if (skip_self())
		return 0;
	int code = BPF_CORE_READ(p, exit_code);
	BEGIN(186, 4);
	put_s64(&e, 0, code);
	put_s64(&e, 1, code >> 8);
	put_u8(&e, 2, code & 0x7f);
	put_u8(&e, 3, (code & 0x80) ? 1 : 0);
	SUBMIT();
}
