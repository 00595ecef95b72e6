// Parsers for the metadata blocks of a section (MI, PL_V1..V9, FDL v1/v2,
// IL v1/v2, UL v1/v2), scap-format.md §5-§7.
#pragma once
#include <cstdint>
#include <stdexcept>

#include "capture/tables.h"

namespace trowel::capture {

// Thrown for malformed metadata; the message is the reason only (the caller
// adds the file, offset and block type).
class MetadataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses one metadata block body (body_len includes the 0-3 padding bytes)
// into `tables`. Returns false if `type` is not a metadata block type.
bool parse_metadata_block(uint32_t type, const uint8_t* body, uint32_t body_len,
                          SectionTables& tables);

}  // namespace trowel::capture
