// The disassembler: prints instructions as the opcode table describes them.
#include <cstdio>
#include <string>

#include "core/vm/vm.h"

namespace gs::vm {

namespace {

std::string operand(const Program& prog, char kind, const Instr& in, int which) {
  int32_t v = which == 0 ? in.a : (which == 1 ? in.b : in.c);
  char buf[64];
  switch (kind) {
    case 'S': std::snprintf(buf, sizeof buf, "R%d", v); return buf;
    case 'I': std::snprintf(buf, sizeof buf, "%d", v); return buf;
    case 'K': {
      uint64_t k = static_cast<uint32_t>(in.b) | (static_cast<uint64_t>(static_cast<uint32_t>(in.c)) << 32);
      std::snprintf(buf, sizeof buf, "$%lld", static_cast<long long>(k));
      return buf;
    }
    case 'J': std::snprintf(buf, sizeof buf, "@%d", v); return buf;
    case 'F':
    case 'N':
      if (v >= 0 && static_cast<size_t>(v) < prog.funcs.size()) return prog.funcs[static_cast<size_t>(v)].name;
      std::snprintf(buf, sizeof buf, "func#%d", v);
      return buf;
    case 'T':
      if (v >= 0 && static_cast<size_t>(v) < prog.types.size()) return "<" + prog.types[static_cast<size_t>(v)]->name + ">";
      std::snprintf(buf, sizeof buf, "type#%d", v);
      return buf;
    case 'G': std::snprintf(buf, sizeof buf, "G%d", v); return buf;
    case 'D': std::snprintf(buf, sizeof buf, "D%d", v); return buf;
    default: return "";
  }
}

}  // namespace

std::string disassembleRange(const Program& prog, int32_t from, int32_t to) {
  std::string out;
  for (int32_t pc = from; pc < to; pc++) {
    const Instr& in = prog.code[static_cast<size_t>(pc)];
    if (in.op >= static_cast<uint16_t>(Op::NumOps)) {
      out += "  ???\n";
      continue;
    }
    const OpInfo& info = opInfo(static_cast<Op>(in.op));
    char head[48];
    std::snprintf(head, sizeof head, "%6d  %-12s", pc, info.mnemonic);
    std::string line = head;
    const char kinds[3] = {info.a, info.b, info.c};
    bool first = true;
    for (int i = 0; i < 3; i++) {
      if (kinds[i] == '_') continue;
      if (kinds[i] == 'K' && i == 2) continue;
      line += first ? " " : ", ";
      line += operand(prog, kinds[i], in, i);
      first = false;
    }
    if (in.aux) line += " aux=" + std::to_string(in.aux);
    if (info.ext && pc + 1 < to) {
      const Instr& x = prog.code[static_cast<size_t>(pc + 1)];
      line += " [" + std::to_string(x.a) + ", " + std::to_string(x.b) + ", " + std::to_string(x.c) + "]";
      pc++;
    }
    if (static_cast<size_t>(pc) < prog.lines.size() && prog.lines[static_cast<size_t>(pc)] > 0)
      line += "  ; line " + std::to_string(prog.lines[static_cast<size_t>(pc)]);
    out += line + "\n";
  }
  return out;
}

std::string disassembleFunc(const Program& prog, int32_t func) {
  const FuncInfo& f = prog.funcs[static_cast<size_t>(func)];
  std::string out = f.name + " (frame " + std::to_string(f.frameSize) + " bytes)";
  if (f.native) return out + ": native\n";
  out += ":\n";
  return out + disassembleRange(prog, f.entry, f.end);
}

std::string disassemble(const Program& prog) {
  std::string out;
  for (size_t i = 0; i < prog.funcs.size(); i++) {
    if (prog.funcs[i].entry < 0 && !prog.funcs[i].native) continue;
    out += disassembleFunc(prog, static_cast<int32_t>(i));
    out += "\n";
  }
  return out;
}

}  // namespace gs::vm
