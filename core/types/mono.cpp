// Instantiation cycles. Go compiles one body per instantiation, so generic
// code that instantiates itself with ever larger type arguments,
//
//	func f[T any](x T) { f[[]T](nil) }   // f[int] needs f[[]int] needs f[[][]int] ...
//
// is rejected by the type checker ("instantiation cycle"), as
// cmd/compile/internal/types2 does in mono.go. Without the check the
// compiler would instantiate forever.
//
// The check is a graph problem. Every type parameter of this package is a
// vertex. Each instantiation G[A1, ..., An] made inside generic code adds,
// for every type parameter P occurring in Ai, an edge P -> Gi (Gi: G's i-th
// type parameter) of weight 0 when Ai is P itself and 1 when Ai wraps P
// ([]P, *P, Box[P], ...). The instances are finite exactly when no cycle
// has positive weight; longest-path relaxation (Bellman-Ford) finds one: a
// path as long as the vertex count must repeat a vertex.
#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

int Checker::monoVertex(TypeParamType* tp) {
  // A method's receiver type parameters stand for its type's parameters.
  auto c = monoCanon.find(tp);
  if (c != monoCanon.end()) tp = c->second;
  auto it = monoIndex.find(tp);
  if (it != monoIndex.end()) return it->second;
  int v = static_cast<int>(monoVerts.size());
  monoVerts.push_back(tp);
  monoIndex.emplace(tp, v);
  return v;
}

void Checker::monoRecord(Pos pos, const std::vector<TypeParamType*>& tparams, const std::vector<Type*>& targs,
                         const std::vector<Expr*>& xlist) {
  for (size_t i = 0; i < tparams.size() && i < targs.size(); i++) {
    TypeParamType* tpar = tparams[i];
    // Cycles stay inside one package: another package's type parameters
    // cannot be instantiated with ours in a loop.
    if (!tpar->obj || tpar->obj->pkg != pkg) continue;
    Type* targ = targs[i];
    Pos at = i < xlist.size() ? startPos(xlist[i]) : pos;
    int dst = monoVertex(tpar);
    // Every type parameter inside the argument flows into tpar.
    std::vector<Type*> work{targ};
    while (!work.empty()) {
      Type* t = work.back();
      work.pop_back();
      if (!t) continue;
      switch (t->kind) {
        case Kind::TypeParam: {
          auto* p = static_cast<TypeParamType*>(t);
          if (p->obj && p->obj->pkg == pkg) monoEdges.push_back({dst, monoVertex(p), t == targ ? 0 : 1, at, targ});
          break;
        }
        case Kind::Named:
          for (Type* a : static_cast<NamedType*>(t)->typeArgs) work.push_back(a);
          break;
        case Kind::Interface: {
          auto* it = static_cast<InterfaceType*>(t);
          for (Func* m : it->complete ? it->allMethods : it->explicitMethods) work.push_back(m->type);
          break;
        }
        default: appendTypeParts(t, &work); break;
      }
    }
  }
}

void Checker::monomorph() {
  size_t n = monoVerts.size();
  if (n == 0) return;
  std::vector<int> weight(n, 0), len(n, 0), pre(n, -1);
  for (bool again = true; again;) {
    again = false;
    for (size_t i = 0; i < monoEdges.size(); i++) {
      const MonoEdge& e = monoEdges[i];
      int w = weight[static_cast<size_t>(e.src)] + e.weight;
      size_t d = static_cast<size_t>(e.dst);
      if (w <= weight[d]) continue;
      pre[d] = static_cast<int>(i);
      len[d] = len[static_cast<size_t>(e.src)] + 1;
      if (static_cast<size_t>(len[d]) == n) {
        // The path ending at e.dst contains a cycle, though e.dst itself may
        // only be reachable from it: walk back to the first vertex seen
        // twice, which is on the cycle, and report the cycle from there.
        std::vector<int> stack;
        std::vector<bool> seen(n, false);
        int v = e.dst;
        while (!seen[static_cast<size_t>(v)]) {
          stack.push_back(v);
          seen[static_cast<size_t>(v)] = true;
          v = monoEdges[static_cast<size_t>(pre[static_cast<size_t>(v)])].src;
        }
        size_t from = 0;
        while (stack[from] != v) from++;
        std::vector<std::pair<Pos, std::string>> subs;
        for (size_t k = from; k < stack.size(); k++) {
          const MonoEdge& pe = monoEdges[static_cast<size_t>(pre[static_cast<size_t>(stack[k])])];
          subs.push_back({pe.pos, monoVerts[static_cast<size_t>(pe.dst)]->obj->name + " instantiated as " +
                                      typeStr(pe.targ)});
        }
        errorWithSub(monoVerts[static_cast<size_t>(v)]->obj->pos, "instantiation cycle:", subs);
        return;
      }
      weight[d] = w;
      again = true;
    }
  }
}

}  // namespace gs::types
