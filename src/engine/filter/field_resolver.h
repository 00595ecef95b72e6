// The abstract field interface the filter compiler depends on.
//
// The filter module knows nothing about threads, fds or capture events: it asks
// a FieldResolver, once per check at compile time, to turn a field token such as
// "proc.aname[2]" or "evt.arg.fd" into a ResolvedField (its value type, flags and
// an extractor). At match time the compiled check calls its extractor with an
// EventRef; the extractor hands each value of the field to a ValueSink.
//
// Invariants:
// - extract() performs no heap allocation. Values point into the event, into
//   engine state or into scratch memory owned by the extractor object itself
//   (each compiled check owns its own extractor, so scratch is never shared
//   between checks).
// - A FieldValue passed to a sink is valid only during the on_value() call.
// - A field that does not apply to the event yields no value at all: every
//   check on it is false, whatever the operator ("exists" included).
// - The kind of every yielded value matches the field's declared ValueType (see
//   value_kind_of); a value of another kind never matches.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace trowel::engine::filter {

// The event being filtered. Opaque to the filter module: the resolver that
// produced the extractors decides what `ptr` points to (the engine passes its
// EventContext).
struct EventRef {
  const void* ptr = nullptr;
  template <class T>
  const T& as() const { return *static_cast<const T*>(ptr); }
};

// Declared value type of a field; decides how filter literals are converted and
// which operators apply.
enum class ValueType : uint8_t {
  String,   // text; every operator
  Int,      // signed 64-bit (pids, return values, fd numbers)
  UInt,     // unsigned 64-bit (counters, sizes, evt.num)
  Bool,     // literals "true"/"false"; compared as 0/1
  Buffer,   // raw bytes (evt.buffer): = != contains startswith endswith in
  IpAddr,   // an IPv4 or IPv6 address; literals are addresses
  IpNet,    // values are addresses; literals are CIDR networks (fd.net)
  Port,     // a port number; literals are numbers or service names ("http")
  RelTime,  // nanoseconds, unsigned (latencies, durations)
  AbsTime,  // nanoseconds since the epoch, unsigned
  Double,   // floating point
};

const char* value_type_name(ValueType t);

enum FieldFlags : uint32_t {
  kFieldFilterOnly = 1u << 0,   // cannot be printed (fd.ip, fd.net...)
  kFieldMultiValued = 1u << 1,  // may yield several values (proc.aname, fd.port)
  // '=' is the field's own test, not a comparison of its values
  // (evt.around[T]=D: the event lies within D ms of T). Such a field must be
  // UInt and its extractor must implement own_eq(); it accepts '=', 'exists'
  // (a plain value test) and 'in' (never true, as in sysdig 0.29.3) only.
  kFieldOwnEq = 1u << 2,
  // Only 'exists' (and 'in', never true) apply: evt.rawarg on byte buffers,
  // socket tuples and fd lists, which sysdig 0.29.3 cannot compare ("wrong
  // parameter type").
  kFieldExistsOnly = 1u << 3,
};

// An IP address in network byte order; IPv4 uses the first 4 bytes.
struct IpAddress {
  uint8_t family = 0;  // 4 or 6 (0: none)
  std::array<uint8_t, 16> bytes{};
  bool operator==(const IpAddress& o) const {
    if (family != o.family) return false;
    size_t n = family == 4 ? 4 : 16;
    for (size_t i = 0; i < n; ++i)
      if (bytes[i] != o.bytes[i]) return false;
    return true;
  }
};

// One extracted value: a small tagged union that never owns memory.
struct FieldValue {
  enum class Kind : uint8_t { Int, UInt, Double, Bytes, Ip };
  Kind kind = Kind::UInt;
  union {
    int64_t i;
    uint64_t u;
    double d;
  };
  std::string_view bytes;  // Kind::Bytes (strings and buffers)
  IpAddress ip;            // Kind::Ip

  FieldValue() : u(0) {}
  static FieldValue of_int(int64_t v) { FieldValue f; f.kind = Kind::Int; f.i = v; return f; }
  static FieldValue of_uint(uint64_t v) { FieldValue f; f.kind = Kind::UInt; f.u = v; return f; }
  static FieldValue of_double(double v) { FieldValue f; f.kind = Kind::Double; f.d = v; return f; }
  static FieldValue of_bytes(std::string_view v) { FieldValue f; f.kind = Kind::Bytes; f.bytes = v; return f; }
  static FieldValue of_ip(const IpAddress& a) { FieldValue f; f.kind = Kind::Ip; f.ip = a; return f; }
};

// The kind of value a field of type `t` yields: Int for Int; UInt for UInt,
// Bool (0/1), Port, RelTime, AbsTime; Double; Bytes for String and Buffer; Ip
// for IpAddr and IpNet.
FieldValue::Kind value_kind_of(ValueType t);

// Receives the values of a field; return false to stop the iteration.
class ValueSink {
 public:
  virtual bool on_value(const FieldValue& v) = 0;

 protected:
  ~ValueSink() = default;
};

// A sink that keeps the first value it is given and stops the iteration.
struct FirstValue final : ValueSink {
  FieldValue v;
  bool got = false;
  bool on_value(const FieldValue& x) override {
    v = x;
    got = true;
    return false;
  }
};

// A compiled "field = literal" test that skips producing the field's text
// (see FieldExtractor::fast_string_eq).
class FastStringEq {
 public:
  virtual ~FastStringEq() = default;
  // 1: the field's value equals the literal; 0: it has a value that differs;
  // -1: the field has no value on this event. No heap allocation.
  virtual int test(const EventRef& ev) = 0;
  // What test() gives on every event of event type `type` when that alone
  // decides it (1 or 0), else -1.
  virtual int type_answer(uint16_t type) const {
    (void)type;
    return -1;
  }
};

// Extracts one field (with its argument already bound) from events.
class FieldExtractor {
 public:
  virtual ~FieldExtractor() = default;
  // Hands every value the field has on `ev` to `sink` (none if the field does
  // not apply), stopping early when the sink returns false. No heap allocation.
  virtual void extract(const EventRef& ev, ValueSink& sink) = 0;
  // True when extract() never gives more than one value: a check may then
  // test first_value() alone.
  virtual bool single_valued() const { return false; }
  // The first value extract() would give, if any (the "exists" test).
  virtual bool first_value(const EventRef& ev, FieldValue& out) {
    FirstValue first;
    extract(ev, first);
    if (first.got) out = first.v;
    return first.got;
  }
  // Optional, for single-valued String fields: a test equivalent to comparing
  // the extracted text with `literal` (=, !=) but cheaper (evt.res=EMFILE
  // compares the raw result with -24). Null: use extract().
  virtual std::unique_ptr<FastStringEq> fast_string_eq(std::string_view literal) {
    (void)literal;
    return nullptr;
  }
  // For kFieldOwnEq fields: the test "field = literal" (1 true, 0 false). The
  // test may refer to this extractor: the caller keeps it alive as long.
  virtual std::unique_ptr<FastStringEq> own_eq(uint64_t literal) {
    (void)literal;
    return nullptr;
  }
};

struct ResolvedField {
  ValueType type = ValueType::String;
  uint32_t flags = 0;                          // FieldFlags
  std::unique_ptr<FieldExtractor> extractor;   // never null on success
  std::string name;                            // the field's name, for messages (may be empty)
};

struct ResolveResult {
  enum class Status : uint8_t { Ok, NotFound, Error };
  Status status = Status::NotFound;
  ResolvedField field;   // Status::Ok
  std::string message;   // Status::Error: the whole message after the position
                         // prefix, e.g. "unknown event argument foo"

  static ResolveResult ok(ResolvedField f) {
    ResolveResult r; r.status = Status::Ok; r.field = std::move(f); return r;
  }
  static ResolveResult not_found() { return {}; }
  static ResolveResult error(std::string msg) {
    ResolveResult r; r.status = Status::Error; r.message = std::move(msg); return r;
  }
};

// Resolves field tokens at compile time. The token is the field exactly as
// lexed (see field_token.h for splitting it into a name and an argument).
// NotFound makes the compiler report sysdig's "unrecognized field X at pos N";
// Error reports the resolver's message at the end of the token.
class FieldResolver {
 public:
  virtual ~FieldResolver() = default;
  virtual ResolveResult resolve(std::string_view token) = 0;
  // How to read an event's type number (-1: none) and how many types there
  // are, when the events have types (the engine's resolver): a compiled
  // filter then keeps its Filter::type_answer() per type and evaluates its
  // checks only on events of types that do not decide it.
  struct EventTypes {
    int (*type_of)(const EventRef&) = nullptr;
    uint32_t count = 0;
  };
  virtual EventTypes event_types() const { return {}; }
};

}  // namespace trowel::engine::filter
