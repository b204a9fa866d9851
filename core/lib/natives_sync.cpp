// Natives of package sync.
#include "core/lib/natives.h"
#include "core/vm/vm.h"

namespace gs::lib {

void registerSyncNatives(std::vector<NativeEntry>& out) { (void)out; }

}  // namespace gs::lib
