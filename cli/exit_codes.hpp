// The kg command's exit codes (documented in the README and in `kg --help`).
#pragma once

#include "kg/text/source_error.hpp"

namespace kg::cli {

enum ExitCode : int {
  kOk = 0,
  kBadInput = 1,     // an input text or graph is missing, unreadable or malformed; unknown entity
  kUsage = 2,        // bad command line or query syntax
  kBadData = 3,      // an ontology, lexicon or pattern file is malformed
  kOutputError = 4,  // an output cannot be written (permissions, disk full)
  kInternal = 70,    // a bug: please report it
};

inline int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Input: return kBadInput;
    case ErrorKind::Data: return kBadData;
    case ErrorKind::Output: return kOutputError;
  }
  return kInternal;
}

}  // namespace kg::cli
