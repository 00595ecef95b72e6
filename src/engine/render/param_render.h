// ParamRenderer: one event parameter as text, exactly as sysdig 0.29.3 shows
// it in evt.args / evt.info / evt.arg.NAME.
//
// sysdig renders every parameter as a value and an optional "resolved" part:
// evt.args prints `value(resolved)` (or just `value`), evt.arg.NAME prints
// the resolved part when there is one, else the value. Per type:
//
//   INT*/UINT*     per print format: DEC decimal, HEX uppercase hex of the
//                  type's width (int32 -1 -> FFFFFFFF), OCT "%#o", 10_PADDED_DEC
//                  "%09"; ID/DIR/NA as decimal
//   ERRNO          -2(ENOENT); 0 or positive as a number; unknown errno bare
//   FD / FD32      3(<f>/etc/hosts) via RenderState::fd (`<4t>`, `<p>` with an
//                  empty name ...); unknown fd: bare number; negative: -100
//                  (AT_FDCWD), else the errno name
//   PID / PID32    1234(bash) via RenderState::thread_comm; unknown: bare
//   FLAGS*         decimal value (whatever the print format) and the names of
//                  the table, scanned in table order: an entry matches if all
//                  its bits are still set (the matched bits are then cleared,
//                  so O_RDWR hides O_WRONLY/O_RDONLY), a 0-valued entry only
//                  when the whole value is 0; unknown bits are ignored; no
//                  match: no parentheses
//   ENUMFLAGS*     (current schema only) the entry equal to the value
//   MODE           "%#o" and the names (FLAGS rule)
//   UID / GID      printed as int32 (-1 for 0xFFFFFFFF) with (name), (<NONE>)
//                  for -1 and (<NA>) when the name is unknown
//   SIGTYPE        15(SIGTERM); numbers without a name bare
//   SIGSET         the names of the set signals, space-separated (no number)
//   RELTIME        1500000000(1.5s) ("%g" seconds)
//   SYSCALLID      the syscall name (syscall_name())
//   CHARBUF        the bytes up to the NUL, unchanged
//   FSPATH         the printable bytes only; if relative, (the absolute path)
//                  from the thread's cwd, with non-printables as '.'
//   FSRELPATH      the same, relative to its dirfd parameter's fd name (the
//                  cwd for AT_FDCWD); with an unknown dirfd (name) is itself
//   BYTEBUF        see buffer_format.h
//   SOCKADDR/TUPLE see sockaddr_render.h
//   FDLIST         "fd:" + fd typechar ('?' if unknown) + flags in lowercase
//                  hex, space-separated
//   DYN            the selected type, rendered as that type with the
//                  parameter's print format; "INVALID DYNAMIC PARAMETER" when
//                  empty or the index is out of range
// Length-0 parameters: "" for strings and buffers, "NULL" otherwise (sysdig
// 0.29.3 reads stale memory there; see event_args.h).
//
// Hot path: appends to caller buffers and internal scratch strings; no heap
// allocation once they have grown.
#pragma once
#include <cstdint>
#include <span>
#include <string>

#include "capture/event_schema.h"
#include "capture/event_view.h"
#include "engine/render/buffer_format.h"
#include "engine/render/render_state.h"

namespace trowel::engine::render {

struct RenderOptions {
  BufferFormat buffer = BufferFormat::Normal;
  // Normal-format BYTEBUFs longer than this are cut (80 = sysdig's default
  // line; 0 = no limit, sysdig -v).
  uint32_t max_buffer_len = kDefaultMaxBufferLen;
};

enum class ParamPart : uint8_t {
  Both,      // value(resolved): evt.args
  Value,     // the value only
  Resolved,  // the resolved part only (may be empty)
  Display,   // resolved if non-empty, else value: evt.arg.NAME
};

class ParamRenderer {
 public:
  explicit ParamRenderer(const RenderState& state = no_state(), RenderOptions opt = {})
      : state_(&state), opt_(opt) {}

  void set_state(const RenderState& s) { state_ = &s; }
  void set_options(RenderOptions o) { opt_ = o; }
  const RenderOptions& options() const { return opt_; }

  // Parameter i of `ev`, described by `info` (the schema entry chosen for
  // the event, see event_args.h). Appends nothing if i >= info.nparams.
  void append(std::string& out, const capture::EventView& ev, const capture::EventInfo& info,
              uint32_t i, ParamPart part = ParamPart::Both);

  // The same with the parameter's bytes already located (evt.args walks
  // the parameters once).
  void append_bytes(std::string& out, const capture::EventView& ev,
                    const capture::EventInfo& info, uint32_t i, std::span<const uint8_t> b,
                    ParamPart part);

  // Flag names of `value` in `table` by the FLAGS rule ("" if none).
  static void append_flag_names(std::string& out, const capture::FlagTable& table,
                                uint32_t value);

 private:
  void render(const capture::EventView& ev, const capture::EventInfo& info, uint32_t i,
              const capture::ParamInfo& p, capture::ParamType type, std::span<const uint8_t> b);
  void render_path(const capture::EventView& ev, const capture::EventInfo& info,
                   const capture::ParamInfo& p, std::span<const uint8_t> b);

  const RenderState* state_;
  RenderOptions opt_;
  std::string value_, resolved_, path_;
};

}  // namespace trowel::engine::render
