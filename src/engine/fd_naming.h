// Names and type letters of fds as sysdig shows them (fd.name, fd.type,
// fd.typechar).
#pragma once
#include <string>

#include "engine/fd_info.h"

namespace trowel::engine {

// Sets fd.name of a socket from its tuple: "cip:cport->sip:sport" for a
// connection, "ip:port" for a listening socket (IPv6 addresses unbracketed,
// as sysdig 0.29.3 prints them).
void name_socket(FdInfo& fd);

// Appends an address in text form (IPv4 for kind Ipv4, IPv6 otherwise).
void append_ip(std::string& out, const std::array<uint8_t, 16>& addr, bool v6);

}  // namespace trowel::engine
