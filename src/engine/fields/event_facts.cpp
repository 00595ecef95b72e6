#include "engine/fields/event_facts.h"

#include <charconv>
#include <cstring>

#include "capture/event_schema.h"
#include "capture/param_decode.h"
#include "engine/fd_info.h"
#include "engine/fields/field.h"
#include "engine/param_lookup.h"
#include "engine/render/errno_names.h"
#include "engine/state.h"

namespace trowel::engine::fields {

namespace cat = capture::category;

namespace {
const capture::EventInfo* display_info(uint16_t type) {
  if (type < capture::kLegacyEventTypeCount)
    if (const capture::EventInfo* l = capture::legacy_event_info(type)) return l;
  return capture::event_info(type);
}
}  // namespace

std::string_view event_type_name(const capture::EventView& ev) {
  if (ev.type <= 1 && ev.nparams > 0) {
    if (auto id = capture::decode_syscall_id(ev.param(0)))
      if (const char* n = capture::syscall_name(*id)) return n;
  }
  const capture::EventInfo* info = display_info(ev.type);
  return info ? info->name : "unknown";
}

// Filled during static initialization (the schema tables it reads are
// constant-initialized): no initialization guard on the per-event path.
uint8_t g_result_kind[capture::kEventTypeCount] = {};

namespace {
struct ResultKindsInit {
  ResultKindsInit() {
    uint8_t* kind = g_result_kind;
    for (uint32_t t = 0; t < capture::kEventTypeCount; ++t) {
      if (!(t & 1)) continue;
      const capture::EventInfo* info = capture::event_info(static_cast<uint16_t>(t));
      if (!info || info->nparams == 0) continue;
      capture::ParamType pt = info->params[0].type;
      if (pt == capture::ParamType::Errno || pt == capture::ParamType::Fd || pt == capture::ParamType::Pid)
        kind[t] = 1;
      else if (std::string_view(info->params[0].name) == "res")
        kind[t] = 2;
    }
  }
};
const ResultKindsInit g_result_kinds_init;

inline bool result_of(const capture::EventView& ev, int64_t& out) { return event_result(ev, out); }
}  // namespace

namespace {
// evt.res = literal without rendering the result: evt.res shows "SUCCESS"
// for r >= 0, errno_name(-r) when it has one, else the number. The literal
// is turned into the one condition on r that yields exactly that text.
class ResultEq final : public filter::FastStringEq {
 public:
  enum class Mode : uint8_t { Success, Equal, Never };
  ResultEq(Mode m, int64_t want) : mode_(m), want_(want) {}
  int test(const filter::EventRef& ref) override {
    int64_t r;
    if (!result_of(*ref.as<EventContext>().ev, r)) return -1;
    switch (mode_) {
      case Mode::Success: return r >= 0;
      case Mode::Equal: return r == want_;
      default: return 0;
    }
  }

 private:
  Mode mode_;
  int64_t want_;
};

std::unique_ptr<filter::FastStringEq> result_eq(std::string_view lit) {
  using Mode = ResultEq::Mode;
  if (lit == "SUCCESS") return std::make_unique<ResultEq>(Mode::Success, 0);
  // A number: only a negative result without an errno name prints as one,
  // and it prints in std::to_chars form (checked by a round trip).
  int64_t n;
  auto [p, ec] = std::from_chars(lit.data(), lit.data() + lit.size(), n);
  if (ec == std::errc() && p == lit.data() + lit.size()) {
    char b[24];
    std::string_view back(b, static_cast<size_t>(std::to_chars(b, b + sizeof b, n).ptr - b));
    if (back != lit || n >= 0 || n == INT64_MIN || render::errno_name(-n)) return std::make_unique<ResultEq>(Mode::Never, 0);
    return std::make_unique<ResultEq>(Mode::Equal, n);
  }
  // An errno name: the one errno number that prints as it (names come from
  // fixed tables well below 4096).
  int64_t found = 0;
  int count = 0;
  for (int64_t e = 1; e < 4096; ++e)
    if (const char* name = render::errno_name(e); name && lit == name) {
      found = e;
      ++count;
    }
  if (count > 1) return nullptr;  // ambiguous: let the generic check decide
  if (count == 0) return std::make_unique<ResultEq>(Mode::Never, 0);
  return std::make_unique<ResultEq>(Mode::Equal, -found);
}
}  // namespace

namespace {
// evt.type = literal (the views' evt.type!=switch) without comparing names
// per event: the answer per event type is computed once; generic syscall
// events (types 0/1, named after their syscall id) compare the name.
class TypeEq final : public filter::FastStringEq {
 public:
  explicit TypeEq(std::string_view lit) : lit_(lit) {
    for (uint32_t t = 2; t < capture::kEventTypeCount; ++t) {
      const capture::EventInfo* info = display_info(static_cast<uint16_t>(t));
      match_[t] = (info ? std::string_view(info->name) : std::string_view("unknown")) == lit_;
    }
  }
  int test(const filter::EventRef& ref) override {
    const capture::EventView& ev = *ref.as<EventContext>().ev;
    if (ev.type <= 1 || ev.type >= capture::kEventTypeCount) return event_type_name(ev) == lit_ ? 1 : 0;
    return match_[ev.type] ? 1 : 0;
  }
  int type_answer(uint16_t type) const override {
    if (type <= 1 || type >= capture::kEventTypeCount) return -1;  // generic events: by their syscall
    return match_[type] ? 1 : 0;
  }

 private:
  std::string lit_;
  bool match_[capture::kEventTypeCount] = {};
};
}  // namespace

namespace {
// evt.dir = literal: '>' for enter events (even types), '<' for exit events,
// so the type alone answers.
class DirEq final : public filter::FastStringEq {
 public:
  explicit DirEq(std::string_view lit) : enter_(lit == ">"), exit_(lit == "<") {}
  int test(const filter::EventRef& ref) override { return type_answer(ref.as<EventContext>().ev->type); }
  int type_answer(uint16_t type) const override { return (capture::is_enter_type(type) ? enter_ : exit_) ? 1 : 0; }

 private:
  bool enter_, exit_;
};
}  // namespace

namespace {
// fd.type = literal (the files and connections views' filters) without
// comparing names per event: the answer per fd kind is computed once.
class FdTypeEq final : public filter::FastStringEq {
 public:
  explicit FdTypeEq(std::string_view lit) {
    for (size_t k = 0; k < kKinds; ++k) match_[k] = lit == fd_kind_name(static_cast<FdKind>(k));
  }
  int test(const filter::EventRef& ref) override {
    const FdInfo* fd = ref.as<EventContext>().fd;
    if (!fd) return -1;
    return match_[static_cast<uint8_t>(fd->kind)] ? 1 : 0;
  }

 private:
  static constexpr size_t kKinds = 256;  // every value of FdKind's uint8_t
  bool match_[kKinds] = {};
};
}  // namespace

std::unique_ptr<filter::FastStringEq> make_fast_string_eq(const FieldInfo& f, std::string_view literal) {
  if (std::strcmp(f.name, "evt.res") == 0 && f.arg == ArgMode::None) return result_eq(literal);
  if (std::strcmp(f.name, "fd.type") == 0 && f.arg == ArgMode::None) return std::make_unique<FdTypeEq>(literal);
  if (std::strcmp(f.name, "evt.type") == 0 && f.arg == ArgMode::None) return std::make_unique<TypeEq>(literal);
  if (std::strcmp(f.name, "evt.dir") == 0 && f.arg == ArgMode::None) return std::make_unique<DirEq>(literal);
  return nullptr;
}

namespace {
// Generic syscall events (types 0/1) take the category of their syscall,
// as sysdig 0.29.3 shows it (observed on the shared captures); the others
// are "unknown".
std::string_view generic_category(std::string_view sc) {
  struct Entry { std::string_view name, cat; };
  static constexpr Entry kTable[] = {
      {"arch_prctl", "process"}, {"getpgrp", "process"}, {"getpid", "process"},
      {"getppid", "process"}, {"gettid", "process"}, {"set_robust_list", "process"},
      {"set_tid_address", "process"}, {"clock_nanosleep", "sleep"}, {"nanosleep", "sleep"},
      {"madvise", "memory"}, {"mprotect", "memory"}, {"mremap", "memory"}, {"msync", "memory"},
      {"mincore", "memory"}, {"mlock", "memory"}, {"munlock", "memory"},
      {"readlink", "file"}, {"readlinkat", "file"}, {"statfs", "file"}, {"fstatfs", "file"},
      {"rt_sigaction", "signal"}, {"rt_sigprocmask", "signal"}, {"rt_sigreturn", "signal"},
      {"<unknown>", "other"}, {"sysinfo", "system"}, {"uname", "system"}, {"wait4", "wait"}, {"waitid", "wait"},
  };
  for (const Entry& e : kTable)
    if (e.name == sc) return e.cat;
  return "unknown";
}
}  // namespace

std::string_view event_category_name(const EventContext& ctx) {
  if (ctx.ev->type <= 1) return generic_category(event_type_name(*ctx.ev));
  const capture::EventInfo* info = display_info(ctx.ev->type);
  if (!info) return "unknown";
  if (info->category & cat::kInternal) return "unknown";
  uint32_t kind = info->category & 0xFF;
  switch (kind) {
    case cat::kOther: return "other";
    case cat::kFile: return "file";
    case cat::kNet: return "net";
    case cat::kIpc: return "IPC";
    case cat::kMemory: return "memory";
    case cat::kProcess: return "process";
    case cat::kSleep: return "sleep";
    case cat::kSystem: return "system";
    case cat::kSignal: return "signal";
    case cat::kUser: return "user";
    case cat::kTime: return "time";
    case cat::kProcessing: return "processing";
    case cat::kWait: return "wait";
    case cat::kScheduler: return "scheduler";
    case cat::kIoRead:
    case cat::kIoWrite:
    case cat::kIoOther:
      if (!ctx.fd) return "unknown";
      switch (ctx.fd->kind) {
        case FdKind::File: case FdKind::Directory: return "file";
        case FdKind::Ipv4: case FdKind::Ipv6: return "net";
        case FdKind::Unix: case FdKind::Pipe: return "IPC";
        default: return "other";
      }
    default: return "unknown";
  }
}

namespace {
// The class of a failed call of this name when its fd is not known.
ErrorClass call_error_class(std::string_view name) {
  if (name == "open" || name == "openat" || name == "openat2" || name == "creat" || name == "open_by_handle_at")
    return ErrorClass::File;
  if (name == "socket") return ErrorClass::Net;
  return ErrorClass::Other;
}

// error_class() of a failed event of type t >= 2 whose fd is not known
// (Memory for the memory category, else call_error_class()), filled once
// during static initialization (the schema tables are constant-initialized).
ErrorClass g_call_error_class[capture::kEventTypeCount] = {};

struct CallErrorClassInit {
  CallErrorClassInit() {
    for (uint32_t t = 2; t < capture::kEventTypeCount; ++t) {
      const capture::EventInfo* info = display_info(static_cast<uint16_t>(t));
      if (!info) continue;
      const bool memory = !(info->category & cat::kInternal) && (info->category & 0xFF) == cat::kMemory;
      g_call_error_class[t] = memory ? ErrorClass::Memory : call_error_class(info->name);
    }
  }
};
const CallErrorClassInit g_call_error_class_init;

ErrorClass fd_error_class(FdKind kind) {
  switch (kind) {
    case FdKind::File: case FdKind::Directory: return ErrorClass::File;
    case FdKind::Ipv4: case FdKind::Ipv6: case FdKind::Unix: return ErrorClass::Net;
    default: return ErrorClass::Other;
  }
}
}  // namespace

ErrorClass error_class(const EventContext& c) {
  const bool fd_known = c.fd && c.fd_num >= 0 && (c.ev->is_enter() || c.enter);
  const uint16_t type = c.ev->type;
  if (type >= 2 && type < capture::kEventTypeCount) {
    ErrorClass k = g_call_error_class[type];
    if (k == ErrorClass::Memory || !fd_known) return k;
    return fd_error_class(c.fd->kind);
  }
  // Generic syscall events: by the syscall's name.
  std::string_view t = event_type_name(*c.ev);
  if (generic_category(t) == "memory") return ErrorClass::Memory;
  if (fd_known) return fd_error_class(c.fd->kind);
  return call_error_class(t);
}


char g_io_direction[capture::kEventTypeCount] = {};

namespace {

struct IoDirectionInit {
  IoDirectionInit() {
    for (uint32_t t = 0; t < capture::kEventTypeCount; ++t) {
      const capture::EventInfo* info = capture::event_info(static_cast<uint16_t>(t));
      if (!info) continue;
      uint32_t kind = info->category & 0xFF;
      g_io_direction[t] = kind == cat::kIoRead ? 'r' : kind == cat::kIoWrite ? 'w' : 0;
    }
  }
};
const IoDirectionInit g_io_direction_init;
}  // namespace


std::optional<std::span<const uint8_t>> io_buffer(const EventContext& ctx) {
  if (!io_direction(*ctx.ev) || ctx.ev->is_enter()) return std::nullopt;
  int i = param_index(ctx.ev->type, Arg::Data);
  if (i < 0 || static_cast<uint32_t>(i) >= ctx.ev->nparams) return std::nullopt;
  return ctx.ev->param(static_cast<uint32_t>(i));
}

bool open_flags(const EventContext& ctx, uint32_t& out) {
  if (ctx.path.empty()) return false;
  Args a(*ctx.ev, ctx.enter);
  auto f = a.u64(Arg::Flags);
  if (!f) return false;
  out = static_cast<uint32_t>(*f);
  return true;
}

}  // namespace trowel::engine::fields
