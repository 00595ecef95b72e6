// Binding field tokens to field definitions, generic rendering, and the
// filter resolver adapter.
#include "engine/fields/field.h"

#include <charconv>
#include <cinttypes>
#include <cstdio>

#include "capture/param_decode.h"
#include "engine/fields/event_facts.h"
#include "engine/fields/field_table.h"

namespace trowel::engine::fields {

namespace {

const std::vector<const FieldDef*>& defs() {
  static const std::vector<const FieldDef*> all = [] {
    std::vector<const FieldDef*> v;
    for (auto* family : {&evt_field_defs(), &around_field_defs(), &rawarg_field_defs(), &proc_field_defs(), &fd_field_defs(), &identity_field_defs(), &container_mount_field_defs(), &io_field_defs()})
      for (const FieldDef& d : *family) v.push_back(&d);
    return v;
  }();
  return all;
}

// Generic text of a value, by the field's declared type.
void render_value(ValueType type, const FieldValue& v, std::string& out) {
  char buf[64];
  switch (v.kind) {
    case FieldValue::Kind::Bytes:
      out.assign(v.bytes);
      return;
    case FieldValue::Kind::Int:
      out.assign(buf, std::to_chars(buf, buf + sizeof buf, v.i).ptr);
      return;
    case FieldValue::Kind::UInt:
      if (type == ValueType::Bool) {
        out.assign(v.u ? "true" : "false");
        return;
      }
      out.assign(buf, std::to_chars(buf, buf + sizeof buf, v.u).ptr);
      return;
    case FieldValue::Kind::Double: {
      int n = std::snprintf(buf, sizeof buf, "%.2f", v.d);
      out.assign(buf, static_cast<size_t>(n));
      return;
    }
    case FieldValue::Kind::Ip: {
      std::string_view s = v.ip.family == 4 ? capture::format_ipv4(v.ip.bytes.data(), buf, sizeof buf)
                                            : capture::format_ipv6(v.ip.bytes.data(), buf, sizeof buf);
      out.assign(s);
      return;
    }
  }
}

// Appends the generic text of a value (render_value without the copy).
void append_value(ValueType type, const FieldValue& v, std::string& out) {
  char buf[64];
  switch (v.kind) {
    case FieldValue::Kind::Bytes:
      out.append(v.bytes);
      return;
    case FieldValue::Kind::Int:
      out.append(buf, std::to_chars(buf, buf + sizeof buf, v.i).ptr);
      return;
    case FieldValue::Kind::UInt:
      if (type == ValueType::Bool) out.append(v.u ? "true" : "false");
      else out.append(buf, std::to_chars(buf, buf + sizeof buf, v.u).ptr);
      return;
    default: {
      thread_local std::string tmp;  // doubles and addresses: rarer
      render_value(type, v, tmp);
      out += tmp;
      return;
    }
  }
}

class TableField final : public Field {
 public:
  TableField(const FieldDef& def, FieldArg arg) : Field(def.info), def_(def), arg_(std::move(arg)) {}

  void extract(const EventContext& ctx, ValueSink& sink) override {
    if (def_.each) {
      def_.each(ctx, arg_, scratch_, sink);
      return;
    }
    FieldValue v;
    if (def_.get && def_.get(ctx, arg_, scratch_, v)) sink.on_value(v);
  }

  bool render_append(const EventContext& ctx, std::string& out) override {
    if (!def_.render && def_.get) {
      FieldValue v;
      if (!def_.get(ctx, arg_, scratch_, v)) return false;
      append_value(def_.info.type, v, out);
      return true;
    }
    return Field::render_append(ctx, out);
  }

  bool first_value(const EventContext& ctx, FieldValue& v) override {
    if (!def_.each) return def_.get && def_.get(ctx, arg_, scratch_, v);
    return Field::first_value(ctx, v);
  }

  bool memo_id(const EventContext& ctx, uint64_t& id) override { return def_.memo && def_.memo(ctx, id); }

  DirectGet direct_get() override {
    if (def_.each || !def_.get) return {};
    return DirectGet{def_.get, &arg_, &scratch_, def_.render == nullptr, def_.gate, def_.memory_data};
  }

  int own_eq(const EventContext& ctx, uint64_t literal) override {
    return def_.own_eq && def_.own_eq(ctx, arg_, literal) ? 1 : 0;
  }

  bool render(const EventContext& ctx, std::string& out) override {
    if (def_.render) return def_.render(ctx, arg_, scratch_, out);
    FieldValue v;
    if (def_.get && def_.get(ctx, arg_, scratch_, v)) {
      render_value(def_.info.type, v, out);
      return true;
    }
    if (def_.each) {
      // First value of a multi-valued field.
      filter::FirstValue first;
      def_.each(ctx, arg_, scratch_, first);
      if (first.got) {
        render_value(def_.info.type, first.v, out);
        return true;
      }
    }
    return false;
  }

 private:
  const FieldDef& def_;
  FieldArg arg_;
  Scratch scratch_;
};

// Adapter owning a TableField for the filter compiler.
class ExtractorAdapter final : public filter::FieldExtractor {
 public:
  explicit ExtractorAdapter(std::unique_ptr<Field> f) : field_(std::move(f)), direct_(field_->direct_get()) {}
  void extract(const filter::EventRef& ev, ValueSink& sink) override {
    field_->extract(ev.as<EventContext>(), sink);
  }
  bool single_valued() const override { return static_cast<bool>(direct_); }
  bool first_value(const filter::EventRef& ev, FieldValue& out) override {
    if (direct_) return direct_(ev.as<EventContext>(), out);
    return field_->first_value(ev.as<EventContext>(), out);
  }
  std::unique_ptr<filter::FastStringEq> fast_string_eq(std::string_view literal) override {
    return make_fast_string_eq(field_->info(), literal);
  }
  std::unique_ptr<filter::FastStringEq> own_eq(uint64_t literal) override {
    if (!(field_->info().flags & filter::kFieldOwnEq)) return nullptr;
    struct Test final : filter::FastStringEq {
      Field* f;
      uint64_t lit;
      Test(Field* field, uint64_t l) : f(field), lit(l) {}
      int test(const filter::EventRef& ev) override { return f->own_eq(ev.as<EventContext>(), lit); }
    };
    return std::make_unique<Test>(field_.get(), literal);
  }

 private:
  std::unique_ptr<Field> field_;
  DirectGet direct_;  // single-valued fields: their value without virtual calls
};

bool parse_index(std::string_view s, int64_t& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

namespace {
thread_local render::RenderOptions g_render_options;
}

void set_render_options(const render::RenderOptions& o) { g_render_options = o; }
const render::RenderOptions& render_options() { return g_render_options; }

void join_list(std::string_view list, char sep, std::string& out) {
  out.clear();
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find('\0', start);
    if (end == std::string_view::npos) end = list.size();
    if (!out.empty() || start > 0) out += sep;
    out.append(list.substr(start, end - start));
    start = end + 1;
  }
}

std::unique_ptr<Field> bind_field(std::string_view token, std::string* error, bool* not_found) {
  if (not_found) *not_found = false;
  const FieldDef* best = nullptr;
  FieldArg arg;
  for (const FieldDef* d : defs()) {
    std::string_view name = d->info.name;
    if (token == name) {
      if (d->info.arg == ArgMode::Index || d->info.arg == ArgMode::Name) {
        if (error) *error = "field " + std::string(token) + " requires an argument";
        return nullptr;
      }
      FieldArg none;
      if (d->check_arg) {
        std::string msg = d->check_arg(none);
        if (!msg.empty()) {
          if (error) *error = std::move(msg);
          return nullptr;
        }
      }
      return std::make_unique<TableField>(*d, std::move(none));
    }
  }
  // name[N] or name.ARG: the longest field name that prefixes the token.
  for (const FieldDef* d : defs()) {
    if (d->info.arg == ArgMode::None) continue;
    std::string_view name = d->info.name;
    if (token.size() <= name.size() || token.substr(0, name.size()) != name) continue;
    char next = token[name.size()];
    if (next != '[' && next != '.') continue;
    if (best && std::string_view(best->info.name).size() >= name.size()) continue;
    best = d;
  }
  if (!best) {
    if (not_found) *not_found = true;
    if (error) *error = "unrecognized field " + std::string(token);
    return nullptr;
  }
  std::string_view name = best->info.name;
  std::string_view rest = token.substr(name.size());
  ArgMode mode = best->info.arg;
  if (rest[0] == '[') {
    if (mode == ArgMode::Name || rest.back() != ']') {
      if (error) *error = "invalid argument in field " + std::string(token);
      return nullptr;
    }
    std::string_view inner = rest.substr(1, rest.size() - 2);
    arg.present = true;
    arg.bracket = true;
    if (!parse_index(inner, arg.index)) {
      // thread.cgroup[cpu] style or non-numeric: keep as a name.
      arg.name.assign(inner);
      arg.index = -1;
      if (mode == ArgMode::Index || mode == ArgMode::OptionalIndex) {
        if (error) *error = "invalid index in field " + std::string(token);
        return nullptr;
      }
    }
  } else {
    if (mode == ArgMode::Index || mode == ArgMode::OptionalIndex || mode == ArgMode::Bracket) {
      if (not_found) *not_found = true;
      if (error) *error = "unrecognized field " + std::string(token);
      return nullptr;
    }
    arg.present = true;
    arg.name.assign(rest.substr(1));
    if (arg.name.empty()) {
      if (error) *error = "missing argument in field " + std::string(token);
      return nullptr;
    }
  }
  if (best->check_arg) {
    std::string msg = best->check_arg(arg);
    if (!msg.empty()) {
      if (error) *error = std::move(msg);
      return nullptr;
    }
  }
  if (best->select)
    if (const FieldDef* chosen = best->select(arg)) best = chosen;
  return std::make_unique<TableField>(*best, std::move(arg));
}

const std::vector<FieldInfo>& all_fields() {
  static const std::vector<FieldInfo> infos = [] {
    std::vector<FieldInfo> v;
    for (const FieldDef* d : defs()) v.push_back(d->info);
    return v;
  }();
  return infos;
}

filter::FieldResolver::EventTypes EngineFieldResolver::event_types() const {
  EventTypes t;
  t.type_of = [](const filter::EventRef& ref) -> int {
    const EventContext& ctx = ref.as<EventContext>();
    return ctx.ev ? ctx.ev->type : -1;
  };
  t.count = capture::kEventTypeCount;
  return t;
}

filter::ResolveResult EngineFieldResolver::resolve(std::string_view token) {
  std::string error;
  bool not_found = false;
  std::unique_ptr<Field> f = bind_field(token, &error, &not_found);
  if (!f) return not_found ? filter::ResolveResult::not_found() : filter::ResolveResult::error(error);
  filter::ResolvedField r;
  r.type = f->info().type;
  r.flags = f->info().flags;
  r.name = f->info().name;
  r.extractor = std::make_unique<ExtractorAdapter>(std::move(f));
  return filter::ResolveResult::ok(std::move(r));
}

bool event_record_field(std::string_view name) {
  static constexpr std::string_view kFields[] = {
      "evt.num",     "evt.time",      "evt.time.s",     "evt.datetime", "evt.datetime.s",
      "evt.rawtime", "evt.rawtime.s", "evt.rawtime.ns", "evt.cpu",      "evt.dir",
      "evt.type",    "evt.res",       "evt.rawres",     "evt.failed"};
  for (std::string_view f : kFields)
    if (f == name) return true;
  return false;
}

bool names_free_field(std::string_view token) {
  const std::string_view name = token.substr(0, token.find('['));
  if (name == "proc.cwd" || name == "proc.exepath") return false;
  for (std::string_view prefix : {"proc.", "thread.", "user.", "group.", "container.", "evt.type.is."})
    if (name.starts_with(prefix)) return true;
  static constexpr std::string_view kFields[] = {
      "fd.num",          "fd.type",           "fd.typechar",         "evt.num",
      "evt.time",        "evt.time.s",        "evt.time.iso8601",    "evt.datetime",
      "evt.datetime.s",  "evt.rawtime",       "evt.rawtime.s",       "evt.rawtime.ns",
      "evt.reltime",     "evt.reltime.s",     "evt.reltime.ns",      "evt.latency",
      "evt.latency.s",   "evt.latency.ns",    "evt.latency.quantized", "evt.latency.human",
      "evt.deltatime",   "evt.deltatime.s",   "evt.deltatime.ns",    "evt.dir",
      "evt.type",        "evt.cpu",           "evt.res",             "evt.rawres",
      "evt.failed",      "evt.category",      "evt.is_io",           "evt.is_io_read",
      "evt.is_io_write", "evt.io_dir",        "evt.is_wait",         "evt.wait_latency",
      "evt.buflen",      "evt.buflen.in",     "evt.buflen.out",      "evt.buflen.file",
      "evt.buflen.file.in", "evt.buflen.file.out", "evt.buflen.net", "evt.buflen.net.in",
      "evt.buflen.net.out", "evt.count",      "evt.count.error",     "evt.count.error.file",
      "evt.count.error.net", "evt.count.error.memory", "evt.count.error.other", "evt.count.exit",
      "evt.count.procinfo", "evt.count.threadinfo", "syscall.type"};
  for (std::string_view f : kFields)
    if (f == name) return true;
  return false;
}

filter::ResolveResult NotingFieldResolver::resolve(std::string_view token) {
  filter::ResolveResult r = EngineFieldResolver::resolve(token);
  const bool ok = r.status == filter::ResolveResult::Status::Ok;
  event_record_only = event_record_only && ok && event_record_field(token);
  names_free = names_free && ok && names_free_field(token);
  return r;
}

}  // namespace trowel::engine::fields
