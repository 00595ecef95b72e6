// Containers: ids derived from cgroup paths, and the container table filled
// from container events (JSON).
#include <cctype>

#include "capture/param_decode.h"
#include "engine/state.h"

namespace trowel::engine {

namespace {

bool is_hex64(std::string_view s) {
  if (s.size() < 64) return false;
  for (size_t i = 0; i < 64; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// Reads a JSON string starting at s[i] == '"'; handles the common escapes.
bool read_json_string(std::string_view s, size_t& i, std::string& out) {
  if (i >= s.size() || s[i] != '"') return false;
  out.clear();
  for (++i; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') {
      ++i;
      return true;
    }
    if (c == '\\' && i + 1 < s.size()) {
      char e = s[++i];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'u': i += 4; out += '?'; break;
        default: out += e;
      }
      continue;
    }
    out += c;
  }
  return false;
}

// Value of the first "key": in the document, as text (strings unquoted).
std::string json_value(std::string_view doc, std::string_view key) {
  std::string pattern = "\"" + std::string(key) + "\"";
  size_t p = doc.find(pattern);
  if (p == std::string_view::npos) return {};
  size_t i = p + pattern.size();
  while (i < doc.size() && (doc[i] == ' ' || doc[i] == ':')) ++i;
  std::string out;
  if (i < doc.size() && doc[i] == '"') {
    read_json_string(doc, i, out);
    return out;
  }
  while (i < doc.size() && doc[i] != ',' && doc[i] != '}' && doc[i] != ']') out += doc[i++];
  return out;
}

// The end of the JSON value (object, array or string) starting at s[i].
size_t json_skip(std::string_view s, size_t i) {
  int depth = 0;
  bool in_str = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') {
        in_str = false;
        if (depth == 0) return i + 1;
      }
      continue;
    }
    if (c == '"') in_str = true;
    else if (c == '{' || c == '[') ++depth;
    else if (c == '}' || c == ']') {
      if (--depth <= 0) return i + 1;
    }
  }
  return s.size();
}

// The objects of the "Mounts" array: Source, Destination, Mode, RW, Propagation.
void parse_mounts(std::string_view doc, std::vector<ContainerMount>& out) {
  size_t p = doc.find("\"Mounts\"");
  if (p == std::string_view::npos) return;
  size_t i = doc.find('[', p);
  if (i == std::string_view::npos) return;
  const size_t end = json_skip(doc, i);
  for (++i; i < end; ++i) {
    if (doc[i] != '{') continue;
    size_t close = json_skip(doc, i);
    std::string_view obj = doc.substr(i, close - i);
    ContainerMount m;
    m.source = json_value(obj, "Source");
    m.dest = json_value(obj, "Destination");
    m.mode = json_value(obj, "Mode");
    m.rdwr = json_value(obj, "RW") == "true";
    m.propagation = json_value(obj, "Propagation");
    out.push_back(std::move(m));
    i = close - 1;
  }
}

const char* container_type_name(std::string_view v) {
  // Numeric types of the container events (CT_*); names as sysdig shows them.
  static const char* const kNames[] = {"docker", "lxc", "libvirt-lxc", "mesos", "rkt", "custom",
                                       "cri", "containerd", "cri-o", "bpm", "static", "podman"};
  if (!v.empty() && std::isdigit(static_cast<unsigned char>(v[0]))) {
    unsigned n = static_cast<unsigned>(std::stoul(std::string(v)));
    return n < std::size(kNames) ? kNames[n] : "unknown";
  }
  return nullptr;
}

}  // namespace

void State::set_container_from_cgroups(ThreadInfo& th) {
  // cgroup lines look like "cpu=/docker/<64 hex>" or
  // "...=/system.slice/docker-<64 hex>.scope", "crio-<hex>",
  // "cri-containerd-<hex>", "libpod-<hex>", ".../kubepods/.../<hex>".
  std::string_view all = th.cgroups;
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\0', start);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(start, end - start);
    start = end + 1;
    size_t eq = line.find('=');
    std::string_view path = eq == std::string_view::npos ? line : line.substr(eq + 1);
    for (size_t i = 0; i + 64 <= path.size(); ++i) {
      if ((i == 0 || path[i - 1] == '/' || path[i - 1] == '-') && is_hex64(path.substr(i)) &&
          (i + 64 == path.size() || path[i + 64] == '.' || path[i + 64] == '/')) {
        th.container_id.assign(path.substr(i, 12));
        return;
      }
    }
  }
}

void State::on_container_event(const capture::EventView& ev) {
  ++thread_epoch_;
  ContainerInfo c;
  if (ev.type == 228) {  // id, type, name, image
    if (auto v = capture::decode_charbuf(ev.param(0))) c.id.assign(*v);
    if (auto v = capture::decode_uint32(ev.param(1))) c.type = container_type_name(std::to_string(*v));
    if (auto v = capture::decode_charbuf(ev.param(2))) c.name.assign(*v);
    if (auto v = capture::decode_charbuf(ev.param(3))) c.image.assign(*v);
  } else {
    auto doc = capture::decode_charbuf(ev.param(0));
    if (!doc) return;
    c.id = json_value(*doc, "id");
    c.name = json_value(*doc, "name");
    c.image = json_value(*doc, "image");
    std::string type = json_value(*doc, "type");
    const char* tn = container_type_name(type);
    c.type = tn ? tn : type;
    c.privileged = json_value(*doc, "privileged") == "true";
    c.imageid = json_value(*doc, "imageid");
    c.imagedigest = json_value(*doc, "imagedigest");
    c.imagerepo = json_value(*doc, "imagerepo");
    c.imagetag = json_value(*doc, "imagetag");
    parse_mounts(*doc, c.mounts);
  }
  if (c.id.empty()) return;
  std::string id = c.id;
  containers_[id] = std::move(c);
}

}  // namespace trowel::engine
