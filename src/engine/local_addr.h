// The local address sysdig 0.29.3 guesses for a socket that sends from an
// unspecified source (0.0.0.0 / ::), e.g. an unconnected UDP socket after
// sendto: the address of the first interface of the capture's interface
// table whose network contains the destination, else of the first
// non-loopback interface of that family; none if the table has no interface
// of that family.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "capture/tables.h"

namespace trowel::engine {

// `dst` and `out` in network order (IPv4 in the first 4 bytes). False if no
// interface fits.
bool infer_local_address(const std::vector<capture::InterfaceEntry>& interfaces, bool v6,
                         const std::array<uint8_t, 16>& dst, std::array<uint8_t, 16>& out);

}  // namespace trowel::engine
