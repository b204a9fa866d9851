// Package initialization order (Go spec "Package initialization"): package
// variables are initialized in dependency order, ties broken by declaration
// order. Functions are not initialized but carry dependencies through their
// bodies, so they are removed from the graph by connecting their
// predecessors to their successors. Cycles among variables (possibly
// through functions) are reported as "initialization cycle".
#include <algorithm>

#include "core/types/check_internal.h"

namespace gs::types {

namespace {
struct GraphNode {
  Object* obj;
  std::vector<GraphNode*> pred, succ;
  int ndeps = 0;
  size_t order = 0;
  bool done = false;
  void addSucc(GraphNode* n) {
    if (std::find(succ.begin(), succ.end(), n) == succ.end()) succ.push_back(n);
  }
  void addPred(GraphNode* n) {
    if (std::find(pred.begin(), pred.end(), n) == pred.end()) pred.push_back(n);
  }
};

void eraseNode(std::vector<GraphNode*>& v, GraphNode* n) { v.erase(std::remove(v.begin(), v.end(), n), v.end()); }
}  // namespace

void Checker::initOrder() {
  pkg->initOrder.clear();
  std::unordered_map<Object*, GraphNode*> M;
  std::vector<std::unique_ptr<GraphNode>> nodes;
  for (size_t i = 0; i < objList.size(); i++) {
    Object* o = objList[i];
    if (o->kind != ObjKind::Const && o->kind != ObjKind::Var && o->kind != ObjKind::Func) continue;
    nodes.push_back(std::make_unique<GraphNode>());
    GraphNode* n = nodes.back().get();
    n->obj = o;
    n->order = i;
    M[o] = n;
  }
  for (auto& up : nodes) {
    GraphNode* n = up.get();
    for (Object* d : objMap[n->obj]->deps) {
      auto it = M.find(d);
      if (it == M.end()) continue;
      n->addSucc(it->second);
      it->second->addPred(n);
    }
  }
  // Remove function nodes, cheapest first.
  std::vector<GraphNode*> G, funcG;
  for (auto& up : nodes) (up->obj->kind == ObjKind::Func ? funcG : G).push_back(up.get());
  std::stable_sort(funcG.begin(), funcG.end(), [](GraphNode* a, GraphNode* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (GraphNode* n : funcG) {
    for (GraphNode* p : n->pred) {
      if (p == n) continue;
      for (GraphNode* s : n->succ) {
        if (s == n) continue;
        p->addSucc(s);
        s->addPred(p);
      }
      eraseNode(p->succ, n);
    }
    for (GraphNode* s : n->succ) eraseNode(s->pred, n);
  }
  for (GraphNode* n : G) n->ndeps = static_cast<int>(n->succ.size());

  // Dependency path from `from` to `to` through objMap's deps (for cycle
  // reports).
  std::function<bool(Object*, Object*, std::unordered_set<Object*>&, std::vector<Object*>&)> findPath =
      [&](Object* from, Object* to, std::unordered_set<Object*>& seen, std::vector<Object*>& path) -> bool {
    if (seen.count(from)) return false;
    seen.insert(from);
    auto it = objMap.find(from);
    if (it == objMap.end()) return false;
    for (Object* d : it->second->deps) {
      if (d == to) {
        path.push_back(d);
        return true;
      }
      if (findPath(d, to, seen, path)) {
        path.push_back(d);
        return true;
      }
    }
    return false;
  };

  std::unordered_set<DeclInfo*> emitted;
  size_t remaining = G.size();
  while (remaining > 0) {
    // Pick: constants first, then fewest dependencies, then source order.
    GraphNode* best = nullptr;
    for (GraphNode* n : G) {
      if (n->done) continue;
      if (!best) {
        best = n;
        continue;
      }
      bool nc = n->obj->kind == ObjKind::Const, bc = best->obj->kind == ObjKind::Const;
      if (nc != bc) {
        if (nc) best = n;
        continue;
      }
      if (n->ndeps < best->ndeps || (n->ndeps == best->ndeps && n->order < best->order)) best = n;
    }
    best->done = true;
    remaining--;
    if (best->ndeps > 0) {
      std::unordered_set<Object*> seen;
      std::vector<Object*> cycle;
      if (findPath(best->obj, best->obj, seen, cycle)) {
        // cycle is reversed: [obj, ..., first dep]
        Object* obj = cycle[0];
        if (cycle.size() == 1) {
          error(obj->pos, "initialization cycle: " + obj->name + " refers to itself");
        } else {
          std::vector<std::pair<syntax::Pos, std::string>> subs;
          for (size_t i = cycle.size(); i-- > 0;) {
            subs.push_back({obj->pos, obj->name + " refers to"});
            obj = cycle[i];
          }
          subs.push_back({obj->pos, obj->name});
          errorWithSub(cycle[0]->pos, "initialization cycle for " + cycle[0]->name, subs);
        }
      }
    }
    for (GraphNode* p : best->pred) p->ndeps--;
    if (best->obj->kind != ObjKind::Var) continue;
    auto* v = static_cast<Var*>(best->obj);
    DeclInfo* info = objMap[v];
    if (!info || !info->init) continue;
    if (emitted.count(info)) continue;
    emitted.insert(info);
    Initializer init;
    if (info->lhs.empty()) init.lhs.push_back(v);
    else init.lhs = info->lhs;
    init.rhs = info->init;
    pkg->initOrder.push_back(init);
  }
}

}  // namespace gs::types
