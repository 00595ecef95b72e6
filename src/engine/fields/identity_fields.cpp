// user.*, group.* and container.* fields.
#include "engine/fields/field_table.h"
#include "engine/state.h"

namespace trowel::engine::fields {

namespace {

const ThreadInfo* th(const EventContext& c) { return c.thread; }

bool get_uid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && set_uint(v, th(c)->uid); }
bool get_user_name(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c) || !c.state) return false;
  const UserInfo* u = c.state->user(th(c)->uid);
  return u && set_str(v, u->name);
}
bool get_homedir(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c) || !c.state) return false;
  const UserInfo* u = c.state->user(th(c)->uid);
  return u && set_str(v, u->home);
}
bool get_shell(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c) || !c.state) return false;
  const UserInfo* u = c.state->user(th(c)->uid);
  return u && set_str(v, u->shell);
}
bool get_loginuid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return th(c) && set_int(v, th(c)->loginuid == 0xFFFFFFFFu ? -1 : static_cast<int64_t>(th(c)->loginuid));
}
bool get_loginname(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c) || !c.state) return false;
  const UserInfo* u = c.state->user(th(c)->loginuid);
  return u && set_str(v, u->name);
}
bool get_gid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && set_uint(v, th(c)->gid); }
bool get_group_name(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c) || !c.state) return false;
  const GroupInfo* g = c.state->group(th(c)->gid);
  return g && set_str(v, g->name);
}

const ContainerInfo* container_of(const EventContext& c) {
  if (!th(c) || !c.state || th(c)->container_id.empty()) return nullptr;
  return c.state->container(th(c)->container_id);
}
bool get_container_id(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c)) return false;
  return set_str(v, th(c)->container_id.empty() ? std::string_view("host") : std::string_view(th(c)->container_id));
}
bool get_container_name(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c)) return false;
  if (th(c)->container_id.empty()) return set_str(v, "host");
  const ContainerInfo* ci = container_of(c);
  return ci && set_str(v, ci->name);
}
bool get_container_image(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ContainerInfo* ci = container_of(c);
  return ci && set_str(v, ci->image);
}
bool get_container_type(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c)) return false;
  if (th(c)->container_id.empty()) return set_str(v, "host");
  const ContainerInfo* ci = container_of(c);
  return ci && set_str(v, ci->type);
}
bool get_container_privileged(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ContainerInfo* ci = container_of(c);
  return ci && set_bool(v, ci->privileged);
}
// As sysdig 0.29.3: the imagerepo/imagetag of the JSON container event (not
// a split of the image name); empty: no value.
bool get_image_repository(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ContainerInfo* ci = container_of(c);
  return ci && !ci->imagerepo.empty() && set_str(v, ci->imagerepo);
}
bool get_image_tag(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ContainerInfo* ci = container_of(c);
  return ci && !ci->imagetag.empty() && set_str(v, ci->imagetag);
}

constexpr uint32_t kNone = 0;

const std::vector<FieldDef> kIdentityFields = {
    {{"user.uid", ValueType::UInt, kNone, ArgMode::None, "user", "user id"}, get_uid},
    {{"user.name", ValueType::String, kNone, ArgMode::None, "user", "user name"}, get_user_name},
    {{"user.homedir", ValueType::String, kNone, ArgMode::None, "user", "home directory"}, get_homedir},
    {{"user.shell", ValueType::String, kNone, ArgMode::None, "user", "login shell"}, get_shell},
    {{"user.loginuid", ValueType::Int, kNone, ArgMode::None, "user", "audit user id (-1 if unset)"}, get_loginuid},
    {{"user.loginname", ValueType::String, kNone, ArgMode::None, "user", "name of the audit user"}, get_loginname},
    {{"group.gid", ValueType::UInt, kNone, ArgMode::None, "group", "group id"}, get_gid},
    {{"group.name", ValueType::String, kNone, ArgMode::None, "group", "group name"}, get_group_name},
    {{"container.id", ValueType::String, kNone, ArgMode::None, "container", "container id (host outside containers)"}, get_container_id},
    {{"container.name", ValueType::String, kNone, ArgMode::None, "container", "container name (host outside containers)"}, get_container_name},
    {{"container.image", ValueType::String, kNone, ArgMode::None, "container", "container image"}, get_container_image},
    {{"container.image.repository", ValueType::String, kNone, ArgMode::None, "container", "image repository"}, get_image_repository},
    {{"container.image.tag", ValueType::String, kNone, ArgMode::None, "container", "image tag"}, get_image_tag},
    {{"container.type", ValueType::String, kNone, ArgMode::None, "container", "docker, cri, containerd, podman, ... (host outside containers)"}, get_container_type},
    {{"container.privileged", ValueType::Bool, kNone, ArgMode::None, "container", "true for privileged containers"}, get_container_privileged},
};

}  // namespace

const std::vector<FieldDef>& identity_field_defs() { return kIdentityFields; }

}  // namespace trowel::engine::fields
