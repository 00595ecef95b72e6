// The field table: each field's metadata and the functions that compute it.
// Internal to src/engine/fields.
#pragma once
#include <memory>
#include <string>

#include "engine/fields/field.h"
#include "engine/render/event_args.h"
#include "engine/state_render.h"

namespace trowel::engine::fields {

// Scratch space a bound field owns; values may point into it.
struct ArgsScratch {
  StateRenderView view;
  render::EventArgsRenderer renderer;
  ArgsScratch() : renderer(view, render_options()) {}
};
struct Scratch {
  std::string text;
  std::string text2;
  std::unique_ptr<ArgsScratch> args;  // evt.args/evt.info/evt.arg: created on first use
};

// Computes the single value of a field; false if it does not apply.
using GetFn = bool (*)(const EventContext&, const FieldArg&, Scratch&, FieldValue&);
// Hands every value of a multi-valued field to the sink.
using EachFn = void (*)(const EventContext&, const FieldArg&, Scratch&, ValueSink&);
// Renders the field's text; false if it does not apply. Fields without one
// render their GetFn value generically.
using RenderFn = bool (*)(const EventContext&, const FieldArg&, Scratch&, std::string&);

// kFieldOwnEq fields: the test "field = literal" (see Field::own_eq).
using OwnEqFn = bool (*)(const EventContext&, const FieldArg&, uint64_t literal);
// See Field::memo_id.
using MemoFn = bool (*)(const EventContext&, uint64_t& id);
// Checks (and may normalize) the argument at bind time; returns an error
// message, or an empty string if the argument is good.
using CheckArgFn = std::string (*)(FieldArg&);
// Picks the definition a bound argument uses (a field whose value type
// depends on its argument: evt.rawarg.NAME); null: this one.
struct FieldDef;
using SelectFn = const FieldDef* (*)(const FieldArg&);

struct FieldDef {
  FieldInfo info;
  GetFn get = nullptr;
  EachFn each = nullptr;
  RenderFn render = nullptr;
  OwnEqFn own_eq = nullptr;
  CheckArgFn check_arg = nullptr;
  SelectFn select = nullptr;
  MemoFn memo = nullptr;
  ValueGate gate = ValueGate::Always;  // see ValueGate: `get` is false where it is closed
  bool memory_data = false;            // see DirectGet::memory_data
};

// `d` with its ValueGate set (table entries: gated({{...}, get_fn}, ValueGate::IoExit)).
inline FieldDef gated(FieldDef d, ValueGate g) {
  d.gate = g;
  return d;
}

// `d` marked as DirectGet::memory_data.
inline FieldDef memory_data(FieldDef d) {
  d.memory_data = true;
  return d;
}

// The tables of each family (evt_fields.cpp, proc_fields.cpp, ...).
const std::vector<FieldDef>& evt_field_defs();
const std::vector<FieldDef>& around_field_defs();    // evt.around (around_field.cpp)
const std::vector<FieldDef>& rawarg_field_defs();    // evt.rawarg.NAME (rawarg_field.cpp)
const std::vector<FieldDef>& proc_field_defs();
const std::vector<FieldDef>& fd_field_defs();
const std::vector<FieldDef>& identity_field_defs();  // user, group, container
const std::vector<FieldDef>& container_mount_field_defs();  // container.image.id/digest, mounts
const std::vector<FieldDef>& io_field_defs();        // evt.buflen.*, syslog.*, view helpers

// Helpers shared by the families.
inline FieldValue str_value(std::string_view s) { return FieldValue::of_bytes(s); }
// (Members are set in place: copying a whole FieldValue costs more than the
// field itself on the hot path.)
inline bool set_str(FieldValue& v, std::string_view s) { v.kind = FieldValue::Kind::Bytes; v.bytes = s; return true; }
inline bool set_int(FieldValue& v, int64_t i) { v.kind = FieldValue::Kind::Int; v.i = i; return true; }
inline bool set_uint(FieldValue& v, uint64_t u) { v.kind = FieldValue::Kind::UInt; v.u = u; return true; }
inline bool set_bool(FieldValue& v, bool b) { v.kind = FieldValue::Kind::UInt; v.u = b ? 1 : 0; return true; }

// Joins a NUL-separated list with `sep` into out.
void join_list(std::string_view list, char sep, std::string& out);

}  // namespace trowel::engine::fields
