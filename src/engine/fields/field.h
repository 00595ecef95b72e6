// Fields: the sysdig-compatible names (evt.*, proc.*, thread.*, fd.*, user.*,
// group.*, container.*) that filters, -p formats, views and chisels use to ask
// questions of an event.
//
// A field token ("proc.aname[2]", "evt.arg.fd", "thread.cgroup.cpu") is bound
// once to a Field, which then extracts typed values (for filters and
// aggregation) or renders the text sysdig prints (for output).
//
// Invariants: extract() and render() never allocate once `out` has grown to
// its working size; a field that does not apply to an event yields no value
// and render() returns false (printed as <NA>).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/event_context.h"
#include "engine/filter/field_resolver.h"
#include "engine/render/param_render.h"

namespace trowel::engine::fields {

using filter::FieldValue;
using filter::ValueSink;
using filter::ValueType;

// What kind of argument a field takes.
enum class ArgMode : uint8_t {
  None,           // proc.name
  Index,          // evt.arg[N] (required)
  OptionalIndex,  // proc.aname or proc.aname[N]
  Name,           // evt.arg.NAME, thread.cgroup.SUBSYS (required)
  IndexOrName,    // evt.arg[N] or evt.arg.NAME
  Bracket,        // evt.around[T], container.mount[0] or [/path] (required, brackets only)
};

struct FieldInfo {
  const char* name;
  ValueType type;
  uint32_t flags;       // filter::FieldFlags
  ArgMode arg;
  const char* category; // "evt", "process", "thread", "fd", "user", "group", "container"
  const char* description;
};

// The argument a field was bound with.
struct FieldArg {
  bool present = false;
  int64_t index = -1;     // [N]
  std::string name;       // .NAME (or a non-numeric [NAME])
  bool bracket = false;   // written [..], not .NAME
};

struct Scratch;  // a bound field's scratch memory (field_table.h)

// A cheap necessary condition for a field to have a value on an event
// (DirectGet::gate): where gate_open() is false, the field's function
// returns false, so a caller computing several fields of one event tests
// the condition once for all of them and skips their calls.
enum class ValueGate : uint8_t {
  Always,      // no condition known
  FailedExit,  // a negative result (evt.count.error*)
  IoExit,      // the exit of a read- or write-class call (evt.buflen*)
  ProcInfo,    // a procinfo event (thread.cpu*)
};
// open_gates() (event_facts.h) tells which gates are open on an event.
inline bool gate_in(unsigned open, ValueGate g) { return (open >> static_cast<unsigned>(g)) & 1u; }

// The computation of a single-valued field as a plain function call:
// get(ctx, v) gives what Field::first_value(ctx, v) gives, without the
// virtual dispatch (the views' per-event path). Empty (`fn` null) for fields
// that have no such function.
struct DirectGet {
  bool (*fn)(const EventContext&, const FieldArg&, Scratch&, FieldValue&) = nullptr;
  const FieldArg* arg = nullptr;
  Scratch* scratch = nullptr;
  // render() gives the value's generic text (the field has no text of its
  // own): a number in decimal, true/false for Bool, a string as it is.
  bool plain_text = false;
  ValueGate gate = ValueGate::Always;  // fn returns false where it is closed
  // The value is a function of the event's thread (its identity) and its
  // process's memory figures alone: it is the same while the thread, the
  // State's thread_epoch() and memory_epoch() are (thread.vmsize.b ...).
  bool memory_data = false;
  explicit operator bool() const { return fn != nullptr; }
  bool operator()(const EventContext& ctx, FieldValue& v) const { return fn(ctx, *arg, *scratch, v); }
};

class Field {
 public:
  explicit Field(const FieldInfo& info) : info_(info) {}
  virtual ~Field() = default;
  const FieldInfo& info() const { return info_; }
  // Every value the field has for this event (none if it does not apply).
  virtual void extract(const EventContext& ctx, ValueSink& sink) = 0;
  // The first value extract() would give, without a sink (the aggregation
  // hot path); false if none. Values may point into the field's scratch.
  virtual bool first_value(const EventContext& ctx, FieldValue& v) {
    filter::FirstValue first;
    extract(ctx, first);
    if (first.got) v = first.v;
    return first.got;
  }
  // See DirectGet; valid as long as this field.
  virtual DirectGet direct_get() { return {}; }
  // The text sysdig prints; false if the field does not apply.
  virtual bool render(const EventContext& ctx, std::string& out) = 0;
  // kFieldOwnEq fields (evt.around): the test "field = literal"; 1 true,
  // 0 false.
  virtual int own_eq(const EventContext& ctx, uint64_t literal) {
    (void)ctx;
    (void)literal;
    return 0;
  }
  // A number that alone decides render()'s text for this event, for as long
  // as the field stays bound (equal numbers: equal text, and render() gives
  // it), so that a caller may reuse what it made of that text before (views
  // keyed by evt.type look their row up by it). false: no such number here.
  virtual bool memo_id(const EventContext& ctx, uint64_t& id) {
    (void)ctx;
    (void)id;
    return false;
  }
  // The same text appended to `out` (untouched if the field does not apply):
  // saves a copy on the output hot path.
  virtual bool render_append(const EventContext& ctx, std::string& out) {
    size_t n = out.size();
    append_tmp_.clear();
    if (!render(ctx, append_tmp_)) {
      out.resize(n);
      return false;
    }
    out += append_tmp_;
    return true;
  }

 private:
  const FieldInfo& info_;

 protected:
  std::string append_tmp_;
};

// True for the fields that read nothing but the event record (evt.num,
// evt.time, evt.type, evt.res ...): their value is the same with or
// without the engine's state, so they may be computed ahead of it (print's
// pre-rendering, filters tested before State::process).
bool event_record_field(std::string_view name);

// True for the field tokens whose values never read an fd's name or the
// path an open names (what State::set_fd_names(false) leaves out): the
// process, thread, user, group and container fields except proc.cwd and
// proc.exepath (fchdir sets a cwd from an fd's name), fd.num, fd.type and
// fd.typechar, and the evt fields of the event record, its latency, its
// thread and its fd's kind (evt.count.error.file ...). Anything else, and
// any field added later, counts as reading names.
bool names_free_field(std::string_view token);

// Binds a field token. Returns null and sets *error (a message without
// position) if the name is unknown or the argument is malformed; *not_found
// tells the two apart.
std::unique_ptr<Field> bind_field(std::string_view token, std::string* error, bool* not_found = nullptr);

// How evt.args, evt.info and evt.arg render parameters (buffer format, the
// 80-character cut of the default line). Read when a field first renders, so
// set it before binding fields. Per thread: a chisel run by the TUI on its
// own thread and the session's worker each have their own.
void set_render_options(const render::RenderOptions& o);
const render::RenderOptions& render_options();

// evt.latency.quantized: the spectrogram bucket of an exit event's latency,
// floor(log10(latency ns) * width / 11) + 1 (csysdig-reference.md §1.5), where
// width is the screen width the spectrogram is drawn on. It defaults to
// kDefaultQuantizeWidth (80) so that `print` and `--raw` views give useful
// buckets; the TUI sets the real width. (sysdig 0.29.3 outside csysdig uses
// width 0: every bucket is 1.) Enter events and a zero latency have no value.
inline constexpr uint32_t kDefaultQuantizeWidth = 80;
void set_latency_quantize_width(uint32_t width);
uint32_t latency_quantize_width();

// Every field, in listing order (for `trowel fields`).
const std::vector<FieldInfo>& all_fields();

// The filter compiler's view of the fields: extractors over EventContext.
class EngineFieldResolver : public filter::FieldResolver {
 public:
  filter::ResolveResult resolve(std::string_view token) override;
  // EventRefs point at EventContexts; the type is their event's.
  EventTypes event_types() const override;
};

// EngineFieldResolver that also tells what the fields it bound read.
class NotingFieldResolver final : public EngineFieldResolver {
 public:
  filter::ResolveResult resolve(std::string_view token) override;
  bool event_record_only = true;  // each one is an event_record_field()
  bool names_free = true;         // each one is a names_free_field()
};

}  // namespace trowel::engine::fields
