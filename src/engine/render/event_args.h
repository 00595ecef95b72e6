// evt.args, evt.info and evt.arg.NAME of one event, as sysdig 0.29.3 prints
// them.
//
// evt.args: every parameter as "name=value " (each followed by one space, so
// a non-empty result ends with a space), in schema order, with the value
// rendered by ParamRenderer (ParamPart::Both). Generic syscall events
// (types 0/1: ID, nativeID) render as "" — sysdig shows the syscall only as
// evt.type. evt.info is the same text on every event type a capture can hold
// (verified on all sysdig-readable shared captures).
//
// The default line's 80-character limit is not a limit on the whole text: it
// cuts each Normal-format BYTEBUF to 80 characters ending in "..."
// (RenderOptions::max_buffer_len; 0 for sysdig -v). CHARBUF and paths are
// never cut.
//
// Which schema names and types the parameters (SchemaChoice):
//   Sysdig029 (default)  the 2022 schema sysdig 0.29.3 uses
//                        (legacy_event_info()) for types < 336, showing at most
//                        its parameter count exactly as sysdig does: a read
//                        exit written by current libs (res, data, fd, size)
//                        shows "res data" (verified on leaky-logtxt-sysdig029);
//                        the current schema (event_info()) for types >= 336.
//   Full                 the 2022 schema when the event's parameter count fits
//                        it, else the current schema with every parameter (for
//                        displays that want all of a current capture's data).
//   Current              always the current schema.
// The schemas differ in names (pgid/vpgid), types (FLAGS vs ENUMFLAGS, INT32
// vs UID) and flag tables (O_F_CREATED ...); Sysdig029 is byte-identical to
// sysdig on the captures sysdig can read.
//
// Length-0 parameters: sysdig 0.29.3 prints stale memory for most of them
// (its buffer's previous content); we print "" (strings, buffers) or "NULL"
// (others, as sysdig does for SOCKADDR/SOCKTUPLE).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "capture/event_schema.h"
#include "capture/event_view.h"
#include "engine/render/param_render.h"

namespace trowel::engine::render {

enum class SchemaChoice : uint8_t { Sysdig029, Full, Current };

struct SchemaPick {
  const capture::EventInfo* info = nullptr;  // null: unknown type
  uint32_t nparams = 0;                      // parameters to show
};

SchemaPick render_schema(const capture::EventView& ev, SchemaChoice c = SchemaChoice::Sysdig029);

class EventArgsRenderer {
 public:
  explicit EventArgsRenderer(const RenderState& state = no_state(), RenderOptions opt = {},
                             SchemaChoice schema = SchemaChoice::Sysdig029)
      : params_(state, opt), schema_(schema) {}

  void set_state(const RenderState& s) { params_.set_state(s); }
  void set_options(RenderOptions o) { params_.set_options(o); }
  void set_schema(SchemaChoice c) { schema_ = c; }
  ParamRenderer& params() { return params_; }

  void append_args(std::string& out, const capture::EventView& ev);
  void append_info(std::string& out, const capture::EventView& ev);

  // evt.arg.NAME (ParamPart::Display by default); false if the event has
  // no such parameter (sysdig then treats the field as missing).
  bool append_arg(std::string& out, const capture::EventView& ev, std::string_view name,
                  ParamPart part = ParamPart::Display);
  // evt.arg[N].
  bool append_arg_at(std::string& out, const capture::EventView& ev, uint32_t n,
                     ParamPart part = ParamPart::Display);

 private:
  ParamRenderer params_;
  SchemaChoice schema_;
};

}  // namespace trowel::engine::render
