// A node's direct children, for passes that must see every node of a tree
// but care about only a few kinds (e.g. which objects a body refers to).
#pragma once

#include <vector>

#include "core/syntax/ast.h"

namespace gs::syntax {

// Appends n's non-null children to *out, in source order.
void appendChildren(Node* n, std::vector<Node*>* out);

}  // namespace gs::syntax
