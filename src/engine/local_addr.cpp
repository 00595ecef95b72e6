#include "engine/local_addr.h"

namespace trowel::engine {

namespace {

bool is_v6(const capture::InterfaceEntry& i) { return i.type == 2 || i.type == 4; }
bool is_v4(const capture::InterfaceEntry& i) { return i.type == 1 || i.type == 3; }

bool is_loopback(const std::array<uint8_t, 16>& a, bool v6) {
  if (!v6) return a[0] == 127;
  for (size_t k = 0; k < 15; ++k)
    if (a[k]) return false;
  return a[15] == 1;
}

bool same_network(const capture::InterfaceEntry& i, const std::array<uint8_t, 16>& dst, bool v6) {
  const size_t n = v6 ? 16 : 4;
  bool any_mask = false;
  for (size_t k = 0; k < n; ++k) {
    if ((i.addr[k] & i.netmask[k]) != (dst[k] & i.netmask[k])) return false;
    any_mask |= i.netmask[k] != 0;
  }
  return any_mask || (v6 && i.addr == dst);
}

}  // namespace

bool infer_local_address(const std::vector<capture::InterfaceEntry>& interfaces, bool v6,
                         const std::array<uint8_t, 16>& dst, std::array<uint8_t, 16>& out) {
  for (const auto& i : interfaces)
    if ((v6 ? is_v6(i) : is_v4(i)) && same_network(i, dst, v6)) {
      out = i.addr;
      return true;
    }
  for (const auto& i : interfaces)
    if ((v6 ? is_v6(i) : is_v4(i)) && !is_loopback(i.addr, v6)) {
      out = i.addr;
      return true;
    }
  return false;
}

}  // namespace trowel::engine
