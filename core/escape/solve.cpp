// Solving the location graph (Go's escape/solve.go): from every root, a
// Bellman-Ford walk over the incoming edges computes the minimal derefs of
// every location that flows to it. Derefs are bounded below by 0 at each
// step ("root = &l; l = x": l's address reaches root, x's does not), so the
// negative edges cannot form negative cycles. A location whose address
// reaches a root that outlives it escapes, and is walked again as a root;
// each location turns persistent or escaping at most once, so the number of
// walks is linear in the number of locations.
#include "core/escape/internal.h"

namespace gs::escape {

void Batch::walkAll() {
  // A LIFO queue, like Go's, so that explanations come in Go's order.
  std::vector<Location*> todo;
  todo.reserve(allLocs.size() + 3);
  auto enqueue = [&](Location* loc) {
    if (!loc->queued) {
      todo.push_back(loc);
      loc->queued = true;
    }
  };
  for (Location* loc : allLocs) enqueue(loc);
  enqueue(&mutatorLoc);
  enqueue(&calleeLoc);
  enqueue(&heapLoc);

  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walkgen++;
    walkOne(root, walkgen, todo);
  }
}

void Batch::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& rootQueue) {
  auto enqueue = [&](Location* loc) {
    if (!loc->queued) {
      rootQueue.push_back(loc);
      loc->queued = true;
    }
  };
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = nullptr;

  // A closure of this batch that may be called from an unknown place: its
  // results can no longer be attributed to its known call sites.
  if (root->hasAttr(kAttrCalls) && root->site == SiteKind::Closure && root->closureFn) {
    Func* fn = root->closureFn;
    if (inMutualBatch(fn) && !fn->closureResultsLost) {
      fn->closureResultsLost = true;
      for (const ty::Var* r : fn->results) {
        if (Location* rl = oldLoc(r)) enqueue(rl);
      }
    }
  }

  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    uint8_t newAttrs = 0;

    // derefs < 0: l's address flows to root.
    bool addressOf = derefs < 0;
    if (addressOf) {
      derefs = 0;
      if (outlives(root, l)) {
        if (!l->hasAttr(kAttrEscapes) && explain()) {
          an->message(l->pos, l->text + " escapes to heap:");
          explainPath(root, l);
        }
        if (!l->hasAttr(kAttrEscapes) && !l->escapeWhy) l->escapeWhy = escapeReason(root, l);
        newAttrs |= kAttrEscapes | kAttrPersists | kAttrMutates | kAttrCalls;
      } else if (root->hasAttr(kAttrPersists)) {
        newAttrs |= kAttrPersists;
      }
    }
    if (derefs == 0) newAttrs |= root->attrs & (kAttrMutates | kAttrCalls);

    // A parameter's value reaching the heap or one of its own results is
    // part of its tag.
    if (l->kind == LocKind::Var && l->isParam) {
      if (outlives(root, l)) {
        if (!l->hasAttr(kAttrEscapes) && explain()) {
          an->message(l->pos, "parameter " + l->text + " leaks to " + explainLoc(root) +
                                  " with derefs=" + std::to_string(derefs) + ":");
          explainPath(root, l);
        }
        leakTo(l, root, derefs);
      }
      if (root->hasAttr(kAttrMutates)) l->paramEsc.addMutator(derefs);
      if (root->hasAttr(kAttrCalls)) l->paramEsc.addCallee(derefs);
    }

    if ((newAttrs & ~l->attrs) != 0) {
      l->attrs |= newAttrs;
      enqueue(l);
      if (l->attrs & kAttrEscapes) continue;
    }

    for (size_t i = 0; i < l->edges.size(); i++) {
      Edge& e = l->edges[i];
      if (e.src->hasAttr(kAttrEscapes)) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        e.src->dst = l;
        e.src->dstEdgeIdx = static_cast<int>(i);
        todo.push_back(e.src);
      }
    }
  }
}

// Records that parameter l leaks to sink with derefs.
void Batch::leakTo(Location* l, Location* sink, int derefs) {
  // A result parameter of l's own function that does not escape: a result
  // leak (if the result index fits the tag).
  if (!sink->hasAttr(kAttrEscapes) && sink->kind == LocKind::Var && sink->isResult && sink->curfn == l->curfn) {
    int ri = sink->resultIndex - 1;
    if (ri >= 0 && ri < Leaks::kNumResults) {
      l->paramEsc.addResult(ri, derefs);
      return;
    }
  }
  l->paramEsc.addHeap(derefs);
}

namespace {

bool containsClosure(Func* f, Func* c) {
  if (f == c || !c || (c->kind != FuncKind::Lit && c->kind != FuncKind::Wrapper)) return false;
  for (Func* p = c->closureParent; p; p = p->closureParent) {
    if (p == f) return true;
  }
  return false;
}

}  // namespace

// Whether values stored in l may survive beyond other's lifetime if other
// were stack allocated.
bool Batch::outlives(Location* l, Location* other) {
  if (l->hasAttr(kAttrEscapes)) return true;  // the heap outlives everything
  if (l == &mutatorLoc || l == &calleeLoc) return false;
  // Results flow to unknown callers: assume the heap. Except a closure's
  // results when all its calls are known.
  if (l->kind == LocKind::Var && l->isResult) {
    if (containsClosure(other->curfn, l->curfn) && !l->curfn->closureResultsLost) return false;
    return true;
  }
  // Same function: l outlives other if declared outside other's loop.
  if (l->curfn == other->curfn && l->loopDepth < other->loopDepth) return true;
  // other is declared in a closure inside l's function.
  if (containsClosure(l->curfn, other->curfn)) return true;
  return false;
}

// -m=2: how src flows to root.
void Batch::explainPath(Location* root, Location* src) {
  std::unordered_set<Location*> visited;
  syn::Pos srcPos = src->pos;
  for (;;) {
    if (visited.count(src)) {
      an->message(srcPos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
      break;
    }
    visited.insert(src);
    Location* dst = src->dst;
    if (!dst) break;
    Edge& e = dst->edges[static_cast<size_t>(src->dstEdgeIdx)];
    // Every line carries the position of the location being explained.
    explainFlow(srcPos, dst, src, e.derefs, e.notes);
    if (dst == root) break;
    src = dst;
  }
}

void Batch::explainFlow(syn::Pos at, Location* dst, Location* src, int derefs, const Note* notes) {
  std::string ops = "&";
  if (derefs >= 0) ops = std::string(static_cast<size_t>(derefs), '*');
  an->message(at, "  flow: " + explainLoc(dst) + " = " + ops + explainLoc(src) + ":");
  for (const Note* n = notes; n; n = n->next) {
    an->message(at, "    from " + n->where + " (" + n->why + ") at " + an->posString(n->pos));
  }
}

const char* Batch::escapeReason(Location* root, Location* l) {
  if (root == &heapLoc) return "stored in a global or a heap object, or passed to a call that keeps it";
  if (root->kind == LocKind::Var && root->isResult) return "returned by the function";
  if (!root->hasAttr(kAttrEscapes)) {
    if (root->curfn == l->curfn) return "its address is kept after its loop iteration ends";
    return "its address is stored in a variable of the enclosing function";
  }
  // root itself is in the heap: l's address is stored in it.
  if (root->kind == LocKind::Site) {
    switch (root->site) {
      case SiteKind::Closure: return "captured by reference by a closure that escapes";
      case SiteKind::Wrapper: return "used by a go statement or by a deferred call in a loop";
      case SiteKind::MethodValue: return "the receiver of a method value that escapes";
      default: return "stored in an object that is in the heap";
    }
  }
  if (root->kind == LocKind::Var) return "stored in a variable that is in the heap";
  return "stored in an object that is in the heap";
}

std::string Batch::explainLoc(Location* l) {
  if (l == &heapLoc) return "{heap}";
  if (l->kind == LocKind::Var) return l->text;
  if (l->kind == LocKind::Site) return "{storage for " + l->text + "}";
  // A go/defer temporary is a named variable (.autotmp_N) in Go's IR.
  if (l->kind == LocKind::Temp && !l->text.empty()) return l->text;
  return "{temp}";
}

}  // namespace gs::escape
