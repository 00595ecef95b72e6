// The name tables that flag, enum and mode parameters refer to (ParamInfo::
// flags), the type lists of DYN parameters, and Linux signal names. Values
// are libs' PPM_* encodings; names are those sysdig 0.29.3 prints.
#pragma once
#include "capture/event_schema.h"

namespace trowel::capture {

// Tables of current libs (PPM_AF_*, PPM_O_*, PPM_CL_*, PPM_FCNTL_*, ...).
extern const FlagTable kSocketFamilies;
extern const FlagTable kFileFlags;
extern const FlagTable kCreatFlags;
extern const FlagTable kFlockFlags;
extern const FlagTable kCloneFlags;
extern const FlagTable kFutexOperations;
extern const FlagTable kPollFlags;
extern const FlagTable kMountFlags;
extern const FlagTable kUmountFlags;
extern const FlagTable kLseekWhence;
extern const FlagTable kShutdownHow;
extern const FlagTable kRlimitResources;
extern const FlagTable kFcntlCommands;
extern const FlagTable kSockoptLevels;
extern const FlagTable kSockoptOptions;
extern const FlagTable kPtraceRequests;
extern const FlagTable kProtFlags;
extern const FlagTable kMmapFlags;
extern const FlagTable kSpliceFlags;
extern const FlagTable kQuotactlDqiFlags;
extern const FlagTable kQuotactlCmds;
extern const FlagTable kQuotactlTypes;
extern const FlagTable kQuotactlQuotaFmts;
extern const FlagTable kSemopFlags;
extern const FlagTable kSemgetFlags;
extern const FlagTable kSemctlCommands;
extern const FlagTable kAccessFlags;
extern const FlagTable kPfFlags;
extern const FlagTable kUnlinkatFlags;
extern const FlagTable kLinkatFlags;
extern const FlagTable kNewfstatatFlags;
extern const FlagTable kChmodMode;
extern const FlagTable kFchownatFlags;
extern const FlagTable kRenameat2Flags;
extern const FlagTable kOpenat2Flags;
extern const FlagTable kExecveFlags;
extern const FlagTable kExecveatFlags;
extern const FlagTable kIoUringSetupFlags;
extern const FlagTable kIoUringSetupFeats;
extern const FlagTable kIoUringEnterFlags;
extern const FlagTable kIoUringRegisterOpcodes;
extern const FlagTable kMlockallFlags;
extern const FlagTable kMlock2Flags;
extern const FlagTable kFsconfigCmds;
extern const FlagTable kEpollCreate1Flags;
extern const FlagTable kPrctlOptions;
extern const FlagTable kKeyctlOperations;
extern const FlagTable kMemfdCreateFlags;
extern const FlagTable kPidfdOpenFlags;
extern const FlagTable kMknodMode;
extern const FlagTable kBpfCommands;
extern const FlagTable kDeleteModuleFlags;
extern const FlagTable kCloseRangeFlags;
extern const FlagTable kFinitModuleFlags;
extern const FlagTable kAnonInodeFdTypes;

// The 2022 (libs e5c53d64) versions of tables that have gained entries since;
// used by legacy_event_info().
extern const FlagTable kLegacyFileFlags;
extern const FlagTable kLegacyCloneFlags;
extern const FlagTable kLegacyShutdownHow;
extern const FlagTable kLegacyExecveFlags;

// DYN parameters: the type that each index byte selects (PPM_*_IDX_*).
extern const ParamType kSockoptDynTypes[5];
extern const ParamType kPtraceDynTypes[2];
extern const ParamType kBpfDynTypes[2];
extern const ParamType kKeyctlDynTypes[2];

// Linux signal numbers 1..31 -> "SIGHUP" ... "SIGSYS" (as sysdig prints SIGTYPE).
extern const FlagTable kSignalNames;

}  // namespace trowel::capture
