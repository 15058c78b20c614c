// IRI building for the JSON-LD export.
#pragma once

#include <string>
#include <string_view>

namespace kg::io::detail {

// `text` as one IRI path segment (RFC 3987 ipchar): ASCII letters, digits, `-_~` and
// non-ASCII characters allowed in IRIs are kept, every other byte is percent-encoded
// (so `.`, `/`, `?`, `#`, spaces and controls never change the IRI's structure).
std::string iri_segment(std::string_view text);

}  // namespace kg::io::detail

namespace kg::io::detail {

// Inverse of iri_segment(): `%XX` sequences become bytes again; anything else is kept.
std::string decode_iri_segment(std::string_view segment);

}  // namespace kg::io::detail
