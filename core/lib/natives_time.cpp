// Natives of package time.
#include "core/lib/natives.h"
#include "core/vm/vm.h"

namespace gs::lib {

void registerTimeNatives(std::vector<NativeEntry>& out) { (void)out; }

}  // namespace gs::lib
