#include "capture/mapped_file.h"

#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>

namespace trowel::capture {
namespace {

// The SIGBUS registry: a fixed set of slots the handler reads without locks.
// A slot is live while `end` != 0; begin/end are set before end becomes
// non-zero and cleared (end first) before the mapping goes away.
struct Slot {
  std::atomic<uintptr_t> begin{0}, end{0};
  std::atomic<uint64_t> fault{UINT64_MAX};
};
constexpr int kSlots = 16;
Slot g_slots[kSlots];
std::mutex g_slots_mutex;  // serialises claiming and freeing slots
struct sigaction g_previous;
std::once_flag g_handler_once;

uintptr_t page_size() {
  static const uintptr_t p = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  return p;
}

void on_sigbus(int sig, siginfo_t* info, void* uctx) {
  const uintptr_t addr = reinterpret_cast<uintptr_t>(info->si_addr);
  const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  for (Slot& s : g_slots) {
    uintptr_t end = s.end.load(std::memory_order_acquire);
    uintptr_t begin = s.begin.load(std::memory_order_relaxed);
    if (end == 0 || addr < begin || addr >= end) continue;
    uintptr_t from = addr & ~(page - 1);
    // Zero pages over the vanished part: the faulting read is retried and
    // sees zeros; the reader stops at `fault`.
    void* r = mmap(reinterpret_cast<void*>(from), end - from, PROT_READ,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (r == MAP_FAILED) break;
    uint64_t off = from - begin;
    uint64_t prev = s.fault.load(std::memory_order_relaxed);
    if (off < prev) s.fault.store(off, std::memory_order_release);
    return;
  }
  // Not ours: the previous disposition (by default, terminate).
  sigaction(SIGBUS, &g_previous, nullptr);
  if (g_previous.sa_flags & SA_SIGINFO) {
    if (g_previous.sa_sigaction) g_previous.sa_sigaction(sig, info, uctx);
  } else if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
    g_previous.sa_handler(sig);
  }
  // SIG_DFL: returning re-executes the access, which now terminates.
}

void install_handler() {
  struct sigaction sa{};
  sa.sa_sigaction = on_sigbus;
  sa.sa_flags = SA_SIGINFO | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGBUS, &sa, &g_previous);
}

}  // namespace

MappedFile* MappedFile::map(int fd, uint64_t size) {
  if (size < kMinSize || size > SIZE_MAX) return nullptr;
  int slot = -1;
  {
    std::lock_guard<std::mutex> lock(g_slots_mutex);
    for (int i = 0; i < kSlots; ++i)
      if (g_slots[i].end.load(std::memory_order_relaxed) == 0 &&
          g_slots[i].begin.load(std::memory_order_relaxed) == 0) {
        slot = i;
        g_slots[i].begin.store(1, std::memory_order_relaxed);  // claimed
        break;
      }
  }
  if (slot < 0) return nullptr;  // too many open mappings: read(2) instead
  std::call_once(g_handler_once, install_handler);
  void* p = mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) {
    std::lock_guard<std::mutex> lock(g_slots_mutex);
    g_slots[slot].begin.store(0, std::memory_order_relaxed);
    return nullptr;
  }
  Slot& s = g_slots[slot];
  s.fault.store(UINT64_MAX, std::memory_order_relaxed);
  s.begin.store(reinterpret_cast<uintptr_t>(p), std::memory_order_relaxed);
  s.end.store(reinterpret_cast<uintptr_t>(p) + static_cast<uintptr_t>(size), std::memory_order_release);
  return new MappedFile(fd, static_cast<const uint8_t*>(p), size, slot);
}

MappedFile::~MappedFile() {
  Slot& s = g_slots[slot_];
  s.end.store(0, std::memory_order_release);
  munmap(const_cast<uint8_t*>(data_), static_cast<size_t>(size_));
  std::lock_guard<std::mutex> lock(g_slots_mutex);
  s.begin.store(0, std::memory_order_relaxed);
}

const std::atomic<uint64_t>* MappedFile::fault() const { return &g_slots[slot_].fault; }

uint64_t MappedFile::advance(uint64_t pos) {
  struct stat st{};
  uint64_t file_size = fstat(fd_, &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
  valid_ = std::min(size_, file_size);
  uint64_t fault = g_slots[slot_].fault.load(std::memory_order_acquire);
  valid_ = std::min(valid_, fault);
  const uintptr_t page = page_size();
  auto* base = const_cast<uint8_t*>(data_);
  if (pos > kKeepBehind) {
    uint64_t drop_to = (pos - kKeepBehind) & ~static_cast<uint64_t>(page - 1);
    if (drop_to > released_) {
      madvise(base + released_, static_cast<size_t>(drop_to - released_), MADV_DONTNEED);
      released_ = drop_to;
    }
  }
  uint64_t want = std::min(valid_, pos + kReadAhead) & ~static_cast<uint64_t>(page - 1);
  uint64_t from = std::max(populated_, pos & ~static_cast<uint64_t>(page - 1));
  if (want > from) {
#ifdef MADV_POPULATE_READ
    if (madvise(base + from, static_cast<size_t>(want - from), MADV_POPULATE_READ) != 0)
#endif
      madvise(base + from, static_cast<size_t>(want - from), MADV_WILLNEED);
    populated_ = want;
  }
  return valid_;
}

}  // namespace trowel::capture
