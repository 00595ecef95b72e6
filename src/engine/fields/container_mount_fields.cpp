// container.image.id/digest, container.mounts and container.mount*[N|PATH]:
// from the JSON container events (State keeps them in ContainerInfo).
//
// As sysdig 0.29.3: a mount is chosen by index ([0]) or by a path glob
// ([/usr/*]) matched against the mount's source (its destination for
// container.mount.source); no such mount, or a thread outside containers:
// no value. The argument is required ("filter syntax error: FIELD" without
// it). Empty image id/digest: no value. A mount renders as source:dest:mode:rdwr:propagation, rdwr being the
// text true/false; container.mounts joins all of them with ','.
#include <fnmatch.h>

#include "engine/fields/field_table.h"
#include "engine/state.h"

namespace trowel::engine::fields {

namespace {

const ContainerInfo* container_of(const EventContext& c) {
  if (!c.thread || !c.state || c.thread->container_id.empty()) return nullptr;
  return c.state->container(c.thread->container_id);
}

bool get_image_id(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ContainerInfo* ci = container_of(c);
  return ci && !ci->imageid.empty() && set_str(v, ci->imageid);
}
bool get_image_digest(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ContainerInfo* ci = container_of(c);
  return ci && !ci->imagedigest.empty() && set_str(v, ci->imagedigest);
}

void append_mount(const ContainerMount& m, std::string& out) {
  out += m.source;
  out += ':';
  out += m.dest;
  out += ':';
  out += m.mode;
  out += ':';
  out += m.rdwr ? "true" : "false";
  out += ':';
  out += m.propagation;
}

bool get_mounts(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  const ContainerInfo* ci = container_of(c);
  if (!ci) return false;
  s.text.clear();
  for (size_t i = 0; i < ci->mounts.size(); ++i) {
    if (i) s.text += ',';
    append_mount(ci->mounts[i], s.text);
  }
  return set_str(v, s.text);
}

// The mount an argument designates; by_dest: a path matches destinations.
const ContainerMount* pick(const EventContext& c, const FieldArg& a, bool by_dest) {
  const ContainerInfo* ci = container_of(c);
  if (!ci) return nullptr;
  if (a.name.empty()) {
    if (a.index < 0 || static_cast<size_t>(a.index) >= ci->mounts.size()) return nullptr;
    return &ci->mounts[static_cast<size_t>(a.index)];
  }
  for (const ContainerMount& m : ci->mounts)
    if (fnmatch(a.name.c_str(), (by_dest ? m.dest : m.source).c_str(), 0) == 0) return &m;
  return nullptr;
}

bool get_mount(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  const ContainerMount* m = pick(c, a, false);
  if (!m) return false;
  s.text.clear();
  append_mount(*m, s.text);
  return set_str(v, s.text);
}
bool get_mount_source(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const ContainerMount* m = pick(c, a, true);
  return m && set_str(v, m->source);
}
bool get_mount_dest(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const ContainerMount* m = pick(c, a, false);
  return m && set_str(v, m->dest);
}
bool get_mount_mode(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const ContainerMount* m = pick(c, a, false);
  return m && set_str(v, m->mode);
}
bool get_mount_rdwr(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const ContainerMount* m = pick(c, a, false);
  return m && set_str(v, m->rdwr ? "true" : "false");
}
bool get_mount_propagation(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const ContainerMount* m = pick(c, a, false);
  return m && set_str(v, m->propagation);
}

// Requires [N] or [PATH] (sysdig's message names the field).
template <const char* Name>
std::string require_bracket(FieldArg& a) {
  if (!a.bracket) return std::string("filter syntax error: ") + Name;
  return {};
}

constexpr char kMount[] = "container.mount";
constexpr char kSource[] = "container.mount.source";
constexpr char kDest[] = "container.mount.dest";
constexpr char kMode[] = "container.mount.mode";
constexpr char kRdwr[] = "container.mount.rdwr";
constexpr char kProp[] = "container.mount.propagation";

constexpr uint32_t kNone = 0;
constexpr ValueType kStr = ValueType::String;
constexpr ArgMode kArg = ArgMode::Bracket;

const std::vector<FieldDef> kContainerMountFields = {
    {{"container.image.id", kStr, kNone, ArgMode::None, "container", "container image id"}, get_image_id},
    {{"container.image.digest", kStr, kNone, ArgMode::None, "container", "container image registry digest"}, get_image_digest},
    {{"container.mounts", kStr, kNone, ArgMode::None, "container", "all mounts, source:dest:mode:rdwr:propagation, comma-separated"}, get_mounts},
    {{kMount, kStr, kNone, kArg, "container", "one mount, by number ([0]) or source path glob ([/usr/*]): source:dest:mode:rdwr:propagation"}, get_mount, nullptr, nullptr, nullptr, require_bracket<kMount>},
    {{kSource, kStr, kNone, kArg, "container", "a mount's source, by number or destination path glob"}, get_mount_source, nullptr, nullptr, nullptr, require_bracket<kSource>},
    {{kDest, kStr, kNone, kArg, "container", "a mount's destination, by number or source path glob"}, get_mount_dest, nullptr, nullptr, nullptr, require_bracket<kDest>},
    {{kMode, kStr, kNone, kArg, "container", "a mount's mode, by number or source path glob"}, get_mount_mode, nullptr, nullptr, nullptr, require_bracket<kMode>},
    {{kRdwr, kStr, kNone, kArg, "container", "a mount's read-write flag (true/false), by number or source path glob"}, get_mount_rdwr, nullptr, nullptr, nullptr, require_bracket<kRdwr>},
    {{kProp, kStr, kNone, kArg, "container", "a mount's propagation, by number or source path glob"}, get_mount_propagation, nullptr, nullptr, nullptr, require_bracket<kProp>},
};

}  // namespace

const std::vector<FieldDef>& container_mount_field_defs() { return kContainerMountFields; }

}  // namespace trowel::engine::fields
