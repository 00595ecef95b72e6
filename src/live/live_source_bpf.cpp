// LiveSource over trowel.bpf.c (libbpf skeleton, BPF ring buffer).
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <set>

#include "live/bpf/live_abi.h"
#include "live/live_source.h"
#include "live/proc_scan.h"
#include "live/syscall_table.h"
#include "trowel.skel.h"

namespace trowel::live {

namespace {

constexpr const char* kBtfPath = "/sys/kernel/btf/vmlinux";
constexpr size_t kBatchBytes = 1 << 20;
constexpr size_t kMaxRecord = TROWEL_SCRATCH_SIZE + 8;

// libbpf's warnings of the load in progress (the verifier log of a refused
// program among them); collected instead of printed.
std::string* g_libbpf_log = nullptr;

int libbpf_print(enum libbpf_print_level level, const char* fmt, va_list ap) {
  if (level == LIBBPF_DEBUG || !g_libbpf_log) return 0;
  char buf[2048];
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  if (g_libbpf_log->size() < (1 << 20)) g_libbpf_log->append(buf);
  return 0;
}

// "prog 'x_openat2': BPF program load failed: ..." -> "x_openat2".
std::string failed_program(const std::string& log) {
  size_t at = 0;
  while ((at = log.find("prog '", at)) != std::string::npos) {
    size_t end = log.find('\'', at + 6);
    if (end == std::string::npos) break;
    size_t eol = log.find('\n', end);
    std::string line = log.substr(at, eol == std::string::npos ? std::string::npos : eol - at);
    if (line.find("failed") != std::string::npos) return log.substr(at + 6, end - at - 6);
    at = end;
  }
  return {};
}

// The last non-empty verifier line before the end of the log: usually the
// reason ("R1 invalid mem access", "unknown func ...").
std::string last_reason(const std::string& log) {
  std::string best;
  size_t pos = 0;
  while (pos < log.size()) {
    size_t eol = log.find('\n', pos);
    if (eol == std::string::npos) eol = log.size();
    std::string line = log.substr(pos, eol - pos);
    if (!line.empty() && line.find("-- END") == std::string::npos &&
        line.find("processed ") != 0 && line.rfind("libbpf: ", 0) != 0)
      best = line;
    pos = eol + 1;
  }
  return best;
}

uint64_t round_up_pow2(uint64_t v) {
  uint64_t p = 1 << 16;
  while (p < v) p <<= 1;
  return p;
}

class BpfLiveSource final : public LiveSource {
 public:
  explicit BpfLiveSource(const LiveOptions& opt) : opt_(opt) { batch_.resize(kBatchBytes); }

  ~BpfLiveSource() override {
    if (rb_) ring_buffer__free(rb_);
    for (bpf_link* l : links_) bpf_link__destroy(l);
    if (skel_) trowel_bpf__destroy(skel_);
  }

  void start();

  const capture::SectionTables& tables() const override { return tables_; }
  const std::vector<std::string>& warnings() const override { return warnings_; }

  bool next(capture::EventView& ev, int timeout_ms) override {
    for (;;) {
      // The rest of the current record: a second event (the exit after a
      // deferred enter event) or nothing.
      if (rec_left_ > 0) {
        int n = decode(rec_, rec_left_, ev);
        if (n > 0) {
          rec_ += n;
          rec_left_ -= static_cast<uint32_t>(n);
          return true;
        }
        ++malformed_;
        rec_left_ = 0;
      }
      if (pos_ < fill_) {
        uint32_t size;
        std::memcpy(&size, batch_.data() + pos_, 4);
        rec_ = batch_.data() + pos_ + 8;
        rec_left_ = size;
        pos_ += 8 + ((size + 7u) & ~7u);
        continue;
      }
      fill_ = pos_ = 0;
      ring_buffer__consume(rb_);
      if (fill_ == 0 && timeout_ms > 0) ring_buffer__poll(rb_, timeout_ms);
      if (fill_ == 0) return false;
      timeout_ms = 0;
    }
  }

  void set_syscalls(const std::vector<std::string>& names) override { apply_mask(names); }

  void stop_capture() override {
    // The mask first, at both ends at once: detaching sys_enter before
    // sys_exit would let exit events through without their enter events.
    std::memset(skel_->bss->sc_mode, 0, TROWEL_MAX_SYSCALLS);
    for (bpf_link* l : links_) bpf_link__destroy(l);
    links_.clear();
  }

  LiveStats stats() const override {
    LiveStats s;
    s.delivered = num_;
    int ncpu = libbpf_num_possible_cpus();
    if (ncpu <= 0) return s;
    std::vector<uint8_t> vals(static_cast<size_t>(ncpu) * TROWEL_SCRATCH_SIZE);
    uint32_t key = 0;
    if (bpf_map_lookup_elem(bpf_map__fd(skel_->maps.scratch_map), &key, vals.data()) != 0) return s;
    for (int c = 0; c < ncpu; ++c) {
      trowel_cpu_stats cs;
      std::memcpy(&cs, vals.data() + static_cast<size_t>(c) * TROWEL_SCRATCH_SIZE, sizeof cs);
      s.events += cs.events;
      s.drops += cs.drops;
      s.bytes += cs.bytes;
      s.drops_per_cpu.push_back(cs.drops);
    }
    return s;
  }

 private:
  static int on_record(void* ctx, void* data, size_t size) {
    auto* self = static_cast<BpfLiveSource*>(ctx);
    uint32_t n = static_cast<uint32_t>(size);
    std::memcpy(self->batch_.data() + self->fill_, &n, 4);
    std::memcpy(self->batch_.data() + self->fill_ + 8, data, size);
    self->fill_ += 8 + ((size + 7) & ~size_t{7});
    // Stop while a largest record still fits (this one is consumed already).
    return self->batch_.size() - self->fill_ < kMaxRecord ? -ENOSPC : 0;
  }

  // Decodes the (cpuid, event) chunk at rec; returns its size, 0 if malformed.
  int decode(const uint8_t* rec, uint32_t size, capture::EventView& ev) {
    if (size < 2 + 26) return 0;
    const uint8_t* e = rec + 2;
    uint32_t len = capture::load_u32(e + 16);
    uint32_t np = capture::load_u32(e + 22);
    if (len > size - 2 || len < 26 || np > 64 || 26u + 2u * np > len) return 0;
    ev.data = e;
    ev.lens = e + 26;
    ev.values = ev.lens + 2 * np;
    ev.num = ++num_;
    ev.ts = capture::load_u64(e);
    ev.tid = static_cast<int64_t>(capture::load_u64(e + 8));
    ev.block_offset = 0;
    ev.len = len;
    ev.flags = 0;
    ev.nparams = np;
    ev.section = 0;
    ev.block_type = 0x216;
    ev.type = capture::load_u16(e + 20);
    ev.cpuid = capture::load_u16(rec);
    ev.len_width = 2;
    ev.v2 = true;
    return static_cast<int>(len + 2);
  }

  void open_and_load();
  void apply_mask(const std::vector<std::string>& names);

  LiveOptions opt_;
  trowel_bpf* skel_ = nullptr;
  ring_buffer* rb_ = nullptr;
  std::vector<bpf_link*> links_;
  std::set<std::string> disabled_;  // programs the kernel refused
  capture::SectionTables tables_;
  std::vector<std::string> warnings_;
  std::vector<uint8_t> batch_;  // records: u32 size, pad to 8, bytes, pad to 8
  size_t fill_ = 0, pos_ = 0;
  const uint8_t* rec_ = nullptr;  // unread rest of the current record
  uint32_t rec_left_ = 0;
  // Per native syscall: whether its enter / exit program is installed.
  std::vector<uint8_t> has_enter_ = std::vector<uint8_t>(TROWEL_MAX_SYSCALLS, 0);
  std::vector<uint8_t> has_exit_ = std::vector<uint8_t>(TROWEL_MAX_SYSCALLS, 0);
  uint64_t num_ = 0;
  uint64_t malformed_ = 0;
};

void BpfLiveSource::open_and_load() {
  std::string log;
  g_libbpf_log = &log;
  libbpf_set_print(libbpf_print);
  struct Restore {
    ~Restore() { g_libbpf_log = nullptr; }
  } restore;

  for (int attempt = 0; attempt < 16; ++attempt) {
    log.clear();
    skel_ = trowel_bpf__open();
    if (!skel_)
      throw LiveError(std::string("cannot open the eBPF object: ") + std::strerror(errno));
    skel_->rodata->cfg_self_tgid = static_cast<uint32_t>(::getpid());
    skel_->rodata->cfg_snaplen = opt_.snaplen > TROWEL_MAX_SNAPLEN ? TROWEL_MAX_SNAPLEN : opt_.snaplen;
    skel_->rodata->cfg_boot_to_epoch = boot_to_epoch_ns();
    uint64_t ring = round_up_pow2(opt_.buffer_bytes);
    skel_->rodata->cfg_wakeup_bytes = ring / 8;
    for (int nr = 0; nr < kNativeSyscallCount; ++nr)
      const_cast<uint16_t&>(skel_->rodata->sc_ppm[nr]) = ppm_sc_code(nr);
    bpf_map__set_max_entries(skel_->maps.events, static_cast<uint32_t>(ring));
    bpf_program* prog;
    bpf_object__for_each_program(prog, skel_->obj) {
      std::string name = bpf_program__name(prog);
      if (name.rfind("e_", 0) == 0 || name.rfind("x_", 0) == 0) bpf_program__set_autoattach(prog, false);
      if (disabled_.count(name) || (name == "sched_exit" && !opt_.procexit))
        bpf_program__set_autoload(prog, false);
    }
    int err = trowel_bpf__load(skel_);
    if (err == 0) return;
    trowel_bpf__destroy(skel_);
    skel_ = nullptr;
    if (err == -EPERM || errno == EPERM)
      throw LiveError("permission denied loading the eBPF programs: live capture needs root "
                      "(CAP_BPF, CAP_PERFMON and CAP_SYS_RESOURCE)");
    std::string bad = failed_program(log);
    std::string why = last_reason(log);
    if (bad.empty())
      throw LiveError("loading the eBPF programs failed: " + std::string(std::strerror(-err)) +
                      (why.empty() ? "" : " (" + why + ")"));
    bool optional = bad.rfind("e_", 0) == 0 || bad.rfind("x_", 0) == 0 || bad == "sched_exit";
    if (!optional || disabled_.count(bad))
      throw LiveError("the kernel refused eBPF program '" + bad + "': " + why);
    if (bad == "sched_exit") {
      disabled_.insert(bad);
      warnings_.push_back("the kernel refused eBPF program 'sched_exit' (" + why +
                          "): no procexit events");
    } else {
      std::string suffix = bad.substr(2);
      disabled_.insert("e_" + suffix);
      disabled_.insert("x_" + suffix);
      warnings_.push_back("the kernel refused eBPF program '" + bad + "' (" + why + "): " + suffix +
                          " is captured as a generic syscall event");
    }
  }
  throw LiveError("loading the eBPF programs failed: too many refused programs");
}

void BpfLiveSource::apply_mask(const std::vector<std::string>& names) {
  std::vector<uint8_t> on(TROWEL_MAX_SYSCALLS, 0);
  std::set<int> dedicated;
  for (const DedicatedSyscall& d : dedicated_syscalls()) dedicated.insert(d.nr);
  auto capturable = [&](int nr) { return ppm_sc_code(nr) != 0 || dedicated.count(nr); };
  auto mode = [&](int nr) -> uint8_t {
    if (!capturable(nr)) return TROWEL_SC_OFF;
    if (has_enter_[nr]) return TROWEL_SC_ON;
    return has_exit_[nr] ? TROWEL_SC_DEFER : TROWEL_SC_DEFER_GENERIC;
  };
  if (names.empty()) {
    for (int nr = 0; nr < kNativeSyscallCount; ++nr) on[nr] = mode(nr);
  } else {
    for (const std::string& n : names) {
      int nr = native_syscall_number(n);
      if (nr < 0) throw LiveError("unknown syscall '" + n + "'");
      on[nr] = mode(nr);
    }
  }
  // The bss section is memory-mapped: the programs see the change at once.
  std::memcpy(skel_->bss->sc_mode, on.data(), TROWEL_MAX_SYSCALLS);
}

void BpfLiveSource::start() {
  struct stat sb;
  if (::stat(kBtfPath, &sb) != 0)
    throw LiveError(std::string("no kernel BTF at ") + kBtfPath +
                    ": live capture needs a kernel built with CONFIG_DEBUG_INFO_BTF");
  open_and_load();

  int enter_fd = bpf_map__fd(skel_->maps.enter_progs);
  int exit_fd = bpf_map__fd(skel_->maps.exit_progs);
  // Syscalls without an enter program have their enter event deferred to
  // the exit (register-only parameters, built in build_pending_enter()).
  auto install = [&](int map_fd, const std::string& name, int nr) -> bool {
    if (disabled_.count(name)) return false;
    bpf_program* p = bpf_object__find_program_by_name(skel_->obj, name.c_str());
    if (!p || bpf_program__fd(p) < 0) return false;
    uint32_t key = static_cast<uint32_t>(nr);
    int fd = bpf_program__fd(p);
    if (bpf_map_update_elem(map_fd, &key, &fd, BPF_ANY) != 0)
      throw LiveError("cannot install eBPF program '" + name + "': " + std::strerror(errno));
    return true;
  };
  for (const DedicatedSyscall& d : dedicated_syscalls()) {
    bool x = install(exit_fd, std::string("x_") + d.prog, d.nr);
    bool e = x && install(enter_fd, std::string("e_") + d.prog, d.nr);
    has_exit_[d.nr] = x;
    has_enter_[d.nr] = e;
  }
  apply_mask(opt_.syscalls);

  // Attach the dispatchers (and procexit) one by one to name a failure.
  bpf_program* progs[] = {skel_->progs.sched_switch, skel_->progs.sys_enter, skel_->progs.sys_exit,
                          skel_->progs.sched_exit};
  for (bpf_program* p : progs) {
    if (!bpf_program__autoload(p)) continue;
    bpf_link* l = bpf_program__attach(p);
    if (!l) {
      int e = errno;
      std::string name = bpf_program__name(p);
      if (name == "sched_exit") {
        warnings_.push_back("cannot attach eBPF program 'sched_exit' (" + std::string(std::strerror(e)) +
                            "): no procexit events");
        continue;
      }
      throw LiveError("cannot attach eBPF program '" + name + "': " + std::strerror(e) +
                      (e == EPERM ? " (live capture needs root)" : ""));
    }
    links_.push_back(l);
  }

  rb_ = ring_buffer__new(bpf_map__fd(skel_->maps.events), on_record, this, nullptr);
  if (!rb_) throw LiveError(std::string("cannot open the BPF ring buffer: ") + std::strerror(errno));

  // The snapshot follows the attach, so nothing between the two is missed
  // (events of that interval may repeat what the snapshot shows).
  ProcScanOptions po;
  po.fds = opt_.scan_fds;
  tables_ = scan_machine(po);
}

}  // namespace

bool LiveSource::built(std::string* why) {
  (void)why;
  return true;
}

std::unique_ptr<LiveSource> LiveSource::open(const LiveOptions& opt) {
  auto src = std::make_unique<BpfLiveSource>(opt);
  src->start();
  return src;
}

}  // namespace trowel::live
